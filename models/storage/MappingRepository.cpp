#include "models/storage/MappingRepository.h"

namespace crosswalk {

MappingRepository::MappingRepository(Database& db)
    : m_mappings(db, QStringLiteral("mappings")), m_exclusions(db, QStringLiteral("applicability"))
{
}

QList<Mapping> MappingRepository::mappings() const
{
    return m_mappings.list();
}

QList<Mapping> MappingRepository::mappingsBySource(qint64 provisionId) const
{
    return m_mappings.list(QStringLiteral("source_provision_id"), provisionId);
}

QList<Mapping> MappingRepository::mappingsByTarget(qint64 provisionId) const
{
    return m_mappings.list(QStringLiteral("target_provision_id"), provisionId);
}

std::optional<Mapping> MappingRepository::mapping(qint64 id) const
{
    return m_mappings.find(id);
}

Status MappingRepository::insert(Mapping& mapping)
{
    return m_mappings.insert(mapping);
}

Status MappingRepository::update(const Mapping& mapping)
{
    return m_mappings.update(mapping);
}

Status MappingRepository::remove(qint64 id)
{
    return m_mappings.remove(id);
}

QList<Applicability> MappingRepository::exclusions() const
{
    return m_exclusions.list();
}

std::optional<Applicability> MappingRepository::exclusion(qint64 id) const
{
    return m_exclusions.find(id);
}

Status MappingRepository::insertExclusion(Applicability& exclusion)
{
    return m_exclusions.insert(exclusion);
}

Status MappingRepository::updateExclusion(const Applicability& exclusion)
{
    return m_exclusions.update(exclusion);
}

Status MappingRepository::removeExclusion(qint64 id)
{
    return m_exclusions.remove(id);
}

} // namespace crosswalk
