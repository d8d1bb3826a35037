#pragma once

#include <QColor>
#include <QString>

namespace crosswalk {

/// The colours of the badges that show a status, severity, marking or verification, chosen by the
/// stored key ("in_progress", "critical", "AMBER", "official"). A badge always carries its label as
/// text as well, so that nothing is told by colour alone.
class BadgePalette
{
public:
    struct Colours
    {
        QColor background;
        QColor foreground;
    };

    /// The colours for a stored key; a neutral grey for keys it does not know.
    static Colours forKey(const QString& key);
};

} // namespace crosswalk
