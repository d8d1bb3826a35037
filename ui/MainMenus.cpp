#include "ui/MainMenus.h"

#include "ui/MainWindow.h"
#include "ui/RecentDatabasesMenu.h"
#include "ui/support/ExchangeActions.h"
#include "ui/views/RecordPage.h"
#include "ui/views/ReferenceDataPage.h"
#include "ui/views/WorkPage.h"

#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QUndoStack>

namespace crosswalk {

// The menu texts are translated in MainWindow's context: they are the main window's menus.

MainMenus::MainMenus(MainWindow& window, QWidget& navigation, QDockWidget& undoDock)
    : QObject(&window), m_window(window), m_navigation(navigation), m_undoDock(undoDock)
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createGoMenu();

    m_recordMenu = m_window.menuBar()->addMenu(MainWindow::tr("&Record"));
    m_recordMenu->setObjectName(QStringLiteral("recordMenu"));
    connect(m_recordMenu, &QMenu::aboutToShow, this, &MainMenus::fillRecordMenu);

    QMenu* help = m_window.menuBar()->addMenu(MainWindow::tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* aboutAction = help->addAction(QIcon::fromTheme(QStringLiteral("help-about")),
                                           MainWindow::tr("&About Crosswalk"), &m_window, &MainWindow::about);
    aboutAction->setObjectName(QStringLiteral("actionAbout"));
    aboutAction->setMenuRole(QAction::AboutRole);
}

void MainMenus::createFileMenu()
{
    QMenu* file = m_window.menuBar()->addMenu(MainWindow::tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));

    // No shortcut: Ctrl+N and Ctrl+Shift+N add records on the pages, the daily work; a new database
    // file is the rare wish (Alt+F, N).
    QAction* newAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-new")),
                                         MainWindow::tr("&New database..."), &m_window, &MainWindow::newDatabase);
    newAction->setObjectName(QStringLiteral("actionNewDatabase"));
    newAction->setStatusTip(MainWindow::tr("Create an empty database file and switch to it"));

    QAction* openAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")),
                                          MainWindow::tr("&Open database..."), &m_window, &MainWindow::openDatabase);
    openAction->setObjectName(QStringLiteral("actionOpenDatabase"));
    openAction->setShortcut(QKeySequence::Open);
    openAction->setStatusTip(MainWindow::tr("Open an existing database file"));

    m_recentMenu = new RecentDatabasesMenu(m_window.preferences(), file);
    connect(m_recentMenu, &RecentDatabasesMenu::openRequested, &m_window, &MainWindow::openRecentDatabase);
    file->addMenu(m_recentMenu);

    QAction* copyAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                                          MainWindow::tr("Save a &copy..."), &m_window, &MainWindow::saveCopy);
    copyAction->setObjectName(QStringLiteral("actionSaveCopy"));
    copyAction->setShortcut(QKeySequence::SaveAs);
    copyAction->setStatusTip(MainWindow::tr("Write a copy of the whole database to another file"));

    // Exchange with other tools and partners: OSCAL, CSV and dataset packages.
    file->addSeparator();
    if (const ExchangeActions* exchange = m_window.exchangeActions()) {
        QMenu* importMenu =
            file->addMenu(QIcon::fromTheme(QStringLiteral("document-import")), MainWindow::tr("&Import"));
        importMenu->setObjectName(QStringLiteral("importMenu"));
        importMenu->addActions(exchange->importActions());
        QMenu* exportMenu =
            file->addMenu(QIcon::fromTheme(QStringLiteral("document-export")), MainWindow::tr("&Export"));
        exportMenu->setObjectName(QStringLiteral("exportMenu"));
        exportMenu->addActions(exchange->exportActions());
    }

    file->addSeparator();
    QAction* quitAction = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), MainWindow::tr("&Quit"),
                                          &m_window, &QWidget::close);
    quitAction->setObjectName(QStringLiteral("actionQuit"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
}

void MainMenus::createEditMenu()
{
    QMenu* edit = m_window.menuBar()->addMenu(MainWindow::tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));

    QAction* undo = m_window.undoStack().createUndoAction(&m_window, MainWindow::tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    undo->setShortcuts(QKeySequence::Undo);
    edit->addAction(undo);

    QAction* redo = m_window.undoStack().createRedoAction(&m_window, MainWindow::tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key))
            redoKeys << key;
    }
    redo->setShortcuts(redoKeys);
    edit->addAction(redo);

    edit->addSeparator();
    QAction* search = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")),
                                      MainWindow::tr("&Find in all records..."), &m_window, &MainWindow::showSearch);
    search->setObjectName(QStringLiteral("actionGlobalSearch"));
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    search->setStatusTip(
        MainWindow::tr("Search every framework, provision, dialogue, commitment, programme, gap, party and theme"));

    QAction* pageSearch = edit->addAction(MainWindow::tr("Search this &page"), &m_window, &MainWindow::focusPageSearch);
    pageSearch->setObjectName(QStringLiteral("actionFindInPage"));
    pageSearch->setShortcut(QKeySequence::Find);
    // Inside a page, the page's own Ctrl+F does this; the window's answers where no page has the
    // focus (the page list, the undo history), so that the two never compete for the key.
    pageSearch->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_navigation.addAction(pageSearch);
    m_undoDock.addAction(pageSearch);
    pageSearch->setStatusTip(MainWindow::tr("Put the cursor in the search box of the page shown"));

    edit->addSeparator();
    QAction* settings = edit->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")),
                                        MainWindow::tr("&Settings..."), &m_window, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setStatusTip(MainWindow::tr("Interface language, author name and the default marking of new records"));
}

