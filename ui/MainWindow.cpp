#include "ui/MainWindow.h"

#include "models/exchange/DatabaseBootstrap.h"
#include "models/storage/Database.h"
#include "ui/support/DialogProvider.h"
#include "ui/support/StandardDialogProvider.h"
#include "ui/views/FrameworksView.h"
#include "ui/views/PlaceholderView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>

namespace crosswalk {

namespace {

const QString geometryKey = QStringLiteral("MainWindow/geometry");
const QString lastFolderKey = QStringLiteral("MainWindow/lastFolder");
const QString defaultSuffix = QStringLiteral("crosswalk");

constexpr MainWindow::Page allPages[] = {
    MainWindow::Page::Dashboard,   MainWindow::Page::Frameworks, MainWindow::Page::Crosswalk,
    MainWindow::Page::Matrix,      MainWindow::Page::Gaps,       MainWindow::Page::Dialogues,
    MainWindow::Page::Commitments, MainWindow::Page::Programmes, MainWindow::Page::Reports};

/// Freedesktop icon names for the pages; empty icons where the desktop theme has none.
const char* pageIconName(MainWindow::Page page)
{
    switch (page) {
    case MainWindow::Page::Dashboard:
        return "go-home";
    case MainWindow::Page::Frameworks:
        return "x-office-document";
    case MainWindow::Page::Crosswalk:
        return "edit-find-replace";
    case MainWindow::Page::Matrix:
        return "x-office-spreadsheet";
    case MainWindow::Page::Gaps:
        return "dialog-warning";
    case MainWindow::Page::Dialogues:
        return "system-users";
    case MainWindow::Page::Commitments:
        return "mail-mark-important";
    case MainWindow::Page::Programmes:
        return "x-office-calendar";
    case MainWindow::Page::Reports:
        return "document-print";
    }
    return "";
}

bool samePath(const QString& a, const QString& b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    if (first.exists() && second.exists())
        return first.canonicalFilePath() == second.canonicalFilePath();
    return first.absoluteFilePath() == second.absoluteFilePath();
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> database, std::unique_ptr<DialogProvider> dialogs, QWidget* parent)
    : QMainWindow(parent), m_dialogs(dialogs ? std::move(dialogs) : std::make_unique<StandardDialogProvider>())
{
    setObjectName(QStringLiteral("mainWindow"));
    createPages();
    createMenus();

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databasePathLabel"));
    m_databaseLabel->setTextFormat(Qt::PlainText);
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_databaseLabel, 1);

    setDatabase(std::move(database));
    showPage(Page::Frameworks);

    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        QSize size(1280, 800);
        if (const QScreen* screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.95);
        resize(size);
    }
}

MainWindow::~MainWindow()
{
    // The views refer to the database: detach them before it closes.
    m_frameworksView->setDatabase(nullptr);
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
        auto* item = new QListWidgetItem(QIcon::fromTheme(QString::fromLatin1(pageIconName(page))), pageTitle(page),
                                         m_navigation);
        item->setData(Qt::UserRole, pageKey(page));
        QWidget* view = nullptr;
        if (page == Page::Frameworks) {
            m_frameworksView = new FrameworksView(m_pages);
            view = m_frameworksView;
        } else {
            view = new PlaceholderView(pageTitle(page), m_pages);
            view->setObjectName(pageKey(page) + QStringLiteral("Page"));
        }
        m_pages->addWidget(view);
    }
    // As wide as the longest page name needs (names are longer in some languages), no wider.
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() +
                                2 * m_navigation->spacing() + 12);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));

    QAction* newAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New database..."), this,
                                         &MainWindow::newDatabase);
    newAction->setObjectName(QStringLiteral("actionNewDatabase"));
    newAction->setShortcut(QKeySequence::New);
    newAction->setStatusTip(tr("Create an empty database file and switch to it"));

    QAction* openAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open database..."),
                                          this, &MainWindow::openDatabase);
    openAction->setObjectName(QStringLiteral("actionOpenDatabase"));
    openAction->setShortcut(QKeySequence::Open);
    openAction->setStatusTip(tr("Open an existing database file"));

    QAction* copyAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save a &copy..."),
                                          this, &MainWindow::saveCopy);
    copyAction->setObjectName(QStringLiteral("actionSaveCopy"));
    copyAction->setShortcut(QKeySequence::SaveAs);
    copyAction->setStatusTip(tr("Write a copy of the whole database to another file"));

    file->addSeparator();
    QAction* quitAction =
        file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(QStringLiteral("actionQuit"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("goMenu"));
    int number = 1;
    for (const Page page : allPages) {
        QAction* action = go->addAction(QIcon::fromTheme(QString::fromLatin1(pageIconName(page))), pageTitle(page),
                                        this, [this, page] { showPage(page); });
        action->setObjectName(QStringLiteral("actionGo_") + pageKey(page));
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number)));
        ++number;
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* aboutAction = help->addAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Crosswalk"), this,
                                           &MainWindow::about);
    aboutAction->setObjectName(QStringLiteral("actionAbout"));
    aboutAction->setMenuRole(QAction::AboutRole);
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
    }
    return QString();
}

QString MainWindow::pageTitle(Page page) const
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
    }
    return QString();
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(static_cast<int>(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(qBound(0, m_pages->currentIndex(), PageCount - 1));
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    // The new database goes in first, so that the views never refer to a closed one; the previous
    // one is closed when `database` goes out of scope.
    m_database.swap(database);
    m_frameworksView->setDatabase(m_database.get());
    updateDatabaseDisplay();
}

void MainWindow::updateDatabaseDisplay()
{
    const QString path = m_database ? m_database->path() : QString();
    const QString name = path.isEmpty() ? tr("No database") : QFileInfo(path).fileName();
    setWindowTitle(tr("%1 \u2014 Crosswalk").arg(name));
    setWindowFilePath(path);
    m_databaseLabel->setText(path.isEmpty() ? tr("No database is open")
                                            : tr("Database: %1").arg(QDir::toNativeSeparators(path)));
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

void MainWindow::newDatabase()
{
    QString path = m_dialogs->getSaveFileName(this, tr("New database"), databaseFolder(), fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + defaultSuffix;
    if (m_database && samePath(path, m_database->path())) {
        m_dialogs->critical(this, tr("New database"),
                            tr("%1 is the open database. Choose another file for the new database.")
                                .arg(QDir::toNativeSeparators(path)));
        return;
    }
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
    if (path.isEmpty())
        return;
    auto database = std::make_unique<Database>();
    const Status opened = DatabaseBootstrap::openExisting(*database, path);
    if (!opened) {
        m_dialogs->critical(this, tr("Open database"), opened.message());
        return;
    }
    QSettings().setValue(lastFolderKey, QFileInfo(path).absolutePath());
    setDatabase(std::move(database));
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::saveCopy()
{
    if (!m_database)
        return;
    QString path = m_dialogs->getSaveFileName(this, tr("Save a copy"), databaseFolder(), fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + defaultSuffix;
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
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace crosswalk
