#pragma once

#include "ui/views/WorkPage.h"

class QTabWidget;

namespace crosswalk {

class RecordPage;

/// The reference data shared by every other page: parties (states, alliances, organisations and
/// their agencies) and themes, each a record list of its own in a tab ("partiesPage",
/// "themesPage"). The page shows what the tab in front shows.
class ReferenceDataPage : public WorkPage
{
    Q_OBJECT

public:
    explicit ReferenceDataPage(PageContext& context, QWidget* parent = nullptr);

    QStringList tables() const override;
    bool showRecord(const QString& table, qint64 id) override;
    QString currentTable() const override;
    QVariantMap currentRecord() const override;
    void focusSearch() override;

    RecordPage* partiesPage() const { return m_parties; }
    RecordPage* themesPage() const { return m_themes; }
    /// The list in front.
    RecordPage* currentPage() const;

private:
    QTabWidget* m_tabs = nullptr;
    RecordPage* m_parties = nullptr;
    RecordPage* m_themes = nullptr;
};

} // namespace crosswalk
