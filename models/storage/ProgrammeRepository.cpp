#include "models/storage/ProgrammeRepository.h"

namespace crosswalk {

namespace {
const QString gapLinks = QStringLiteral("programme_gaps");
} // namespace

ProgrammeRepository::ProgrammeRepository(Database& db)
    : m_programmes(db, QStringLiteral("programmes"),
                   {{QStringLiteral("programme_partners"), &Programme::partnerIds},
                    {QStringLiteral("programme_themes"), &Programme::themeIds}})
{
}

QList<Programme> ProgrammeRepository::programmes() const
{
    return m_programmes.list();
}

std::optional<Programme> ProgrammeRepository::programme(qint64 id) const
{
    return m_programmes.find(id);
}

std::optional<Programme> ProgrammeRepository::programmeByCode(const QString& code) const
{
    return m_programmes.findByCode(code);
}

Status ProgrammeRepository::insert(Programme& programme)
{
    return m_programmes.insert(programme);
}

Status ProgrammeRepository::update(const Programme& programme)
{
    return m_programmes.update(programme);
}

Status ProgrammeRepository::remove(qint64 id)
{
    return m_programmes.remove(id, TypedStore<Programme>::Links::Detach);
}

Status ProgrammeRepository::linkGap(qint64 programmeId, qint64 gapId)
{
    return m_programmes.link(gapLinks, programmeId, gapId);
}

Status ProgrammeRepository::unlinkGap(qint64 programmeId, qint64 gapId)
{
    return m_programmes.unlink(gapLinks, programmeId, gapId);
}

QList<qint64> ProgrammeRepository::gapIds(qint64 programmeId) const
{
    return m_programmes.records().linked(gapLinks, programmeId);
}

QList<qint64> ProgrammeRepository::programmesForGap(qint64 gapId) const
{
    return m_programmes.records().linked(gapLinks, gapId, true);
}

} // namespace crosswalk
