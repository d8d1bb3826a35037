#include "ui/MainWindow.h"

#include "models/exchange/DatabaseBootstrap.h"
#include "models/storage/Database.h"
#include "models/storage/RecordSearch.h"
#include "ui/MainMenus.h"
#include "ui/RecentDatabasesMenu.h"
#include "ui/StatusIndicators.h"
#include "ui/WindowStateStore.h"
#include "ui/dialogs/SearchDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/support/DialogProvider.h"
#include "ui/support/ExchangeActions.h"
#include "ui/support/Preferences.h"
#include "ui/support/StandardDialogProvider.h"
#include "ui/views/CommitmentsPage.h"
#include "ui/views/CrosswalkPage.h"
#include "ui/views/DashboardPage.h"
#include "ui/views/DialoguesPage.h"
#include "ui/views/FrameworksView.h"
#include "ui/views/GapsPage.h"
#include "ui/views/MatrixPage.h"
#include "ui/views/PageContext.h"
#include "ui/views/ProgrammesPage.h"
#include "ui/views/RecordPage.h"
#include "ui/views/ReferenceDataPage.h"
#include "ui/views/ReportsPage.h"
#include "ui/widgets/GapSuggestionsPanel.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QListWidget>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>
#include <QUndoView>

namespace crosswalk {

namespace {

const QString lastFolderKey = QStringLiteral("MainWindow/lastFolder");
const QString defaultSuffix = QStringLiteral("crosswalk");

constexpr MainWindow::Page allPages[] = {MainWindow::Page::Dashboard,   MainWindow::Page::Frameworks,
                                         MainWindow::Page::Crosswalk,   MainWindow::Page::Matrix,
                                         MainWindow::Page::Gaps,        MainWindow::Page::Dialogues,
                                         MainWindow::Page::Commitments, MainWindow::Page::Programmes,
                                         MainWindow::Page::Reports,     MainWindow::Page::ReferenceData};

bool samePath(const QString& a, const QString& b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    if (first.exists() && second.exists())
        return first.canonicalFilePath() == second.canonicalFilePath();
    return first.absoluteFilePath() == second.absoluteFilePath();
}

QString withSuffix(QString path)
{
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + defaultSuffix;
    return path;
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> database, std::unique_ptr<DialogProvider> dialogs, QWidget* parent)
    : QMainWindow(parent), m_dialogs(dialogs ? std::move(dialogs) : std::make_unique<StandardDialogProvider>()),
      m_undoStack(std::make_unique<QUndoStack>()), m_preferences(std::make_unique<Preferences>()),
      m_context(std::make_unique<PageContext>(*m_undoStack, *m_dialogs, *m_preferences))
{
    setObjectName(QStringLiteral("mainWindow"));
    connect(m_context.get(), &PageContext::openRecordRequested, this, &MainWindow::openRecord);

    m_status = new StatusIndicators(*statusBar(), this);
    createPages();
    createUndoDock();
    m_exchange = new ExchangeActions(*m_context, *this);
    connect(m_exchange, &ExchangeActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    m_menus = new MainMenus(*this, *m_navigation, *m_undoDock);

    setDatabase(std::move(database));

    if (!WindowStateStore::restore(*this, *m_pages))
        applyDefaultLayout();
    if (!showPage(WindowStateStore::lastPage()))
        showPage(Page::Frameworks);
}

MainWindow::~MainWindow()
{
    // The pages and the undo commands refer to the database: detach the pages, drop the commands
    // and delete the widgets that use the context before the members they refer to go.
    m_status->setPage(nullptr);
    m_status->setDatabase(nullptr);
    m_context->setDatabase(nullptr);
    m_undoStack->clear();
    delete m_undoDock;
    delete takeCentralWidget();
}

void MainWindow::createPages()
{
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pageStack"));

    for (const Page page : allPages) {
        auto* item = new QListWidgetItem(pageIcon(page), pageTitle(page), m_navigation);
        item->setData(Qt::UserRole, pageKey(page));
        QWidget* view = nullptr;
        switch (page) {
        case Page::Frameworks:
            view = new FrameworksView(*m_context, m_pages);
            break;
        case Page::Gaps:
            view = new GapsPage(*m_context, m_pages);
            break;
        case Page::Dialogues:
            view = new DialoguesPage(*m_context, m_pages);
            break;
        case Page::Commitments:
            view = new CommitmentsPage(*m_context, m_pages);
            break;
        case Page::Programmes:
            view = new ProgrammesPage(*m_context, m_pages);
            break;
        case Page::ReferenceData:
            view = new ReferenceDataPage(*m_context, m_pages);
            break;
        case Page::Dashboard:
            view = new DashboardPage(*m_context, m_pages);
            break;
        case Page::Crosswalk: {
            auto* crosswalk = new CrosswalkPage(*m_context, m_pages);
            crosswalk->addTab(new GapSuggestionsPanel(*m_context, crosswalk), tr("&Gap suggestions"));
            view = crosswalk;
            break;
        }
        case Page::Matrix:
            view = new MatrixPage(*m_context, m_pages);
            break;
        case Page::Reports:
            view = new ReportsPage(*m_context, m_pages);
            break;
        }
        m_pages->addWidget(view);
    }
    // As wide as the longest page name needs (names are longer in some languages), no wider.
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() +
                                2 * m_navigation->spacing() + 12);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onPageChanged);

    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

void MainWindow::createUndoDock()
{
    m_undoDock = new QDockWidget(tr("Undo history"), this);
    m_undoDock->setObjectName(QStringLiteral("undoDock"));
    m_undoDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea);
    m_undoView = new QUndoView(m_undoStack.get(), m_undoDock);
    m_undoView->setObjectName(QStringLiteral("undoView"));
    m_undoView->setEmptyLabel(tr("Database as opened"));
    m_undoView->setAccessibleName(tr("Undo history"));
    m_undoView->setToolTip(tr("Every change made since the database was opened; choose one to go back to it."));
    m_undoDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
}

void MainWindow::applyDefaultLayout()
{
    // Large enough for the widest page and the undo history beside it where the screen allows;
    // on a narrow screen the history goes below the pages instead.
    constexpr int dockWidth = 200;
    constexpr int dockHeight = 130;
    QSize available(1920, 1080);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        available = screen->availableSize() * 0.95;
    const QSize pages = centralWidget()->minimumSizeHint();
    const bool beside = available.width() >= pages.width() + dockWidth;
    if (!beside)
        addDockWidget(Qt::BottomDockWidgetArea, m_undoDock);
    m_undoDock->show();
    const QSize wanted(qMax(1440, pages.width() + dockWidth + 40), 880);
    resize(wanted.boundedTo(available));
    if (beside)
        resizeDocks({m_undoDock}, {dockWidth}, Qt::Horizontal);
    else
        resizeDocks({m_undoDock}, {dockHeight}, Qt::Vertical);
}

QIcon MainWindow::pageIcon(Page page)
{
    // Freedesktop icon names; empty icons where the desktop theme has none.
    const char* name = "";
    switch (page) {
    case Page::Dashboard:
        name = "go-home";
        break;
    case Page::Frameworks:
        name = "x-office-document";
        break;
    case Page::Crosswalk:
        name = "edit-find-replace";
        break;
    case Page::Matrix:
        name = "x-office-spreadsheet";
        break;
    case Page::Gaps:
        name = "dialog-warning";
        break;
    case Page::Dialogues:
        name = "system-users";
        break;
    case Page::Commitments:
        name = "mail-mark-important";
        break;
    case Page::Programmes:
        name = "x-office-calendar";
        break;
    case Page::Reports:
        name = "document-print";
        break;
    case Page::ReferenceData:
        name = "x-office-address-book";
        break;
    }
    return QIcon::fromTheme(QString::fromLatin1(name));
}

QString MainWindow::pageKey(Page page)
{
    switch (page) {
    case Page::Dashboard:
        return QStringLiteral("dashboard");
    case Page::Frameworks:
        return QStringLiteral("frameworks");
    case Page::Crosswalk:
        return QStringLiteral("crosswalk");
    case Page::Matrix:
        return QStringLiteral("matrix");
    case Page::Gaps:
        return QStringLiteral("gaps");
    case Page::Dialogues:
        return QStringLiteral("dialogues");
    case Page::Commitments:
        return QStringLiteral("commitments");
    case Page::Programmes:
        return QStringLiteral("programmes");
    case Page::Reports:
        return QStringLiteral("reports");
    case Page::ReferenceData:
        return QStringLiteral("reference");
    }
    return QString();
}

const QList<MainWindow::Page>& MainWindow::pages()
{
    static const QList<Page> list(std::begin(allPages), std::end(allPages));
    return list;
}

std::optional<MainWindow::Page> MainWindow::pageForKey(const QString& key)
{
    for (const Page page : allPages) {
        if (pageKey(page) == key)
            return page;
    }
    return std::nullopt;
}

QString MainWindow::pageTitle(Page page)
{
    switch (page) {
    case Page::Dashboard:
        return tr("Dashboard");
    case Page::Frameworks:
        return tr("Frameworks");
    case Page::Crosswalk:
        return tr("Crosswalk");
    case Page::Matrix:
        return tr("Matrix");
    case Page::Gaps:
        return tr("Gaps");
    case Page::Dialogues:
        return tr("Dialogues");
    case Page::Commitments:
        return tr("Commitments");
    case Page::Programmes:
        return tr("Programmes");
    case Page::Reports:
        return tr("Reports");
    case Page::ReferenceData:
        return tr("Reference data");
    }
    return QString();
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(static_cast<int>(page));
}

bool MainWindow::showPage(const QString& key)
{
    const std::optional<Page> page = pageForKey(key);
    if (!page)
        return false;
    showPage(*page);
    return true;
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(qBound(0, m_pages->currentIndex(), PageCount - 1));
}

WorkPage* MainWindow::workPage(Page page) const
{
    return qobject_cast<WorkPage*>(m_pages->widget(static_cast<int>(page)));
}

void MainWindow::onPageChanged(int index)
{
    m_pages->setCurrentIndex(index);
    m_status->setPage(qobject_cast<WorkPage*>(m_pages->currentWidget()));
}

bool MainWindow::openRecord(const QString& table, qint64 id)
{
    // The first page that lists the table and can show the record (the Dashboard reads commitments
    // but does not select them; the Commitments page does).
    bool listed = false;
    for (const Page page : allPages) {
        WorkPage* candidate = workPage(page);
        if (!candidate || !candidate->tables().contains(table))
            continue;
        listed = true;
        if (candidate->showRecord(table, id)) {
            showPage(page);
            return true;
        }
    }
    statusBar()->showMessage(listed ? tr("That record no longer exists.") : tr("No page shows that record."), 5000);
    return false;
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    // The undo commands refer to the open database: the history ends with it. The new database goes
    // in first, so that the pages never refer to a closed one; the previous one is closed when
    // `database` goes out of scope.
    m_undoStack->clear();
    m_database.swap(database);
    if (m_database) {
        m_database->setUserName(m_preferences->authorName());
        m_preferences->addRecentDatabase(m_database->path());
    }
    m_context->setDatabase(m_database.get());
    m_status->setDatabase(m_database.get());
    updateTitle();
}

void MainWindow::refresh()
{
    if (!m_database || !confirmDiscardEdits())
        return;
    // The pages reload everything when they are told the database (even the same one).
    m_context->setDatabase(m_database.get());
    m_status->refresh();
    statusBar()->showMessage(tr("Read again from %1").arg(QDir::toNativeSeparators(m_database->path())), 3000);
}

void MainWindow::updateTitle()
{
    const QString path = m_database ? m_database->path() : QString();
    const QString name = path.isEmpty() ? tr("No database") : QFileInfo(path).fileName();
    setWindowTitle(tr("%1 \u2014 Crosswalk").arg(name));
    setWindowFilePath(path);
}

QString MainWindow::databaseFolder() const
{
    const QString last = QSettings().value(lastFolderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

QString MainWindow::fileFilter() const
{
    return tr("Crosswalk databases (*.crosswalk *.db);;All files (*)");
}

bool MainWindow::confirmDiscardEdits()
{
    QStringList pending;
    for (const RecordPage* page : m_pages->findChildren<RecordPage*>()) {
        if (page->hasUnsavedChanges())
            pending << page->spec().title;
    }
    if (pending.isEmpty())
        return true;
    return m_dialogs->question(this, tr("Unsaved changes"), tr("Some changes have not been saved. Discard them?"),
                               tr("Unsaved changes on: %1").arg(pending.join(QStringLiteral(", "))));
}

void MainWindow::newDatabase()
{
    const QString chosen = m_dialogs->getSaveFileName(this, tr("New database"), databaseFolder(), fileFilter());
    if (chosen.isEmpty())
        return;
    const QString path = withSuffix(chosen);
    if (m_database && samePath(path, m_database->path())) {
        m_dialogs->critical(this, tr("New database"),
                            tr("%1 is the open database. Choose another file for the new database.")
                                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!confirmDiscardEdits())
        return;
    auto database = std::make_unique<Database>();
    const Status created = DatabaseBootstrap::createNew(*database, path, DatasetPackage::Seed::ReferenceData);
    if (!created) {
        m_dialogs->critical(this, tr("New database"), created.message());
        return;
    }
    QSettings().setValue(lastFolderKey, QFileInfo(path).absolutePath());
    setDatabase(std::move(database));
    statusBar()->showMessage(tr("Created %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::openDatabase()
{
    const QString path = m_dialogs->getOpenFileName(this, tr("Open database"), databaseFolder(), fileFilter());
    if (!path.isEmpty())
        openDatabaseFile(path, tr("Open database"));
}

void MainWindow::openRecentDatabase(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        m_dialogs->critical(
            this, tr("Open recent database"),
            tr("%1 no longer exists. It is removed from the recent databases.").arg(QDir::toNativeSeparators(path)));
        m_menus->recentMenu()->rebuild();
        return;
    }
    openDatabaseFile(path, tr("Open recent database"));
}

bool MainWindow::openDatabaseFile(const QString& path, const QString& title)
{
    if (m_database && samePath(path, m_database->path())) {
        statusBar()->showMessage(tr("%1 is already open").arg(QDir::toNativeSeparators(path)), 5000);
        return true;
    }
    if (!confirmDiscardEdits())
        return false;
    auto database = std::make_unique<Database>();
    const Status opened = DatabaseBootstrap::openExisting(*database, path);
    if (!opened) {
        m_dialogs->critical(this, title, opened.message());
        return false;
    }
    QSettings().setValue(lastFolderKey, QFileInfo(path).absolutePath());
    setDatabase(std::move(database));
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::saveCopy()
{
    if (!m_database)
        return;
    const QString chosen = m_dialogs->getSaveFileName(this, tr("Save a copy"), databaseFolder(), fileFilter());
    if (chosen.isEmpty())
        return;
    const QString path = withSuffix(chosen);
    // Database::saveCopy replaces an existing file; never let that file be the open database.
    if (samePath(path, m_database->path())) {
        m_dialogs->critical(
            this, tr("Save a copy"),
            tr("%1 is the open database. Choose another file for the copy.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    const Status saved = m_database->saveCopy(path);
    if (!saved) {
        m_dialogs->critical(this, tr("Save a copy"), saved.message());
        return;
    }
    QSettings().setValue(lastFolderKey, QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::showSettings()
{
    if (auto* open = findChild<SettingsDialog*>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new SettingsDialog(
        {m_preferences->language(), m_preferences->authorName(), m_preferences->defaultMarking()}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const SettingsDialog::Values values = dialog->values();
        applySettings(values.language, values.authorName, values.defaultMarking);
    });
    dialog->open();
}

void MainWindow::applySettings(const QString& language, const QString& authorName, const QString& defaultMarking)
{
    const bool languageChanged = language != m_preferences->language();
    m_preferences->setLanguage(language);
    m_preferences->setAuthorName(authorName);
    m_preferences->setDefaultMarking(defaultMarking);
    if (m_database)
        m_database->setUserName(m_preferences->authorName());
    if (languageChanged) {
        m_dialogs->information(this, tr("Settings"),
                               tr("The new interface language applies the next time Crosswalk starts."));
    }
}

void MainWindow::showSearch()
{
    if (auto* open = findChild<SearchDialog*>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new SearchDialog(
        [this](const QString& text) {
            return m_database ? RecordSearch(*m_database).search(text) : QList<SearchResult>();
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { openRecord(dialog->chosenTable(), dialog->chosenId()); });
    dialog->open();
}

void MainWindow::focusNavigation()
{
    m_navigation->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::focusPageSearch()
{
    if (WorkPage* page = qobject_cast<WorkPage*>(m_pages->currentWidget()))
        page->focusSearch();
}

QString MainWindow::aboutText() const
{
    const QString path = m_database ? QDir::toNativeSeparators(m_database->path()) : tr("none");
    return tr("<h3>Crosswalk %1</h3>"
              "<p>A workbench for cyber-policy alignment: national laws and strategies mapped against allied "
              "frameworks, with coverage, gaps, dialogues, commitments and programmes.</p>"
              "<p>Database: %2</p>"
              "<p>Built with Qt %3.</p>")
        .arg(QStringLiteral(CROSSWALK_VERSION).toHtmlEscaped(), path.toHtmlEscaped(), QString::fromLatin1(qVersion()));
}

void MainWindow::about()
{
    m_dialogs->about(this, tr("About Crosswalk"), aboutText());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!confirmDiscardEdits()) {
        event->ignore();
        return;
    }
    WindowStateStore::save(*this, *m_pages, pageKey(currentPage()));
    QMainWindow::closeEvent(event);
}

} // namespace crosswalk
