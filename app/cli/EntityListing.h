#pragma once

#include "models/exchange/TableExport.h"
#include "models/storage/TableCatalog.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariantMap>

namespace crosswalk {
class Database;
}

namespace crosswalk::cli {

/// The rows of one entity table with every column plus, for each reference, the code a script uses to
/// name the referred record: a column `X_id` gains `X_code` right after it. A reference to a provision
/// reads FRAMEWORK:CODE ("JP-CRCSA:CH01"), since provision codes are unique only within a framework.
class EntityListing
{
public:
    EntityListing(Database& db, const TableSpec& table);

    /// The table's columns in catalog order, each reference followed by its resolved code column.
    QStringList columns() const;

    /// Every row ordered by id, with the resolved codes (null where the reference is null). With a
    /// framework id, only rows that belong to that framework or refer to one of its provisions.
    QList<QVariantMap> rows(qint64 frameworkId = 0) const;

    /// True when rows() can be limited to a framework (the table is frameworks, or refers to
    /// frameworks or provisions).
    bool canFilterByFramework() const;

    /// The name of the resolved code column of a reference column; empty when the referred table
    /// has no code.
    static QString resolvedColumn(const ColumnSpec& column);

    /// The text of a value for text and CSV output: empty for null.
    static QString text(const QVariant& value);

    /// The rows as a table to export: the columns() as headers, the text() of each value, and each
    /// row's marking and caveat.
    TableExport table(const QList<QVariantMap>& rows) const;

private:
    /// The code of a record ("JP-CRCSA"), FRAMEWORK:CODE for provisions; empty when unknown.
    QString reference(const QString& table, qint64 id) const;
    QHash<qint64, QVariantMap> recordsOf(const QString& table) const;
    bool belongsToFramework(const QVariantMap& row, qint64 frameworkId) const;

    Database& m_db;
    const TableSpec& m_table;
    mutable QHash<QString, QHash<qint64, QVariantMap>> m_records;
};

} // namespace crosswalk::cli
