#include "ui/views/FrameworksView.h"

#include "models/commands/ChangePlanner.h"
#include "models/itemmodels/FrameworkFilterProxy.h"
#include "models/itemmodels/FrameworkListModel.h"
#include "models/itemmodels/ProvisionTreeModel.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "models/storage/TableCatalog.h"
#include "ui/support/DialogProvider.h"
#include "ui/support/ViewExport.h"
#include "ui/views/DetailPanel.h"
#include "ui/views/PageContext.h"
#include "ui/widgets/BadgeDelegate.h"
#include "ui/widgets/FrameworkEditor.h"
#include "ui/widgets/FrameworkFilterBar.h"
#include "ui/widgets/ProvisionTreePane.h"
#include "ui/widgets/RecordForm.h"
#include "ui/widgets/RecordTitleBar.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace crosswalk {

namespace {
const QString frameworksTable = QStringLiteral("frameworks");
const QString provisionsTable = QStringLiteral("provisions");

qint64 idOf(const QVariantMap& row)
{
    return row.value(QStringLiteral("id")).toLongLong();
}

/// A button for an action, keeping the mnemonic of its text, enabled with it.
QToolButton* actionButton(QAction* action, const QString& objectName, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(action->text());
    button->setIcon(action->icon());
    button->setToolTip(action->toolTip());
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setEnabled(action->isEnabled());
    QObject::connect(button, &QToolButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::enabledChanged, button, &QToolButton::setEnabled);
    return button;
}

QString withShortcut(const QString& text, const QAction* action)
{
    return QStringLiteral("%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText));
}
} // namespace

FrameworksView::FrameworksView(PageContext& context, QWidget* parent)
    : WorkPage(context, parent), m_recordEditor(context, this), m_frameworks(new FrameworkListModel(this)),
      m_frameworkProxy(new FrameworkFilterProxy(this)), m_provisions(new ProvisionTreeModel(this))
{
    setObjectName(QStringLiteral("frameworksPage"));
    m_frameworkProxy->setSourceModel(m_frameworks);

    createActions();
    buildLayout();

    connect(m_filterBar, &FrameworkFilterBar::searchChanged, this, [this](const QString& text) {
        m_frameworkProxy->setSearchText(text);
        highlightCurrentFramework();
    });
    connect(m_filterBar, &FrameworkFilterBar::filterChanged, this, [this](const QString& column, const QString& key) {
        m_frameworkProxy->setValueFilter(column, key);
        highlightCurrentFramework();
    });
    connect(m_frameworkList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FrameworksView::onFrameworkRowChanged);
    // A click on the selected framework brings its own details back after a provision was shown.
    connect(m_frameworkList, &QAbstractItemView::clicked, this, [this] {
        if (m_provisionPane->currentId() != 0)
            m_provisionPane->clearSelection();
    });
    connect(m_provisionPane, &ProvisionTreePane::currentChanged, this, &FrameworksView::onProvisionChanged);
    connect(m_frameworks, &QAbstractItemModel::modelAboutToBeReset, this, &FrameworksView::onFrameworksAboutToReset);
    connect(m_frameworks, &QAbstractItemModel::modelReset, this, &FrameworksView::onFrameworksReset);
    connect(m_editor, &FrameworkEditor::changed, this, [this] {
        updateTitle();
        updateActions();
    });
    connect(&context, &PageContext::databaseChanged, this, &FrameworksView::setDatabase);
    setDatabase(context.database());
}

FrameworksView::~FrameworksView() = default;

void FrameworksView::createActions()
{
    const auto make = [this](const QString& text, const char* objectName, const char* icon) {
        auto* action = new QAction(QIcon::fromTheme(QString::fromLatin1(icon)), text, this);
        action->setObjectName(QString::fromLatin1(objectName));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        return action;
    };
    m_addFrameworkAction = make(tr("Add &framework"), "addFrameworkAction", "list-add");
    m_addFrameworkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_addFrameworkAction->setToolTip(withShortcut(tr("Add a framework"), m_addFrameworkAction));
    connect(m_addFrameworkAction, &QAction::triggered, this, &FrameworksView::addFramework);

    m_addProvisionAction = make(tr("Add provisio&n"), "addProvisionAction", "list-add");
    m_addProvisionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_addProvisionAction->setToolTip(withShortcut(
        tr("Add a provision under the selected one (at the top level when none is selected)"), m_addProvisionAction));
    connect(m_addProvisionAction, &QAction::triggered, this, &FrameworksView::addProvision);

    m_addTopLevelAction = make(tr("Add &top-level provision"), "addTopLevelProvisionAction", "list-add");
    m_addTopLevelAction->setToolTip(tr("Add a provision at the top level of the framework (a chapter, a pillar)"));
    connect(m_addTopLevelAction, &QAction::triggered, this, &FrameworksView::addTopLevelProvision);

    m_deleteAction = make(tr("De&lete"), "deleteAction", "edit-delete");
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Only in the list and the tree: in a field the Delete key deletes text.
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_deleteAction->setToolTip(tr("Delete the selected provision, or the framework when no provision is selected "
                                  "(Delete in the list or the tree)"));
    connect(m_deleteAction, &QAction::triggered, this, &FrameworksView::deleteSelected);

    m_moveUpAction = make(tr("Move &up"), "moveUpAction", "go-up");
    m_moveUpAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    m_moveUpAction->setToolTip(withShortcut(tr("Move the provision before the one above it"), m_moveUpAction));
    connect(m_moveUpAction, &QAction::triggered, this, &FrameworksView::moveUp);

    m_moveDownAction = make(tr("Move do&wn"), "moveDownAction", "go-down");
    m_moveDownAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    m_moveDownAction->setToolTip(withShortcut(tr("Move the provision after the one below it"), m_moveDownAction));
    connect(m_moveDownAction, &QAction::triggered, this, &FrameworksView::moveDown);

    m_saveAction = make(tr("Sav&e"), "saveAction", "document-save");
    m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_saveAction->setToolTip(withShortcut(tr("Save the changes"), m_saveAction));
    connect(m_saveAction, &QAction::triggered, this, &FrameworksView::save);

    m_revertAction = make(tr("&Revert"), "revertAction", "document-revert");
    m_revertAction->setToolTip(tr("Put back the stored values (a new record is dropped)"));
    connect(m_revertAction, &QAction::triggered, this, &FrameworksView::revert);

    m_editAction = make(tr("Ed&it"), "editAction", "document-edit");
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_editAction->setToolTip(withShortcut(tr("Edit the selected record"), m_editAction));
    connect(m_editAction, &QAction::triggered, this, &FrameworksView::editSelected);

    m_findAction = make(tr("Search"), "findAction", "edit-find");
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, &FrameworksView::focusSearch);

