#include "ui/views/FrameworksView.h"

#include "models/itemmodels/FrameworkListModel.h"
#include "models/itemmodels/ProvisionTreeModel.h"
#include "ui/support/RowHeightDelegate.h"
#include "ui/views/DetailPanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace crosswalk {

namespace {
// Trees larger than this open collapsed; smaller ones open fully expanded.
constexpr int ExpandAllLimit = 300;
} // namespace

FrameworksView::FrameworksView(QWidget* parent)
    : QWidget(parent), m_frameworks(new FrameworkListModel(this)), m_frameworkProxy(new QSortFilterProxyModel(this)),
      m_provisions(new ProvisionTreeModel(this))
{
    setObjectName(QStringLiteral("frameworksPage"));
    m_frameworkProxy->setSourceModel(m_frameworks);
    m_frameworkProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_frameworkProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_frameworkProxy->setFilterKeyColumn(-1);
    m_frameworkProxy->setSortLocaleAware(true);

    auto* layout = new QVBoxLayout(this);

    auto* heading = new QLabel(tr("Frameworks"), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    heading->setTextFormat(Qt::PlainText);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    // Frameworks across the top (their titles need the width), the provision tree and the details
    // of the selection side by side below.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("frameworksSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    auto* listPane = new QWidget(m_splitter);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(listPane);
    m_filter->setObjectName(QStringLiteral("frameworkFilter"));
    m_filter->setPlaceholderText(tr("Search frameworks"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Search frameworks"));
    listLayout->addWidget(m_filter);

    m_frameworkList = new QTableView(listPane);
    m_frameworkList->setObjectName(QStringLiteral("frameworkList"));
    m_frameworkList->setAccessibleName(tr("Frameworks"));
    m_frameworkList->setModel(m_frameworkProxy);
    m_frameworkList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_frameworkList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_frameworkList->setAlternatingRowColors(true);
    m_frameworkList->setWordWrap(false);
    m_frameworkList->setTextElideMode(Qt::ElideRight);
    m_frameworkList->setShowGrid(false);
    m_frameworkList->verticalHeader()->hide();
    m_frameworkList->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 3 / 2 + 2);
    m_frameworkList->horizontalHeader()->setHighlightSections(false);
    m_frameworkList->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Dataset order first (as the frameworks were entered); a click on a header sorts.
    m_frameworkList->horizontalHeader()->setSortIndicatorClearable(true);
    m_frameworkList->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_frameworkList->setSortingEnabled(true);
    QHeaderView* frameworkHeader = m_frameworkList->horizontalHeader();
    frameworkHeader->setStretchLastSection(false);
    frameworkHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    frameworkHeader->setSectionResizeMode(FrameworkListModel::column(FrameworkListModel::Column::Title),
                                          QHeaderView::Stretch);
    listLayout->addWidget(m_frameworkList, 1);

    auto* lowerSplitter = new QSplitter(Qt::Horizontal, m_splitter);
    lowerSplitter->setObjectName(QStringLiteral("provisionSplitter"));
    lowerSplitter->setChildrenCollapsible(false);

    m_provisionTree = new QTreeView(lowerSplitter);
    m_provisionTree->setObjectName(QStringLiteral("provisionTree"));
    m_provisionTree->setAccessibleName(tr("Provisions"));
    m_provisionTree->setModel(m_provisions);
    m_provisionTree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_provisionTree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_provisionTree->setAlternatingRowColors(true);
    m_provisionTree->setUniformRowHeights(true);
    m_provisionTree->setItemDelegate(new RowHeightDelegate(m_provisionTree));
    m_provisionTree->setWordWrap(false);
    QHeaderView* provisionHeader = m_provisionTree->header();
    provisionHeader->setStretchLastSection(false);
    provisionHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    provisionHeader->setSectionResizeMode(ProvisionTreeModel::column(ProvisionTreeModel::Column::Title),
                                          QHeaderView::Stretch);
    provisionHeader->setSectionResizeMode(ProvisionTreeModel::column(ProvisionTreeModel::Column::OriginalTitle),
                                          QHeaderView::Stretch);

    m_detail = new DetailPanel(lowerSplitter);
    m_detail->setMinimumWidth(320);

    lowerSplitter->addWidget(m_provisionTree);
    lowerSplitter->addWidget(m_detail);
    lowerSplitter->setStretchFactor(0, 3);
    lowerSplitter->setStretchFactor(1, 2);
    lowerSplitter->setSizes({600, 400});
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(lowerSplitter);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({280, 420});

    setTabOrder(m_filter, m_frameworkList);
    setTabOrder(m_frameworkList, m_provisionTree);
    setTabOrder(m_provisionTree, m_detail);

    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    connect(m_filter, &QLineEdit::textChanged, m_frameworkProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_frameworkList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onFrameworkChanged(current); });
    // A click on the selected framework brings its own details back after a provision was shown.
    connect(m_frameworkList, &QAbstractItemView::clicked, this, [this] {
        m_provisionTree->setCurrentIndex(QModelIndex());
        m_provisionTree->clearSelection();
        showSelectedFramework();
    });
    connect(m_provisionTree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onProvisionChanged(current); });

    connect(m_frameworks, &QAbstractItemModel::modelAboutToBeReset, this, &FrameworksView::onFrameworksAboutToReset);
    connect(m_frameworks, &QAbstractItemModel::modelReset, this, &FrameworksView::onFrameworksReset);
    connect(m_provisions, &QAbstractItemModel::modelAboutToBeReset, this, &FrameworksView::onProvisionsAboutToReset);
    connect(m_provisions, &QAbstractItemModel::modelReset, this, &FrameworksView::onProvisionsReset);
}