void MainMenus::createViewMenu()
{
    QMenu* view = m_window.menuBar()->addMenu(MainWindow::tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));

    QAction* refresh = view->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), MainWindow::tr("&Refresh"),
                                       &m_window, &MainWindow::refresh);
    refresh->setObjectName(QStringLiteral("actionRefresh"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    refresh->setStatusTip(
        MainWindow::tr("Read everything again from the database, including changes made in other windows"));

    view->addSeparator();
    QAction* history = m_undoDock.toggleViewAction();
    history->setObjectName(QStringLiteral("actionUndoHistory"));
    history->setText(MainWindow::tr("Undo &history"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    history->setStatusTip(MainWindow::tr("Show or hide the list of changes that can be undone"));
    view->addAction(history);
}

void MainMenus::createGoMenu()
{
    QMenu* go = m_window.menuBar()->addMenu(MainWindow::tr("&Go"));
    go->setObjectName(QStringLiteral("goMenu"));
    int number = 1;
    for (const MainWindow::Page page : MainWindow::pages()) {
        // "&1 Dashboard": the digit is the mnemonic, as Ctrl and the digit is the shortcut.
        QString title = MainWindow::pageTitle(page);
        title.replace(QLatin1Char('&'), QLatin1String("&&"));
        QAction* action =
            go->addAction(MainWindow::pageIcon(page), QStringLiteral("&%1 %2").arg(number % 10).arg(title), &m_window,
                          [this, page] { m_window.showPage(page); });
        action->setObjectName(QStringLiteral("actionGo_") + MainWindow::pageKey(page));
        // Ctrl+1 to Ctrl+9, then Ctrl+0 for the tenth page.
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number % 10)));
        ++number;
    }
    go->addSeparator();
    QAction* navigation = go->addAction(MainWindow::tr("Page &list"), &m_window, &MainWindow::focusNavigation);
    navigation->setObjectName(QStringLiteral("actionFocusNavigation"));
    navigation->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence(Qt::Key_F6)});
    navigation->setStatusTip(MainWindow::tr("Move the keyboard focus to the list of pages"));
    go->addAction(m_window.findChild<QAction*>(QStringLiteral("actionGlobalSearch")));
}

void MainMenus::fillRecordMenu()
{
    m_recordMenu->clear();
    WorkPage* page = m_window.workPage(m_window.currentPage());
    QList<QAction*> actions;
    if (auto* records = qobject_cast<RecordPage*>(page)) {
        actions = records->recordActions();
    } else if (auto* reference = qobject_cast<ReferenceDataPage*>(page)) {
        if (reference->currentPage())
            actions = reference->currentPage()->recordActions();
    } else if (page) {
        // The page's own actions; searching the page is under Edit.
        for (QAction* action : page->actions()) {
            if (action->shortcut() != QKeySequence(QKeySequence::Find))
                actions << action;
        }
    }
    if (actions.isEmpty()) {
        QAction* none = m_recordMenu->addAction(MainWindow::tr("This page has no records to edit"));
        none->setEnabled(false);
        return;
    }
    m_recordMenu->addActions(actions);
}

} // namespace crosswalk
