#pragma once

#include "models/domain/Programme.h"
#include "models/storage/TypedStore.h"

namespace crosswalk {

/// Capacity-building programmes with their partners (Programme::partnerIds), themes
/// (Programme::themeIds) and the gaps they address.
class ProgrammeRepository
{
public:
    explicit ProgrammeRepository(Database& db);

    QList<Programme> programmes() const;
    std::optional<Programme> programme(qint64 id) const;
    std::optional<Programme> programmeByCode(const QString& code) const;

    /// Inserts or saves the programme with its partner and theme links, in one transaction.
    Status insert(Programme& programme);
    Status update(const Programme& programme);
    /// Deletes the programme and all its links (partners, themes, gaps, commitments) in one transaction.
    Status remove(qint64 id);

    Status linkGap(qint64 programmeId, qint64 gapId);
    Status unlinkGap(qint64 programmeId, qint64 gapId);
    /// The gaps a programme addresses, ascending.
    QList<qint64> gapIds(qint64 programmeId) const;
    /// The programmes that address a gap, ascending.
    QList<qint64> programmesForGap(qint64 gapId) const;

private:
    TypedStore<Programme> m_programmes;
};

} // namespace crosswalk
