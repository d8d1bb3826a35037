#include "models/storage/RecordStore.h"

#include "models/domain/IsoDate.h"
#include "models/storage/AuditLog.h"
#include "models/storage/Database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace crosswalk {

namespace {
/// The SQLite driver binds a null QString as SQL NULL; NOT NULL text columns need an empty string.
QString nonNullText(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}
} // namespace

RecordStore::RecordStore(Database& db) : m_db(db) {}

const TableSpec* RecordStore::spec(const QString& table) const
{
    const TableSpec* s = TableCatalog::table(table);
    Q_ASSERT_X(s, "RecordStore", "unknown table");
    return s;
}

Status RecordStore::fail(const QString& what, const QSqlQuery& query) const
{
    return Status::failure(QStringLiteral("%1: %2").arg(what, query.lastError().databaseText()));
}

QVariant RecordStore::normalise(const ColumnSpec& column, const QVariant& value)
{
    if (value.isNull()) {
        switch (column.type) {
        case ColumnType::Id:
        case ColumnType::Integer:
        case ColumnType::Ref:
            return QVariant(QMetaType::fromType<qlonglong>());
        case ColumnType::Real:
            return QVariant(QMetaType::fromType<double>());
        default:
            return column.nullable ? QVariant(QMetaType::fromType<QString>()) : QVariant(nonNullText(QString()));
        }
    }
    switch (column.type) {
    case ColumnType::Id:
    case ColumnType::Integer:
    case ColumnType::Ref:
        return QVariant(value.toLongLong());
    case ColumnType::Real:
        return QVariant(value.toDouble());
    default:
        return QVariant(nonNullText(value.toString()));
    }
}

QStringList RecordStore::differingColumns(const TableSpec& spec, const QVariantMap& a, const QVariantMap& b)
{
    QStringList differing;
    for (const ColumnSpec& column : spec.columns) {
        if (column.type == ColumnType::Id || column.type == ColumnType::Timestamp)
            continue;
        const QVariant left = a.value(column.name);
        const QVariant right = b.value(column.name);
        if (left.isNull() == right.isNull() && left.metaType() == right.metaType() && left == right)
            continue; // the same as it is (the common case when an import meets what is stored)
        const QVariant normalLeft = normalise(column, left);
        const QVariant normalRight = normalise(column, right);
        if (normalLeft.isNull() != normalRight.isNull() || (!normalLeft.isNull() && normalLeft != normalRight))
            differing << column.name;
    }
    return differing;
}

QVariantMap RecordStore::readRow(const TableSpec& s, const QSqlQuery& query) const
{
    QVariantMap row;
    for (std::size_t i = 0; i < s.columns.size(); ++i)
        row.insert(s.columns[i].name, normalise(s.columns[i], query.value(static_cast<int>(i))));
    return row;
}

namespace {
/// The INSERT statement of the table's columns whose bits are set, built once per set of columns.
const QString& insertStatement(const TableSpec& s, quint64 included)
{
    thread_local QHash<QPair<const TableSpec*, quint64>, QString> statements;
    const QPair<const TableSpec*, quint64> key{&s, included};
    auto it = statements.constFind(key);
    if (it == statements.constEnd()) {
        QStringList columns;
        for (std::size_t i = 0; i < s.columns.size(); ++i) {
            if (included & (quint64(1) << i))
                columns << s.columns[i].name;
        }
        it = statements.insert(key, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                        .arg(s.name, columns.join(QLatin1String(", ")),
                                             QStringList(columns.size(), QStringLiteral("?")).join(QLatin1String(", "))));
    }
    return *it;
}
} // namespace