    // The page's actions, for the main window's menus; they work anywhere on the page.
    for (QAction* action : {m_addFrameworkAction, m_addProvisionAction, m_addTopLevelAction, m_deleteAction,
                            m_moveUpAction, m_moveDownAction, m_saveAction, m_revertAction, m_editAction, m_findAction})
        addAction(action);

    // Export: the frameworks listed (the action adds itself to the page), or the provisions shown.
    m_exportAction = ViewExport::createAction(this);
    m_exportAction->setToolTip(tr("Export the frameworks listed as a CSV or Excel file (%1)")
                                   .arg(m_exportAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_exportAction, &QAction::triggered, this,
            [this] { ViewExport::run(context(), *m_frameworkList, tr("Frameworks"), this); });
    m_exportProvisionsAction = make(tr("Export pro&visions\u2026"), "exportProvisionsAction", "document-export");
    m_exportProvisionsAction->setToolTip(tr("Export the provisions the tree shows as a CSV or Excel file"));
    connect(m_exportProvisionsAction, &QAction::triggered, this, [this] {
        const QString code = selectedFrameworkRecord().value(QStringLiteral("code")).toString();
        ViewExport::run(context(), *m_provisionPane->tree(), tr("Provisions of %1").arg(code), this);
    });
    addAction(m_exportProvisionsAction);
}

void FrameworksView::buildLayout()
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildToolbar());

    // The frameworks above the provision tree on the left; the selected record on the right, with
    // the height a form needs.
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("frameworkSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    m_browseSplitter = new QSplitter(Qt::Vertical, m_splitter);
    m_browseSplitter->setObjectName(QStringLiteral("browseSplitter"));
    m_browseSplitter->setChildrenCollapsible(false);

    auto* listPane = new QWidget(m_browseSplitter);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_filterBar = new FrameworkFilterBar(listPane);
    listLayout->addWidget(m_filterBar);

    m_frameworkList = new QTableView(listPane);
    m_frameworkList->setObjectName(QStringLiteral("frameworkList"));
    m_frameworkList->setAccessibleName(tr("Frameworks"));
    m_frameworkList->setModel(m_frameworkProxy);
    m_frameworkList->setItemDelegate(new BadgeDelegate(m_frameworkList));
    m_frameworkList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_frameworkList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_frameworkList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_frameworkList->setTabKeyNavigation(false);
    m_frameworkList->setAlternatingRowColors(true);
    m_frameworkList->setWordWrap(false);
    m_frameworkList->setTextElideMode(Qt::ElideRight);
    m_frameworkList->setShowGrid(false);
    m_frameworkList->verticalHeader()->hide();
    m_frameworkList->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 3 / 2 + 4);
    QHeaderView* frameworkHeader = m_frameworkList->horizontalHeader();
    frameworkHeader->setHighlightSections(false);
    frameworkHeader->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Dataset order first (as the frameworks were entered); a click on a header sorts.
    frameworkHeader->setSortIndicatorClearable(true);
    frameworkHeader->setSortIndicator(-1, Qt::AscendingOrder);
    m_frameworkList->setSortingEnabled(true);
    frameworkHeader->setStretchLastSection(false);
    frameworkHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    frameworkHeader->setSectionResizeMode(FrameworkListModel::column(FrameworkListModel::Column::Title),
                                          QHeaderView::Stretch);
    m_frameworkList->addAction(m_deleteAction);
    listLayout->addWidget(m_frameworkList, 1);

    m_provisionPane = new ProvisionTreePane(m_provisions, m_browseSplitter);
    m_provisionPane->tree()->addAction(m_deleteAction);
    m_provisionPane->addButton(actionButton(m_moveUpAction, QStringLiteral("moveUpButton"), m_provisionPane));
    m_provisionPane->addButton(actionButton(m_moveDownAction, QStringLiteral("moveDownButton"), m_provisionPane));

    m_browseSplitter->addWidget(listPane);
    m_browseSplitter->addWidget(m_provisionPane);
    m_browseSplitter->setStretchFactor(0, 2);
    m_browseSplitter->setStretchFactor(1, 3);
    m_browseSplitter->setSizes({300, 400});

    m_splitter->addWidget(m_browseSplitter);
    m_splitter->addWidget(buildDetailSide());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({640, 460});

    QList<QWidget*> chain{m_filterBar->searchBox()};
    for (QWidget* box : m_filterBar->filterBoxes())
        chain << box;
    chain << m_frameworkList << m_provisionPane->searchBox() << m_provisionPane->verificationFilter()
          << m_provisionPane->tree() << m_tabs;
    for (RecordForm* form : {m_editor->frameworkForm(), m_editor->provisionForm()}) {
        for (const QString& column : form->columns())
            chain << form->editor(column);
    }
    chain << m_revertButton << m_saveButton;
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

