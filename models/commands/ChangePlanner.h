#pragma once

#include "models/commands/ChangeSet.h"
#include "models/domain/Result.h"
#include "models/storage/RecordValidator.h"

#include <QCoreApplication>
#include <QStringList>

namespace crosswalk {

class Database;
struct TableSpec;

/// Turns an edit a user asks for into the change set that makes it, checked first, so that it can be
/// applied and undone as a whole. Nothing is written here: ChangeSet::apply (or ChangeSetCommand)
/// writes.
class ChangePlanner
{
    Q_DECLARE_TR_FUNCTIONS(crosswalk::ChangePlanner)

public:
    explicit ChangePlanner(Database& db);

    /// The row as it is stored: every column of the table present (absent ones take the column's
    /// default), empty dates, numbers and references as NULL, text never NULL, each value normalised.
    /// Importers build their planned rows with it.
    static QVariantMap completeRow(const TableSpec& spec, const QVariantMap& row);

    /// Lets insert() and update() make mappings between two provisions of one framework (refused by
    /// default; see RecordValidator::setAllowMappingsWithinFramework).
    void setAllowMappingsWithinFramework(bool allow) { m_allowWithinFramework = allow; }

    /// A new record: the row is validated (the message names each wrong field) and given the next id
    /// and timestamps.
    Result<ChangeSet> insert(const QString& table, QVariantMap row) const;
    /// Several new records of one table as one change (ids given in order); each row is validated,
    /// and two rows of the batch may not share a code.
    Result<ChangeSet> insertAll(const QString& table, QList<QVariantMap> rows, const QString& text) const;
    /// New values for some or all columns of a record.
    Result<ChangeSet> update(const QString& table, qint64 id, const QVariantMap& values) const;

    /// Deleting a record and everything that would otherwise be left dangling: link rows that name
    /// it, records that cannot exist without it (a provision's mappings, a commitment's updates, a
    /// chapter's articles), and optional references to it in records that stay (cleared).
    struct Deletion
    {
        ChangeSet changes;
        QStringList consequences; ///< what else changes, one line each, for the confirmation
    };
    Result<Deletion> remove(const QString& table, qint64 id) const;

    /// Adding or removing a row of a link table (commitment_gaps, programme_themes, ...).
    Result<ChangeSet> link(const QString& table, qint64 left, qint64 right) const;
    Result<ChangeSet> unlink(const QString& table, qint64 left, qint64 right) const;

    /// A dated update of a commitment; when it is the latest, the commitment takes its status and
    /// progress in the same change.
    Result<ChangeSet> addCommitmentUpdate(QVariantMap update) const;

    /// How a record is named in messages: "commitment C3", "provision JP-CRCSA:CH02",
    /// "mapping JP-CRCSA:CH02 → NATO-CDP2016:C4".
    QString describe(const QString& table, const QVariantMap& row) const;
    QString describe(const QString& table, qint64 id) const;

private:
    RecordValidator validator() const;

    Database& m_db;
    bool m_allowWithinFramework = false;
};

} // namespace crosswalk