Result<qint64> RecordStore::insert(const QString& table, QVariantMap row)
{
    const TableSpec& s = *spec(table);
    if (row.value(QStringLiteral("created_at")).toString().isEmpty())
        row.insert(QStringLiteral("created_at"), IsoDate::nowTimestamp());
    if (row.value(QStringLiteral("updated_at")).toString().isEmpty())
        row.insert(QStringLiteral("updated_at"), IsoDate::nowTimestamp());

    Q_ASSERT(s.columns.size() <= 64);
    // The row as it is stored (every column normalised), built once: imports insert many rows.
    QVariantMap after;
    quint64 included = 0; // bit i: column i is written
    QVariantList values;
    values.reserve(static_cast<qsizetype>(s.columns.size()));
    bool idGiven = true;
    for (const auto& c : s.columns) {
        const auto found = row.constFind(c.name);
        if (c.type == ColumnType::Id && (found == row.constEnd() || found->toLongLong() <= 0)) {
            idGiven = false;
            continue;
        }
        QVariant value;
        if (found == row.constEnd()) {
            if (!c.defaultValue.isValid())
                return Result<qint64>::failure(QObject::tr("%1: the field %2 is required").arg(s.displayLabel(), c.name));
            value = normalise(c, c.defaultValue);
        } else {
            value = normalise(c, *found);
        }
        included |= quint64(1) << (&c - s.columns.data());
        after.insert(c.name, value);
        values << std::move(value);
    }
    QSqlQuery& query = m_db.prepared(insertStatement(s, included));
    for (const QVariant& v : values)
        query.addBindValue(v);
    if (!query.exec())
        return Result<qint64>(fail(QObject::tr("The %1 cannot be saved").arg(s.displayLabel()), query));

    qint64 id = 0;
    if (s.hasId) {
        id = idGiven ? after.value(QStringLiteral("id")).toLongLong() : query.lastInsertId().toLongLong();
        after.insert(QStringLiteral("id"), id);
    } else {
        id = after.value(s.columns.front().name).toLongLong();
    }
    const Status audited = AuditLog(m_db).append(QStringLiteral("create"), s.name, id, {}, after);
    if (!audited)
        return Result<qint64>(audited);
    m_db.notifyChanged(s.name);
    return id;
}

Status RecordStore::update(const QString& table, qint64 id, QVariantMap row)
{
    const TableSpec& s = *spec(table);
    const auto before = fetch(table, id);
    if (!before)
        return Status::failure(QObject::tr("The %1 with id %2 no longer exists").arg(s.displayLabel()).arg(id));
    row.insert(QStringLiteral("created_at"), before->value(QStringLiteral("created_at")));
    row.insert(QStringLiteral("updated_at"), IsoDate::nowTimestamp());
    return write(s, id, *before, row);
}

Status RecordStore::restore(const QString& table, qint64 id, const QVariantMap& row)
{
    const TableSpec& s = *spec(table);
    const auto before = fetch(table, id);
    if (!before)
        return Status::failure(QObject::tr("The %1 with id %2 no longer exists").arg(s.displayLabel()).arg(id));
    return write(s, id, *before, row);
}

Status RecordStore::write(const TableSpec& s, qint64 id, const QVariantMap& before, QVariantMap row)
{
    row.insert(QStringLiteral("id"), id);
    QStringList assignments;
    QVariantList values;
    QVariantMap after;
    for (const auto& c : s.columns) {
        const QVariant value = normalise(c, row.contains(c.name) ? row.value(c.name) : before.value(c.name));
        after.insert(c.name, value);
        if (c.type == ColumnType::Id)
            continue;
        assignments << c.name + QStringLiteral(" = ?");
        values << value;
    }
    QSqlQuery& query =
        m_db.prepared(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(s.name, assignments.join(QLatin1String(", "))));
    for (const QVariant& v : values)
        query.addBindValue(v);
    query.addBindValue(id);
    if (!query.exec())
        return fail(QObject::tr("The %1 cannot be saved").arg(s.displayLabel()), query);
    const Status audited = AuditLog(m_db).append(QStringLiteral("update"), s.name, id, before, after);
    if (audited)
        m_db.notifyChanged(s.name);
    return audited;
}

qint64 RecordStore::nextId(const QString& table) const
{
    const TableSpec& s = *spec(table);
    QSqlQuery query(m_db.connection());
    if (s.hasId && query.exec(QStringLiteral("SELECT MAX(id) FROM %1").arg(s.name)) && query.next())
        return query.value(0).toLongLong() + 1;
    return 1;
}

Status RecordStore::remove(const QString& table, qint64 id)
{
    const TableSpec& s = *spec(table);
    const auto before = fetch(table, id);
    if (!before)
        return Status::failure(QObject::tr("The %1 with id %2 no longer exists").arg(s.displayLabel()).arg(id));
    QSqlQuery& query = m_db.prepared(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(s.name));
    query.addBindValue(id);
    if (!query.exec())
        return fail(QObject::tr("The %1 cannot be deleted").arg(s.displayLabel()), query);
    const Status audited = AuditLog(m_db).append(QStringLiteral("delete"), s.name, id, *before, {});
    if (audited)
        m_db.notifyChanged(s.name);
    return audited;
}

