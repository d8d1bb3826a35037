#include "models/storage/GapRepository.h"

namespace crosswalk {

GapRepository::GapRepository(Database& db)
    : m_gaps(db, QStringLiteral("gaps"), {{QStringLiteral("gap_themes"), &Gap::themeIds}})
{
}

QList<Gap> GapRepository::gaps() const
{
    return m_gaps.list();
}

QList<Gap> GapRepository::gapsForProvision(qint64 provisionId) const
{
    return m_gaps.list(QStringLiteral("provision_id"), provisionId);
}

std::optional<Gap> GapRepository::gap(qint64 id) const
{
    return m_gaps.find(id);
}

std::optional<Gap> GapRepository::gapByCode(const QString& code) const
{
    return m_gaps.findByCode(code);
}

std::optional<qint64> GapRepository::openGapFor(qint64 provisionId) const
{
    for (const Gap& gap : gapsForProvision(provisionId)) {
        if (gap.status == GapStatus::Open || gap.status == GapStatus::Mitigating)
            return gap.id;
    }
    return std::nullopt;
}

Status GapRepository::insert(Gap& gap)
{
    return m_gaps.insert(gap);
}

Status GapRepository::update(const Gap& gap)
{
    return m_gaps.update(gap);
}

Status GapRepository::remove(qint64 id)
{
    return m_gaps.remove(id, TypedStore<Gap>::Links::Detach);
}

} // namespace crosswalk
