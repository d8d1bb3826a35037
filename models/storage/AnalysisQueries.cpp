#include "models/storage/AnalysisQueries.h"

#include "models/storage/Database.h"
#include "models/storage/ReadQuery.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace crosswalk {

namespace {

using readquery::bindAll;
using readquery::placeholders;

bool run(QSqlQuery& query)
{
    return readquery::run(query, "AnalysisQueries");
}

/// Runs the query and returns its first column as ids (none when it fails).
QList<qint64> firstColumnIds(QSqlQuery& query)
{
    QList<qint64> ids;
    if (!run(query))
        return ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

} // namespace

AnalysisQueries::AnalysisQueries(Database& db) : m_db(db) {}

QList<ProvisionRow> AnalysisQueries::provisions(const QList<qint64>& frameworkIds) const
{
    QList<ProvisionRow> rows;
    if (frameworkIds.isEmpty())
        return rows;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, framework_id, parent_id, sort_order, code, ref_label, title_en, title_orig, "
                       "verification, marking FROM provisions WHERE framework_id IN (%1) "
                       "ORDER BY framework_id, sort_order, id")
            .arg(placeholders(frameworkIds.size())));
    bindAll(query, frameworkIds);
    if (!run(query))
        return rows;
    QHash<qint64, QList<ProvisionRow>> byFramework;
    while (query.next()) {
        ProvisionRow row;
        row.id = query.value(0).toLongLong();
        row.frameworkId = query.value(1).toLongLong();
        row.parentId = query.value(2).isNull() ? 0 : query.value(2).toLongLong();
        row.sortOrder = query.value(3).toInt();
        row.code = query.value(4).toString();
        row.refLabel = query.value(5).toString();
        row.titleEn = query.value(6).toString();
        row.titleOrig = query.value(7).toString();
        row.verification = query.value(8).toString();
        row.marking = query.value(9).toString();
        byFramework[row.frameworkId].append(row);
    }
    for (const qint64 framework : frameworkIds)
        rows.append(byFramework.take(framework));
    return rows;
}

QList<MappingRow> AnalysisQueries::mappingsBetween(const QList<qint64>& sourceFrameworkIds,
                                                   qint64 targetFrameworkId) const
{
    QList<MappingRow> rows;
    if (sourceFrameworkIds.isEmpty() || targetFrameworkId <= 0)
        return rows;
    const QString in = placeholders(sourceFrameworkIds.size());
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT m.id, m.source_provision_id, m.target_provision_id, m.relationship, m.strength, "
                       "m.review_status, m.marking FROM mappings m "
                       "JOIN provisions s ON s.id = m.source_provision_id "
                       "JOIN provisions t ON t.id = m.target_provision_id "
                       "WHERE (s.framework_id IN (%1) AND t.framework_id = ?) "
                       "OR (t.framework_id IN (%1) AND s.framework_id = ?) ORDER BY m.id")
            .arg(in));
    bindAll(query, sourceFrameworkIds);
    query.addBindValue(targetFrameworkId);
    bindAll(query, sourceFrameworkIds);
    query.addBindValue(targetFrameworkId);
    if (!run(query))
        return rows;
    while (query.next()) {
        MappingRow row;
        row.id = query.value(0).toLongLong();
        row.sourceProvisionId = query.value(1).toLongLong();
        row.targetProvisionId = query.value(2).toLongLong();
        row.relationship = fromKey<Relationship>(query.value(3).toString()).value_or(Relationship::NoRelationship);
        if (!query.value(4).isNull())
            row.strength = query.value(4).toInt();
        row.reviewStatus = fromKey<ReviewStatus>(query.value(5).toString()).value_or(ReviewStatus::Draft);
        row.marking = query.value(6).toString();
        rows.append(row);
    }
    return rows;
}

