#pragma once

#include "models/domain/Theme.h"
#include "models/storage/TypedStore.h"

namespace crosswalk {

/// The themes (tags of commitments, programmes and gaps), in id order.
class ThemeRepository
{
public:
    explicit ThemeRepository(Database& db);

    QList<Theme> all() const;
    std::optional<Theme> find(qint64 id) const;
    std::optional<Theme> findByCode(const QString& code) const;

    Status insert(Theme& theme);
    Status update(const Theme& theme);
    /// Refuses, naming them, while commitments, programmes or gaps carry the theme.
    Status remove(qint64 id);

private:
    TypedStore<Theme> m_themes;
};

} // namespace crosswalk
