#include "models/itemmodels/RecordTableModel.h"

#include "models/domain/IsoDate.h"
#include "models/domain/Vocabulary.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "models/storage/TableCatalog.h"

#include <QDateTime>
#include <QLocale>

namespace crosswalk {

namespace {
const QString linkPrefix = QStringLiteral("link:");

bool isBadgeColumn(const ColumnSpec& column)
{
    return column.type == ColumnType::Enum &&
           (column.name == QLatin1String("status") || column.name == QLatin1String("severity") ||
            column.name == QLatin1String("marking") || column.name == QLatin1String("verification") ||
            column.name == QLatin1String("review_status"));
}

QString oneLine(const QString& text)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0);
    if (line.size() > 160)
        line = line.left(159) + QChar(0x2026);
    else if (line.size() < text.size())
        line += QStringLiteral(" ") + QChar(0x2026);
    return line;
}
} // namespace

RecordTableModel::RecordTableModel(QString table, QStringList columns, QObject* parent)
    : QAbstractTableModel(parent), m_table(std::move(table)), m_columns(std::move(columns))
{
    Q_ASSERT(TableCatalog::table(m_table));
    m_watched << m_table;
    const TableSpec& spec = *TableCatalog::table(m_table);
    for (const QString& column : m_columns) {
        if (column.startsWith(linkPrefix)) {
            const QString link = column.mid(linkPrefix.size());
            m_watched << link << TableCatalog::table(link)->columns[1].refTable;
        } else if (const ColumnSpec* c = spec.column(column); c && c->type == ColumnType::Ref) {
            m_watched << c->refTable;
            if (c->refTable == QLatin1String("provisions"))
                m_watched << QStringLiteral("frameworks");
        }
    }
    m_watched.removeDuplicates();
}

void RecordTableModel::setDatabase(Database* db)
{
    if (m_db)
        disconnect(m_db, nullptr, this, nullptr);
    m_db = db;
    if (m_db)
        connect(m_db, &Database::changed, this, &RecordTableModel::onDatabaseChanged);
    reload();
}

void RecordTableModel::setScope(const QString& column, const QVariant& value)
{
    m_scopeColumn = column;
    m_scopeValue = value;
    reload();
}

void RecordTableModel::onDatabaseChanged(const QString& table)
{
    if (m_watched.contains(table))
        reload();
}

void RecordTableModel::loadCodes(const QString& table)
{
    if (m_codes.contains(table))
        return;
    QHash<qint64, QString>& codes = m_codes[table];
    RecordStore store(*m_db);
    const TableSpec& spec = *TableCatalog::table(table);
    if (table == QLatin1String("provisions")) {
        loadCodes(QStringLiteral("frameworks"));
        const QHash<qint64, QString>& frameworks = m_codes[QStringLiteral("frameworks")];
        for (const QVariantMap& row : store.fetchAll(table))
            codes.insert(row.value(QStringLiteral("id")).toLongLong(),
                         frameworks.value(row.value(QStringLiteral("framework_id")).toLongLong()) + QLatin1Char(':') +
                             row.value(QStringLiteral("code")).toString());
        return;
    }
    const QString column = !spec.codeColumn.isEmpty()                ? spec.codeColumn
                           : spec.hasColumn(QStringLiteral("name"))   ? QStringLiteral("name")
                           : spec.hasColumn(QStringLiteral("title_en")) ? QStringLiteral("title_en")
                                                                      : QStringLiteral("id");
    for (const QVariantMap& row : store.fetchAll(table))
        codes.insert(row.value(QStringLiteral("id")).toLongLong(), row.value(column).toString());
}

void RecordTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_links.clear();
    m_codes.clear();
    if (m_db && m_db->isOpen()) {
        RecordStore store(*m_db);
        m_rows = m_scopeColumn.isEmpty() ? store.fetchAll(m_table)
                                         : store.fetchAll(m_table, m_scopeColumn, m_scopeValue);
        for (int i = 0; i < m_rows.size(); ++i)
            m_rowById.insert(m_rows[i].value(QStringLiteral("id")).toLongLong(), i);
        const TableSpec& spec = *TableCatalog::table(m_table);
        for (const QString& column : m_columns) {
            if (column.startsWith(linkPrefix)) {
                const QString link = column.mid(linkPrefix.size());
                const TableSpec& linkSpec = *TableCatalog::table(link);
                QHash<qint64, QList<qint64>>& ids = m_links[link];
                for (const QVariantMap& row : store.fetchAll(link))
                    ids[row.value(linkSpec.columns[0].name).toLongLong()]
                        << row.value(linkSpec.columns[1].name).toLongLong();
                loadCodes(linkSpec.columns[1].refTable);
            } else if (const ColumnSpec* c = spec.column(column); c && c->type == ColumnType::Ref) {
                loadCodes(c->refTable);
            }
        }
    }
    endResetModel();
}

int RecordTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

qint64 RecordTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].value(QStringLiteral("id")).toLongLong() : 0;
}

QVariantMap RecordTableModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row] : QVariantMap();
}

int RecordTableModel::rowOf(qint64 id) const
{
    return m_rowById.value(id, -1);
}

QString RecordTableModel::codeOf(const QString& table, qint64 id) const
{
    return m_codes.value(table).value(id);
}

QVariant RecordTableModel::key(int row, int column) const
{
    const QString& name = m_columns[column];
    if (name.startsWith(linkPrefix)) {
        QVariantList ids;
        for (qint64 id : m_links.value(name.mid(linkPrefix.size())).value(idAt(row)))
            ids << id;
        return ids;
    }
    return m_rows[row].value(name);
}

QVariant RecordTableModel::display(int row, int column) const
{
    const QString& name = m_columns[column];
    if (name.startsWith(linkPrefix)) {
        const QString link = name.mid(linkPrefix.size());
        const QString target = TableCatalog::table(link)->columns[1].refTable;
        QStringList codes;
        for (qint64 id : m_links.value(link).value(idAt(row)))
            codes << codeOf(target, id);
        return codes.join(QStringLiteral(", "));
    }
    const ColumnSpec* spec = TableCatalog::table(m_table)->column(name);
    const QVariant value = m_rows[row].value(name);
    if (!spec || value.isNull())
        return QString();
    switch (spec->type) {
    case ColumnType::Enum:
        return labelForKey(spec->enumName, value.toString());
    case ColumnType::Ref:
        return codeOf(spec->refTable, value.toLongLong());
    case ColumnType::Date:
        return IsoDate::display(value.toString());
    case ColumnType::Timestamp:
        return QLocale().toString(QDateTime::fromString(value.toString(), Qt::ISODate).toLocalTime(),
                                  QLocale::ShortFormat);
    case ColumnType::Real:
        return QLocale().toString(value.toDouble(), 'f', 2);
    case ColumnType::Text:
        return oneLine(value.toString());
    default:
        return value;
    }
}

QVariant RecordTableModel::sortKey(int row, int column) const
{
    const ColumnSpec* spec = TableCatalog::table(m_table)->column(m_columns[column]);
    const QVariant value = key(row, column);
    if (!spec)
        return display(row, column);
    switch (spec->type) {
    case ColumnType::Id:
    case ColumnType::Integer:
    case ColumnType::Real:
        return value.isNull() ? QVariant(-1.0e300) : QVariant(value.toDouble());
    case ColumnType::Date:
        return IsoDate::earliest(value.toString()).isValid() ? QVariant(IsoDate::earliest(value.toString()).toJulianDay())
                                                             : QVariant(qint64(-1));
    case ColumnType::Enum:
        return static_cast<int>(spec->enumKeys.indexOf(value.toString())); // declaration order: low < high
    default:
        return display(row, column).toString().toLower();
    }
}

QVariant RecordTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole: {
        const QVariant value = m_rows[row].value(m_columns[index.column()]);
        const ColumnSpec* spec = TableCatalog::table(m_table)->column(m_columns[index.column()]);
        if (spec && spec->type == ColumnType::Text && value.toString() != display(row, index.column()).toString())
            return value.toString();
        return QVariant();
    }
    case IdRole:
        return idAt(row);
    case KeyRole:
        return key(row, index.column());
    case SortRole:
        return sortKey(row, index.column());
    case BadgeRole: {
        const ColumnSpec* spec = TableCatalog::table(m_table)->column(m_columns[index.column()]);
        return spec && isBadgeColumn(*spec) ? m_rows[row].value(spec->name) : QVariant();
    }
    case RecordRole:
        return m_rows[row];
    default:
        return QVariant();
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString& name = m_columns[section];
    if (name.startsWith(linkPrefix)) {
        const TableSpec& link = *TableCatalog::table(name.mid(linkPrefix.size()));
        return TableCatalog::columnLabel(link.columns[1].name);
    }
    return TableCatalog::columnLabel(name);
}

} // namespace crosswalk
