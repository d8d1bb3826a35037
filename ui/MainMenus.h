#pragma once

#include <QObject>

class QDockWidget;
class QMenu;
class QWidget;

namespace crosswalk {

class MainWindow;
class RecentDatabasesMenu;

/// The main window's menus: File (new, open, Open Recent, save a copy, the Import and Export submenus of
/// ExchangeActions, quit), Edit (undo, redo,
/// search all records, search this page, settings), View (refresh, undo history), Go (the pages,
/// the page list, search), Record (the current page's own actions) and Help. Every entry has a
/// mnemonic; the actions are children of the window ("actionUndo", "actionGlobalSearch", ...).
class MainMenus : public QObject
{
    Q_OBJECT

public:
    /// Builds the menus into the window's menu bar. The window's own Ctrl+F answers in navigation and
    /// undoDock (inside a page, the page's own Ctrl+F does the same).
    MainMenus(MainWindow& window, QWidget& navigation, QDockWidget& undoDock);

    RecentDatabasesMenu* recentMenu() const { return m_recentMenu; }

private:
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createGoMenu();
    void fillRecordMenu();

    MainWindow& m_window;
    QWidget& m_navigation;
    QDockWidget& m_undoDock;
    QMenu* m_recordMenu = nullptr;
    RecentDatabasesMenu* m_recentMenu = nullptr;
};

} // namespace crosswalk
