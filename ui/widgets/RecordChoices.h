#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QVariantMap>

namespace crosswalk {

class Database;

/// How records are named in lists and choices: "CODE — Title" (a provision as "FRAMEWORK:CODE —
/// Title", a delegate by name). Reads only.
class RecordChoices
{
public:
    /// The column that holds a record's English title or name ("title_en", "name_en", "name").
    static QString titleColumn(const QString& table);
    /// The code by which a record is shown (FRAMEWORK:CODE for provisions); empty when none.
    static QString code(Database& db, const QString& table, const QVariantMap& row);
    /// "CODE — Title" for a record.
    static QString label(Database& db, const QString& table, const QVariantMap& row);
    /// Every record of a table as (id, label), in the order of their labels.
    static QList<QPair<qint64, QString>> all(Database& db, const QString& table);
};

} // namespace crosswalk