QList<ExclusionRow> AnalysisQueries::exclusions(qint64 frameworkId, const QList<qint64>& partyIds) const
{
    QList<ExclusionRow> rows;
    if (partyIds.isEmpty())
        return rows;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT a.id, a.provision_id, a.party_id, a.justification FROM applicability a "
                                 "JOIN provisions p ON p.id = a.provision_id "
                                 "WHERE p.framework_id = ? AND a.party_id IN (%1) ORDER BY a.id")
                      .arg(placeholders(partyIds.size())));
    query.addBindValue(frameworkId);
    bindAll(query, partyIds);
    if (!run(query))
        return rows;
    while (query.next())
        rows.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                     query.value(3).toString()});
    return rows;
}

QList<GapRow> AnalysisQueries::gapsOn(qint64 frameworkId) const
{
    QList<GapRow> rows;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT g.id, g.code, g.provision_id, g.owner_party_id, g.status FROM gaps g "
                                 "JOIN provisions p ON p.id = g.provision_id WHERE p.framework_id = ? ORDER BY g.id"));
    query.addBindValue(frameworkId);
    if (!run(query))
        return rows;
    while (query.next()) {
        GapRow row;
        row.id = query.value(0).toLongLong();
        row.code = query.value(1).toString();
        row.provisionId = query.value(2).toLongLong();
        row.ownerPartyId = query.value(3).isNull() ? 0 : query.value(3).toLongLong();
        row.status = fromKey<GapStatus>(query.value(4).toString()).value_or(GapStatus::Open);
        rows.append(row);
    }
    return rows;
}

QStringList AnalysisQueries::gapCodes() const
{
    QStringList codes;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT code FROM gaps ORDER BY code"));
    if (!run(query))
        return codes;
    while (query.next())
        codes << query.value(0).toString();
    return codes;
}

QList<qint64> AnalysisQueries::partyAndDescendants(qint64 partyId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("WITH RECURSIVE tree(id) AS (SELECT id FROM parties WHERE id = ? "
                                 "UNION SELECT p.id FROM parties p JOIN tree ON p.parent_id = tree.id) "
                                 "SELECT id FROM tree ORDER BY id"));
    query.addBindValue(partyId);
    return firstColumnIds(query);
}

QList<qint64> AnalysisQueries::partyAndAncestors(qint64 partyId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("WITH RECURSIVE up(id, parent_id) AS (SELECT id, parent_id FROM parties WHERE id = ? "
                                 "UNION SELECT p.id, p.parent_id FROM parties p JOIN up ON p.id = up.parent_id) "
                                 "SELECT id FROM up ORDER BY id"));
    query.addBindValue(partyId);
    return firstColumnIds(query);
}

std::optional<std::pair<qint64, qint64>> AnalysisQueries::busiestFrameworkPair() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT s.framework_id, t.framework_id, COUNT(*) AS n FROM mappings m "
                       "JOIN provisions s ON s.id = m.source_provision_id "
                       "JOIN provisions t ON t.id = m.target_provision_id "
                       "WHERE s.framework_id <> t.framework_id "
                       "GROUP BY s.framework_id, t.framework_id ORDER BY n DESC, s.framework_id, t.framework_id "
                       "LIMIT 1"));
    if (!run(query) || !query.next())
        return std::nullopt;
    return std::make_pair(query.value(0).toLongLong(), query.value(1).toLongLong());
}

qint64 AnalysisQueries::issuerOf(qint64 frameworkId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT issuer_party_id FROM frameworks WHERE id = ?"));
    query.addBindValue(frameworkId);
    if (!run(query) || !query.next() || query.value(0).isNull())
        return 0;
    return query.value(0).toLongLong();
}

QList<qint64> AnalysisQueries::frameworksIssuedBy(const QList<qint64>& partyIds) const
{
    if (partyIds.isEmpty())
        return {};
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM frameworks WHERE issuer_party_id IN (%1) ORDER BY code")
                      .arg(placeholders(partyIds.size())));
    bindAll(query, partyIds);
    return firstColumnIds(query);
}

} // namespace crosswalk
