#include "ui/views/RecordPage.h"

#include "models/itemmodels/RecordFilterProxy.h"
#include "models/itemmodels/RecordTableModel.h"
#include "models/storage/Database.h"
#include "models/storage/TableCatalog.h"
#include "ui/support/DialogProvider.h"
#include "ui/support/ViewExport.h"
#include "ui/views/PageContext.h"
#include "ui/widgets/BadgeDelegate.h"
#include "ui/widgets/DetailTab.h"
#include "ui/widgets/LinkPanel.h"
#include "ui/widgets/RecordChoices.h"
#include "ui/widgets/RecordFilterBar.h"
#include "ui/widgets/RecordForm.h"
#include "ui/widgets/RecordTitleBar.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace crosswalk {

namespace {
const QString linkPrefix = QStringLiteral("link:");
constexpr int MaximumTitleWidth = 320;
constexpr int MaximumColumnWidth = 200;

QStringList editableColumns(const QString& table)
{
    QStringList columns;
    for (const ColumnSpec& column : TableCatalog::table(table)->columns) {
        if (column.type != ColumnType::Id && column.type != ColumnType::Timestamp)
            columns << column.name;
    }
    return columns;
}

/// The list columns, then the link columns only a filter needs (hidden in the view).
QStringList modelColumns(const RecordPageSpec& spec)
{
    QStringList columns = spec.listColumns;
    for (const QString& column : spec.filterColumns) {
        if (column.startsWith(linkPrefix) && !columns.contains(column))
            columns << column;
    }
    return columns;
}

QPushButton* actionButton(QAction* action, const QString& objectName, QWidget* parent)
{
    auto* button = new QPushButton(action->text(), parent);
    button->setObjectName(objectName);
    button->setToolTip(action->toolTip());
    button->setEnabled(action->isEnabled());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
    return button;
}
} // namespace

RecordPage::RecordPage(PageContext& context, RecordPageSpec spec, QWidget* parent)
    : WorkPage(context, parent), m_spec(std::move(spec)), m_editor(context, this)
{
    Q_ASSERT(TableCatalog::table(m_spec.table));
    if (m_spec.formColumns.isEmpty())
        m_spec.formColumns = editableColumns(m_spec.table);
    setObjectName(m_spec.objectName.isEmpty() ? m_spec.table + QStringLiteral("Page") : m_spec.objectName);

    m_model = new RecordTableModel(m_spec.table, modelColumns(m_spec), this);
    m_proxy = new RecordFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    createActions();
    buildLayout();

    connect(m_filterBar, &RecordFilterBar::searchChanged, this, &RecordPage::applySearch);
    connect(m_filterBar, &RecordFilterBar::filterChanged, this, &RecordPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RecordPage::onCurrentRowChanged);
    // A mouse click makes the row current before it selects it: follow the selection too.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { onCurrentRowChanged(m_table->currentIndex()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordPage::onModelReset);
    connect(m_form, &RecordForm::modified, this, &RecordPage::updateActions);
    connect(&context, &PageContext::databaseChanged, this, &RecordPage::setDatabase);
    setDatabase(context.database());
}

RecordPage::~RecordPage() = default;

