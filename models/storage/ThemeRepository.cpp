#include "models/storage/ThemeRepository.h"

namespace crosswalk {

ThemeRepository::ThemeRepository(Database& db) : m_themes(db, QStringLiteral("themes")) {}

QList<Theme> ThemeRepository::all() const
{
    return m_themes.list();
}

std::optional<Theme> ThemeRepository::find(qint64 id) const
{
    return m_themes.find(id);
}

std::optional<Theme> ThemeRepository::findByCode(const QString& code) const
{
    return m_themes.findByCode(code);
}

Status ThemeRepository::insert(Theme& theme)
{
    return m_themes.insert(theme);
}

Status ThemeRepository::update(const Theme& theme)
{
    return m_themes.update(theme);
}

Status ThemeRepository::remove(qint64 id)
{
    return m_themes.remove(id);
}

} // namespace crosswalk