QWidget* FrameworksView::buildToolbar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QLabel(tr("Frameworks"), bar);
    heading->setObjectName(QStringLiteral("pageHeading"));
    heading->setTextFormat(Qt::PlainText);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    heading->setFont(headingFont);
    row->addWidget(heading);
    row->addStretch(1);

    row->addWidget(actionButton(m_addFrameworkAction, QStringLiteral("addFrameworkButton"), bar));
    QToolButton* addProvision = actionButton(m_addProvisionAction, QStringLiteral("addProvisionButton"), bar);
    auto* addMenu = new QMenu(addProvision);
    addMenu->addAction(m_addProvisionAction);
    addMenu->addAction(m_addTopLevelAction);
    addProvision->setMenu(addMenu);
    addProvision->setPopupMode(QToolButton::MenuButtonPopup);
    row->addWidget(addProvision);
    row->addWidget(actionButton(m_deleteAction, QStringLiteral("deleteButton"), bar));
    QToolButton* exportButton = actionButton(m_exportAction, QStringLiteral("exportButton"), bar);
    auto* exportMenu = new QMenu(exportButton);
    exportMenu->addAction(m_exportAction);
    exportMenu->addAction(m_exportProvisionsAction);
    exportButton->setMenu(exportMenu);
    exportButton->setPopupMode(QToolButton::MenuButtonPopup);
    row->addWidget(exportButton);
    return bar;
}

