#include "ui/widgets/BadgePalette.h"

#include <QHash>

namespace crosswalk {

namespace {

BadgePalette::Colours colours(QRgb background, QRgb foreground)
{
    return {QColor::fromRgb(background), QColor::fromRgb(foreground)};
}

const QHash<QString, BadgePalette::Colours>& palette()
{
    constexpr QRgb white = 0xffffff;
    constexpr QRgb black = 0x000000;
    static const QHash<QString, BadgePalette::Colours> table{
        // TLP 2.0: coloured text on black.
        {QStringLiteral("CLEAR"), colours(black, 0xffffff)},
        {QStringLiteral("GREEN"), colours(black, 0x33ff00)},
        {QStringLiteral("AMBER"), colours(black, 0xffc000)},
        {QStringLiteral("AMBER+STRICT"), colours(black, 0xffc000)},
        {QStringLiteral("RED"), colours(black, 0xff2b2b)},
        // Verification (as BadgeLabel shows it).
        {QStringLiteral("official"), colours(0x1b5e20, white)},
        {QStringLiteral("secondary"), colours(0x0d47a1, white)},
        {QStringLiteral("unverified"), colours(0xffd54f, black)},
        // Severity.
        {QStringLiteral("low"), colours(0xc8e6c9, 0x1b5e20)},
        {QStringLiteral("medium"), colours(0xfff59d, 0x5d4037)},
        {QStringLiteral("high"), colours(0xffb74d, 0x3e2723)},
        {QStringLiteral("critical"), colours(0xc62828, white)},
        // Commitment status.
        {QStringLiteral("proposed"), colours(0xe0e0e0, 0x212121)},
        {QStringLiteral("agreed"), colours(0xbbdefb, 0x0d47a1)},
        {QStringLiteral("in_progress"), colours(0x1976d2, white)},
        {QStringLiteral("done"), colours(0x2e7d32, white)},
        {QStringLiteral("stalled"), colours(0xef6c00, white)},
        {QStringLiteral("dropped"), colours(0x616161, white)},
        // Programme status.
        {QStringLiteral("planned"), colours(0xe0e0e0, 0x212121)},
        {QStringLiteral("active"), colours(0x1976d2, white)},
        {QStringLiteral("completed"), colours(0x2e7d32, white)},
        {QStringLiteral("cancelled"), colours(0x616161, white)},
        // Gap status.
        {QStringLiteral("open"), colours(0xc62828, white)},
        {QStringLiteral("mitigating"), colours(0xef6c00, white)},
        {QStringLiteral("closed"), colours(0x2e7d32, white)},
        {QStringLiteral("accepted"), colours(0x616161, white)},
        // Framework and review status.
        {QStringLiteral("draft"), colours(0xe0e0e0, 0x212121)},
        {QStringLiteral("adopted"), colours(0xbbdefb, 0x0d47a1)},
        {QStringLiteral("in_force"), colours(0x2e7d32, white)},
        {QStringLiteral("superseded"), colours(0x616161, white)},
        {QStringLiteral("complete"), colours(0x2e7d32, white)},
        {QStringLiteral("deprecated"), colours(0x616161, white)},
        // Coverage of a target provision (the label is always written in the badge).
        {QStringLiteral("covered"), colours(0x2e7d32, white)},
        {QStringLiteral("partial"), colours(0xffca28, 0x3e2723)},
        {QStringLiteral("uncovered"), colours(0xc62828, white)},
        {QStringLiteral("not_applicable"), colours(0x546e7a, white)},
    };
    return table;
}

} // namespace

BadgePalette::Colours BadgePalette::forKey(const QString& key)
{
    return palette().value(key, colours(0xeeeeee, 0x212121));
}

} // namespace crosswalk
