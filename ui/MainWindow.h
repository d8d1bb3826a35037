#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace crosswalk {

class Database;
class DialogProvider;
class FrameworksView;

/// The main window: a navigation list of the pages (DESIGN.md section 6) beside the page shown,
/// the File and Help menus, and the status bar naming the open database. It owns the open
/// Database and can switch to another one (File > New, File > Open).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page
    {
        Dashboard,
        Frameworks,
        Crosswalk,
        Matrix,
        Gaps,
        Dialogues,
        Commitments,
        Programmes,
        Reports
    };
    static constexpr int PageCount = 9;

    /// database must be open. dialogs answers file and message dialogs (nullptr: the real ones).
    explicit MainWindow(std::unique_ptr<Database> database, std::unique_ptr<DialogProvider> dialogs = nullptr,
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    Database* database() const { return m_database.get(); }
    /// Replaces the open database with another open one; the previous one is closed.
    void setDatabase(std::unique_ptr<Database> database);

    void showPage(Page page);
    Page currentPage() const;
    /// The stable key of a page ("frameworks"), kept in the navigation items' Qt::UserRole.
    static QString pageKey(Page page);

    /// The text of Help > About: program, version and the open database's path.
    QString aboutText() const;

public Q_SLOTS:
    void newDatabase();
    void openDatabase();
    void saveCopy();
    void about();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPages();
    void createMenus();
    void updateDatabaseDisplay();
    QString pageTitle(Page page) const;
    QString databaseFolder() const;
    QString fileFilter() const;

    std::unique_ptr<Database> m_database;
    std::unique_ptr<DialogProvider> m_dialogs;

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    FrameworksView* m_frameworksView = nullptr;
    QLabel* m_databaseLabel = nullptr;
};

} // namespace crosswalk
