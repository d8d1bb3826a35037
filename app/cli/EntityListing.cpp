#include "app/cli/EntityListing.h"

#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"

#include <QLocale>

namespace crosswalk::cli {

namespace {
const QString provisionsTable = QStringLiteral("provisions");
const QString frameworksTable = QStringLiteral("frameworks");
const QString frameworkIdColumn = QStringLiteral("framework_id");
} // namespace

EntityListing::EntityListing(Database& db, const TableSpec& table) : m_db(db), m_table(table) {}

QString EntityListing::resolvedColumn(const ColumnSpec& column)
{
    if (column.type != ColumnType::Ref)
        return QString();
    const TableSpec* target = TableCatalog::table(column.refTable);
    if (!target || target->codeColumn.isEmpty())
        return QString();
    QString name = column.name;
    if (name.endsWith(QLatin1String("_id")))
        name.chop(3);
    return name + QStringLiteral("_code");
}

QString EntityListing::text(const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return QString();
    // Amounts in plain decimal notation ("2500000000", not "2.5e+09").
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    return value.toString();
}

QStringList EntityListing::columns() const
{
    QStringList names;
    for (const ColumnSpec& column : m_table.columns) {
        names << column.name;
        const QString resolved = resolvedColumn(column);
        if (!resolved.isEmpty())
            names << resolved;
    }
    return names;
}

TableExport EntityListing::table(const QList<QVariantMap>& rows) const
{
    const QStringList names = columns();
    TableExport table(names);
    for (const QVariantMap& row : rows) {
        QStringList cells;
        cells.reserve(names.size());
        for (const QString& column : names)
            cells << text(row.value(column));
        table.addRow(cells, row.value(QStringLiteral("marking")).toString(),
                     row.value(QStringLiteral("caveat")).toString());
    }
    return table;
}

QHash<qint64, QVariantMap> EntityListing::recordsOf(const QString& table) const
{
    auto found = m_records.constFind(table);
    if (found != m_records.constEnd())
        return *found;
    QHash<qint64, QVariantMap> records;
    const QList<QVariantMap> rows = RecordStore(m_db).fetchAll(table);
    for (const QVariantMap& row : rows)
        records.insert(row.value(QStringLiteral("id")).toLongLong(), row);
    m_records.insert(table, records);
    return records;
}

QString EntityListing::reference(const QString& table, qint64 id) const
{
    const TableSpec* spec = TableCatalog::table(table);
    if (!spec || spec->codeColumn.isEmpty())
        return QString();
    const QVariantMap record = recordsOf(table).value(id);
    if (record.isEmpty())
        return QString();
    const QString code = record.value(spec->codeColumn).toString();
    if (table != provisionsTable)
        return code;
    const qint64 frameworkId = record.value(frameworkIdColumn).toLongLong();
    return reference(frameworksTable, frameworkId) + QLatin1Char(':') + code;
}

bool EntityListing::canFilterByFramework() const
{
    if (m_table.name == frameworksTable)
        return true;
    for (const ColumnSpec& column : m_table.columns) {
        if (column.type == ColumnType::Ref &&
            (column.refTable == frameworksTable || column.refTable == provisionsTable))
            return true;
    }
    return false;
}

bool EntityListing::belongsToFramework(const QVariantMap& row, qint64 frameworkId) const
{
    if (m_table.name == frameworksTable)
        return row.value(QStringLiteral("id")).toLongLong() == frameworkId;
    for (const ColumnSpec& column : m_table.columns) {
        if (column.type != ColumnType::Ref)
            continue;
        const QVariant value = row.value(column.name);
        if (value.isNull())
            continue;
        if (column.refTable == frameworksTable && value.toLongLong() == frameworkId)
            return true;
        if (column.refTable == provisionsTable) {
            const QVariantMap provision = recordsOf(provisionsTable).value(value.toLongLong());
            if (provision.value(frameworkIdColumn).toLongLong() == frameworkId)
                return true;
        }
    }
    return false;
}

QList<QVariantMap> EntityListing::rows(qint64 frameworkId) const
{
    QList<QVariantMap> result;
    const QList<QVariantMap> rows = RecordStore(m_db).fetchAll(m_table.name);
    for (QVariantMap row : rows) {
        if (frameworkId > 0 && !belongsToFramework(row, frameworkId))
            continue;
        for (const ColumnSpec& column : m_table.columns) {
            const QString resolved = resolvedColumn(column);
            if (resolved.isEmpty())
                continue;
            const QVariant value = row.value(column.name);
            row.insert(resolved, value.isNull() ? QVariant(QMetaType::fromType<QString>())
                                                : QVariant(reference(column.refTable, value.toLongLong())));
        }
        result << row;
    }
    return result;
}

} // namespace crosswalk::cli
