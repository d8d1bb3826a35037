#pragma once

#include "models/domain/Applicability.h"
#include "models/domain/Mapping.h"
#include "models/storage/TypedStore.h"

namespace crosswalk {

/// Mappings between provisions, and the applicability exclusions that take target provisions out of
/// coverage for a party.
class MappingRepository
{
public:
    explicit MappingRepository(Database& db);

    QList<Mapping> mappings() const;
    /// The mappings whose source (or target) is the provision.
    QList<Mapping> mappingsBySource(qint64 provisionId) const;
    QList<Mapping> mappingsByTarget(qint64 provisionId) const;
    std::optional<Mapping> mapping(qint64 id) const;

    Status insert(Mapping& mapping);
    Status update(const Mapping& mapping);
    Status remove(qint64 id);

    QList<Applicability> exclusions() const;
    std::optional<Applicability> exclusion(qint64 id) const;
    Status insertExclusion(Applicability& exclusion);
    Status updateExclusion(const Applicability& exclusion);
    Status removeExclusion(qint64 id);

private:
    TypedStore<Mapping> m_mappings;
    TypedStore<Applicability> m_exclusions;
};

} // namespace crosswalk
