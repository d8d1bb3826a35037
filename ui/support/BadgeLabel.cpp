#include "ui/support/BadgeLabel.h"

#include "models/domain/Vocabulary.h"

#include <QColor>

namespace crosswalk {

BadgeLabel::BadgeLabel(QWidget* parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void BadgeLabel::setBadge(const QString& text, const QColor& background, const QColor& foreground)
{
    setText(text);
    setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: %2; border-radius: 4px; padding: 2px 8px; "
                                 "font-weight: bold; }")
                      .arg(background.name(), foreground.name()));
    setAccessibleName(text);
    setVisible(true);
}

void BadgeLabel::showVerification(const QString& key)
{
    const QString text = labelForKey(QStringLiteral("verification"), key);
    switch (fromKey<Verification>(key).value_or(Verification::Unverified)) {
    case Verification::Official:
        setBadge(text, QColor(0x1b, 0x5e, 0x20), Qt::white);
        break;
    case Verification::Secondary:
        setBadge(text, QColor(0x0d, 0x47, 0xa1), Qt::white);
        break;
    case Verification::Unverified:
        setBadge(text, QColor(0xff, 0xd5, 0x4f), Qt::black);
        break;
    }
}

void BadgeLabel::showMarking(const QString& level)
{
    // TLP 2.0: coloured text on a black background.
    const QString text = labelForKey(QStringLiteral("marking"), level);
    const QColor black(0, 0, 0);
    switch (fromKey<Tlp>(level).value_or(Tlp::Red)) {
    case Tlp::Clear:
        setBadge(text, black, QColor(0xff, 0xff, 0xff));
        break;
    case Tlp::Green:
        setBadge(text, black, QColor(0x33, 0xff, 0x00));
        break;
    case Tlp::Amber:
    case Tlp::AmberStrict:
        setBadge(text, black, QColor(0xff, 0xc0, 0x00));
        break;
    case Tlp::Red:
        setBadge(text, black, QColor(0xff, 0x2b, 0x2b));
        break;
    }
}

void BadgeLabel::clearBadge()
{
    clear();
    setStyleSheet(QString());
    setVisible(false);
}

} // namespace crosswalk
