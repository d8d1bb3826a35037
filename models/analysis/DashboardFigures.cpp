#include "models/analysis/DashboardFigures.h"

#include "models/analysis/CoverageEngine.h"
#include "models/domain/IsoDate.h"
#include "models/storage/AnalysisQueries.h"
#include "models/storage/CommitmentRepository.h"
#include "models/storage/GapRepository.h"
#include "models/storage/ProgrammeRepository.h"
#include "models/storage/ThemeRepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>

namespace crosswalk {

namespace {

/// One entry per value of the enumeration, in enum order, with zero counts.
template <typename E> QList<KeyCount> zeroCounts()
{
    QList<KeyCount> counts;
    for (std::size_t i = 0; i < EnumTraits<E>::keys.size(); ++i) {
        const E value = static_cast<E>(i);
        counts.append({toKey(value), toLabel(value), 0});
    }
    return counts;
}

template <typename E> void increment(QList<KeyCount>& counts, E value)
{
    ++counts[static_cast<qsizetype>(value)].count;
}

QString titleOf(const QString& english, const QString& original)
{
    return english.isEmpty() ? original : english;
}

/// True when the record is concerned by the parties: one of its parties is among them, or it names
/// none. An empty party list leaves nothing out.
bool concerns(const QSet<qint64>& parties, const QList<std::optional<qint64>>& recordParties)
{
    if (parties.isEmpty())
        return true;
    bool namesAny = false;
    for (const std::optional<qint64>& party : recordParties) {
        if (!party)
            continue;
        namesAny = true;
        if (parties.contains(*party))
            return true;
    }
    return !namesAny;
}

} // namespace

QString CoverageGroupFigure::label(int maxTitle) const
{
    return DashboardFigures::shortLabel(reference, title, maxTitle);
}

QString DashboardFigures::shortLabel(const QString& reference, const QString& title, int maxTitle)
{
    QString shortTitle = title.simplified();
    if (maxTitle > 0 && shortTitle.size() > maxTitle) {
        shortTitle.truncate(maxTitle);
        const qsizetype space = shortTitle.lastIndexOf(QLatin1Char(' '));
        if (space > maxTitle / 2)
            shortTitle.truncate(space);
        while (!shortTitle.isEmpty() && (shortTitle.back().isSpace() || shortTitle.back().isPunct()))
            shortTitle.chop(1);
        shortTitle += QChar(0x2026);
    }
    if (shortTitle.isEmpty())
        return reference;
    if (reference.isEmpty())
        return shortTitle;
    return reference + QLatin1Char(' ') + shortTitle;
}

QList<DueCommitment> DashboardFigures::overdueCommitments() const
{
    QList<DueCommitment> overdue;
    for (const DueCommitment& commitment : dueCommitments) {
        if (commitment.overdue)
            overdue << commitment;
    }
    return overdue;
}

QString DashboardFigures::headline() const
{
    if (!scope)
        return tr("Choose a source and a target framework to see their coverage.");
    const CoverageCounts& t = coverageTotals;
    const QString counts = tr("%1 covered by %2: %3 covered, %4 partly, %5 not covered, %6 not applicable")
                               .arg(scope->targetCode, scope->sourceCode)
                               .arg(t.covered)
                               .arg(t.partial)
                               .arg(t.uncovered)
                               .arg(t.notApplicable);
    if (!t.hasScore())
        return tr("%1 — no applicable provision").arg(counts);
    return tr("%1 — score %2%").arg(counts).arg(qRound(t.score() * 100));
}

DashboardFigures DashboardFigures::compute(Database& db, const CoverageScope& scope, const QDate& today)
{
    DashboardFigures figures;
    figures.scope = scope;
    figures.today = today;

    const CoverageReport report = CoverageEngine::compute(db, scope);
    figures.coverageTotals = report.totals();
    for (const CoverageItem* group : report.groups()) {
        figures.coverageGroups.append(
            {group->provisionId, group->reference(), titleOf(group->titleEn, group->titleOrig), group->counts});
    }

    if (scope.partyId > 0) {
        const AnalysisQueries queries(db);
        QList<qint64> parties = queries.partyAndDescendants(scope.partyId);
        for (const qint64 id : queries.partyAndAncestors(scope.partyId)) {
            if (!parties.contains(id))
                parties << id;
        }
        std::sort(parties.begin(), parties.end());
        figures.partyIds = parties;
    }

    QList<qint64> targetProvisions;
    targetProvisions.reserve(report.items().size());
    for (const CoverageItem& item : report.items())
        targetProvisions << item.provisionId;
    figures.countRecords(db, targetProvisions);
    return figures;
}

DashboardFigures DashboardFigures::compute(Database& db, const QDate& today)
{
    DashboardFigures figures;
    figures.today = today;
    figures.countRecords(db, {});
    return figures;
}

void DashboardFigures::countRecords(Database& db, const QList<qint64>& targetProvisionIds)
{
    const QSet<qint64> parties(partyIds.cbegin(), partyIds.cend());

    // Commitments: by status, by theme, and those with a due date for the timeline.
    commitmentsByStatus = zeroCounts<CommitmentStatus>();
    QHash<qint64, int> byTheme;
    int withoutTheme = 0;
    for (const Commitment& commitment : CommitmentRepository(db).commitments()) {
        if (!concerns(parties, {commitment.leadPartyId, commitment.counterpartPartyId}))
            continue;
        ++commitmentCount;
        increment(commitmentsByStatus, commitment.status);
        for (const qint64 theme : commitment.themeIds)
            ++byTheme[theme];
        if (commitment.themeIds.isEmpty())
            ++withoutTheme;
        if (commitment.dueDate.isEmpty() || !IsoDate::isValid(commitment.dueDate))
            continue;
        DueCommitment due;
        due.id = commitment.id;
        due.code = commitment.code;
        due.title = titleOf(commitment.titleEn, commitment.titleOrig);
        due.dueDate = commitment.dueDate;
        due.earliest = IsoDate::earliest(commitment.dueDate);
        due.latest = IsoDate::latest(commitment.dueDate);
        due.status = commitment.status;
        due.overdue = due.latest < today && commitment.status != CommitmentStatus::Done &&
                      commitment.status != CommitmentStatus::Dropped;
        dueCommitments << due;
    }
    std::stable_sort(dueCommitments.begin(), dueCommitments.end(), [](const DueCommitment& a, const DueCommitment& b) {
        return a.latest != b.latest ? a.latest < b.latest : a.code < b.code;
    });

    for (const Theme& theme : ThemeRepository(db).all()) {
        if (const int count = byTheme.value(theme.id); count > 0)
            commitmentsByTheme.append({theme.code, titleOf(theme.nameEn, theme.code), count});
    }
    std::stable_sort(commitmentsByTheme.begin(), commitmentsByTheme.end(), [](const KeyCount& a, const KeyCount& b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.label.compare(b.label, Qt::CaseInsensitive) < 0;
    });
    if (withoutTheme > 0)
        commitmentsByTheme.append({QString(), tr("No theme"), withoutTheme});

    // Programmes with a known period.
    for (const Programme& programme : ProgrammeRepository(db).programmes()) {
        QList<std::optional<qint64>> involved{programme.leadPartyId};
        for (const qint64 partner : programme.partnerIds)
            involved << partner;
        if (!concerns(parties, involved))
            continue;
        const bool hasStart = !programme.startDate.isEmpty() && IsoDate::isValid(programme.startDate);
        const bool hasEnd = !programme.endDate.isEmpty() && IsoDate::isValid(programme.endDate);
        if (!hasStart && !hasEnd)
            continue;
        ProgrammePeriod period;
        period.id = programme.id;
        period.code = programme.code;
        period.title = titleOf(programme.nameEn, programme.nameOrig);
        period.startDate = hasStart ? programme.startDate : QString();
        period.endDate = hasEnd ? programme.endDate : QString();
        period.start = hasStart ? IsoDate::earliest(programme.startDate) : QDate();
        period.end = hasEnd ? IsoDate::latest(programme.endDate) : QDate();
        period.status = programme.status;
        programmes << period;
    }
    std::stable_sort(programmes.begin(), programmes.end(), [](const ProgrammePeriod& a, const ProgrammePeriod& b) {
        if (a.start.isValid() != b.start.isValid())
            return a.start.isValid();
        return a.start != b.start ? a.start < b.start : a.code < b.code;
    });

    // Gaps: on the target's provisions or on none (with a scope), owned by the scope's parties or no one.
    gapsBySeverity = zeroCounts<Severity>();
    gapsByStatus = zeroCounts<GapStatus>();
    const QSet<qint64> targetProvisions(targetProvisionIds.cbegin(), targetProvisionIds.cend());
    for (const Gap& gap : GapRepository(db).gaps()) {
        if (scope && gap.provisionId && !targetProvisions.contains(*gap.provisionId))
            continue;
        if (!concerns(parties, {gap.ownerPartyId}))
            continue;
        ++gapCount;
        increment(gapsByStatus, gap.status);
        if (gap.status == GapStatus::Open || gap.status == GapStatus::Mitigating)
            increment(gapsBySeverity, gap.severity);
    }
}

} // namespace crosswalk
