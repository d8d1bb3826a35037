#pragma once

#include "models/commands/ChangeSet.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace crosswalk {

/// What an import would do to the database, worked out before anything is written, so that users (or
/// `--dry-run`) can read it and accept or refuse it.
class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(crosswalk::ImportReport)

public:
    enum class Outcome
    {
        Added,     ///< a new record
        Updated,   ///< an existing record (matched by code) takes the incoming values
        Unchanged, ///< matched, and the incoming values are those already stored
        Conflict,  ///< matched, but the incoming values cannot be taken as they are; the stored record is kept
        Skipped,   ///< in the file but not imported (detail says why)
    };

    struct Item
    {
        Outcome outcome = Outcome::Added;
        QString table;  ///< TableCatalog name ("provisions")
        QString record; ///< how the record is named for users: "provision JP-CRCSA:CH02"
        QString detail; ///< what differs, why it conflicts or was skipped; may be empty
    };

    void add(Outcome outcome, const QString& table, const QString& record, const QString& detail = QString());
    /// Something users should know that is not about one record ("equivalent-to imported as equal").
    void addNote(const QString& note);

    const QList<Item>& items() const { return m_items; }
    const QStringList& notes() const { return m_notes; }
    /// Items with the outcome, of one table or (empty) of all.
    int count(Outcome outcome, const QString& table = QString()) const;
    bool hasConflicts() const { return count(Outcome::Conflict) > 0; }
    bool isEmpty() const { return m_items.isEmpty() && m_notes.isEmpty(); }

    /// One line, per outcome with the count per kind of record:
    /// "Added 13 (framework: 1, provision: 12); updated 3 (provision: 3); unchanged 4 (provision: 4)".
    QString summary() const;
    /// The summary, then a line per note and per item other than Unchanged ("added   provision X:1"),
    /// for the CLI and the report dialog's plain-text copy.
    QStringList lines() const;
    static QString outcomeLabel(Outcome outcome);

private:
    QList<Item> m_items;
    QStringList m_notes;
};

/// An import planned and not yet written: the change that makes it (one transaction, undoable as one
/// step in the window) and the report of what it does.
struct ImportPlan
{
    QString sourceName; ///< the file, for messages
    ChangeSet changes;
    ImportReport report;
};

} // namespace crosswalk