Status RecordStore::link(const QString& table, qint64 left, qint64 right)
{
    const TableSpec& s = *spec(table);
    QVariantMap row{{s.columns[0].name, left}, {s.columns[1].name, right}};
    QSqlQuery& query =
        m_db.prepared(QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (?, ?)").arg(s.name, s.columns[0].name, s.columns[1].name));
    query.addBindValue(left);
    query.addBindValue(right);
    if (!query.exec())
        return fail(QObject::tr("The %1 cannot be saved").arg(s.displayLabel()), query);
    const Status audited = AuditLog(m_db).append(QStringLiteral("create"), s.name, left, {}, row);
    if (audited)
        m_db.notifyChanged(s.name);
    return audited;
}

Status RecordStore::unlink(const QString& table, qint64 left, qint64 right)
{
    const TableSpec& s = *spec(table);
    QVariantMap row{{s.columns[0].name, left}, {s.columns[1].name, right}};
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND %3 = ?").arg(s.name, s.columns[0].name, s.columns[1].name));
    query.addBindValue(left);
    query.addBindValue(right);
    if (!query.exec())
        return fail(QObject::tr("The %1 cannot be removed").arg(s.displayLabel()), query);
    if (query.numRowsAffected() == 0)
        return Status::failure(QObject::tr("The %1 does not exist").arg(s.displayLabel()));
    const Status audited = AuditLog(m_db).append(QStringLiteral("delete"), s.name, left, row, {});
    if (audited)
        m_db.notifyChanged(s.name);
    return audited;
}

QList<qint64> RecordStore::linked(const QString& table, qint64 id, bool reverse) const
{
    const TableSpec& s = *spec(table);
    const QString& from = s.columns[reverse ? 1 : 0].name;
    const QString& to = s.columns[reverse ? 0 : 1].name;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY %1").arg(to, s.name, from));
    query.addBindValue(id);
    QList<qint64> ids;
    if (query.exec()) {
        while (query.next())
            ids << query.value(0).toLongLong();
    }
    return ids;
}

std::optional<QVariantMap> RecordStore::fetch(const QString& table, qint64 id) const
{
    const TableSpec& s = *spec(table);
    QSqlQuery& query =
        m_db.prepared(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(s.columnNames().join(QLatin1String(", ")), s.name));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    QVariantMap row = readRow(s, query);
    query.finish();
    return row;
}

QList<QVariantMap> RecordStore::fetchAll(const QString& table, const QString& column, const QVariant& value,
                                         const QStringList& orderBy) const
{
    const TableSpec& s = *spec(table);
    QStringList order;
    for (const QString& c : orderBy) {
        if (s.hasColumn(c))
            order << c;
    }
    if (order.isEmpty())
        order = s.hasId ? QStringList{QStringLiteral("id")} : QStringList{s.columns[0].name, s.columns[1].name};
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(s.columnNames().join(QLatin1String(", ")), s.name);
    const bool filtered = !column.isEmpty() && s.hasColumn(column);
    if (filtered)
        sql += value.isNull() ? QStringLiteral(" WHERE %1 IS NULL").arg(column) : QStringLiteral(" WHERE %1 = ?").arg(column);
    sql += QStringLiteral(" ORDER BY ") + order.join(QLatin1String(", "));
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    if (filtered && !value.isNull())
        query.addBindValue(value);
    QList<QVariantMap> rows;
    if (query.exec()) {
        while (query.next())
            rows << readRow(s, query);
    }
    return rows;
}

std::optional<qint64> RecordStore::idForCode(const QString& table, const QString& code, qint64 frameworkId) const
{
    const TableSpec& s = *spec(table);
    if (s.codeColumn.isEmpty())
        return std::nullopt;
    const bool inFramework = frameworkId > 0 && s.hasColumn(QStringLiteral("framework_id"));
    QSqlQuery& query = m_db.prepared(inFramework ? QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND framework_id = ?")
                                                       .arg(s.name, s.codeColumn)
                                                 : QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(s.name, s.codeColumn));
    query.addBindValue(code);
    if (inFramework)
        query.addBindValue(frameworkId);
    std::optional<qint64> id;
    if (query.exec() && query.next())
        id = query.value(0).toLongLong();
    query.finish();
    return id;
}

qint64 RecordStore::count(const QString& table) const
{
    const TableSpec& s = *spec(table);
    QSqlQuery query(m_db.connection());
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(s.name)) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

QList<QPair<QString, qint64>> RecordStore::referencesTo(const QString& table, qint64 id) const
{
    QList<QPair<QString, qint64>> refs;
    for (const TableSpec& other : TableCatalog::tables()) {
        for (const ColumnSpec& c : other.columns) {
            if (c.type != ColumnType::Ref || c.refTable != table)
                continue;
            const QString key = other.hasId ? QStringLiteral("id") : other.columns[0].name;
            QSqlQuery query(m_db.connection());
            query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(key, other.name, c.name));
            query.addBindValue(id);
            if (!query.exec())
                continue;
            while (query.next())
                refs << qMakePair(other.name + QLatin1Char('.') + c.name, query.value(0).toLongLong());
        }
    }
    return refs;
}

} // namespace crosswalk
