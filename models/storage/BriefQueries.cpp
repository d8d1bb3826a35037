#include "models/storage/BriefQueries.h"

#include "models/storage/AuditLog.h"
#include "models/storage/Database.h"
#include "models/storage/ReadQuery.h"
#include "models/storage/RecordStore.h"
#include "models/storage/TableCatalog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace crosswalk {

namespace {

using readquery::bindAll;
using readquery::placeholders;

bool run(QSqlQuery& query)
{
    return readquery::run(query, "BriefQueries");
}

const QString mappingsTable = QStringLiteral("mappings");
const QString provisionsTable = QStringLiteral("provisions");
const QString updatesTable = QStringLiteral("commitment_updates");

/// "a.col1, a.col2, ..." for every column of a catalogued table (names from TableCatalog only).
QString columnList(const TableSpec& spec, const QString& alias)
{
    QStringList columns;
    for (const ColumnSpec& column : spec.columns)
        columns << alias + QLatin1Char('.') + column.name;
    return columns.join(QStringLiteral(", "));
}

/// The row of a table read from the query's columns starting at first.
QVariantMap rowAt(const TableSpec& spec, const QSqlQuery& query, int first)
{
    QVariantMap row;
    for (std::size_t i = 0; i < spec.columns.size(); ++i)
        row.insert(spec.columns[i].name,
                   RecordStore::normalise(spec.columns[i], query.value(first + static_cast<int>(i))));
    return row;
}

} // namespace

BriefQueries::BriefQueries(Database& db) : m_db(db) {}

QList<BriefMappingRow> BriefQueries::mappingsAmong(const QList<qint64>& frameworkIds) const
{
    QList<BriefMappingRow> rows;
    if (frameworkIds.isEmpty())
        return rows;
    const TableSpec& mappings = *TableCatalog::table(mappingsTable);
    const TableSpec& provisions = *TableCatalog::table(provisionsTable);
    const QString in = placeholders(frameworkIds.size());
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, %2, %3 FROM mappings m "
                                 "JOIN provisions s ON s.id = m.source_provision_id "
                                 "JOIN provisions t ON t.id = m.target_provision_id "
                                 "WHERE s.framework_id IN (%4) AND t.framework_id IN (%4) "
                                 "AND s.framework_id <> t.framework_id ORDER BY m.id")
                      .arg(columnList(mappings, QStringLiteral("m")), columnList(provisions, QStringLiteral("s")),
                           columnList(provisions, QStringLiteral("t")), in));
    for (int pass = 0; pass < 2; ++pass) {
        for (const qint64 id : frameworkIds)
            query.addBindValue(id);
    }
    if (!run(query))
        return rows;
    const int mappingColumns = static_cast<int>(mappings.columns.size());
    const int provisionColumns = static_cast<int>(provisions.columns.size());
    while (query.next()) {
        BriefMappingRow row;
        row.mapping = Mapping::fromRow(rowAt(mappings, query, 0));
        row.sourceProvision = Provision::fromRow(rowAt(provisions, query, mappingColumns));
        row.targetProvision = Provision::fromRow(rowAt(provisions, query, mappingColumns + provisionColumns));
        rows.append(row);
    }
    return rows;
}

QList<CommitmentUpdate> BriefQueries::commitmentUpdatesUpTo(const QDate& lastDay) const
{
    QList<CommitmentUpdate> updates;
    const TableSpec& spec = *TableCatalog::table(updatesTable);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // ISO dates of any precision compare as text the way their first days compare: "2026" and "2026-11"
    // sort before "2026-11-26", "2026-12" after it.
    query.prepare(QStringLiteral("SELECT %1 FROM commitment_updates u WHERE u.update_date <= ? "
                                 "ORDER BY u.commitment_id, u.update_date, u.id")
                      .arg(columnList(spec, QStringLiteral("u"))));
    query.addBindValue(lastDay.toString(Qt::ISODate));
    if (!run(query))
        return updates;
    while (query.next())
        updates.append(CommitmentUpdate::fromRow(rowAt(spec, query, 0)));
    return updates;
}

QList<AuditEntry> BriefQueries::auditEntriesBetween(const QStringList& entities, const QString& action,
                                                    const QDate& firstDay, const QDate& lastDay) const
{
    QList<AuditEntry> entries;
    if (entities.isEmpty() || !firstDay.isValid() || !lastDay.isValid())
        return entries;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM audit_entries WHERE entity IN (%2) AND action = ? "
                                 "AND at >= ? AND at <= ? ORDER BY at, id")
                      .arg(AuditLog::selectedColumns(), placeholders(entities.size())));
    for (const QString& entity : entities)
        query.addBindValue(entity);
    query.addBindValue(action);
    query.addBindValue(QString(firstDay.toString(Qt::ISODate) + QStringLiteral("T00:00:00Z")));
    query.addBindValue(QString(lastDay.toString(Qt::ISODate) + QStringLiteral("T23:59:59Z")));
    if (!run(query))
        return entries;
    while (query.next()) {
        entries.append(AuditLog::entryAt(query));
    }
    return entries;
}

} // namespace crosswalk
