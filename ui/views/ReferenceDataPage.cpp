#include "ui/views/ReferenceDataPage.h"

#include "ui/views/RecordPage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace crosswalk {

namespace {
RecordPageSpec partiesSpec()
{
    RecordPageSpec spec;
    spec.table = QStringLiteral("parties");
    spec.objectName = QStringLiteral("partiesPage");
    spec.title = ReferenceDataPage::tr("Parties");
    spec.listColumns = {QStringLiteral("code"),   QStringLiteral("name_en"),   QStringLiteral("name_orig"),
                        QStringLiteral("kind"),   QStringLiteral("parent_id"), QStringLiteral("verification"),
                        QStringLiteral("marking")};
    spec.filterColumns = {QStringLiteral("kind"), QStringLiteral("verification")};
    return spec;
}

RecordPageSpec themesSpec()
{
    RecordPageSpec spec;
    spec.table = QStringLiteral("themes");
    spec.objectName = QStringLiteral("themesPage");
    spec.title = ReferenceDataPage::tr("Themes");
    spec.listColumns = {QStringLiteral("code"), QStringLiteral("name_en"), QStringLiteral("name_orig")};
    return spec;
}
} // namespace

ReferenceDataPage::ReferenceDataPage(PageContext& context, QWidget* parent) : WorkPage(context, parent)
{
    setObjectName(QStringLiteral("referenceDataPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("referenceTabs"));
    m_tabs->setDocumentMode(true);
    m_parties = new RecordPage(context, partiesSpec(), m_tabs);
    m_themes = new RecordPage(context, themesSpec(), m_tabs);
    m_tabs->addTab(m_parties, tr("&Parties"));
    m_tabs->addTab(m_themes, tr("T&hemes"));
    layout->addWidget(m_tabs);
    for (RecordPage* page : {m_parties, m_themes})
        connect(page, &WorkPage::currentRecordChanged, this, [this, page] {
            if (page == currentPage())
                Q_EMIT currentRecordChanged();
        });
    connect(m_tabs, &QTabWidget::currentChanged, this, &WorkPage::currentRecordChanged);
}

RecordPage* ReferenceDataPage::currentPage() const
{
    return m_tabs->currentWidget() == m_themes ? m_themes : m_parties;
}

QStringList ReferenceDataPage::tables() const
{
    return {QStringLiteral("parties"), QStringLiteral("themes")};
}

bool ReferenceDataPage::showRecord(const QString& table, qint64 id)
{
    for (RecordPage* page : {m_parties, m_themes}) {
        if (page->spec().table == table) {
            m_tabs->setCurrentWidget(page);
            return page->showRecord(table, id);
        }
    }
    return false;
}

QString ReferenceDataPage::currentTable() const
{
    return currentPage()->currentTable();
}

QVariantMap ReferenceDataPage::currentRecord() const
{
    return currentPage()->currentRecord();
}

void ReferenceDataPage::focusSearch()
{
    currentPage()->focusSearch();
}

} // namespace crosswalk