QWidget* FrameworksView::buildDetailSide()
{
    auto* side = new QWidget(m_splitter);
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    m_titleBar = new RecordTitleBar(side);
    m_titleBar->setObjectName(QStringLiteral("recordTitleBar"));
    layout->addWidget(m_titleBar);

    m_tabs = new QTabWidget(side);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_detail = new DetailPanel(m_tabs);
    m_detail->setHeadingVisible(false);
    m_tabs->addTab(m_detail, tr("&Details"));

    m_editTab = new QWidget(m_tabs);
    m_editTab->setObjectName(QStringLiteral("editTab"));
    auto* editLayout = new QVBoxLayout(m_editTab);
    editLayout->setContentsMargins(0, 0, 0, 6);
    m_editor = new FrameworkEditor(m_editTab);
    editLayout->addWidget(m_editor, 1);
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(6, 0, 6, 0);
    buttons->addStretch(1);
    m_revertButton = new QPushButton(m_revertAction->icon(), m_revertAction->text(), m_editTab);
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_revertButton->setToolTip(m_revertAction->toolTip());
    connect(m_revertButton, &QPushButton::clicked, m_revertAction, &QAction::trigger);
    connect(m_revertAction, &QAction::enabledChanged, m_revertButton, &QPushButton::setEnabled);
    m_saveButton = new QPushButton(m_saveAction->icon(), m_saveAction->text(), m_editTab);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setToolTip(m_saveAction->toolTip());
    connect(m_saveButton, &QPushButton::clicked, m_saveAction, &QAction::trigger);
    connect(m_saveAction, &QAction::enabledChanged, m_saveButton, &QPushButton::setEnabled);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    editLayout->addLayout(buttons);
    m_tabs->addTab(m_editTab, tr("Ed&it"));
    layout->addWidget(m_tabs, 1);
    side->setMinimumWidth(300);
    return side;
}

void FrameworksView::setDatabase(Database* db)
{
    m_db = db;
    m_editor->showNothing(QString());
    m_filterBar->clear();
    m_provisionPane->clearFilters();
    m_editor->setDatabase(db);
    m_provisions->setDatabase(db);
    m_frameworks->setDatabase(db);
    if (m_frameworkProxy->rowCount() > 0)
        selectFrameworkRow(m_frameworkProxy->mapToSource(m_frameworkProxy->index(0, 0)).row());
    else
        showCurrent();
}

// --- WorkPage --------------------------------------------------------------------------------

QStringList FrameworksView::tables() const
{
    return {frameworksTable, provisionsTable};
}

bool FrameworksView::showRecord(const QString& table, qint64 id)
{
    if (!m_db || !m_db->isOpen() || !tables().contains(table))
        return false;
    const std::optional<QVariantMap> row = RecordStore(*m_db).fetch(table, id);
    if (!row)
        return false;
    const qint64 frameworkId = table == frameworksTable ? id : row->value(QStringLiteral("framework_id")).toLongLong();
    const qint64 provisionId = table == provisionsTable ? id : 0;
    if (!confirmDiscard())
        return false;

    int sourceRow = m_frameworks->rowOf(frameworkId);
    if (sourceRow < 0) {
        m_frameworks->reload(); // written by another window since
        sourceRow = m_frameworks->rowOf(frameworkId);
    }
    if (sourceRow < 0)
        return false;
    if (!m_frameworkProxy->mapFromSource(m_frameworks->index(sourceRow, 0)).isValid())
        m_filterBar->clear(); // the filters hide it
    selectFrameworkRow(sourceRow);
    if (selectedFrameworkId() != frameworkId)
        return false;
    if (provisionId == 0) {
        m_provisionPane->clearSelection();
    } else if (!m_provisionPane->select(provisionId)) {
        m_provisions->reload();
        if (!m_provisionPane->select(provisionId))
            return false;
    }
    showCurrent();
    return true;
}

QString FrameworksView::currentTable() const
{
    if (m_shownProvision != 0)
        return provisionsTable;
    return m_shownFramework != 0 ? frameworksTable : QString();
}

