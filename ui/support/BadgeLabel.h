#pragma once

#include <QLabel>

namespace crosswalk {

/// A small coloured badge that always carries its meaning in text ("Official", "TLP:AMBER"), so
/// that nothing is told by colour alone.
class BadgeLabel : public QLabel
{
    Q_OBJECT

public:
    explicit BadgeLabel(QWidget* parent = nullptr);

    /// A badge with the given text and colours.
    void setBadge(const QString& text, const QColor& background, const QColor& foreground);
    /// The verification of a record: official, secondary or unverified (storage keys).
    void showVerification(const QString& key);
    /// A TLP 2.0 marking (storage level such as "AMBER+STRICT"), in the colours TLP 2.0 prescribes.
    void showMarking(const QString& level);
    /// Hides the badge and clears its text.
    void clearBadge();
};

} // namespace crosswalk
