#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace crosswalk {

/// What a column holds; drives validation of dataset packages and generic reads and writes.
enum class ColumnType {
    Id,        ///< the table's integer primary key
    Integer,   ///< whole number
    Real,      ///< decimal number
    Text,      ///< free text
    Date,      ///< ISO 8601 calendar date: YYYY, YYYY-MM or YYYY-MM-DD
    Timestamp, ///< ISO 8601 UTC time: YYYY-MM-DDTHH:MM:SSZ
    Enum,      ///< one of a fixed set of keys
    Ref        ///< id of a row in another table
};

struct ColumnSpec
{
    ColumnSpec(QString columnName, ColumnType columnType) : name(std::move(columnName)), type(columnType) {}

    QString name;
    ColumnType type = ColumnType::Text;
    bool nullable = false;   ///< NULL allowed
    QVariant defaultValue;   ///< used when a package row omits the column; invalid = required
    QString refTable;        ///< for Ref
    QStringList enumKeys;    ///< for Enum
    QString enumName;        ///< for Enum: the vocabulary name used by labelForKey()
    int minimum = 0;         ///< for Integer with hasRange
    int maximum = 0;
    bool hasRange = false;
};

struct TableSpec
{
    TableSpec(QString tableName, QString tableLabel, bool withId, QString code)
        : name(std::move(tableName)), label(std::move(tableLabel)), hasId(withId), codeColumn(std::move(code))
    {
    }

    QString name;
    QString label;                ///< what a user calls one row ("framework"), untranslated
    QString displayLabel() const; ///< the label in the interface language
    std::vector<ColumnSpec> columns;
    bool hasId = true;            ///< false for link tables (composite key)
    QString codeColumn;           ///< the column scripts use to refer to a row ("code"); empty when none

    const ColumnSpec* column(const QString& name) const;
    QStringList columnNames() const;
    bool hasColumn(const QString& name) const { return column(name) != nullptr; }
};

/// The tables of the current schema in dependency order (a table only refers to tables before it,
/// or to itself). Audit entries and the markings reference table are not part of it: they are not
/// exchanged in dataset packages.
class TableCatalog
{
public:
    static const std::vector<TableSpec>& tables();
    static const TableSpec* table(const QString& name);
    /// The record tables users list by name (CLI `list`): tables with an id.
    static QStringList entityTables();
    /// What the interface calls a column ("title_en" -> "Title (English)"), translated.
    static QString columnLabel(const QString& column);
    /// Columns that hold paragraphs rather than a line (edited in a multi-line field).
    static bool isLongText(const QString& column);
};

} // namespace crosswalk
