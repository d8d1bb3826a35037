#include "models/analysis/GapDerivation.h"

#include "models/commands/ChangePlanner.h"
#include "models/storage/AnalysisQueries.h"
#include "models/storage/Database.h"

#include <QRegularExpression>
#include <QSet>

namespace crosswalk {

namespace {

/// Provisions of the target that already have a gap for the scope's party.
QSet<qint64> provisionsWithGap(Database& db, const CoverageScope& scope)
{
    const AnalysisQueries queries(db);
    QSet<qint64> parties;
    if (scope.partyId > 0) {
        for (const qint64 id : queries.partyAndAncestors(scope.partyId))
            parties.insert(id);
        for (const qint64 id : queries.partyAndDescendants(scope.partyId))
            parties.insert(id);
    }
    QSet<qint64> result;
    for (const GapRow& gap : queries.gapsOn(scope.targetFrameworkId)) {
        if (gap.status == GapStatus::Closed)
            continue;
        if (gap.ownerPartyId == 0 || scope.partyId == 0 || parties.contains(gap.ownerPartyId))
            result.insert(gap.provisionId);
    }
    return result;
}

} // namespace

QList<GapSuggestion> GapDerivation::suggestions(Database& db, const CoverageReport& report)
{
    QList<GapSuggestion> result;
    const QSet<qint64> recorded = provisionsWithGap(db, report.scope());
    for (const CoverageItem& item : report.items()) {
        if (!item.isLeaf || recorded.contains(item.provisionId))
            continue;
        if (item.status != CoverageStatus::Uncovered && item.status != CoverageStatus::Partial)
            continue;
        GapSuggestion suggestion;
        suggestion.provisionId = item.provisionId;
        suggestion.reference = item.reference();
        suggestion.titleEn = item.titleEn;
        suggestion.titleOrig = item.titleOrig;
        suggestion.kind = item.status == CoverageStatus::Partial ? GapKind::Partial : GapKind::Uncovered;
        suggestion.score = item.score;
        suggestion.decidingMappingId = item.decidingMappingId;
        result << suggestion;
    }
    return result;
}

Result<ChangeSet> GapDerivation::plan(Database& db, const CoverageReport& report, const QList<qint64>& provisionIds,
                                      const QString& openedDate)
{
    const QSet<qint64> wanted(provisionIds.begin(), provisionIds.end());
    QList<GapSuggestion> chosen;
    for (const GapSuggestion& suggestion : suggestions(db, report)) {
        if (wanted.contains(suggestion.provisionId))
            chosen << suggestion;
    }
    if (chosen.isEmpty())
        return Result<ChangeSet>::failure(
            tr("None of the chosen provisions needs a new gap: each is covered or already has a gap."));

    // Codes G<n>, after the highest number in use.
    int highest = 0;
    static const QRegularExpression numbered(QStringLiteral("^G(\\d+)$"));
    for (const QString& code : AnalysisQueries(db).gapCodes()) {
        const QRegularExpressionMatch match = numbered.match(code);
        if (match.hasMatch())
            highest = qMax(highest, match.captured(1).toInt());
    }
    const CoverageScope& scope = report.scope();
    QList<QVariantMap> rows;
    for (const GapSuggestion& suggestion : chosen) {
        const bool partial = suggestion.kind == GapKind::Partial;
        QVariantMap row;
        row.insert(QStringLiteral("code"), QStringLiteral("G%1").arg(++highest));
        row.insert(QStringLiteral("title_en"), (partial ? tr("Partly covered: %1 %2") : tr("Not covered: %1 %2"))
                                                   .arg(scope.targetCode + QLatin1Char(' ') + suggestion.reference,
                                                        suggestion.titleEn));
        row.insert(QStringLiteral("description"),
                   tr("Derived from the coverage of %1 by %2 (score %3%).")
                       .arg(scope.targetCode, scope.sourceCode)
                       .arg(qRound(suggestion.score * 100)));
        row.insert(QStringLiteral("provision_id"), suggestion.provisionId);
        row.insert(QStringLiteral("kind"), toKey(suggestion.kind));
        row.insert(QStringLiteral("severity"), toKey(Severity::Medium));
        row.insert(QStringLiteral("status"), toKey(GapStatus::Open));
        if (scope.partyId > 0)
            row.insert(QStringLiteral("owner_party_id"), scope.partyId);
        row.insert(QStringLiteral("opened_date"), openedDate);
        row.insert(QStringLiteral("source"), tr("Crosswalk coverage analysis"));
        rows << row;
    }
    const QString text = rows.size() == 1 ? tr("Create gap %1").arg(rows.first().value(QStringLiteral("code")).toString())
                                          : tr("Create %n gaps", nullptr, static_cast<int>(rows.size()));
    return ChangePlanner(db).insertAll(QStringLiteral("gaps"), rows, text);
}

} // namespace crosswalk
