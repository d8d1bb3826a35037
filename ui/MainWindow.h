#pragma once

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QListWidget;
class QStackedWidget;
class QUndoStack;
class QUndoView;

namespace crosswalk {

class Database;
class DialogProvider;
class ExchangeActions;
class MainMenus;
class PageContext;
class Preferences;
class StatusIndicators;
class WorkPage;

/// The main window: a navigation list of the pages (DESIGN.md section 6) beside the page shown, the
/// undo history in a dock, the menus (File, Edit, View, Go, Record, Help) and the status bar (the
/// open database, its record counts and the current record's marking and verification). It owns
/// the open Database, the undo stack, the preferences and the PageContext the pages work with; it
/// can switch to another database (File > New, Open, Open Recent), and the undo history never
/// crosses files.
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
        Reports,
        ReferenceData
    };
    static constexpr int PageCount = 10;

    /// database must be open. dialogs answers file and message dialogs (nullptr: the real ones).
    explicit MainWindow(std::unique_ptr<Database> database, std::unique_ptr<DialogProvider> dialogs = nullptr,
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    Database* database() const { return m_database.get(); }
    /// Replaces the open database with another open one; the previous one is closed and the undo
    /// history cleared.
    void setDatabase(std::unique_ptr<Database> database);

    QUndoStack& undoStack() const { return *m_undoStack; }
    Preferences& preferences() const { return *m_preferences; }
    PageContext& context() const { return *m_context; }
    /// File > Import and File > Export.
    ExchangeActions* exchangeActions() const { return m_exchange; }

    void showPage(Page page);
    Page currentPage() const;
    /// Shows the page with the given key ("commitments"); false when there is none.
    bool showPage(const QString& key);
    /// Every page, in the order of the navigation list.
    static const QList<Page>& pages();
    /// The stable key of a page ("frameworks"), kept in the navigation items' Qt::UserRole.
    static QString pageKey(Page page);
    /// What the navigation list and the Go menu call a page, translated.
    static QString pageTitle(Page page);
    static QIcon pageIcon(Page page);
    static std::optional<Page> pageForKey(const QString& key);
    /// The page as a record page; nullptr for pages without records (dashboard, reports...).
    WorkPage* workPage(Page page) const;

    /// Shows the page that lists the table and selects the record there; false when no page shows it.
    bool openRecord(const QString& table, qint64 id);

    /// The text of Help > About: program, version and the open database's path.
    QString aboutText() const;

public Q_SLOTS:
    void newDatabase();
    void openDatabase();
    void openRecentDatabase(const QString& path);
    void saveCopy();
    /// Reads everything again from the database (View > Refresh), so that what another window or
    /// program committed to the same file shows.
    void refresh();
    void showSettings();
    void showSearch();
    void focusNavigation();
    void focusPageSearch();
    void about();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPages();
    void createUndoDock();
    void applyDefaultLayout();
    void onPageChanged(int index);
    void updateTitle();
    bool openDatabaseFile(const QString& path, const QString& title);
    bool confirmDiscardEdits();
    void applySettings(const QString& language, const QString& authorName, const QString& defaultMarking);
    QString databaseFolder() const;
    QString fileFilter() const;

    std::unique_ptr<Database> m_database;
    std::unique_ptr<DialogProvider> m_dialogs;
    std::unique_ptr<QUndoStack> m_undoStack;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<PageContext> m_context;

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QDockWidget* m_undoDock = nullptr;
    QUndoView* m_undoView = nullptr;
    MainMenus* m_menus = nullptr;
    ExchangeActions* m_exchange = nullptr;
    StatusIndicators* m_status = nullptr;
};

} // namespace crosswalk
