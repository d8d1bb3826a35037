#pragma once

#include <QList>
#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace crosswalk {

class Database;

/// A problem with one field of a record, for display next to that field.
struct FieldError
{
    QString column;  ///< the column the problem is in
    QString message; ///< names the field: "Due date: 2024-13-01 is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
};

/// Checks a row before it is written: required fields, types, ranges, enumerations, dates, references
/// that exist, codes that are unique, and the rules between fields (an end before a start, the
/// strength of an 'equal' mapping). The database enforces the same rules; this says which field is
/// wrong in words a user reads.
class RecordValidator
{
    Q_DECLARE_TR_FUNCTIONS(crosswalk::RecordValidator)

public:
    explicit RecordValidator(Database& db);

    /// Mappings between two provisions of one framework are refused unless allowed here (a crosswalk
    /// maps between frameworks; a mapping within one is usually a slip of the hand).
    void setAllowMappingsWithinFramework(bool allow) { m_allowWithinFramework = allow; }

    /// Problems of the row as it would be written (id 0 or absent for a new record).
    QList<FieldError> validate(const QString& table, const QVariantMap& row) const;

    /// The problems as one message, one line per field; empty when there are none.
    static QString summary(const QList<FieldError>& errors);

private:
    void checkColumns(const QString& table, const QVariantMap& row, QList<FieldError>& errors) const;
    void checkRules(const QString& table, const QVariantMap& row, QList<FieldError>& errors) const;
    void checkWithinFramework(const QVariantMap& row, QList<FieldError>& errors) const;
    void checkUnique(const QString& table, const QVariantMap& row, QList<FieldError>& errors) const;

    Database& m_db;
    bool m_allowWithinFramework = false;
};

} // namespace crosswalk
