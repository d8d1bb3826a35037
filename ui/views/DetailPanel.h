#pragma once

#include <QScrollArea>
#include <QVariantMap>

class QFormLayout;
class QLabel;

namespace crosswalk {

class BadgeLabel;

/// The details of the selected framework or provision: code, titles and summaries in English and
/// in the document's own language, dates, source (a link when it is a web address), verification
/// and marking as badges with text. Read-only; shows what it is given.
class DetailPanel : public QScrollArea
{
    Q_OBJECT

public:
    explicit DetailPanel(QWidget* parent = nullptr);

    /// A row of the frameworks table.
    void showFramework(const QVariantMap& framework);
    /// A row of the provisions table; language is its framework's document language ("ja").
    void showProvision(const QVariantMap& provision, const QString& language);
    /// Nothing selected.
    void showNothing();
    /// Shows or hides the kind and heading at the top (hidden when the page shows them above).
    void setHeadingVisible(bool visible);

    /// What is shown: "framework", "provision" or empty.
    QString shownKind() const { return m_kind; }
    qint64 shownId() const { return m_id; }

private:
    QLabel* addRow(const char* objectName, QLabel** labelOut = nullptr);
    void setValue(QLabel* field, const QString& text);
    void setSource(const QString& source);
    void setTitles(const QVariantMap& record, const QString& language);
    void setSourced(const QVariantMap& record);

    QString m_kind;
    qint64 m_id = 0;

    QLabel* m_kindLabel = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_emptyHint = nullptr;
    QWidget* m_details = nullptr;
    QFormLayout* m_form = nullptr;

    QLabel* m_code = nullptr;
    QLabel* m_reference = nullptr;
    QLabel* m_titleEn = nullptr;
    QLabel* m_titleOrig = nullptr;
    QLabel* m_titleOrigLabel = nullptr;
    QLabel* m_summaryEn = nullptr;
    QLabel* m_summaryEnLabel = nullptr;
    QLabel* m_summaryOrig = nullptr;
    QLabel* m_summaryOrigLabel = nullptr;
    QLabel* m_kindValue = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_date = nullptr;
    QLabel* m_dateLabel = nullptr;
    QLabel* m_version = nullptr;
    QLabel* m_source = nullptr;
    BadgeLabel* m_verification = nullptr;
    QLabel* m_verificationNote = nullptr;
    QWidget* m_verificationRow = nullptr;
    BadgeLabel* m_marking = nullptr;
    QLabel* m_caveat = nullptr;
    QWidget* m_markingRow = nullptr;
};

} // namespace crosswalk
