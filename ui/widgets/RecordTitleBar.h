#pragma once

#include <QVariantMap>
#include <QWidget>

class QLabel;

namespace crosswalk {

class BadgeLabel;

/// The heading of a record's details: its code and title, and its marking and verification as
/// badges ("recordTitle", "markingBadge", "verificationBadge").
class RecordTitleBar : public QWidget
{
    Q_OBJECT

public:
    explicit RecordTitleBar(QWidget* parent = nullptr);

    /// Shows a record: heading text, and the badges of its marking and verification (hidden when
    /// the row has none).
    void showRecord(const QString& heading, const QVariantMap& row);
    /// Shows a text only (no record selected).
    void showMessage(const QString& text);

    QString heading() const;
    BadgeLabel* markingBadge() const { return m_marking; }
    BadgeLabel* verificationBadge() const { return m_verification; }

private:
    QLabel* m_title = nullptr;
    BadgeLabel* m_marking = nullptr;
    BadgeLabel* m_verification = nullptr;
};

} // namespace crosswalk
