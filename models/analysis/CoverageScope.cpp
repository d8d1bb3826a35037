#include "models/analysis/CoverageScope.h"

#include "models/storage/AnalysisQueries.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"

namespace crosswalk {

namespace {

const QString frameworksTable = QStringLiteral("frameworks");
const QString partiesTable = QStringLiteral("parties");

std::optional<qint64> lookUp(const RecordStore& store, const QString& table, const QString& text)
{
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    if (numeric && id > 0 && store.fetch(table, id))
        return id;
    return store.idForCode(table, text);
}

} // namespace

Result<CoverageScope> CoverageScope::forParty(Database& db, qint64 partyId, qint64 targetFrameworkId)
{
    const RecordStore store(db);
    const auto party = store.fetch(partiesTable, partyId);
    if (!party)
        return Result<CoverageScope>::failure(tr("There is no party with id %1.").arg(partyId));
    const auto target = store.fetch(frameworksTable, targetFrameworkId);
    if (!target)
        return Result<CoverageScope>::failure(tr("There is no framework with id %1.").arg(targetFrameworkId));
    const AnalysisQueries queries(db);
    CoverageScope scope;
    scope.targetFrameworkId = targetFrameworkId;
    scope.targetCode = target->value(QStringLiteral("code")).toString();
    scope.sourceIsParty = true;
    scope.sourceCode = party->value(QStringLiteral("code")).toString();
    scope.partyId = partyId;
    scope.applicablePartyIds = queries.partyAndAncestors(partyId);
    scope.sourceFrameworkIds = queries.frameworksIssuedBy(queries.partyAndDescendants(partyId));
    scope.sourceFrameworkIds.removeAll(targetFrameworkId);
    return scope;
}

Result<CoverageScope> CoverageScope::forFramework(Database& db, qint64 sourceFrameworkId, qint64 targetFrameworkId)
{
    const RecordStore store(db);
    const auto source = store.fetch(frameworksTable, sourceFrameworkId);
    if (!source)
        return Result<CoverageScope>::failure(tr("There is no framework with id %1.").arg(sourceFrameworkId));
    const auto target = store.fetch(frameworksTable, targetFrameworkId);
    if (!target)
        return Result<CoverageScope>::failure(tr("There is no framework with id %1.").arg(targetFrameworkId));
    if (sourceFrameworkId == targetFrameworkId)
        return Result<CoverageScope>::failure(
            tr("The source and the target are the same framework (%1); choose another source.")
                .arg(source->value(QStringLiteral("code")).toString()));
    CoverageScope scope;
    scope.targetFrameworkId = targetFrameworkId;
    scope.targetCode = target->value(QStringLiteral("code")).toString();
    scope.sourceCode = source->value(QStringLiteral("code")).toString();
    scope.sourceFrameworkIds = {sourceFrameworkId};
    const QVariant issuer = source->value(QStringLiteral("issuer_party_id"));
    if (!issuer.isNull()) {
        scope.partyId = issuer.toLongLong();
        scope.applicablePartyIds = AnalysisQueries(db).partyAndAncestors(scope.partyId);
    }
    return scope;
}

Result<CoverageScope> CoverageScope::resolve(Database& db, const QString& source, const QString& target)
{
    const RecordStore store(db);
    const QString targetText = target.trimmed();
    if (targetText.isEmpty())
        return Result<CoverageScope>::failure(tr("No target framework given."));
    const auto targetId = lookUp(store, frameworksTable, targetText);
    if (!targetId)
        return Result<CoverageScope>::failure(tr("Target: there is no framework \"%1\".").arg(targetText));

    QString sourceText = source.trimmed();
    bool wantParty = true;
    bool wantFramework = true;
    if (sourceText.startsWith(QLatin1String("party:"))) {
        wantFramework = false;
        sourceText = sourceText.mid(6).trimmed();
    } else if (sourceText.startsWith(QLatin1String("framework:"))) {
        wantParty = false;
        sourceText = sourceText.mid(10).trimmed();
    }
    if (sourceText.isEmpty())
        return Result<CoverageScope>::failure(tr("No source party or framework given."));
    const auto partyId = wantParty ? lookUp(store, partiesTable, sourceText) : std::nullopt;
    const auto frameworkId = wantFramework ? lookUp(store, frameworksTable, sourceText) : std::nullopt;
    if (partyId && frameworkId)
        return Result<CoverageScope>::failure(
            tr("Source: \"%1\" is both a party and a framework; write party:%1 or framework:%1.").arg(sourceText));
    if (partyId)
        return forParty(db, *partyId, *targetId);
    if (frameworkId)
        return forFramework(db, *frameworkId, *targetId);
    return Result<CoverageScope>::failure(tr("Source: there is no party or framework \"%1\".").arg(sourceText));
}

} // namespace crosswalk
