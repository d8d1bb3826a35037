#pragma once

#include "models/domain/CommitmentUpdate.h"
#include "models/domain/Mapping.h"
#include "models/domain/Provision.h"
#include "models/storage/AuditLog.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace crosswalk {

class Database;

/// A mapping with both its provisions, as the dialogue brief's appendix and coverage read it.
struct BriefMappingRow
{
    Mapping mapping;
    Provision sourceProvision;
    Provision targetProvision;
};

/// The read-only queries of the dialogue brief (BriefBuilder) that the repositories do not offer:
/// history and audit entries of a period, and mappings with their provisions in one pass. Every value
/// is bound.
class BriefQueries
{
public:
    explicit BriefQueries(Database& db);

    /// The mappings whose source and target provisions are both in the given frameworks (and in two
    /// different frameworks), with their provisions, ordered by id.
    QList<BriefMappingRow> mappingsAmong(const QList<qint64>& frameworkIds) const;

    /// Commitment history entries dated up to lastDay (an entry dated "2026" or "2026-11" counts from its
    /// first day), ordered by commitment, date and id, so that each entry's predecessor comes before it.
    QList<CommitmentUpdate> commitmentUpdatesUpTo(const QDate& lastDay) const;

    /// Audit entries of the given action on the given tables whose time falls within [firstDay, lastDay]
    /// (whole UTC days), oldest first.
    QList<AuditEntry> auditEntriesBetween(const QStringList& entities, const QString& action, const QDate& firstDay,
                                          const QDate& lastDay) const;

private:
    Database& m_db;
};

} // namespace crosswalk