void FrameworksView::setDatabase(Database* db)
{
    m_filter->clear();
    m_provisions->setDatabase(db);
    m_frameworks->setDatabase(db);
    if (m_frameworks->rowCount() > 0)
        selectFrameworkRow(0);
}

bool FrameworksView::selectFramework(const QString& code)
{
    for (int row = 0; row < m_frameworks->rowCount(); ++row) {
        const QModelIndex index =
            m_frameworks->index(row, FrameworkListModel::column(FrameworkListModel::Column::Code));
        if (index.data().toString() == code) {
            selectFrameworkRow(row);
            return selectedFrameworkId() == m_frameworks->idAt(row);
        }
    }
    return false;
}

qint64 FrameworksView::selectedFrameworkId() const
{
    const QModelIndex current = m_frameworkProxy->mapToSource(m_frameworkList->currentIndex());
    return current.isValid() ? m_frameworks->idAt(current.row()) : 0;
}

void FrameworksView::selectFrameworkRow(int sourceRow)
{
    const QModelIndex index = m_frameworkProxy->mapFromSource(m_frameworks->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_frameworkList->selectionModel()->setCurrentIndex(index,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_frameworkList->scrollTo(index);
}

void FrameworksView::onFrameworkChanged(const QModelIndex& current)
{
    const QModelIndex source = m_frameworkProxy->mapToSource(current);
    m_provisions->setFrameworkId(source.isValid() ? m_frameworks->idAt(source.row()) : 0);
    if (!m_provisionTree->currentIndex().isValid())
        showSelectedFramework();
}

void FrameworksView::onProvisionChanged(const QModelIndex& current)
{
    if (current.isValid())
        m_detail->showProvision(m_provisions->record(current), m_provisions->frameworkLanguage());
    else
        showSelectedFramework();
}

void FrameworksView::showSelectedFramework()
{
    const QModelIndex source = m_frameworkProxy->mapToSource(m_frameworkList->currentIndex());
    if (source.isValid())
        m_detail->showFramework(m_frameworks->record(source.row()));
    else
        m_detail->showNothing();
}

void FrameworksView::onFrameworksAboutToReset()
{
    m_frameworkBeforeReset = selectedFrameworkId();
}

void FrameworksView::onFrameworksReset()
{
    // Keep the selection on the same framework when the list reloads.
    const int row = m_frameworks->rowOf(m_frameworkBeforeReset);
    if (row >= 0) {
        selectFrameworkRow(row);
        // The provision tree may also need the framework's new details (language, title).
        if (!m_provisionTree->currentIndex().isValid())
            showSelectedFramework();
    } else {
        m_provisions->setFrameworkId(0);
        showSelectedFramework();
    }
}

void FrameworksView::onProvisionsAboutToReset()
{
    const QModelIndex current = m_provisionTree->currentIndex();
    m_provisionBeforeReset =
        current.isValid() ? current.data(ProvisionTreeModel::role(ProvisionTreeModel::Role::Id)).toLongLong() : 0;
}

void FrameworksView::onProvisionsReset()
{
    m_provisionTree->setColumnHidden(ProvisionTreeModel::column(ProvisionTreeModel::Column::OriginalTitle),
                                     !m_provisions->hasOriginalTitles());
    if (m_provisions->provisionCount() <= ExpandAllLimit)
        m_provisionTree->expandAll();
    const QModelIndex previous = m_provisions->indexOf(m_provisionBeforeReset);
    if (previous.isValid()) {
        m_provisionTree->selectionModel()->setCurrentIndex(previous, QItemSelectionModel::ClearAndSelect |
                                                                         QItemSelectionModel::Rows);
        m_provisionTree->scrollTo(previous);
    } else {
        showSelectedFramework();
    }
}

} // namespace crosswalk