QVariantMap FrameworksView::currentRecord() const
{
    if (m_shownProvision != 0)
        return m_provisionPane->currentRecord();
    return selectedFrameworkRecord();
}

void FrameworksView::focusSearch()
{
    m_filterBar->searchBox()->setFocus(Qt::ShortcutFocusReason);
    m_filterBar->searchBox()->selectAll();
}

// --- Selection -------------------------------------------------------------------------------

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

qint64 FrameworksView::selectedProvisionId() const
{
    return m_provisionPane->currentId();
}

QVariantMap FrameworksView::selectedFrameworkRecord() const
{
    const QModelIndex current = m_frameworkProxy->mapToSource(m_frameworkList->currentIndex());
    return current.isValid() ? m_frameworks->record(current.row()) : QVariantMap();
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

void FrameworksView::highlightCurrentFramework()
{
    // When a filter hides the selected framework, the list moves on to a neighbour and shows it,
    // but leaves it unhighlighted.
    const QModelIndex current = m_frameworkList->currentIndex();
    if (current.isValid() && !m_frameworkList->selectionModel()->isRowSelected(current.row()))
        m_frameworkList->selectionModel()->select(current,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void FrameworksView::onFrameworkRowChanged(const QModelIndex& current)
{
    const QModelIndex source = m_frameworkProxy->mapToSource(current);
    const qint64 id = source.isValid() ? m_frameworks->idAt(source.row()) : 0;
    if (!m_restoring && id != m_shownFramework && !confirmDiscard()) {
        restoreSelection();
        return;
    }
    // Another framework: its tree reloads and reports that no provision is selected.
    if (id != m_provisions->frameworkId())
        m_provisions->setFrameworkId(id);
    else
        showCurrent();
}

void FrameworksView::onProvisionChanged(qint64 id)
{
    if (!m_restoring && id != m_shownProvision && !confirmDiscard()) {
        restoreSelection();
        return;
    }
    showCurrent();
}

bool FrameworksView::confirmDiscard()
{
    if (!m_editor->hasChanges())
        return true;
    const QString label = TableCatalog::table(m_editor->table())->displayLabel();
    QString name = tr("the new %1").arg(label);
    if (!m_editor->isNew() && m_db)
        name = ChangePlanner(*m_db).describe(m_editor->table(), m_editor->record());
    if (!context().dialogs().question(this, tr("Unsaved changes"),
                                      tr("Discard the changes to %1 that are not saved?").arg(name)))
        return false;
    // Dropped: the form shows the stored record again (or none, for a new one).
    if (m_editor->isNew())
        m_editor->showNothing(QString());
    else
        m_editor->revert();
    return true;
}

void FrameworksView::restoreSelection()
{
    m_restoring = true;
    const int row = m_frameworks->rowOf(m_shownFramework);
    if (row >= 0 && selectedFrameworkId() != m_shownFramework)
        selectFrameworkRow(row);
    if (m_shownProvision != 0)
        m_provisionPane->select(m_shownProvision);
    else if (m_provisionPane->currentId() != 0)
        m_provisionPane->clearSelection();
    m_restoring = false;
}

void FrameworksView::onFrameworksAboutToReset()
{
    m_frameworkBeforeReset = selectedFrameworkId();
    m_frameworkRowBeforeReset = m_frameworkList->currentIndex().row();
}

void FrameworksView::onFrameworksReset()
{
    // Keep the selection on the same framework when the list reloads; when it is gone, on the
    // framework that took its place in the list.
    m_restoring = true;
    int row = m_frameworks->rowOf(m_frameworkBeforeReset);
    if (row < 0 && m_frameworkProxy->rowCount() > 0 && m_frameworkRowBeforeReset >= 0) {
        const int proxyRow = qMin(m_frameworkRowBeforeReset, m_frameworkProxy->rowCount() - 1);
        row = m_frameworkProxy->mapToSource(m_frameworkProxy->index(proxyRow, 0)).row();
    }
    if (row >= 0)
        selectFrameworkRow(row);
    if (selectedFrameworkId() == 0)
        m_provisions->setFrameworkId(0);
    m_restoring = false;
    showCurrent();
}

// --- What is shown ---------------------------------------------------------------------------

void FrameworksView::showCurrent()
{
    const QVariantMap framework = selectedFrameworkRecord();
    const QVariantMap provision = m_provisionPane->currentRecord();
    if (!provision.isEmpty())
        m_detail->showProvision(provision, m_provisions->frameworkLanguage());
    else if (!framework.isEmpty())
        m_detail->showFramework(framework);
    else
        m_detail->showNothing();
    m_shownFramework = idOf(framework);
    m_shownProvision = idOf(provision);

    // Changes in the form stay through a reload; a record they belong to that is gone takes them along.
    if (m_editor->hasChanges() && !m_editor->isNew() && m_db &&
        !RecordStore(*m_db).fetch(m_editor->table(), m_editor->recordId()))
        m_editor->showNothing(QString());
    if (!m_editor->hasChanges())
        loadEditor();
    updateTitle();
    updateActions();
    Q_EMIT currentRecordChanged();
}

void FrameworksView::loadEditor()
{
    const QVariantMap provision = m_provisionPane->currentRecord();
    if (!provision.isEmpty()) {
        m_editor->editProvision(provision, m_provisions->frameworkLanguage());
        return;
    }
    const QVariantMap framework = selectedFrameworkRecord();
    if (!framework.isEmpty()) {
        m_editor->editFramework(framework);
        return;
    }
    m_editor->showNothing(m_db ? tr("Select a framework or a provision to edit it, or add one.")
                               : tr("No database is open."));
}

void FrameworksView::updateTitle()
{
    const QString table = m_editor->table();
    if (table.isEmpty()) {
        m_titleBar->showMessage(m_db ? tr("Select a framework or one of its provisions.") : tr("No database is open."));
        return;
    }
    const QVariantMap row = m_editor->editedRecord();
    const QString title = row.value(QStringLiteral("title_en")).toString();
    QString heading;
    if (table == frameworksTable) {
        heading = m_editor->isNew() ? tr("New framework")
                                    : tr("Framework %1: %2").arg(row.value(QStringLiteral("code")).toString(), title);
    } else {
        const QString framework = selectedFrameworkRecord().value(QStringLiteral("code")).toString();
        const QString reference = row.value(QStringLiteral("ref_label")).toString();
        const QString name = reference.isEmpty() ? row.value(QStringLiteral("code")).toString() : reference;
        heading =
            m_editor->isNew() ? tr("New provision of %1").arg(framework) : tr("%1 %2: %3").arg(framework, name, title);
    }
    m_titleBar->showRecord(heading, row);
}

void FrameworksView::updateActions()
{
    const bool open = m_db && m_db->isOpen();
    const QModelIndex source = m_provisionPane->currentSourceIndex();
    const int siblings = source.isValid() ? m_provisions->rowCount(source.parent()) : 0;
    m_addFrameworkAction->setEnabled(open);
    m_addProvisionAction->setEnabled(open && m_shownFramework != 0);
    m_addTopLevelAction->setEnabled(open && m_shownFramework != 0);
    m_deleteAction->setEnabled(open && m_shownFramework != 0);
    m_moveUpAction->setEnabled(open && source.isValid() && source.row() > 0);
    m_moveDownAction->setEnabled(open && source.isValid() && source.row() + 1 < siblings);
    const bool changes = m_editor->hasChanges();
    m_saveAction->setEnabled(open && changes);
    m_revertAction->setEnabled(changes);
    m_editAction->setEnabled(m_editor->form() != nullptr);
    m_exportAction->setEnabled(open);
    m_exportProvisionsAction->setEnabled(open && m_shownFramework != 0);
}

// --- Edits -----------------------------------------------------------------------------------

void FrameworksView::editSelected()
{
    if (!m_editor->form())
        return;
    m_tabs->setCurrentWidget(m_editTab);
    m_editor->focusFirstField();
}

void FrameworksView::addFramework()
{
    if (!m_db || !confirmDiscard())
        return;
    QVariantMap row = m_recordEditor.defaults(frameworksTable);
    row.insert(QStringLiteral("id"), 0);
    row.insert(QStringLiteral("language"), QStringLiteral("en"));
    row.insert(QStringLiteral("status"), QStringLiteral("draft"));
    m_editor->editFramework(row);
    editSelected();
}

void FrameworksView::addProvision()
{
    startNewProvision(selectedProvisionId());
}

void FrameworksView::addTopLevelProvision()
{
    startNewProvision(0);
}

void FrameworksView::startNewProvision(qint64 parentId)
{
    if (!m_db || m_shownFramework == 0 || !confirmDiscard())
        return;
    // Last among its siblings.
    const QModelIndex parent = parentId != 0 ? m_provisions->indexOf(parentId) : QModelIndex();
    int order = 0;
    for (int row = 0; row < m_provisions->rowCount(parent); ++row) {
        const QVariantMap sibling = m_provisions->record(m_provisions->index(row, 0, parent));
        order = qMax(order, sibling.value(QStringLiteral("sort_order")).toInt());
    }
    QVariantMap row = m_recordEditor.defaults(provisionsTable);
    row.insert(QStringLiteral("id"), 0);
    row.insert(QStringLiteral("framework_id"), m_shownFramework);
    row.insert(QStringLiteral("parent_id"), parentId != 0 ? QVariant(parentId) : QVariant());
    row.insert(QStringLiteral("sort_order"), order + 1);
    m_editor->editProvision(row, m_provisions->frameworkLanguage());
    editSelected();
}

void FrameworksView::save()
{
    RecordForm* form = m_editor->form();
    if (!form || !m_db)
        return;
    const QString table = m_editor->table();
    const qint64 written = m_recordEditor.save(*form, m_editor->recordId(), m_editor->fixedValues());
    if (written == 0)
        return; // the problems are shown next to the fields, or in a message
    // Saved: the form shows the stored record, selected in the list or tree.
    m_editor->showNothing(QString());
    if (!showRecord(table, written))
        showCurrent();
}

void FrameworksView::revert()
{
    if (m_editor->isNew()) {
        m_editor->showNothing(QString());
        showCurrent();
        return;
    }
    m_editor->revert();
}

void FrameworksView::deleteSelected()
{
    if (!m_db || m_shownFramework == 0 || !confirmDiscard())
        return;
    const bool provision = m_shownProvision != 0;
    m_recordEditor.remove(provision ? provisionsTable : frameworksTable,
                          provision ? m_shownProvision : m_shownFramework);
}

void FrameworksView::moveUp()
{
    move(-1);
}

void FrameworksView::moveDown()
{
    move(1);
}

void FrameworksView::move(int delta)
{
    const QModelIndex source = m_provisionPane->currentSourceIndex();
    if (!m_db || !source.isValid())
        return;
    const QModelIndex parent = source.parent();
    const int from = source.row();
    const int to = from + delta;
    const int count = m_provisions->rowCount(parent);
    if (to < 0 || to >= count || !confirmDiscard())
        return;

    // The siblings in their order, with the two swapped. When the two have different orders they
    // swap them; when they share one, every sibling is numbered anew.
    QList<QVariantMap> siblings;
    for (int row = 0; row < count; ++row)
        siblings << m_provisions->record(m_provisions->index(row, 0, parent));
    const auto orderOf = [](const QVariantMap& row) { return row.value(QStringLiteral("sort_order")).toInt(); };
    QList<QPair<qint64, int>> newOrders;
    if (orderOf(siblings[from]) != orderOf(siblings[to])) {
        newOrders = {{idOf(siblings[from]), orderOf(siblings[to])}, {idOf(siblings[to]), orderOf(siblings[from])}};
    } else {
        siblings.swapItemsAt(from, to);
        for (int row = 0; row < count; ++row) {
            if (orderOf(siblings[row]) != row + 1)
                newOrders << qMakePair(idOf(siblings[row]), row + 1);
        }
    }

    const ChangePlanner planner(*m_db);
    const QString name = planner.describe(provisionsTable, idOf(m_provisions->record(source)));
    ChangeSet changes(delta < 0 ? tr("Move %1 up").arg(name) : tr("Move %1 down").arg(name));
    for (const auto& [id, order] : std::as_const(newOrders)) {
        const Result<ChangeSet> update = planner.update(provisionsTable, id, {{QStringLiteral("sort_order"), order}});
        if (!update) {
            context().showError(update.message(), this);
            return;
        }
        changes.append(update.value());
    }
    context().apply(changes, this);
}

} // namespace crosswalk
