#include "ui/widgets/ProvisionTreePane.h"

#include "models/domain/Vocabulary.h"
#include "models/itemmodels/ProvisionFilterProxy.h"
#include "models/itemmodels/ProvisionTreeModel.h"
#include "ui/widgets/BadgeDelegate.h"

#include <QAbstractProxyModel>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace crosswalk {

namespace {
// Trees larger than this open collapsed; smaller ones open fully expanded.
constexpr int ExpandAllLimit = 300;

int column(ProvisionTreeModel::Column c)
{
    return ProvisionTreeModel::column(c);
}

qint64 idAt(const QModelIndex& index)
{
    return index.isValid() ? index.data(ProvisionTreeModel::role(ProvisionTreeModel::Role::Id)).toLongLong() : 0;
}
} // namespace

ProvisionTreePane::ProvisionTreePane(ProvisionTreeModel* model, QWidget* parent)
    : ProvisionTreePane(model, nullptr, parent)
{
}

ProvisionTreePane::ProvisionTreePane(ProvisionTreeModel* model, QAbstractProxyModel* columns, QWidget* parent)
    : QWidget(parent), m_model(model), m_columns(columns), m_proxy(new ProvisionFilterProxy(this))
{
    Q_ASSERT(!m_columns || m_columns->sourceModel() == m_model);
    m_proxy->setSourceModel(m_columns ? static_cast<QAbstractItemModel*>(m_columns) : m_model);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    m_filterLine = filters;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("provisionFilter"));
    m_search->setPlaceholderText(tr("Search provisions"));
    m_search->setAccessibleName(tr("Search provisions"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 2);
    auto* caption = new QLabel(tr("Verificatio&n:"), this);
    m_verification = new QComboBox(this);
    m_verification->setObjectName(QStringLiteral("provisionVerificationFilter"));
    m_verification->setAccessibleName(tr("Filter provisions by verification"));
    m_verification->addItem(tr("All"), QString());
    for (const QString& key : allKeys<Verification>())
        m_verification->addItem(labelForKey(QStringLiteral("verification"), key), key);
    caption->setBuddy(m_verification);
    filters->addWidget(caption);
    filters->addWidget(m_verification, 1);
    layout->addLayout(filters);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("provisionTree"));
    m_tree->setAccessibleName(tr("Provisions"));
    m_tree->setModel(m_proxy);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setItemDelegate(new BadgeDelegate(m_tree));
    m_tree->setWordWrap(false);
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(column(ProvisionTreeModel::Column::Title), QHeaderView::Stretch);
    header->setSectionResizeMode(column(ProvisionTreeModel::Column::OriginalTitle), QHeaderView::Stretch);
    layout->addWidget(m_tree, 1);

    setTabOrder(m_search, m_verification);
    setTabOrder(m_verification, m_tree);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        onFilterChanged();
    });
    connect(m_verification, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setVerification(m_verification->currentData().toString());
        onFilterChanged();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { Q_EMIT currentChanged(idAt(current)); });
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, &ProvisionTreePane::onAboutToReset);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ProvisionTreePane::onReset);
}

qint64 ProvisionTreePane::currentId() const
{
    return idAt(m_tree->currentIndex());
}

QVariantMap ProvisionTreePane::currentRecord() const
{
    return m_model->record(currentSourceIndex());
}

QModelIndex ProvisionTreePane::currentSourceIndex() const
{
    return modelIndex(m_tree->currentIndex());
}

QModelIndex ProvisionTreePane::viewIndex(const QModelIndex& modelIndex) const
{
    return m_proxy->mapFromSource(m_columns ? m_columns->mapFromSource(modelIndex) : modelIndex);
}

QModelIndex ProvisionTreePane::modelIndex(const QModelIndex& viewIndex) const
{
    const QModelIndex index = m_proxy->mapToSource(viewIndex);
    return m_columns ? m_columns->mapToSource(index) : index;
}

bool ProvisionTreePane::select(qint64 id)
{
    QModelIndex source = m_model->indexOf(id);
    if (!source.isValid())
        return false;
    QModelIndex index = viewIndex(source);
    if (!index.isValid()) {
        clearFilters();
        index = viewIndex(source);
        if (!index.isValid())
            return false;
    }
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    return currentId() == id;
}

void ProvisionTreePane::clearSelection()
{
    m_tree->selectionModel()->clearSelection();
    m_tree->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::Clear);
}

void ProvisionTreePane::clearFilters()
{
    m_search->clear();
    m_verification->setCurrentIndex(0);
}

void ProvisionTreePane::addButton(QWidget* button)
{
    button->setParent(this);
    m_filterLine->addWidget(button);
}

void ProvisionTreePane::onFilterChanged()
{
    // Show every match where it belongs.
    if (m_proxy->isFiltering())
        m_tree->expandAll();
    if (m_tree->currentIndex().isValid())
        m_tree->scrollTo(m_tree->currentIndex());
}

void ProvisionTreePane::collectExpanded(const QModelIndex& parent)
{
    for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
        const QModelIndex index = m_proxy->index(row, 0, parent);
        if (m_tree->isExpanded(index)) {
            m_expanded.insert(idAt(index));
            collectExpanded(index);
        }
    }
}

void ProvisionTreePane::onAboutToReset()
{
    const QModelIndex current = m_tree->currentIndex();
    m_currentBefore = idAt(current);
    m_parentBefore = idAt(current.parent());
    m_expanded.clear();
    collectExpanded(QModelIndex());
}

void ProvisionTreePane::onReset()
{
    m_tree->setColumnHidden(column(ProvisionTreeModel::Column::OriginalTitle), !m_model->hasOriginalTitles());
    const bool sameFramework = m_model->frameworkIds() == m_frameworks && !m_frameworks.isEmpty();
    if (sameFramework && !m_proxy->isFiltering()) {
        for (const qint64 id : std::as_const(m_expanded)) {
            const QModelIndex index = viewIndex(m_model->indexOf(id));
            if (index.isValid())
                m_tree->expand(index);
        }
    } else if (m_proxy->isFiltering() || m_model->provisionCount() <= ExpandAllLimit) {
        m_tree->expandAll();
    }
    // Framework headings stay open: collapsing one is the user's choice until the next reload.
    if (m_model->hasFrameworkNodes()) {
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            m_tree->expand(m_proxy->index(row, 0));
    }
    m_frameworks = m_model->frameworkIds();

    // Keep the selection on the same provision, or on its parent when it is gone (deleted, or
    // its addition undone).
    qint64 target = 0;
    if (sameFramework)
        target = m_model->indexOf(m_currentBefore).isValid() ? m_currentBefore : m_parentBefore;
    m_currentBefore = 0;
    m_parentBefore = 0;
    if (target == 0 || !select(target))
        Q_EMIT currentChanged(0);
}

} // namespace crosswalk
