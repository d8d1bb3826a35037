#include "ui/widgets/LinkPanel.h"

#include "models/commands/ChangePlanner.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "models/storage/TableCatalog.h"
#include "ui/views/PageContext.h"
#include "ui/widgets/RecordChoices.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace crosswalk {

LinkPanel::LinkPanel(PageContext& context, QString linkTable, const QString& ownerTable, QWidget* parent)
    : DetailTab(context, parent), m_linkTable(std::move(linkTable))
{
    const TableSpec* spec = TableCatalog::table(m_linkTable);
    Q_ASSERT(spec && !spec->hasId);
    m_ownerIsLeft = spec->columns[0].refTable == ownerTable;
    Q_ASSERT(m_ownerIsLeft || spec->columns[1].refTable == ownerTable);
    m_otherTable = spec->columns[m_ownerIsLeft ? 1 : 0].refTable;
    setObjectName(QStringLiteral("links_") + m_linkTable);
    const QString otherLabel = TableCatalog::table(m_otherTable)->displayLabel();

    auto* layout = new QVBoxLayout(this);
    m_hint = new QLabel(tr("Save the record first to link it to others."), this);
    m_hint->setObjectName(QStringLiteral("linkHint"));
    m_hint->setWordWrap(true);
    m_hint->setVisible(false);
    layout->addWidget(m_hint);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("linkList"));
    m_list->setAccessibleName(tr("Linked records (%1)").arg(otherLabel));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setToolTip(tr("Double-click or press Enter to open the record"));
    layout->addWidget(m_list, 1);

    auto* row = new QHBoxLayout;
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("linkChoice"));
    m_choice->setAccessibleName(tr("Record to link (%1)").arg(otherLabel));
    m_choice->setMinimumContentsLength(16);
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    row->addWidget(m_choice, 1);
    m_addButton = new QPushButton(tr("Lin&k"), this);
    m_addButton->setObjectName(QStringLiteral("linkAddButton"));
    m_addButton->setToolTip(tr("Link the chosen %1").arg(otherLabel));
    row->addWidget(m_addButton);
    m_removeButton = new QPushButton(tr("U&nlink"), this);
    m_removeButton->setObjectName(QStringLiteral("linkRemoveButton"));
    m_removeButton->setToolTip(tr("Remove the link to the selected %1 (Delete)").arg(otherLabel));
    row->addWidget(m_removeButton);
    layout->addLayout(row);

    setTabOrder(m_list, m_choice);
    setTabOrder(m_choice, m_addButton);
    setTabOrder(m_addButton, m_removeButton);

    auto* removeKey = new QAction(this);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(removeKey);
    connect(removeKey, &QAction::triggered, this, &LinkPanel::removeSelected);

    connect(m_addButton, &QPushButton::clicked, this, &LinkPanel::addChosen);
    connect(m_removeButton, &QPushButton::clicked, this, &LinkPanel::removeSelected);
    connect(m_list, &QListWidget::itemActivated, this, &LinkPanel::openItem);
    connect(m_list, &QListWidget::currentRowChanged, this, &LinkPanel::updateButtons);
    updateButtons();
}

void LinkPanel::setDatabase(Database* db)
{
    if (m_db)
        disconnect(m_db, nullptr, this, nullptr);
    m_db = db;
    if (m_db)
        connect(m_db, &Database::changed, this, &LinkPanel::onDatabaseChanged);
    m_record = 0;
    reload();
}

void LinkPanel::setRecord(qint64 id)
{
    m_record = id;
    reload();
}

void LinkPanel::onDatabaseChanged(const QString& table)
{
    if (table == m_linkTable || table == m_otherTable ||
        (m_otherTable == QLatin1String("provisions") && table == QLatin1String("frameworks")))
        reload();
}

QList<qint64> LinkPanel::linkedIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row)
        ids << m_list->item(row)->data(Qt::UserRole).toLongLong();
    return ids;
}

void LinkPanel::reload()
{
    const qint64 selected = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    const QVariant chosen = m_choice->currentData();
    m_list->clear();
    m_choice->clear();
    const bool active = m_db && m_db->isOpen() && m_record > 0;
    m_hint->setVisible(m_db && m_record <= 0);
    if (active) {
        const QList<qint64> linked = RecordStore(*m_db).linked(m_linkTable, m_record, !m_ownerIsLeft);
        for (const auto& [id, label] : RecordChoices::all(*m_db, m_otherTable)) {
            if (linked.contains(id)) {
                auto* item = new QListWidgetItem(label, m_list);
                item->setData(Qt::UserRole, id);
                item->setToolTip(label);
                if (id == selected)
                    m_list->setCurrentItem(item);
            } else {
                m_choice->addItem(label, id);
            }
        }
        m_choice->setCurrentIndex(qMax(0, m_choice->findData(chosen)));
    }
    updateButtons();
}

void LinkPanel::updateButtons()
{
    const bool active = m_db && m_record > 0;
    m_list->setEnabled(active);
    m_choice->setEnabled(active && m_choice->count() > 0);
    m_addButton->setEnabled(active && m_choice->count() > 0);
    m_removeButton->setEnabled(active && m_list->currentItem() != nullptr);
}

qint64 LinkPanel::leftOf(qint64 otherId) const
{
    return m_ownerIsLeft ? m_record : otherId;
}

qint64 LinkPanel::rightOf(qint64 otherId) const
{
    return m_ownerIsLeft ? otherId : m_record;
}

bool LinkPanel::addLink(qint64 otherId)
{
    if (!m_db || m_record <= 0 || otherId <= 0)
        return false;
    const Result<ChangeSet> plan = ChangePlanner(*m_db).link(m_linkTable, leftOf(otherId), rightOf(otherId));
    if (!plan) {
        context().showError(plan.message(), this);
        return false;
    }
    return context().apply(*plan, this);
}

bool LinkPanel::removeLink(qint64 otherId)
{
    if (!m_db || m_record <= 0 || otherId <= 0)
        return false;
    const Result<ChangeSet> plan = ChangePlanner(*m_db).unlink(m_linkTable, leftOf(otherId), rightOf(otherId));
    if (!plan) {
        context().showError(plan.message(), this);
        return false;
    }
    return context().apply(*plan, this);
}

void LinkPanel::addChosen()
{
    const qint64 id = m_choice->currentData().toLongLong();
    if (addLink(id)) {
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->data(Qt::UserRole).toLongLong() == id)
                m_list->setCurrentRow(row);
        }
    }
}

void LinkPanel::removeSelected()
{
    if (QListWidgetItem* item = m_list->currentItem())
        removeLink(item->data(Qt::UserRole).toLongLong());
}

void LinkPanel::openItem(QListWidgetItem* item)
{
    if (item)
        Q_EMIT context().openRecordRequested(m_otherTable, item->data(Qt::UserRole).toLongLong());
}

} // namespace crosswalk
