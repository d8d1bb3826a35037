#include "models/reports/BriefBuilder.h"

#include "models/analysis/CoverageEngine.h"
#include "models/analysis/CoverageScope.h"
#include "models/domain/IsoDate.h"
#include "models/storage/AnalysisQueries.h"
#include "models/storage/BriefQueries.h"
#include "models/storage/CommitmentRepository.h"
#include "models/storage/Database.h"
#include "models/storage/DialogueRepository.h"
#include "models/storage/FrameworkRepository.h"
#include "models/storage/GapRepository.h"
#include "models/storage/PartyRepository.h"
#include "models/storage/ProgrammeRepository.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <map>

namespace crosswalk {

namespace {

const QString dialoguesTable = QStringLiteral("dialogues");
const QString partiesTable = QStringLiteral("parties");
const QString delegatesTable = QStringLiteral("delegates");
const QString commitmentsTable = QStringLiteral("commitments");
const QString updatesTable = QStringLiteral("commitment_updates");
const QString gapsTable = QStringLiteral("gaps");
const QString programmesTable = QStringLiteral("programmes");
const QString frameworksTable = QStringLiteral("frameworks");
const QString provisionsTable = QStringLiteral("provisions");
const QString mappingsTable = QStringLiteral("mappings");
const QString auditTable = QStringLiteral("audit_entries");

/// The order in which unverified facts are listed: the tables in the order of the brief.
int tableRank(const QString& table)
{
    static const QStringList order{dialoguesTable,  commitmentsTable, updatesTable,   gapsTable,
                                   programmesTable, frameworksTable,  provisionsTable};
    const qsizetype index = order.indexOf(table);
    return index < 0 ? int(order.size()) : int(index);
}

template <typename T> BriefSource sourceOf(const QString& table, const T& record, const QString& code)
{
    BriefSource source;
    source.table = table;
    source.id = record.id;
    source.code = code;
    source.marking = record.marking;
    source.caveat = record.caveat;
    return source;
}

template <typename T> BriefSource verifiedSourceOf(const QString& table, const T& record, const QString& code)
{
    BriefSource source = sourceOf(table, record, code);
    source.verification = record.verification;
    source.verificationNote = record.verificationNote;
    source.citation = record.source;
    return source;
}

bool isOpen(CommitmentStatus status)
{
    return status != CommitmentStatus::Done && status != CommitmentStatus::Dropped;
}

bool isUnresolved(GapStatus status)
{
    return status == GapStatus::Open || status == GapStatus::Mitigating;
}

/// The deadline of a due date: its last day (invalid when there is none).
QDate deadline(const QString& dueDate)
{
    return IsoDate::latest(dueDate);
}

/// Orders dates with unknown ones last.
bool dateLess(const QDate& left, const QDate& right)
{
    if (left.isValid() != right.isValid())
        return left.isValid();
    return left < right;
}

/// Keeps the records at or below the marking limit, and remembers what it let in (for the document's
/// marking and caveats) and what it left out (counted once per record).
class MarkingGate
{
public:
    explicit MarkingGate(std::optional<Tlp> limit) : m_limit(limit) {}

    bool admit(const QString& table, qint64 id, Tlp marking, const QString& caveat)
    {
        if (m_limit && marking > *m_limit) {
            m_leftOut.insert(table + QLatin1Char(':') + QString::number(id));
            return false;
        }
        m_highest = std::max(m_highest, marking);
        if (!caveat.trimmed().isEmpty())
            m_caveats.insert(caveat.trimmed());
        return true;
    }
    bool admit(const BriefSource& source) { return admit(source.table, source.id, source.marking, source.caveat); }
    template <typename T> bool admitRecord(const QString& table, const T& record)
    {
        return admit(table, record.id, record.marking, record.caveat);
    }

    Tlp highest() const { return m_highest; }
    QStringList caveats() const
    {
        QStringList list(m_caveats.cbegin(), m_caveats.cend());
        list.sort();
        return list;
    }
    int leftOut() const { return int(m_leftOut.size()); }

private:
    std::optional<Tlp> m_limit;
    Tlp m_highest = Tlp::Clear;
    QSet<QString> m_caveats;
    QSet<QString> m_leftOut;
};

/// One brief being built: the records read once, the marking gate, and the sections in order.
class Build
{
public:
    Build(Database& db, const BriefRequest& request)
        : m_db(db), m_request(request), m_gate(request.maxMarking),
          m_today(request.generatedOn.isValid() ? request.generatedOn : QDate::currentDate())
    {
    }

    Result<BriefContent> run();

private:
    // Sides and parties
    void readParties();
    qint64 sideOf(std::optional<qint64> partyId) const;
    BriefParty partyOf(const Party& party) const;
    BriefText partyName(std::optional<qint64> partyId);
    // Sections
    void readRounds(const QList<Dialogue>& all);
    void readMappings();
    void computeCoverage();
    void fillCover();
    void readDelegations();
    void readCommitments();
    void readGaps();
    void readProgrammes();
    void readChanges();
    void addAuditChanges();
    void collectPoints();
    void fillFigures();
    std::optional<BriefProvision> provisionFor(qint64 provisionId);
    BriefProvision provisionOf(const Provision& provision, const Framework& framework) const;
    bool inPeriod(const QString& date) const;
    void noteShown(const BriefSource& source, const BriefText& title);

