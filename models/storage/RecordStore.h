#pragma once

#include "models/domain/Result.h"
#include "models/storage/TableCatalog.h"

#include <QList>
#include <QVariantMap>

class QSqlQuery;

namespace crosswalk {

class Database;

/// Generic reads and writes of whole rows (QVariantMap keyed by column name) of the tables in
/// TableCatalog, with every write recorded in the audit log. Repositories build on it; it is the
/// one place where row SQL is assembled. Table and column names come only from TableCatalog, and
/// every value is bound.
///
/// Writes do not open their own transaction: callers wrap them in a Transaction, so that an
/// aggregate's rows and their audit entries are committed together.
class RecordStore
{
public:
    explicit RecordStore(Database& db);

    /// Inserts a row. A missing or zero id lets the database choose one; created_at and updated_at
    /// are set to now unless the row carries them. Returns the row's id.
    Result<qint64> insert(const QString& table, QVariantMap row);
    /// Replaces every column of the row with the given id (created_at kept, updated_at set to now).
    /// Columns the row does not name keep their value.
    Status update(const QString& table, qint64 id, QVariantMap row);
    /// Writes the row exactly as given, timestamps included (undo and redo restore snapshots).
    Status restore(const QString& table, qint64 id, const QVariantMap& row);
    /// An id no row of the table has yet (one more than the largest).
    qint64 nextId(const QString& table) const;
    /// Deletes the row with the given id.
    Status remove(const QString& table, qint64 id);

    /// Adds or removes a row of a link table (two-column key).
    Status link(const QString& table, qint64 left, qint64 right);
    Status unlink(const QString& table, qint64 left, qint64 right);
    /// The right-hand ids linked to a left-hand id (or the reverse when reverse is true).
    QList<qint64> linked(const QString& table, qint64 id, bool reverse = false) const;

    std::optional<QVariantMap> fetch(const QString& table, qint64 id) const;
    /// All rows, or those whose column equals value, ordered by the given columns (default: id).
    QList<QVariantMap> fetchAll(const QString& table, const QString& column = QString(),
                                const QVariant& value = QVariant(), const QStringList& orderBy = {}) const;
    /// The id of the row whose code column equals code (provisions: within a framework).
    std::optional<qint64> idForCode(const QString& table, const QString& code, qint64 frameworkId = 0) const;
    qint64 count(const QString& table) const;

    /// Rows of other tables that refer to the given row: "table.column" -> ids (link tables: left ids).
    QList<QPair<QString, qint64>> referencesTo(const QString& table, qint64 id) const;

    /// Converts a database value of a column to the value kept in a row map (NULL stays null).
    static QVariant normalise(const ColumnSpec& column, const QVariant& value);
    /// The names of the columns whose values differ between two rows of the table, compared as stored
    /// (normalised); the id and the timestamps are left out. Empty when the rows say the same.
    static QStringList differingColumns(const TableSpec& spec, const QVariantMap& a, const QVariantMap& b);

private:
    Status write(const TableSpec& spec, qint64 id, const QVariantMap& before, QVariantMap after);
    const TableSpec* spec(const QString& table) const;
    QVariantMap readRow(const TableSpec& spec, const QSqlQuery& query) const;
    Status fail(const QString& what, const QSqlQuery& query) const;

    Database& m_db;
};

} // namespace crosswalk