void RecordPage::createActions()
{
    const QString label = TableCatalog::table(m_spec.table)->displayLabel();
    m_addAction = new QAction(tr("&Add"), this);
    m_addAction->setObjectName(QStringLiteral("addAction"));
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_addAction->setToolTip(
        tr("Add a new %1 (%2)").arg(label, m_addAction->shortcut().toString(QKeySequence::NativeText)));
    m_addAction->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    connect(m_addAction, &QAction::triggered, this, &RecordPage::addRecord);

    m_saveAction = new QAction(tr("Sav&e"), this);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_saveAction->setToolTip(
        tr("Save the changes (%1)").arg(m_saveAction->shortcut().toString(QKeySequence::NativeText)));
    m_saveAction->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    connect(m_saveAction, &QAction::triggered, this, &RecordPage::saveRecord);

    m_revertAction = new QAction(tr("&Revert"), this);
    m_revertAction->setObjectName(QStringLiteral("revertAction"));
    m_revertAction->setToolTip(tr("Put back the stored values"));
    m_revertAction->setIcon(QIcon::fromTheme(QStringLiteral("document-revert")));
    connect(m_revertAction, &QAction::triggered, this, &RecordPage::revertRecord);

    m_deleteAction = new QAction(tr("De&lete"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut); // only when the table has focus
    m_deleteAction->setToolTip(tr("Delete the selected %1 (Delete in the list)").arg(label));
    m_deleteAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    connect(m_deleteAction, &QAction::triggered, this, &RecordPage::deleteRecord);

    // Add and Save work anywhere on the page while it is shown.
    for (QAction* action : {m_addAction, m_saveAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    m_exportAction = ViewExport::createAction(this);
    connect(m_exportAction, &QAction::triggered, this, &RecordPage::exportRecords);

    m_findAction = new QAction(tr("Search"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, &RecordPage::focusSearch);
    addAction(m_findAction);
}

void RecordPage::buildLayout()
{
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(m_spec.title, this);
    m_heading->setObjectName(QStringLiteral("pageHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    // The list across the top (its columns need the width), the record below it: the form beside
    // the tabs about the record.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("pageSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    // The list: search, filters, table.
    auto* listPane = new QWidget(m_splitter);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto* filterRow = new QHBoxLayout;
    m_filterBar = new RecordFilterBar(m_spec.table, m_spec.filterColumns, listPane);
    filterRow->addWidget(m_filterBar, 1);
    m_exportButton = new QToolButton(listPane);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefaultAction(m_exportAction);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    filterRow->addWidget(m_exportButton, 0, Qt::AlignTop);
    listLayout->addLayout(filterRow);

    m_table = new QTableView(listPane);
    m_table->setObjectName(QStringLiteral("recordTable"));
    m_table->setAccessibleName(m_spec.title);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new BadgeDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder); // stored order until a header is clicked
    m_table->setSortingEnabled(true);
    for (int column = m_spec.listColumns.size(); column < m_model->columnCount(); ++column)
        m_table->setColumnHidden(column, true);
    m_table->addAction(m_deleteAction);
    listLayout->addWidget(m_table, 1);

    // The record: heading, form, tabs, buttons.
    auto* detailPane = new QWidget(m_splitter);
    auto* detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_titleBar = new RecordTitleBar(detailPane);
    detailLayout->addWidget(m_titleBar);

    m_detailSplitter = new QSplitter(Qt::Horizontal, detailPane);
    m_detailSplitter->setObjectName(QStringLiteral("detailSplitter"));
    m_detailSplitter->setChildrenCollapsible(false);
    auto* scroll = new QScrollArea(m_detailSplitter);
    scroll->setObjectName(QStringLiteral("formScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = new RecordForm(m_spec.table, m_spec.formColumns, scroll);
    m_form->setObjectName(QStringLiteral("recordForm"));
    const TableSpec& table = *TableCatalog::table(m_spec.table);
    for (const QString& column : m_form->columns()) {
        if (table.column(column)->type == ColumnType::Ref) // long "CODE — Title" choices
            m_form->editor(column)->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    scroll->setWidget(m_form);
    m_detailSplitter->addWidget(scroll);
    m_tabs = new QTabWidget(m_detailSplitter);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setVisible(false);
    m_detailSplitter->addWidget(m_tabs);
    m_detailSplitter->setStretchFactor(0, 1);
    m_detailSplitter->setStretchFactor(1, 1);
    m_detailSplitter->setSizes({560, 480});
    detailLayout->addWidget(m_detailSplitter, 1);

    auto* buttons = new QHBoxLayout;
    m_addButton = actionButton(m_addAction, QStringLiteral("addButton"), detailPane);
    m_deleteButton = actionButton(m_deleteAction, QStringLiteral("deleteButton"), detailPane);
    m_revertButton = actionButton(m_revertAction, QStringLiteral("revertButton"), detailPane);
    m_saveButton = actionButton(m_saveAction, QStringLiteral("saveButton"), detailPane);
    m_saveButton->setDefault(false);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch(1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    detailLayout->addLayout(buttons);

    m_splitter->addWidget(listPane);
    m_splitter->addWidget(detailPane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({320, 420});
    updateTabOrder();
}

void RecordPage::updateTabOrder()
{
    QList<QWidget*> chain{m_filterBar->searchBox()};
    for (QWidget* box : m_filterBar->filterBoxes())
        chain << box;
    chain << m_table;
    for (const QString& column : m_form->columns())
        chain << m_form->editor(column);
    chain << m_addButton << m_saveButton << m_revertButton << m_deleteButton;
    if (!m_detailTabs.isEmpty())
        chain << m_tabs;
    chain << m_exportButton; // after the record; Ctrl+E reaches it from anywhere on the page
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

void RecordPage::addDetailTab(DetailTab* tab, const QString& title)
{
    m_tabs->addTab(tab, title);
    m_tabs->setVisible(true);
    m_detailTabs << tab;
    tab->setDatabase(m_db);
    tab->setRecord(m_creating ? 0 : m_currentId);
    updateTabOrder();
}

LinkPanel* RecordPage::addLinkTab(const QString& linkTable, const QString& title)
{
    auto* panel = new LinkPanel(context(), linkTable, m_spec.table, m_tabs);
    addDetailTab(panel, title);
    return panel;
}

void RecordPage::showDetailTab(DetailTab* tab)
{
    m_tabs->setCurrentWidget(tab);
}

QList<QAction*> RecordPage::recordActions() const
{
    return {m_addAction, m_saveAction, m_revertAction, m_deleteAction, m_exportAction};
}

// --- database --------------------------------------------------------------------------------

void RecordPage::setDatabase(Database* db)
{
    if (m_db)
        disconnect(m_db, nullptr, this, nullptr);
    m_db = db;
    if (m_db)
        connect(m_db, &Database::changed, this, &RecordPage::onDatabaseChanged);
    m_creating = false;
    m_currentId = 0;
    m_previousId = 0;
    m_columnsSized = false;
    m_form->setDatabase(db);
    m_filterBar->setDatabase(db);
    for (DetailTab* tab : std::as_const(m_detailTabs))
        tab->setDatabase(db);
    m_model->setDatabase(db);
    sizeColumns();
    const QModelIndex first = m_proxy->index(0, 0);
    showId(first.isValid() ? first.data(RecordTableModel::IdRole).toLongLong() : 0);
    selectId(m_currentId);
}

void RecordPage::onDatabaseChanged(const QString& table)
{
    const TableSpec& spec = *TableCatalog::table(m_spec.table);
    for (const QString& column : m_form->columns()) {
        const ColumnSpec* c = spec.column(column);
        if (c && c->type == ColumnType::Ref &&
            (c->refTable == table ||
             (c->refTable == QLatin1String("provisions") && table == QLatin1String("frameworks")))) {
            m_form->reloadChoices();
            return;
        }
    }
}

void RecordPage::sizeColumns()
{
    if (m_columnsSized || m_model->rowCount() == 0)
        return;
    m_columnsSized = true;
    const int titleColumn = static_cast<int>(m_spec.listColumns.indexOf(RecordChoices::titleColumn(m_spec.table)));
    for (int column = 0; column < m_spec.listColumns.size(); ++column) {
        m_table->resizeColumnToContents(column);
        const int limit = column == titleColumn ? MaximumTitleWidth : MaximumColumnWidth;
        if (m_table->columnWidth(column) > limit)
            m_table->setColumnWidth(column, limit);
    }
}

void RecordPage::onModelReset()
{
    sizeColumns();
    if (m_creating) {
        updateActions();
        return;
    }
    if (m_currentId > 0 && m_model->rowOf(m_currentId) >= 0) {
        selectId(m_currentId);
        if (!m_form->isModified())
            m_form->setValues(m_model->recordAt(m_model->rowOf(m_currentId)));
        updateTitle();
        updateActions();
        Q_EMIT currentRecordChanged();
    } else if (m_currentId > 0) {
        showId(0); // the record is gone (deleted, or an undone insert)
    } else {
        updateTitle(); // "nothing here yet" or "select one"
        updateActions();
    }
}

// --- selection -------------------------------------------------------------------------------

void RecordPage::selectId(qint64 id)
{
    const QScopedValueRollback<bool> guard(m_restoring, true);
    const int row = m_model->rowOf(id);
    const QModelIndex index = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (index.isValid()) {
        m_table->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    } else {
        m_table->selectionModel()->clear();
    }
}

void RecordPage::onCurrentRowChanged(const QModelIndex& current)
{
    if (m_restoring)
        return;
    // Only a row the user selects counts: the table makes a row current without selecting it when
    // it merely gets the focus (tabbing past it while a new record is entered).
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return;
    const qint64 id = current.data(RecordTableModel::IdRole).toLongLong();
    if (id <= 0 || (id == m_currentId && !m_creating))
        return;
    if (!confirmDiscard()) {
        selectId(m_creating ? 0 : m_currentId);
        return;
    }
    m_creating = false;
    showId(id);
}

bool RecordPage::hasUnsavedChanges() const
{
    return m_form->isModified() && (m_creating || m_currentId > 0);
}

bool RecordPage::confirmDiscard()
{
    if (!hasUnsavedChanges())
        return true;
    const QString name =
        m_creating ? tr("the new %1").arg(TableCatalog::table(m_spec.table)->displayLabel()) : m_titleBar->heading();
    return context().dialogs().question(this, tr("Unsaved changes"),
                                        tr("Discard the changes to %1 that are not saved?").arg(name));
}

void RecordPage::showId(qint64 id)
{
    m_currentId = m_model->rowOf(id) >= 0 ? id : 0;
    if (m_currentId > 0)
        m_form->setValues(m_model->recordAt(m_model->rowOf(m_currentId)));
    else
        m_form->setValues(QVariantMap());
    m_form->setEnabled(m_currentId > 0);
    for (DetailTab* tab : std::as_const(m_detailTabs))
        tab->setRecord(m_currentId);
    updateTitle();
    updateActions();
    Q_EMIT currentRecordChanged();
}

void RecordPage::applySearch(const QString& text)
{
    {
        const QScopedValueRollback<bool> guard(m_restoring, true);
        m_proxy->setSearchText(text);
    }
    selectId(m_creating ? 0 : m_currentId);
}

void RecordPage::applyFilter(const QString& column, const QVariant& value)
{
    {
        const QScopedValueRollback<bool> guard(m_restoring, true);
        m_proxy->setValueFilter(column, value);
    }
    selectId(m_creating ? 0 : m_currentId);
}

// --- WorkPage --------------------------------------------------------------------------------

QStringList RecordPage::tables() const
{
    return {m_spec.table};
}

bool RecordPage::showRecord(const QString& table, qint64 id)
{
    if (table != m_spec.table || m_model->rowOf(id) < 0)
        return false;
    if (id == m_currentId && !m_creating)
        return true;
    if (!confirmDiscard())
        return false;
    m_creating = false;
    const QModelIndex visible = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0));
    if (!visible.isValid())
        m_filterBar->clear();
    showId(id);
    selectId(id);
    return true;
}

QString RecordPage::currentTable() const
{
    return m_currentId > 0 ? m_spec.table : QString();
}

QVariantMap RecordPage::currentRecord() const
{
    return m_currentId > 0 ? m_model->recordAt(m_model->rowOf(m_currentId)) : QVariantMap();
}

void RecordPage::focusSearch()
{
    m_filterBar->searchBox()->setFocus(Qt::ShortcutFocusReason);
    m_filterBar->searchBox()->selectAll();
}

// --- edits -----------------------------------------------------------------------------------

void RecordPage::addRecord()
{
    if (!m_db || !confirmDiscard())
        return;
    if (!m_creating)
        m_previousId = m_currentId;
    m_creating = true;
    m_currentId = 0;
    selectId(0);
    m_form->setEnabled(true);
    m_form->setValues(m_editor.defaults(m_spec.table));
    for (DetailTab* tab : std::as_const(m_detailTabs))
        tab->setRecord(0);
    updateTitle();
    updateActions();
    if (QWidget* first = m_form->editor(m_form->columns().value(0)))
        first->setFocus(Qt::OtherFocusReason);
    Q_EMIT currentRecordChanged();
}

bool RecordPage::saveRecord()
{
    if (!m_db || (!m_creating && m_currentId <= 0))
        return false;
    if (!m_creating && !m_form->isModified())
        return true;
    const qint64 saved = m_editor.save(*m_form, m_creating ? 0 : m_currentId);
    if (saved <= 0)
        return false;
    m_creating = false;
    showId(saved);
    selectId(saved);
    return true;
}

void RecordPage::revertRecord()
{
    if (m_creating) {
        m_creating = false;
        showId(m_previousId);
        selectId(m_currentId);
        return;
    }
    showId(m_currentId);
}

bool RecordPage::deleteRecord()
{
    if (m_creating) {
        revertRecord();
        return false;
    }
    if (m_currentId <= 0)
        return false;
    const QModelIndex current = m_table->currentIndex();
    const int proxyRow = current.isValid() ? current.row() : -1;
    if (!m_editor.remove(m_spec.table, m_currentId))
        return false;
    // The model has reloaded without the record; show the one that took its place.
    const QModelIndex next = m_proxy->index(qMin(proxyRow, m_proxy->rowCount() - 1), 0);
    if (proxyRow >= 0 && next.isValid()) {
        showId(next.data(RecordTableModel::IdRole).toLongLong());
        selectId(m_currentId);
    }
    return true;
}

bool RecordPage::exportRecords()
{
    return ViewExport::run(context(), *m_table, m_spec.title, this);
}

// --- display ---------------------------------------------------------------------------------

void RecordPage::updateActions()
{
    const bool open = m_db != nullptr;
    const bool editable = open && (m_creating || (m_currentId > 0 && m_form->isModified()));
    m_addAction->setEnabled(open);
    m_saveAction->setEnabled(editable);
    m_revertAction->setEnabled(editable);
    m_deleteAction->setEnabled(open && m_currentId > 0 && !m_creating);
    m_exportAction->setEnabled(open);
}

void RecordPage::updateTitle()
{
    const QString label = TableCatalog::table(m_spec.table)->displayLabel();
    if (m_creating) {
        m_titleBar->showRecord(tr("New %1").arg(label), m_form->values());
    } else if (m_currentId > 0 && m_db) {
        const QVariantMap row = m_model->recordAt(m_model->rowOf(m_currentId));
        m_titleBar->showRecord(RecordChoices::label(*m_db, m_spec.table, row), row);
    } else if (!m_db) {
        m_titleBar->showMessage(tr("No database is open."));
    } else {
        m_titleBar->showMessage(m_model->rowCount() == 0 ? tr("Nothing here yet: Add creates the first %1.").arg(label)
                                                         : tr("Select a %1 in the list.").arg(label));
    }
}

} // namespace crosswalk