    Database& m_db;
    const BriefRequest& m_request;
    MarkingGate m_gate;
    QDate m_today;
    BriefContent m_content;

    Dialogue m_dialogue;
    QHash<qint64, Party> m_parties;
    QHash<qint64, Framework> m_frameworks;
    QList<qint64> m_sides;               ///< the dialogue's parties, ascending
    QHash<qint64, qint64> m_sideOfParty; ///< party -> the dialogue party it belongs to
    qint64 m_ownSide = 0;
    QSet<qint64> m_counterpartSides;
    QList<Dialogue> m_series; ///< the other dialogues of the series
    QHash<qint64, Dialogue> m_dialogues;

    QList<BriefMappingRow> m_mappingRows; ///< admitted mappings between two sides
    QList<Commitment> m_commitments;      ///< relevant, admitted
    QSet<qint64> m_commitmentsWithCounterpart;
    QList<Gap> m_gaps;             ///< relevant, admitted
    QList<Programme> m_programmes; ///< listed, admitted

    /// Records shown in the brief that are unverified: table:id -> (title, source)
    std::map<QString, std::pair<BriefText, BriefSource>> m_unverified;
};

Result<BriefContent> Build::run()
{
    DialogueRepository dialogues(m_db);
    const QList<Dialogue> all = dialogues.dialogues();
    for (const Dialogue& d : all)
        m_dialogues.insert(d.id, d);
    if (!m_dialogues.contains(m_request.dialogueId)) {
        if (all.isEmpty())
            return Result<BriefContent>::failure(
                BriefBuilder::tr("There is no dialogue with id %1: the database holds no dialogues yet. Add one "
                                 "on the Dialogues page (or open the sample database) and write its brief.")
                    .arg(m_request.dialogueId));
        return Result<BriefContent>::failure(
            BriefBuilder::tr("There is no dialogue with id %1.").arg(m_request.dialogueId));
    }
    m_dialogue = m_dialogues.value(m_request.dialogueId);
    if (!m_gate.admitRecord(dialoguesTable, m_dialogue)) {
        return Result<BriefContent>::failure(
            BriefBuilder::tr("The dialogue %1 is marked %2, above the limit %3: a brief limited to %3 cannot "
                             "include it.")
                .arg(m_dialogue.code, toLabel(m_dialogue.marking), toLabel(*m_request.maxMarking)));
    }

    readParties();
    readRounds(all);
    readMappings();
    computeCoverage();
    fillCover();
    readDelegations();
    readCommitments();
    readGaps();
    readProgrammes();
    readChanges();
    collectPoints();
    fillFigures();

    m_content.marking = m_gate.highest();
    if (m_request.minimumMarking)
        m_content.marking = std::max(m_content.marking, *m_request.minimumMarking);
    m_content.caveats = m_gate.caveats();
    m_content.limit = m_request.maxMarking;
    m_content.leftOut = m_gate.leftOut();
    m_content.limited = m_request.maxMarking.has_value() && m_content.leftOut > 0;
    return m_content;
}

// ---------------------------------------------------------------------------------------------------
// Sides and parties

void Build::readParties()
{
    for (const Party& party : PartyRepository(m_db).all())
        m_parties.insert(party.id, party);
    for (const Framework& framework : FrameworkRepository(m_db).frameworks())
        m_frameworks.insert(framework.id, framework);
    m_sides = m_dialogue.partyIds;
    std::sort(m_sides.begin(), m_sides.end());
    const AnalysisQueries queries(m_db);
    // A party belongs to the first side (lowest id) whose tree holds it.
    for (auto side = m_sides.crbegin(); side != m_sides.crend(); ++side) {
        for (const qint64 member : queries.partyAndDescendants(*side))
            m_sideOfParty.insert(member, *side);
    }
}

qint64 Build::sideOf(std::optional<qint64> partyId) const
{
    return partyId ? m_sideOfParty.value(*partyId, 0) : 0;
}

BriefParty Build::partyOf(const Party& party) const
{
    return {party.id, party.code, {party.nameEn, party.nameOrig}};
}

BriefText Build::partyName(std::optional<qint64> partyId)
{
    if (!partyId || !m_parties.contains(*partyId))
        return {};
    const Party& party = m_parties[*partyId];
    if (!m_gate.admitRecord(partiesTable, party))
        return {};
    return {party.nameEn, party.nameOrig};
}

// ---------------------------------------------------------------------------------------------------
// Rounds of the series

void Build::readRounds(const QList<Dialogue>& all)
{
    if (!m_dialogue.series.trimmed().isEmpty()) {
        for (const Dialogue& d : all) {
            if (d.id != m_dialogue.id && d.series.trimmed() == m_dialogue.series.trimmed())
                m_series << d;
        }
    }
    const QDate reference =
        IsoDate::isValid(m_dialogue.dialogueDate) ? IsoDate::earliest(m_dialogue.dialogueDate) : m_today;

    // Previous round: by round number where both have one, else by date.
    std::optional<Dialogue> previous;
    if (m_dialogue.roundNumber) {
        for (const Dialogue& d : m_series) {
            if (d.roundNumber && *d.roundNumber < *m_dialogue.roundNumber &&
                (!previous || *d.roundNumber > *previous->roundNumber))
                previous = d;
        }
    }
    if (!previous) {
        for (const Dialogue& d : m_series) {
            const QDate date = IsoDate::earliest(d.dialogueDate);
            if (date.isValid() && date < reference && (!previous || date > IsoDate::earliest(previous->dialogueDate)))
                previous = d;
        }
    }
    // Next round: the same, the other way.
    std::optional<Dialogue> next;
    if (m_dialogue.roundNumber) {
        for (const Dialogue& d : m_series) {
            if (d.roundNumber && *d.roundNumber > *m_dialogue.roundNumber &&
                (!next || *d.roundNumber < *next->roundNumber))
                next = d;
        }
    }
    if (!next) {
        for (const Dialogue& d : m_series) {
            const QDate date = IsoDate::earliest(d.dialogueDate);
            if (date.isValid() && date > reference && (!next || date < IsoDate::earliest(next->dialogueDate)))
                next = d;
        }
    }
    if (next && IsoDate::isValid(next->dialogueDate)) {
        m_content.nextRound = IsoDate::earliest(next->dialogueDate);
    } else {
        m_content.nextRound = reference.addMonths(BriefBuilder::NextRoundMonths);
        m_content.nextRoundEstimated = true;
    }

    if (previous) {
        m_content.hasPreviousRound = true;
        m_content.periodStart = IsoDate::earliest(previous->dialogueDate);
        const BriefSource source = verifiedSourceOf(dialoguesTable, *previous, previous->code);
        if (m_gate.admit(source))
            m_content.previousRound = BriefRound{
                {previous->titleEn, previous->titleOrig}, previous->dialogueDate, previous->roundNumber, source};
    }
    const QDate dialogueLast = IsoDate::latest(m_dialogue.dialogueDate);
    m_content.periodEnd = dialogueLast.isValid() && dialogueLast > m_today ? dialogueLast : m_today;
    if (!m_content.periodStart.isValid())
        m_content.periodEnd = QDate();
}

bool Build::inPeriod(const QString& date) const
{
    const QDate first = IsoDate::earliest(date);
    return first.isValid() && m_content.periodStart.isValid() && first >= m_content.periodStart &&
           first <= m_content.periodEnd && first <= m_today;
}

// ---------------------------------------------------------------------------------------------------
// Mappings and coverage

BriefProvision Build::provisionOf(const Provision& provision, const Framework& framework) const
{
    BriefProvision p;
    p.id = provision.id;
    p.frameworkCode = framework.code;
    p.code = provision.code;
    p.refLabel = provision.refLabel;
    p.title = {provision.titleEn, provision.titleOrig};
    p.summary = {provision.summaryEn, provision.summaryOrig};
    p.source = verifiedSourceOf(provisionsTable, provision, framework.code + QLatin1Char(' ') + provision.code);
    return p;
}

void Build::readMappings()
{
    QList<qint64> frameworkIds;
    for (const Framework& framework : std::as_const(m_frameworks)) {
        if (sideOf(framework.issuerPartyId) != 0)
            frameworkIds << framework.id;
    }
    std::sort(frameworkIds.begin(), frameworkIds.end());
    for (const BriefMappingRow& row : BriefQueries(m_db).mappingsAmong(frameworkIds)) {
        const Mapping& m = row.mapping;
        if (m.reviewStatus == ReviewStatus::Deprecated || m.reviewStatus == ReviewStatus::Superseded)
            continue;
        const Framework& sourceFramework = m_frameworks[row.sourceProvision.frameworkId];
        const Framework& targetFramework = m_frameworks[row.targetProvision.frameworkId];
        const qint64 sourceSide = sideOf(sourceFramework.issuerPartyId);
        const qint64 targetSide = sideOf(targetFramework.issuerPartyId);
        if (sourceSide == 0 || targetSide == 0 || sourceSide == targetSide)
            continue;
        // Every part a line of the appendix shows must be within the limit.
        // (Each part is offered to the gate, so that every one above the limit is counted.)
        const QList<bool> admitted{
            m_gate.admitRecord(mappingsTable, m), m_gate.admitRecord(provisionsTable, row.sourceProvision),
            m_gate.admitRecord(provisionsTable, row.targetProvision),
            m_gate.admitRecord(frameworksTable, sourceFramework), m_gate.admitRecord(frameworksTable, targetFramework)};
        if (admitted.contains(false))
            continue;
        m_mappingRows << row;

        BriefMapping mapping;
        mapping.sourceProvision = provisionOf(row.sourceProvision, sourceFramework);
        mapping.targetProvision = provisionOf(row.targetProvision, targetFramework);
        mapping.relationship = m.relationship;
        mapping.strength = m.strength;
        mapping.rationale = m.rationale;
        mapping.justification = m.justification;
        mapping.reviewStatus = m.reviewStatus;
        mapping.reviewDate = m.reviewDate;
        mapping.source = sourceOf(mappingsTable, m,
                                  mapping.sourceProvision.reference() + QStringLiteral(" \u2192 ") +
                                      mapping.targetProvision.reference());
        m_content.mappings << mapping;
    }
    std::sort(m_content.mappings.begin(), m_content.mappings.end(), [](const BriefMapping& a, const BriefMapping& b) {
        const auto key = [](const BriefProvision& p) { return std::pair(p.frameworkCode, p.code); };
        if (key(a.sourceProvision) != key(b.sourceProvision)) {
            if (a.sourceProvision.frameworkCode != b.sourceProvision.frameworkCode)
                return BriefBuilder::naturalLess(a.sourceProvision.frameworkCode, b.sourceProvision.frameworkCode);
            return BriefBuilder::naturalLess(a.sourceProvision.code, b.sourceProvision.code);
        }
        if (a.targetProvision.frameworkCode != b.targetProvision.frameworkCode)
            return BriefBuilder::naturalLess(a.targetProvision.frameworkCode, b.targetProvision.frameworkCode);
        if (a.targetProvision.code != b.targetProvision.code)
            return BriefBuilder::naturalLess(a.targetProvision.code, b.targetProvision.code);
        return a.source.id < b.source.id;
    });
}

void Build::computeCoverage()
{
    // The pair of frameworks (source side -> another side) with the most mappings; ties: lowest ids.
    std::map<std::pair<qint64, qint64>, int> counts;
    for (const BriefMappingRow& row : std::as_const(m_mappingRows))
        ++counts[{row.sourceProvision.frameworkId, row.targetProvision.frameworkId}];
    std::optional<std::pair<qint64, qint64>> best;
    int bestCount = 0;
    for (const auto& [pair, count] : counts) {
        if (count > bestCount) {
            best = pair;
            bestCount = count;
        }
    }
    m_ownSide = m_sides.isEmpty() ? 0 : m_sides.first();
    if (!best)
        return;
    m_ownSide = sideOf(m_frameworks[best->first].issuerPartyId);
    const Result<CoverageScope> scope = CoverageScope::forParty(m_db, m_ownSide, best->second);
    if (!scope)
        return;
    CoverageEngine::Input input = CoverageEngine::read(m_db, *scope);
    const auto provisionAbove = [this](const ProvisionRow& row) {
        return !m_gate.admit(provisionsTable, row.id, fromKey<Tlp>(row.marking).value_or(Tlp::Clear), QString());
    };
    input.targetProvisions.removeIf(provisionAbove);
    const auto mappingAbove = [this](const MappingRow& row) {
        return !m_gate.admit(mappingsTable, row.id, fromKey<Tlp>(row.marking).value_or(Tlp::Clear), QString());
    };
    input.mappings.removeIf(mappingAbove);
    const CoverageReport report = CoverageEngine::compute(*scope, input);

    BriefCoverage& coverage = m_content.coverage;
    const Framework& target = m_frameworks[best->second];
    coverage.available = !report.items().isEmpty();
    coverage.sourceParty = partyOf(m_parties.value(m_ownSide));
    coverage.targetFrameworkId = target.id;
    coverage.targetCode = target.code;
    coverage.targetTitle = {target.titleEn, target.titleOrig};
    coverage.totals = report.totals();
    for (const CoverageItem* group : report.groups())
        coverage.groups << BriefCoverageGroup{group->reference(), {group->titleEn, group->titleOrig}, group->counts};
    if (coverage.available)
        noteShown(verifiedSourceOf(frameworksTable, target, target.code), coverage.targetTitle);
}

// ---------------------------------------------------------------------------------------------------
// Cover, delegations

void Build::fillCover()
{
    BriefCover& cover = m_content.cover;
    cover.title = {m_dialogue.titleEn, m_dialogue.titleOrig};
    cover.code = m_dialogue.code;
    cover.kind = m_dialogue.kind;
    cover.series = m_dialogue.series;
    cover.roundNumber = m_dialogue.roundNumber;
    cover.date = m_dialogue.dialogueDate;
    cover.dateNote = m_dialogue.dateNote;
    cover.place = m_dialogue.place;
    cover.author = m_request.author;
    cover.generatedOn = m_today;
    cover.source = verifiedSourceOf(dialoguesTable, m_dialogue, m_dialogue.code);
    for (const qint64 side : std::as_const(m_sides)) {
        if (!m_parties.contains(side) || !m_gate.admitRecord(partiesTable, m_parties[side]))
            continue;
        const BriefParty party = partyOf(m_parties[side]);
        cover.parties << party;
        if (side == m_ownSide)
            cover.ownParty = party;
        else
            cover.counterparts << party;
    }
    for (const qint64 side : std::as_const(m_sides)) {
        if (side != m_ownSide)
            m_counterpartSides.insert(side);
    }
    noteShown(cover.source, cover.title);

    m_content.objectives.objectives = {m_dialogue.objectivesEn, m_dialogue.objectivesOrig};
    m_content.objectives.keyMessages = {m_dialogue.keyMessagesEn, m_dialogue.keyMessagesOrig};
    m_content.objectives.contentNote = m_dialogue.contentNote;
}

void Build::readDelegations()
{
    QList<qint64> order = m_sides;
    QHash<qint64, BriefDelegation> byParty;
    for (const Delegate& delegate : DialogueRepository(m_db).delegates(m_dialogue.id)) {
        if (!m_gate.admitRecord(delegatesTable, delegate))
            continue;
        if (!byParty.contains(delegate.partyId)) {
            const Party party = m_parties.value(delegate.partyId);
            byParty[delegate.partyId].party = partyOf(party);
            if (!order.contains(delegate.partyId))
                order << delegate.partyId;
        }
        byParty[delegate.partyId].delegates << BriefDelegate{delegate.name, delegate.position, delegate.role,
                                                             sourceOf(delegatesTable, delegate, delegate.name)};
    }
    for (const qint64 party : std::as_const(order)) {
        if (byParty.contains(party))
            m_content.delegations << byParty.value(party);
    }
}

// ---------------------------------------------------------------------------------------------------
// Commitments, gaps, programmes

void Build::readCommitments()
{
    for (const Commitment& c : CommitmentRepository(m_db).commitments()) {
        const qint64 leadSide = sideOf(c.leadPartyId);
        const qint64 counterpartSide = sideOf(c.counterpartPartyId);
        bool originWithSide = false;
        bool originWithCounterpart = false;
        if (c.originDialogueId && m_dialogues.contains(*c.originDialogueId)) {
            const Dialogue& origin = m_dialogues[*c.originDialogueId];
            originWithSide = origin.id == m_dialogue.id || (!m_dialogue.series.trimmed().isEmpty() &&
                                                            origin.series.trimmed() == m_dialogue.series.trimmed());
            for (const qint64 party : origin.partyIds) {
                const qint64 side = sideOf(party);
                originWithSide = originWithSide || side != 0;
                originWithCounterpart = originWithCounterpart || m_counterpartSides.contains(side);
            }
        }
        if (leadSide == 0 && counterpartSide == 0 && !originWithSide)
            continue;
        if (!m_gate.admitRecord(commitmentsTable, c))
            continue;
        m_commitments << c;
        if (m_counterpartSides.isEmpty() || m_counterpartSides.contains(leadSide) ||
            m_counterpartSides.contains(counterpartSide) || originWithCounterpart)
            m_commitmentsWithCounterpart.insert(c.id);
    }

    QList<Commitment> open;
    for (const Commitment& c : std::as_const(m_commitments)) {
        if (isOpen(c.status))
            open << c;
    }
    std::sort(open.begin(), open.end(), [](const Commitment& a, const Commitment& b) {
        const QDate da = deadline(a.dueDate);
        const QDate db = deadline(b.dueDate);
        if (da != db)
            return dateLess(da, db);
        return BriefBuilder::naturalLess(a.code, b.code);
    });
    for (const Commitment& c : std::as_const(open)) {
        BriefCommitment item;
        item.code = c.code;
        item.title = {c.titleEn, c.titleOrig};
        item.status = c.status;
        item.progress = c.progress;
        item.dueDate = c.dueDate;
        const QDate due = deadline(c.dueDate);
        item.overdue = due.isValid() && due < m_today;
        item.lead = partyName(c.leadPartyId);
        item.counterpart = partyName(c.counterpartPartyId);
        item.source = verifiedSourceOf(commitmentsTable, c, c.code);
        noteShown(item.source, item.title);
        m_content.commitments << item;
    }
}

std::optional<BriefProvision> Build::provisionFor(qint64 provisionId)
{
    const std::optional<Provision> provision = FrameworkRepository(m_db).provision(provisionId);
    if (!provision || !m_frameworks.contains(provision->frameworkId))
        return std::nullopt;
    const Framework& framework = m_frameworks[provision->frameworkId];
    const bool provisionAdmitted = m_gate.admitRecord(provisionsTable, *provision);
    const bool frameworkAdmitted = m_gate.admitRecord(frameworksTable, framework);
    if (!provisionAdmitted || !frameworkAdmitted)
        return std::nullopt;
    return provisionOf(*provision, framework);
}

void Build::readGaps()
{
    FrameworkRepository frameworks(m_db);
    QHash<qint64, qint64> frameworkOfProvision;
    for (const Gap& gap : GapRepository(m_db).gaps()) {
        bool relevant = sideOf(gap.ownerPartyId) != 0 || (!gap.ownerPartyId && !gap.provisionId);
        if (!relevant && gap.provisionId) {
            if (!frameworkOfProvision.contains(*gap.provisionId)) {
                const std::optional<Provision> p = frameworks.provision(*gap.provisionId);
                frameworkOfProvision.insert(*gap.provisionId, p ? p->frameworkId : 0);
            }
            const qint64 framework = frameworkOfProvision.value(*gap.provisionId);
            relevant = m_frameworks.contains(framework) && sideOf(m_frameworks[framework].issuerPartyId) != 0;
        }
        if (!relevant || !m_gate.admitRecord(gapsTable, gap))
            continue;
        m_gaps << gap;
    }

    QList<Gap> open;
    for (const Gap& gap : std::as_const(m_gaps)) {
        if (isUnresolved(gap.status))
            open << gap;
    }
    std::sort(open.begin(), open.end(), [](const Gap& a, const Gap& b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return BriefBuilder::naturalLess(a.code, b.code);
    });
    for (const Gap& gap : std::as_const(open)) {
        if (m_content.gaps.size() >= BriefBuilder::TopGapCount) {
            ++m_content.otherOpenGaps;
            continue;
        }
        BriefGap item;
        item.code = gap.code;
        item.title = {gap.titleEn, gap.titleOrig};
        item.kind = gap.kind;
        item.severity = gap.severity;
        item.status = gap.status;
        item.owner = partyName(gap.ownerPartyId);
        item.dueDate = gap.dueDate;
        item.openedDate = gap.openedDate;
        if (gap.provisionId)
            item.provision = provisionFor(*gap.provisionId);
        item.source = verifiedSourceOf(gapsTable, gap, gap.code);
        noteShown(item.source, item.title);
        if (item.provision)
            noteShown(item.provision->source, item.provision->title);
        m_content.gaps << item;
    }
}

void Build::readProgrammes()
{
    for (const Programme& p : ProgrammeRepository(m_db).programmes()) {
        bool relevant = sideOf(p.leadPartyId) != 0 || (!p.leadPartyId && p.partnerIds.isEmpty());
        for (const qint64 partner : p.partnerIds)
            relevant = relevant || sideOf(partner) != 0;
        if (!relevant)
            continue;
        // Planned and active programmes, and those that ended since the previous round.
        const bool current = p.status == ProgrammeStatus::Planned || p.status == ProgrammeStatus::Active;
        if (!current && !inPeriod(p.endDate) && !inPeriod(p.startDate))
            continue;
        if (!m_gate.admitRecord(programmesTable, p))
            continue;
        m_programmes << p;
    }
    std::sort(m_programmes.begin(), m_programmes.end(), [](const Programme& a, const Programme& b) {
        const QDate sa = IsoDate::earliest(a.startDate);
        const QDate sb = IsoDate::earliest(b.startDate);
        if (sa != sb)
            return dateLess(sa, sb);
        return BriefBuilder::naturalLess(a.code, b.code);
    });
    for (const Programme& p : std::as_const(m_programmes)) {
        BriefProgramme item;
        item.code = p.code;
        item.name = {p.nameEn, p.nameOrig};
        item.kind = p.kind;
        item.status = p.status;
        item.startDate = p.startDate;
        item.endDate = p.endDate;
        item.lead = partyName(p.leadPartyId);
        for (const qint64 partner : p.partnerIds) {
            if (partner == p.leadPartyId)
                continue; // the lead is named already
            const BriefText name = partyName(partner);
            if (!name.isEmpty())
                item.partners << name;
        }
        item.source = verifiedSourceOf(programmesTable, p, p.code);
        noteShown(item.source, item.name);
        m_content.programmes << item;
    }
}

// ---------------------------------------------------------------------------------------------------
// Changes since the previous round

void Build::readChanges()
{
    if (!m_content.periodStart.isValid())
        return;
    QHash<qint64, const Commitment*> commitments;
    for (const Commitment& c : std::as_const(m_commitments))
        commitments.insert(c.id, &c);

    // Commitment history: each entry of the period, with the admitted entry before it.
    QHash<qint64, CommitmentUpdate> previousEntry;
    for (const CommitmentUpdate& u : BriefQueries(m_db).commitmentUpdatesUpTo(m_content.periodEnd)) {
        const Commitment* c = commitments.value(u.commitmentId);
        if (!c || !m_gate.admitRecord(updatesTable, u))
            continue;
        if (inPeriod(u.updateDate)) {
            BriefChange change;
            change.kind = BriefChange::Kind::CommitmentChanged;
            change.date = u.updateDate;
            change.subject = c->code;
            change.title = {c->titleEn, c->titleOrig};
            if (previousEntry.contains(u.commitmentId)) {
                change.statusBefore = previousEntry[u.commitmentId].status;
                change.progressBefore = previousEntry[u.commitmentId].progress;
            }
            change.statusAfter = u.status;
            change.progressAfter = u.progress;
            change.note = {u.noteEn, u.noteOrig};
            change.source = verifiedSourceOf(updatesTable, u, c->code);
            noteShown(change.source, change.note.isEmpty() ? change.title : change.note);
            m_content.changes << change;
        }
        previousEntry.insert(u.commitmentId, u);
    }

    // A record that opened or started and closed or ended on dated days: one change per day in the period.
    const auto addDated = [&](std::initializer_list<std::pair<QString, BriefChange::Kind>> dated, const QString& code,
                              const BriefText& title, const auto& sourceOf) {
        for (const auto& [date, kind] : dated) {
            if (!inPeriod(date))
                continue;
            BriefChange change;
            change.kind = kind;
            change.date = date;
            change.subject = code;
            change.title = title;
            change.source = sourceOf();
            m_content.changes << change;
        }
    };

    for (const Gap& gap : std::as_const(m_gaps))
        addDated({{gap.openedDate, BriefChange::Kind::GapOpened}, {gap.closedDate, BriefChange::Kind::GapClosed}},
                 gap.code, {gap.titleEn, gap.titleOrig}, [&] { return verifiedSourceOf(gapsTable, gap, gap.code); });

    QHash<qint64, QString> createdOn;
    for (const BriefMappingRow& row : std::as_const(m_mappingRows))
        createdOn.insert(row.mapping.id, row.mapping.createdAt.left(10));
    for (const BriefMapping& mapping : std::as_const(m_content.mappings)) {
        const QString created = createdOn.value(mapping.source.id);
        for (const auto& [date, kind] :
             {std::pair(created, BriefChange::Kind::MappingAdded),
              std::pair(mapping.reviewStatus == ReviewStatus::Complete ? mapping.reviewDate : QString(),
                        BriefChange::Kind::MappingApproved)}) {
            if (!inPeriod(date))
                continue;
            BriefChange change;
            change.kind = kind;
            change.date = date;
            change.subject = mapping.source.code;
            change.relationship = mapping.relationship;
            change.source = mapping.source;
            m_content.changes << change;
        }
    }

    for (const Programme& p : std::as_const(m_programmes))
        addDated({{p.startDate, BriefChange::Kind::ProgrammeStarted}, {p.endDate, BriefChange::Kind::ProgrammeEnded}},
                 p.code, {p.nameEn, p.nameOrig}, [&] { return verifiedSourceOf(programmesTable, p, p.code); });

    addAuditChanges();

    std::stable_sort(m_content.changes.begin(), m_content.changes.end(),
                     [](const BriefChange& a, const BriefChange& b) {
                         const QDate da = IsoDate::earliest(a.date);
                         const QDate db = IsoDate::earliest(b.date);
                         if (da != db)
                             return da < db;
                         if (a.kind != b.kind)
                             return a.kind < b.kind;
                         return BriefBuilder::naturalLess(a.subject, b.subject);
                     });
}

/// Edits recorded only in the audit log: a commitment's status or progress changed without a history
/// entry, a gap closed without a closing date.
void Build::addAuditChanges()
{
    const QDate last = std::min(m_content.periodEnd, m_today);
    const QList<AuditEntry> entries = BriefQueries(m_db).auditEntriesBetween(
        {commitmentsTable, gapsTable}, QStringLiteral("update"), m_content.periodStart, last);
    if (entries.isEmpty())
        return;
    QHash<qint64, const Commitment*> commitments;
    for (const Commitment& c : std::as_const(m_commitments))
        commitments.insert(c.id, &c);
    QHash<qint64, const Gap*> gaps;
    for (const Gap& g : std::as_const(m_gaps))
        gaps.insert(g.id, &g);
    QHash<qint64, QList<CommitmentUpdate>> history;
    for (const CommitmentUpdate& u : BriefQueries(m_db).commitmentUpdatesUpTo(QDate(9999, 12, 31)))
        history[u.commitmentId] << u;

    for (const AuditEntry& entry : entries) {
        const QVariantMap before = QJsonDocument::fromJson(entry.beforeJson.toUtf8()).object().toVariantMap();
        const QVariantMap after = QJsonDocument::fromJson(entry.afterJson.toUtf8()).object().toVariantMap();
        const QString day = entry.at.left(10);
        const QString statusBefore = before.value(QStringLiteral("status")).toString();
        const QString statusAfter = after.value(QStringLiteral("status")).toString();
        if (entry.entity == commitmentsTable) {
            const Commitment* c = commitments.value(entry.entityId);
            if (!c)
                continue;
            const int progressBefore = before.value(QStringLiteral("progress")).toInt();
            const int progressAfter = after.value(QStringLiteral("progress")).toInt();
            if (statusBefore == statusAfter && progressBefore == progressAfter)
                continue;
            // Recorded as history already: an entry with the same state, dated or entered that day.
            const QList<CommitmentUpdate> entries = history.value(c->id);
            const bool recorded = std::any_of(entries.cbegin(), entries.cend(), [&](const CommitmentUpdate& u) {
                return toKey(u.status) == statusAfter && u.progress == progressAfter &&
                       (u.updateDate == day || u.createdAt.left(10) == day);
            });
            if (recorded)
                continue;
            BriefChange change;
            change.kind = BriefChange::Kind::CommitmentChanged;
            change.date = day;
            change.subject = c->code;
            change.title = {c->titleEn, c->titleOrig};
            change.statusBefore = fromKey<CommitmentStatus>(statusBefore);
            change.statusAfter = fromKey<CommitmentStatus>(statusAfter);
            change.progressBefore = progressBefore;
            change.progressAfter = progressAfter;
            change.source = sourceOf(auditTable, *c, c->code);
            change.source.id = entry.id;
            m_content.changes << change;
        } else if (entry.entity == gapsTable) {
            const Gap* g = gaps.value(entry.entityId);
            const auto wasOpen = fromKey<GapStatus>(statusBefore);
            const auto isNow = fromKey<GapStatus>(statusAfter);
            if (!g || !wasOpen || !isNow || !isUnresolved(*wasOpen) || isUnresolved(*isNow) ||
                !after.value(QStringLiteral("closed_date")).toString().isEmpty())
                continue;
            BriefChange change;
            change.kind = BriefChange::Kind::GapClosed;
            change.date = day;
            change.subject = g->code;
            change.title = {g->titleEn, g->titleOrig};
            change.source = sourceOf(auditTable, *g, g->code);
            change.source.id = entry.id;
            m_content.changes << change;
        }
    }
}

// ---------------------------------------------------------------------------------------------------
// Points to raise, figures

void Build::noteShown(const BriefSource& source, const BriefText& title)
{
    if (!source.isUnverified())
        return;
    const QString key = QString::number(tableRank(source.table)).rightJustified(2, QLatin1Char('0')) + source.table +
                        QLatin1Char(':') + QString::number(source.id);
    m_unverified.try_emplace(key, title, source);
}

void Build::collectPoints()
{
    QList<BriefPoint> atRisk;
    QList<BriefPoint> dueSoon;
    for (const Commitment& c : std::as_const(m_commitments)) {
        if (!m_commitmentsWithCounterpart.contains(c.id) || !isOpen(c.status))
            continue;
        BriefPoint point;
        point.title = {c.titleEn, c.titleOrig};
        point.dueDate = c.dueDate;
        point.status = c.status;
        point.progress = c.progress;
        point.source = verifiedSourceOf(commitmentsTable, c, c.code);
        const QDate due = deadline(c.dueDate);
        point.overdue = due.isValid() && due < m_today;
        point.stalled = c.status == CommitmentStatus::Stalled;
        if (point.overdue || point.stalled) {
            point.kind = BriefPoint::Kind::CommitmentAtRisk;
            atRisk << point;
            noteShown(point.source, point.title);
        } else if (due.isValid() && due <= m_content.nextRound) {
            point.kind = BriefPoint::Kind::DueBeforeNextRound;
            dueSoon << point;
            noteShown(point.source, point.title);
        }
    }
    const auto byDue = [](const BriefPoint& a, const BriefPoint& b) {
        const QDate da = deadline(a.dueDate);
        const QDate db = deadline(b.dueDate);
        if (da != db)
            return dateLess(da, db);
        return BriefBuilder::naturalLess(a.source.code, b.source.code);
    };
    std::sort(atRisk.begin(), atRisk.end(), byDue);
    std::sort(dueSoon.begin(), dueSoon.end(), byDue);

    QList<BriefPoint> severe;
    for (const Gap& gap : std::as_const(m_gaps)) {
        if (!isUnresolved(gap.status) || gap.severity < Severity::High)
            continue;
        BriefPoint point;
        point.kind = BriefPoint::Kind::SevereGap;
        point.title = {gap.titleEn, gap.titleOrig};
        point.dueDate = gap.dueDate;
        point.severity = gap.severity;
        point.gapStatus = gap.status;
        point.source = verifiedSourceOf(gapsTable, gap, gap.code);
        noteShown(point.source, point.title);
        severe << point;
    }
    std::sort(severe.begin(), severe.end(), [](const BriefPoint& a, const BriefPoint& b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return BriefBuilder::naturalLess(a.source.code, b.source.code);
    });

    QList<BriefPoint> unverified;
    for (const auto& [key, entry] : m_unverified) {
        BriefPoint point;
        point.kind = BriefPoint::Kind::UnverifiedFact;
        point.title = entry.first;
        point.source = entry.second;
        unverified << point;
    }
    std::stable_sort(unverified.begin(), unverified.end(), [](const BriefPoint& a, const BriefPoint& b) {
        if (tableRank(a.source.table) != tableRank(b.source.table))
            return tableRank(a.source.table) < tableRank(b.source.table);
        if (a.source.code != b.source.code)
            return BriefBuilder::naturalLess(a.source.code, b.source.code);
        return a.source.id < b.source.id;
    });

    m_content.points << atRisk << severe << dueSoon << unverified;
}

void Build::fillFigures()
{
    BriefFigures& figures = m_content.figures;
    for (const Severity severity : {Severity::Critical, Severity::High, Severity::Medium, Severity::Low})
        figures.openGapsBySeverity << BriefCount<Severity>{severity, 0};
    for (const Gap& gap : std::as_const(m_gaps)) {
        if (!isUnresolved(gap.status))
            continue;
        ++figures.openGaps;
        for (BriefCount<Severity>& count : figures.openGapsBySeverity) {
            if (count.key == gap.severity)
                ++count.count;
        }
    }
    for (const char* key : EnumTraits<CommitmentStatus>::keys)
        figures.commitmentsByStatus << BriefCount<CommitmentStatus>{
            *fromKey<CommitmentStatus>(QString::fromLatin1(key)), 0};
    for (const Commitment& c : std::as_const(m_commitments)) {
        ++figures.commitments;
        ++figures.commitmentsByStatus[int(c.status)].count;
        if (isOpen(c.status)) {
            ++figures.openCommitments;
            const QDate due = deadline(c.dueDate);
            if (due.isValid() && due < m_today)
                ++figures.overdueCommitments;
        }
    }
    figures.programmes = int(m_content.programmes.size());
    figures.mappings = int(m_content.mappings.size());
}

} // namespace

Result<BriefContent> BriefBuilder::build(Database& db, const BriefRequest& request)
{
    if (!db.isOpen())
        return Result<BriefContent>::failure(tr("No database is open."));
    return Build(db, request).run();
}

bool BriefBuilder::naturalLess(const QString& left, const QString& right)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < left.size() && j < right.size()) {
        if (left[i].isDigit() && right[j].isDigit()) {
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < left.size() && left[ei].isDigit())
                ++ei;
            while (ej < right.size() && right[ej].isDigit())
                ++ej;
            // Compare the numbers by value: without leading zeros, the longer is larger.
            QStringView a = QStringView(left).mid(i, ei - i);
            QStringView b = QStringView(right).mid(j, ej - j);
            while (a.size() > 1 && a.front() == QLatin1Char('0'))
                a = a.mid(1);
            while (b.size() > 1 && b.front() == QLatin1Char('0'))
                b = b.mid(1);
            if (a.size() != b.size())
                return a.size() < b.size();
            if (const int c = a.compare(b); c != 0)
                return c < 0;
            i = ei;
            j = ej;
            continue;
        }
        const QChar a = left[i].toCaseFolded();
        const QChar b = right[j].toCaseFolded();
        if (a != b)
            return a < b;
        ++i;
        ++j;
    }
    if ((left.size() - i) != (right.size() - j))
        return (left.size() - i) < (right.size() - j);
    return left < right;
}

} // namespace crosswalk
