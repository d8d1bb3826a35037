#include "models/commands/ChangePlanner.h"
#include "models/domain/Vocabulary.h"
#include "models/exchange/DatabaseBootstrap.h"
#include "models/itemmodels/RecordTableModel.h"
#include "models/storage/AuditLog.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "tests/gui/FakeDialogProvider.h"
#include "ui/MainWindow.h"
#include "ui/RecentDatabasesMenu.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/support/BadgeLabel.h"
#include "ui/support/InterfaceLanguage.h"
#include "ui/support/Preferences.h"
#include "ui/views/DetailPanel.h"
#include "ui/views/PageContext.h"
#include "ui/views/RecordPage.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>
#include <QtTest>

using namespace crosswalk;
using crosswalk::test::FakeDialogProvider;

namespace {
QModelIndex findRow(QAbstractItemModel* model, const QString& text, const QModelIndex& parent = QModelIndex())
{
    const QModelIndexList found =
        model->match(model->index(0, 0, parent), Qt::DisplayRole, text, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void navigationListsTheTenPages();
    void reportsPageIsTheBriefBuilder();
    void frameworksPageShowsTheSample();
    void provisionTreeShowsChapters();
    void detailPanelShowsVerification();
    void newDatabaseEmptiesTheList();
    void newDatabaseFailureKeepsCurrent();
    void openDatabaseSwitches();
    void openBadFileKeepsCurrent();
    void saveCopyWritesAFile();
    void saveCopyRefusesTheOpenFile();
    void aboutShowsVersionAndPath();
    void titleAndStatusBarNameTheDatabase();
    void menusHaveMnemonicsAndShortcuts();
    void japaneseInterface();

    void undoAndRedoFromTheEditMenu();
    void undoHistoryIsADock();
    void undoNeverCrossesFiles();
    void openRecordRequestSwitchesPages();
    void recentDatabasesMenu();
    void recentDatabaseThatVanished();
    void settingsReachAuditEntries();
    void languageChangeAppliesAtNextStart();
    void windowStateIsRestored();
    void statusBarCountsFollowChanges();
    void recordIndicatorShowsMarkingAndVerification();
    void addFilterAndUndoACommitment();
    void secondConnectionSeesChangesAfterRefresh();
    void keyboardReachesNavigationAndSearch();
    void recordMenuHoldsThePageActions();
    void unsavedFormAsksBeforeClosing();

private:
    void selectFramework(const QString& code);
    QTableView* frameworkList() const;
    QTreeView* provisionTree() const;
    RecordPage* recordPage(MainWindow::Page page) const;
    QStringList codesShown(RecordPage* page) const;
    qint64 idOf(const QString& table, const QString& code) const;
    bool applyUpdate(const QString& table, const QString& code, const QVariantMap& values);

    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    FakeDialogProvider* m_dialogs = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Crosswalk"));
    QCoreApplication::setApplicationName(QStringLiteral("crosswalk-test"));
    // Settings of this run only: other test programs (and other runs of this one) may be running at
    // the same time, and each test clears the settings it starts from.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    // CTest runs in the C locale, so this is English unless CROSSWALK_LANG asks otherwise; the checks
    // below compare data, keys and object names, not interface texts.
    QVERIFY(InterfaceLanguage::install(*QCoreApplication::instance(), InterfaceLanguage::chosen()));
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    // Each test starts from no remembered window state, page or recent files.
    QSettings().clear();
    static int counter = 0;
    m_path = m_dir.filePath(QStringLiteral("sample-%1.crosswalk").arg(++counter));
    auto db = std::make_unique<Database>();
    const Status created = DatabaseBootstrap::createNew(*db, m_path, DatasetPackage::Seed::Sample);
    QVERIFY2(created.ok(), qPrintable(created.message()));
    auto dialogs = std::make_unique<FakeDialogProvider>();
    m_dialogs = dialogs.get();
    m_window = std::make_unique<MainWindow>(std::move(db), std::move(dialogs));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_dialogs = nullptr;
}

QTableView* TestMainWindow::frameworkList() const
{
    return m_window->findChild<QTableView*>(QStringLiteral("frameworkList"));
}

QTreeView* TestMainWindow::provisionTree() const
{
    return m_window->findChild<QTreeView*>(QStringLiteral("provisionTree"));
}

void TestMainWindow::selectFramework(const QString& code)
{
    QTableView* list = frameworkList();
    QVERIFY(list);
    const QModelIndex index = findRow(list->model(), code);
    QVERIFY2(index.isValid(), qPrintable(code));
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    QTRY_COMPARE(list->currentIndex().row(), index.row());
}

void TestMainWindow::navigationListsTheTenPages()
{
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigationList"));
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), 10);
    const QStringList expected{QStringLiteral("dashboard"),   QStringLiteral("frameworks"), QStringLiteral("crosswalk"),
                               QStringLiteral("matrix"),      QStringLiteral("gaps"),       QStringLiteral("dialogues"),
                               QStringLiteral("commitments"), QStringLiteral("programmes"), QStringLiteral("reports"),
                               QStringLiteral("reference")};
    QStringList keys;
    for (int row = 0; row < navigation->count(); ++row)
        keys << navigation->item(row)->data(Qt::UserRole).toString();
    QCOMPARE(keys, expected);
    if (InterfaceLanguage::chosen() == QLatin1String("en")) {
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Dashboard"));
        QCOMPARE(navigation->item(8)->text(), QStringLiteral("Reports"));
        QCOMPARE(navigation->item(9)->text(), QStringLiteral("Reference data"));
    }

    auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("pageStack"));
    QVERIFY(stack);
    QCOMPARE(stack->count(), 10);
    // Every page is a real one.
    for (const auto page : MainWindow::pages())
        QVERIFY2(m_window->workPage(page), qPrintable(MainWindow::pageKey(page)));
    QCOMPARE(MainWindow::pageForKey(QStringLiteral("commitments")), MainWindow::Page::Commitments);
    QVERIFY(!MainWindow::pageForKey(QStringLiteral("nowhere")));
    // The program opens on the Frameworks page; the list drives the stack.
    QCOMPARE(navigation->currentRow(), 1);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("frameworksPage"));
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_Up);
    QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("dashboardPage"));
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Dashboard);

    // Ctrl+2 goes back to Frameworks.
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("frameworksPage"));
    QVERIFY(frameworkList()->isVisible());
}

void TestMainWindow::reportsPageIsTheBriefBuilder()
{
    m_window->showPage(MainWindow::Page::Reports);
    auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("pageStack"));
    QWidget* page = stack->currentWidget();
    QCOMPARE(page->objectName(), QStringLiteral("reportsPage"));
    QVERIFY(m_window->workPage(MainWindow::Page::Reports));
    auto* dialogues = page->findChild<QComboBox*>(QStringLiteral("briefDialogue"));
    QVERIFY(dialogues);
    QCOMPARE(dialogues->count(), 7); // every dialogue of the sample
    QVERIFY(page->findChild<QPushButton*>(QStringLiteral("saveButton")));
}

void TestMainWindow::frameworksPageShowsTheSample()
{
    m_window->showPage(MainWindow::Page::Frameworks);
    QTableView* list = frameworkList();
    QVERIFY(list);
    QTRY_VERIFY(list->isVisible());
    QCOMPARE(list->model()->rowCount(), 14);
    QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("JP-CRCSA"));
    QCOMPARE(list->model()->index(0, 1).data().toString(),
             QStringLiteral("Cyber Response Capability Strengthening Act (Act No. 42 of 2025)"));
    // The first framework is selected on opening, so the tree is never empty for no reason.
    QCOMPARE(list->currentIndex().row(), 0);

    // The search box filters the list.
    auto* filter = m_window->findChild<QLineEdit*>(QStringLiteral("frameworkFilter"));
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("NATO-"));
    QTRY_COMPARE(list->model()->rowCount(), 6);
    filter->clear();
    QTRY_COMPARE(list->model()->rowCount(), 14);
}

void TestMainWindow::provisionTreeShowsChapters()
{
    selectFramework(QStringLiteral("JP-CSS2025"));
    QTreeView* tree = provisionTree();
    QVERIFY(tree);
    QTRY_COMPARE(tree->model()->rowCount(), 3);
    // No pillar has a Japanese title recorded: the empty column is hidden.
    QVERIFY(tree->isColumnHidden(2));

    selectFramework(QStringLiteral("JP-CRCSA"));
    QTRY_COMPARE(tree->model()->rowCount(), 12);
    const QModelIndex first = tree->model()->index(0, 0);
    QCOMPARE(first.data().toString(), QStringLiteral("Ch. 1 (Arts 1-3)"));
    QCOMPARE(first.siblingAtColumn(1).data().toString(), QStringLiteral("General provisions"));
    QCOMPARE(first.siblingAtColumn(2).data().toString(), QStringLiteral("総則"));
    QVERIFY(!tree->isColumnHidden(2));

    // Nor do English documents have an original-language column to show.
    selectFramework(QStringLiteral("NATO-CDP2016"));
    QTRY_COMPARE(tree->model()->rowCount(), 7);
    QVERIFY(tree->isColumnHidden(2));
}

void TestMainWindow::detailPanelShowsVerification()
{
    selectFramework(QStringLiteral("JP-CRCSA"));
    auto* panel = m_window->findChild<DetailPanel*>(QStringLiteral("detailPanel"));
    QVERIFY(panel);
    auto* badge = panel->findChild<BadgeLabel*>(QStringLiteral("verificationBadge"));
    auto* marking = panel->findChild<BadgeLabel*>(QStringLiteral("markingBadge"));
    auto* titleOrig = panel->findChild<QLabel*>(QStringLiteral("detailTitleOrig"));
    auto* source = panel->findChild<QLabel*>(QStringLiteral("detailSource"));
    QVERIFY(badge && marking && titleOrig && source);

    // The framework itself first.
    QTRY_COMPARE(panel->shownKind(), QStringLiteral("framework"));
    QCOMPARE(titleOrig->text(), QStringLiteral("重要電子計算機に対する不正な行為による被害の防止に関する法律"));

    // Chapter 2 is verified from a secondary source; its badge says so in words.
    QTreeView* tree = provisionTree();
    QTRY_COMPARE(tree->model()->rowCount(), 12);
    const QModelIndex chapter2 = tree->model()->index(1, 0);
    tree->setFocus();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(chapter2).center());
    QTRY_COMPARE(panel->shownKind(), QStringLiteral("provision"));
    QCOMPARE(panel->findChild<QLabel*>(QStringLiteral("detailCode"))->text(), QStringLiteral("CH02"));
    QCOMPARE(badge->text(), toLabel(Verification::Secondary));
    QVERIFY(badge->isVisible());
    QCOMPARE(marking->text(), toLabel(Tlp::Clear));
    QCOMPARE(titleOrig->text(), QStringLiteral("特別社会基盤事業者による特定侵害事象等の報告等"));

    // Keyboard: up to chapter 1, which is official; its source is a link.
    QTest::keyClick(tree, Qt::Key_Up);
    QTRY_COMPARE(panel->findChild<QLabel*>(QStringLiteral("detailCode"))->text(), QStringLiteral("CH01"));
    QCOMPARE(badge->text(), toLabel(Verification::Official));
    QVERIFY(panel->findChild<QLabel*>(QStringLiteral("verificationNote"))
                ->text()
                .contains(QStringLiteral("official table of contents")));
    QCOMPARE(source->textFormat(), Qt::RichText);
    QVERIFY(source->text().contains(QStringLiteral("href=\"https://www.shugiin.go.jp/")));
    QVERIFY(source->openExternalLinks());
}

void TestMainWindow::newDatabaseEmptiesTheList()
{
    QCOMPARE(frameworkList()->model()->rowCount(), 14);
    const QString path = m_dir.filePath(QStringLiteral("new-database"));
    m_dialogs->nextSaveFileName = path;
    m_window->findChild<QAction*>(QStringLiteral("actionNewDatabase"))->trigger();

    QCOMPARE(m_dialogs->criticals, QStringList());
    QTRY_COMPARE(frameworkList()->model()->rowCount(), 0);
    QCOMPARE(provisionTree()->model()->rowCount(), 0);
    // A name without a suffix gets the .crosswalk suffix.
    QCOMPARE(m_window->database()->path(), path + QStringLiteral(".crosswalk"));
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".crosswalk")));
    QCOMPARE(RecordStore(*m_window->database()).count(QStringLiteral("frameworks")), qint64(0));
    QVERIFY(RecordStore(*m_window->database()).count(QStringLiteral("themes")) > 0);
    QCOMPARE(m_window->findChild<DetailPanel*>(QStringLiteral("detailPanel"))->shownKind(), QString());
}

void TestMainWindow::newDatabaseFailureKeepsCurrent()
{
    // An existing non-empty file is refused; the sample stays open.
    const QString path = m_dir.filePath(QStringLiteral("occupied.crosswalk"));
    QFile occupied(path);
    QVERIFY(occupied.open(QIODevice::WriteOnly));
    occupied.write("something else");
    occupied.close();
    m_dialogs->nextSaveFileName = path;
    m_window->findChild<QAction*>(QStringLiteral("actionNewDatabase"))->trigger();
    QCOMPARE(m_dialogs->criticals.size(), 1);
    QCOMPARE(m_window->database()->path(), m_path);
    QCOMPARE(frameworkList()->model()->rowCount(), 14);

    // Cancelling the dialog does nothing.
    m_window->findChild<QAction*>(QStringLiteral("actionNewDatabase"))->trigger();
    QCOMPARE(m_dialogs->criticals.size(), 1);
    QCOMPARE(m_window->database()->path(), m_path);
}

void TestMainWindow::openDatabaseSwitches()
{
    const QString other = m_dir.filePath(QStringLiteral("reference-only.crosswalk"));
    {
        Database db;
        const Status created = DatabaseBootstrap::createNew(db, other, DatasetPackage::Seed::ReferenceData);
        QVERIFY2(created.ok(), qPrintable(created.message()));
    }
    m_dialogs->nextOpenFileName = other;
    m_window->findChild<QAction*>(QStringLiteral("actionOpenDatabase"))->trigger();
    QCOMPARE(m_dialogs->criticals, QStringList());
    QCOMPARE(m_window->database()->path(), other);
    QTRY_COMPARE(frameworkList()->model()->rowCount(), 0);

    // And back to the sample.
    m_dialogs->nextOpenFileName = m_path;
    m_window->findChild<QAction*>(QStringLiteral("actionOpenDatabase"))->trigger();
    QCOMPARE(m_window->database()->path(), m_path);
    QTRY_COMPARE(frameworkList()->model()->rowCount(), 14);
    QTRY_COMPARE(provisionTree()->model()->rowCount(), 12);
}

void TestMainWindow::openBadFileKeepsCurrent()
{
    const QString bad = m_dir.filePath(QStringLiteral("not-a-database.crosswalk"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(200, 'x'));
    file.close();
    m_dialogs->nextOpenFileName = bad;
    m_window->findChild<QAction*>(QStringLiteral("actionOpenDatabase"))->trigger();
    QCOMPARE(m_dialogs->criticals.size(), 1);
    QVERIFY(m_dialogs->criticals.first().contains(bad));
    QCOMPARE(m_window->database()->path(), m_path);
    QCOMPARE(frameworkList()->model()->rowCount(), 14);

    m_dialogs->nextOpenFileName = m_dir.filePath(QStringLiteral("missing.crosswalk"));
    m_window->findChild<QAction*>(QStringLiteral("actionOpenDatabase"))->trigger();
    QCOMPARE(m_dialogs->criticals.size(), 2);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("missing.crosswalk"))));
    QCOMPARE(m_window->database()->path(), m_path);
}

void TestMainWindow::saveCopyWritesAFile()
{
    const QString copy = m_dir.filePath(QStringLiteral("copy.crosswalk"));
    m_dialogs->nextSaveFileName = copy;
    m_window->findChild<QAction*>(QStringLiteral("actionSaveCopy"))->trigger();
    QCOMPARE(m_dialogs->criticals, QStringList());
    QCOMPARE(m_window->database()->path(), m_path);

    Database db;
    const Status opened = DatabaseBootstrap::openExisting(db, copy);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    QCOMPARE(RecordStore(db).count(QStringLiteral("frameworks")), qint64(14));
    QCOMPARE(RecordStore(db).count(QStringLiteral("provisions")), qint64(52));
}

void TestMainWindow::saveCopyRefusesTheOpenFile()
{
    m_dialogs->nextSaveFileName = m_path;
    m_window->findChild<QAction*>(QStringLiteral("actionSaveCopy"))->trigger();
    QCOMPARE(m_dialogs->criticals.size(), 1);
    QCOMPARE(m_window->database()->path(), m_path);
    QCOMPARE(RecordStore(*m_window->database()).count(QStringLiteral("frameworks")), qint64(14));
}

void TestMainWindow::aboutShowsVersionAndPath()
{
    m_window->findChild<QAction*>(QStringLiteral("actionAbout"))->trigger();
    QCOMPARE(m_dialogs->aboutCount, 1);
    QVERIFY2(m_dialogs->aboutText.contains(QStringLiteral(CROSSWALK_VERSION)), qPrintable(m_dialogs->aboutText));
    QVERIFY2(m_dialogs->aboutText.contains(QDir::toNativeSeparators(m_path).toHtmlEscaped()),
             qPrintable(m_dialogs->aboutText));
    QCOMPARE(m_window->aboutText(), m_dialogs->aboutText);
}

void TestMainWindow::titleAndStatusBarNameTheDatabase()
{
    const QString fileName = QFileInfo(m_path).fileName();
    QVERIFY2(m_window->windowTitle().contains(fileName), qPrintable(m_window->windowTitle()));
    auto* label = m_window->findChild<QLabel*>(QStringLiteral("databasePathLabel"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(QDir::toNativeSeparators(m_path)), qPrintable(label->text()));
    QVERIFY(label->isVisible());

    // Screenshots for review: CROSSWALK_SCREENSHOT_DIR=/some/folder
    const QString shots = qEnvironmentVariable("CROSSWALK_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        selectFramework(QStringLiteral("JP-CRCSA"));
        QTreeView* tree = provisionTree();
        QTRY_COMPARE(tree->model()->rowCount(), 12);
        tree->setCurrentIndex(tree->model()->index(0, 0));
        QTest::qWait(100); // let the layouts settle, as they do between a user's clicks
        QVERIFY(m_window->grab().save(QDir(shots).filePath(QStringLiteral("crosswalk-frameworks.png"))));
        selectFramework(QStringLiteral("JP-CSS2025"));
        QTRY_COMPARE(tree->model()->rowCount(), 3);
        QTest::qWait(100);
        QVERIFY(m_window->grab().save(QDir(shots).filePath(QStringLiteral("crosswalk-frameworks-css.png"))));
    }
}

void TestMainWindow::menusHaveMnemonicsAndShortcuts()
{
    const struct
    {
        const char* objectName;
        QKeySequence shortcut;
    } actions[] = {// Ctrl+N adds a record on the pages; a new database is Alt+F, N.
                   {"actionNewDatabase", QKeySequence()},
                   {"actionOpenDatabase", QKeySequence(QKeySequence::Open)},
                   {"actionSaveCopy", QKeySequence(QKeySequence::SaveAs)},
                   {"actionQuit", QKeySequence(QKeySequence::Quit)},
                   {"actionUndo", QKeySequence(Qt::CTRL | Qt::Key_Z)},
                   {"actionRedo", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)},
                   {"actionGlobalSearch", QKeySequence(Qt::CTRL | Qt::Key_K)},
                   {"actionFindInPage", QKeySequence(Qt::CTRL | Qt::Key_F)},
                   {"actionSettings", QKeySequence(Qt::CTRL | Qt::Key_Comma)},
                   {"actionRefresh", QKeySequence(Qt::Key_F5)},
                   {"actionUndoHistory", QKeySequence(Qt::CTRL | Qt::Key_H)},
                   {"actionFocusNavigation", QKeySequence(Qt::CTRL | Qt::Key_L)},
                   {"actionAbout", QKeySequence()}};
    for (const auto& expected : actions) {
        auto* action = m_window->findChild<QAction*>(QString::fromLatin1(expected.objectName));
        QVERIFY2(action, expected.objectName);
        QVERIFY2(action->text().contains(QLatin1Char('&')), expected.objectName);
        QCOMPARE(action->shortcut(), expected.shortcut);
    }
    // The page list also answers F6.
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("actionFocusNavigation"))
                ->shortcuts()
                .contains(QKeySequence(Qt::Key_F6)));
    for (const char* menu : {"fileMenu", "editMenu", "viewMenu", "goMenu", "recordMenu", "helpMenu", "recentMenu"}) {
        auto* found = m_window->findChild<QMenu*>(QString::fromLatin1(menu));
        QVERIFY2(found, menu);
        QVERIFY2(found->title().contains(QLatin1Char('&')), menu);
    }
    // Every page has a Go menu entry with Ctrl+1 to Ctrl+9, and Ctrl+0 for the tenth.
    auto* reports = m_window->findChild<QAction*>(QStringLiteral("actionGo_reports"));
    QVERIFY(reports);
    QCOMPARE(reports->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_9));
    reports->trigger();
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Reports);
    auto* reference = m_window->findChild<QAction*>(QStringLiteral("actionGo_reference"));
    QVERIFY(reference);
    QCOMPARE(reference->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_0));
    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::ReferenceData);
}

void TestMainWindow::japaneseInterface()
{
    // The Japanese translation is built into the program and covers the window and the vocabulary.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/crosswalk_ja.qm")));
    QCoreApplication::installTranslator(&translator);
    auto db = std::make_unique<Database>();
    const Status opened = DatabaseBootstrap::openExisting(*db, m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    MainWindow window(std::move(db), std::make_unique<FakeDialogProvider>());
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
    const QString frameworks = navigation->item(1)->text();
    const QString fileMenu = window.findChild<QMenu*>(QStringLiteral("fileMenu"))->title();
    const QString official = toLabel(Verification::Official);
    const QString header = window.findChild<QTableView*>(QStringLiteral("frameworkList"))
                               ->model()
                               ->headerData(0, Qt::Horizontal)
                               .toString();
    QCoreApplication::removeTranslator(&translator);

    QCOMPARE(frameworks, QStringLiteral("フレームワーク"));
    QCOMPARE(fileMenu, QStringLiteral("ファイル(&F)"));
    QCOMPARE(official, QStringLiteral("公式"));
    QCOMPARE(header, QStringLiteral("コード"));
}

RecordPage* TestMainWindow::recordPage(MainWindow::Page page) const
{
    return qobject_cast<RecordPage*>(m_window->workPage(page));
}

QStringList TestMainWindow::codesShown(RecordPage* page) const
{
    QStringList codes;
    const QAbstractItemModel* model = page->tableView()->model();
    const int column = page->model()->columnIndex(QStringLiteral("code"));
    for (int row = 0; row < model->rowCount(); ++row)
        codes << model->index(row, column).data().toString();
    return codes;
}

qint64 TestMainWindow::idOf(const QString& table, const QString& code) const
{
    return RecordStore(*m_window->database()).idForCode(table, code).value_or(0);
}

bool TestMainWindow::applyUpdate(const QString& table, const QString& code, const QVariantMap& values)
{
    const auto plan = ChangePlanner(*m_window->database()).update(table, idOf(table, code), values);
    if (!plan.ok()) {
        qWarning("%s", qPrintable(plan.message()));
        return false;
    }
    return m_window->context().apply(*plan, m_window.get());
}

void TestMainWindow::undoAndRedoFromTheEditMenu()
{
    auto* undo = m_window->findChild<QAction*>(QStringLiteral("actionUndo"));
    auto* redo = m_window->findChild<QAction*>(QStringLiteral("actionRedo"));
    QVERIFY(undo && redo);
    QVERIFY(!undo->isEnabled());
    QVERIFY(!redo->isEnabled());
    const QList<QAction*> editActions = m_window->findChild<QMenu*>(QStringLiteral("editMenu"))->actions();
    QVERIFY(editActions.contains(undo) && editActions.contains(redo));

    const qint64 c3 = idOf(QStringLiteral("commitments"), QStringLiteral("C3"));
    const auto title = [this, c3] {
        return RecordStore(*m_window->database())
            .fetch(QStringLiteral("commitments"), c3)
            ->value(QStringLiteral("title_en"))
            .toString();
    };
    const QString original = title();
    QVERIFY(applyUpdate(QStringLiteral("commitments"), QStringLiteral("C3"),
                        {{QStringLiteral("title_en"), QStringLiteral("A dedicated classified line")}}));
    QCOMPARE(title(), QStringLiteral("A dedicated classified line"));
    QVERIFY(undo->isEnabled());
    // The action names what it undoes.
    QVERIFY2(undo->text().contains(m_window->undoStack().undoText()), qPrintable(undo->text()));

    // Ctrl+Z and Ctrl+Shift+Z from the keyboard, with the focus outside any text field.
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigationList"));
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(title(), original);
    QVERIFY(redo->isEnabled());
    QTest::keyClick(navigation, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(title(), QStringLiteral("A dedicated classified line"));
    undo->trigger();
    QCOMPARE(title(), original);
    redo->trigger();
    QCOMPARE(title(), QStringLiteral("A dedicated classified line"));
    QCOMPARE(m_dialogs->criticals, QStringList());
}

void TestMainWindow::undoHistoryIsADock()
{
    auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("undoDock"));
    QVERIFY(dock);
    QVERIFY(dock->isVisible());
    // Beside the pages, or below them when the screen is too narrow for both.
    QVERIFY(m_window->dockWidgetArea(dock) == Qt::RightDockWidgetArea ||
            m_window->dockWidgetArea(dock) == Qt::BottomDockWidgetArea);
    auto* view = dock->findChild<QUndoView*>(QStringLiteral("undoView"));
    QVERIFY(view);
    QCOMPARE(view->stack(), &m_window->undoStack());
    QCOMPARE(view->model()->rowCount(), 1); // the database as opened

    const qint64 g2 = idOf(QStringLiteral("gaps"), QStringLiteral("G2"));
    const auto severity = [this, g2] {
        return RecordStore(*m_window->database()).fetch(QStringLiteral("gaps"), g2)->value(QStringLiteral("severity"));
    };
    const QVariant original = severity();
    QVERIFY(applyUpdate(QStringLiteral("gaps"), QStringLiteral("G2"),
                        {{QStringLiteral("severity"), QStringLiteral("critical")}}));
    QCOMPARE(view->model()->rowCount(), 2);
    const QString listed = view->model()->index(1, 0).data().toString();
    QVERIFY(!listed.isEmpty());
    QCOMPARE(listed, m_window->undoStack().text(0));
    QVERIFY2(listed.contains(QStringLiteral("G2")), qPrintable(listed));
    QCOMPARE(severity(), QVariant(QStringLiteral("critical")));

    // Choosing the first line goes back to the database as opened.
    view->setCurrentIndex(view->model()->index(0, 0));
    QCOMPARE(m_window->undoStack().index(), 0);
    QCOMPARE(severity(), original);

    // View > Undo history hides and shows it.
    auto* toggle = m_window->findChild<QAction*>(QStringLiteral("actionUndoHistory"));
    QVERIFY(toggle);
    QVERIFY(toggle->isChecked());
    toggle->trigger();
    QTRY_VERIFY(!dock->isVisible());
    toggle->trigger();
    QTRY_VERIFY(dock->isVisible());
}

void TestMainWindow::undoNeverCrossesFiles()
{
    QVERIFY(applyUpdate(QStringLiteral("commitments"), QStringLiteral("C1"), {{QStringLiteral("progress"), 30}}));
    QCOMPARE(m_window->undoStack().count(), 1);
    const QString other = m_dir.filePath(QStringLiteral("undo-other.crosswalk"));
    m_dialogs->nextSaveFileName = other;
    m_window->findChild<QAction*>(QStringLiteral("actionNewDatabase"))->trigger();
    QCOMPARE(m_window->database()->path(), other);
    QCOMPARE(m_window->undoStack().count(), 0);
    QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("actionUndo"))->isEnabled());
    QCOMPARE(m_window->findChild<QUndoView*>(QStringLiteral("undoView"))->model()->rowCount(), 1);
}

void TestMainWindow::openRecordRequestSwitchesPages()
{
    m_window->showPage(MainWindow::Page::Dashboard);
    PageContext& context = m_window->context();

    Q_EMIT context.openRecordRequested(QStringLiteral("gaps"), idOf(QStringLiteral("gaps"), QStringLiteral("G3")));
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Gaps);
    QTRY_COMPARE(recordPage(MainWindow::Page::Gaps)->currentRecord().value(QStringLiteral("code")).toString(),
                 QStringLiteral("G3"));

    Q_EMIT context.openRecordRequested(QStringLiteral("programmes"),
                                       idOf(QStringLiteral("programmes"), QStringLiteral("CB4")));
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Programmes);
    QTRY_COMPARE(recordPage(MainWindow::Page::Programmes)->currentRecord().value(QStringLiteral("code")).toString(),
                 QStringLiteral("CB4"));

    const qint64 chapter = RecordStore(*m_window->database())
                               .idForCode(QStringLiteral("provisions"), QStringLiteral("CH02"),
                                          idOf(QStringLiteral("frameworks"), QStringLiteral("JP-CRCSA")))
                               .value_or(0);
    QVERIFY(chapter > 0);
    Q_EMIT context.openRecordRequested(QStringLiteral("provisions"), chapter);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Frameworks);
    WorkPage* frameworks = m_window->workPage(MainWindow::Page::Frameworks);
    QTRY_COMPARE(frameworks->currentTable(), QStringLiteral("provisions"));
    QCOMPARE(frameworks->currentRecord().value(QStringLiteral("id")).toLongLong(), chapter);

    Q_EMIT context.openRecordRequested(QStringLiteral("themes"),
                                       idOf(QStringLiteral("themes"), QStringLiteral("zero-trust")));
    QCOMPARE(m_window->currentPage(), MainWindow::Page::ReferenceData);
    WorkPage* reference = m_window->workPage(MainWindow::Page::ReferenceData);
    QTRY_COMPARE(reference->currentTable(), QStringLiteral("themes"));
    QCOMPARE(reference->currentRecord().value(QStringLiteral("code")).toString(), QStringLiteral("zero-trust"));

    // A table no page lists: the page stays.
    QVERIFY(!m_window->openRecord(QStringLiteral("audit_entries"), 1));
    QCOMPARE(m_window->currentPage(), MainWindow::Page::ReferenceData);
}

void TestMainWindow::recentDatabasesMenu()
{
    auto* recent = m_window->findChild<RecentDatabasesMenu*>(QStringLiteral("recentMenu"));
    QVERIFY(recent);
    QVERIFY(recent->title().contains(QLatin1Char('&')));
    QVERIFY(m_window->findChild<QMenu*>(QStringLiteral("fileMenu"))->actions().contains(recent->menuAction()));
    // The database the window opened with.
    QCOMPARE(recent->paths(), QStringList{m_path});

    const QString other = m_dir.filePath(QStringLiteral("recent-other.crosswalk"));
    {
        Database db;
        QVERIFY(DatabaseBootstrap::createNew(db, other, DatasetPackage::Seed::ReferenceData).ok());
    }
    m_dialogs->nextOpenFileName = other;
    m_window->findChild<QAction*>(QStringLiteral("actionOpenDatabase"))->trigger();
    QCOMPARE(m_window->database()->path(), other);
    QCOMPARE(recent->paths(), QStringList({other, m_path}));
    QCOMPARE(m_window->preferences().recentDatabases(), QStringList({other, m_path}));

    // The entries are numbered for the keyboard; choosing the second opens the sample again.
    QAction* second = recent->actions().at(1);
    QVERIFY2(second->text().startsWith(QStringLiteral("&2 ")), qPrintable(second->text()));
    QVERIFY(second->text().contains(QFileInfo(m_path).fileName()));
    second->trigger();
    QCOMPARE(m_window->database()->path(), m_path);
    QCOMPARE(recent->paths(), QStringList({m_path, other}));
    QTRY_COMPARE(frameworkList()->model()->rowCount(), 14);
    QCOMPARE(m_dialogs->criticals, QStringList());

    // A new database joins the list too.
    const QString created = m_dir.filePath(QStringLiteral("recent-new.crosswalk"));
    m_dialogs->nextSaveFileName = created;
    m_window->findChild<QAction*>(QStringLiteral("actionNewDatabase"))->trigger();
    QCOMPARE(recent->paths().first(), created);
}

void TestMainWindow::recentDatabaseThatVanished()
{
    auto* recent = m_window->findChild<RecentDatabasesMenu*>(QStringLiteral("recentMenu"));
    const QString other = m_dir.filePath(QStringLiteral("vanishing.crosswalk"));
    m_dialogs->nextSaveFileName = other;
    m_window->findChild<QAction*>(QStringLiteral("actionNewDatabase"))->trigger();
    m_dialogs->nextOpenFileName = m_path;
    m_window->findChild<QAction*>(QStringLiteral("actionOpenDatabase"))->trigger();
    QCOMPARE(m_window->database()->path(), m_path);
    QCOMPARE(recent->paths(), QStringList({m_path, other}));

    // The file goes while the menu lists it; choosing it says so and drops it from the list.
    QAction* vanished = recent->actions().at(1);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(other + suffix);
    vanished->trigger();
    QCOMPARE(m_dialogs->criticals.size(), 1);
    QVERIFY2(m_dialogs->criticals.first().contains(QDir::toNativeSeparators(other)),
             qPrintable(m_dialogs->criticals.first()));
    QCOMPARE(m_window->database()->path(), m_path);
    QCOMPARE(recent->paths(), QStringList{m_path});
}

void TestMainWindow::settingsReachAuditEntries()
{
    m_window->findChild<QAction*>(QStringLiteral("actionSettings"))->trigger();
    SettingsDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<SettingsDialog*>(QStringLiteral("settingsDialog"))) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    auto* author = dialog->findChild<QLineEdit*>(QStringLiteral("authorField"));
    auto* marking = dialog->findChild<QComboBox*>(QStringLiteral("markingField"));
    QVERIFY(author && marking);
    author->clear();
    QTest::keyClicks(author, QStringLiteral("Hanako Yamada"));
    marking->setCurrentIndex(marking->findData(QStringLiteral("AMBER")));
    QPointer<SettingsDialog> guard(dialog);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(guard.isNull());

    QCOMPARE(m_window->preferences().authorName(), QStringLiteral("Hanako Yamada"));
    QCOMPARE(m_window->preferences().defaultMarking(), QStringLiteral("AMBER"));
    QCOMPARE(m_window->database()->userName(), QStringLiteral("Hanako Yamada"));
    QCOMPARE(m_dialogs->informations, QStringList()); // the language did not change

    // An edit is recorded under the author's name.
    QVERIFY(applyUpdate(QStringLiteral("commitments"), QStringLiteral("C4"), {{QStringLiteral("progress"), 55}}));
    const QList<AuditEntry> entries =
        AuditLog(*m_window->database())
            .entries(QStringLiteral("commitments"), idOf(QStringLiteral("commitments"), QStringLiteral("C4")));
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.last().userName, QStringLiteral("Hanako Yamada"));
    QCOMPARE(entries.last().action, QStringLiteral("update"));

    // Another database records the same name.
    const QString other = m_dir.filePath(QStringLiteral("settings-other.crosswalk"));
    m_dialogs->nextSaveFileName = other;
    m_window->findChild<QAction*>(QStringLiteral("actionNewDatabase"))->trigger();
    QCOMPARE(m_window->database()->userName(), QStringLiteral("Hanako Yamada"));

    // And so does the next window.
    auto db = std::make_unique<Database>();
    QVERIFY(DatabaseBootstrap::openExisting(*db, m_path).ok());
    MainWindow next(std::move(db), std::make_unique<FakeDialogProvider>());
    QCOMPARE(next.database()->userName(), QStringLiteral("Hanako Yamada"));
}

void TestMainWindow::languageChangeAppliesAtNextStart()
{
    m_window->findChild<QAction*>(QStringLiteral("actionSettings"))->trigger();
    SettingsDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<SettingsDialog*>(QStringLiteral("settingsDialog"))) != nullptr);
    auto* language = dialog->findChild<QComboBox*>(QStringLiteral("languageField"));
    language->setCurrentIndex(language->findData(QStringLiteral("ja")));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(m_window->preferences().language(), QStringLiteral("ja"));
    QCOMPARE(m_dialogs->informations.size(), 1);

    // Cancelling changes nothing.
    m_window->findChild<QAction*>(QStringLiteral("actionSettings"))->trigger();
    QTRY_VERIFY((dialog = m_window->findChild<SettingsDialog*>(QStringLiteral("settingsDialog"))) != nullptr);
    QCOMPARE(dialog->values().language, QStringLiteral("ja"));
    language = dialog->findChild<QComboBox*>(QStringLiteral("languageField"));
    language->setCurrentIndex(language->findData(QString()));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(m_window->preferences().language(), QStringLiteral("ja"));
    QCOMPARE(m_dialogs->informations.size(), 1);
}

void TestMainWindow::windowStateIsRestored()
{
    m_window->showPage(MainWindow::Page::Commitments);
    m_window->resize(1100, 720);
    QTRY_VERIFY(m_window->width() >= 1100);
    const QSize size = m_window->size();
    m_window->findChild<QAction*>(QStringLiteral("actionUndoHistory"))->trigger();
    QTRY_VERIFY(!m_window->findChild<QDockWidget*>(QStringLiteral("undoDock"))->isVisible());
    m_window->layout()->activate(); // the pages take the room the history left
    auto* splitter = recordPage(MainWindow::Page::Commitments)->findChild<QSplitter*>(QStringLiteral("pageSplitter"));
    QVERIFY(splitter);
    QTRY_VERIFY(splitter->height() > 400);
    const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
    splitter->setSizes({total * 3 / 5, total - total * 3 / 5});
    const QList<int> sizes = splitter->sizes();
    QVERIFY(m_window->close());

    auto db = std::make_unique<Database>();
    QVERIFY(DatabaseBootstrap::openExisting(*db, m_path).ok());
    MainWindow second(std::move(db), std::make_unique<FakeDialogProvider>());
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QCOMPARE(second.currentPage(), MainWindow::Page::Commitments);
    QCOMPARE(second.size(), size);
    QVERIFY(!second.findChild<QDockWidget*>(QStringLiteral("undoDock"))->isVisible());
    auto* restored = qobject_cast<RecordPage*>(second.workPage(MainWindow::Page::Commitments))
                         ->findChild<QSplitter*>(QStringLiteral("pageSplitter"));
    QTRY_COMPARE(restored->sizes(), sizes);
}

void TestMainWindow::statusBarCountsFollowChanges()
{
    auto* counts = m_window->findChild<QLabel*>(QStringLiteral("recordCountsLabel"));
    QVERIFY(counts);
    QVERIFY(counts->isVisible());
    if (InterfaceLanguage::chosen() == QLatin1String("en"))
        QCOMPARE(counts->text(),
                 QStringLiteral("14 frameworks \u00b7 52 provisions \u00b7 6 commitments \u00b7 5 gaps"));

    const auto plan =
        ChangePlanner(*m_window->database())
            .insert(QStringLiteral("gaps"), {{QStringLiteral("code"), QStringLiteral("G6")},
                                             {QStringLiteral("title_en"), QStringLiteral("No exercise budget")},
                                             {QStringLiteral("kind"), QStringLiteral("capacity")},
                                             {QStringLiteral("severity"), QStringLiteral("high")},
                                             {QStringLiteral("status"), QStringLiteral("open")}});
    QVERIFY2(plan.ok(), qPrintable(plan.message()));
    QVERIFY(m_window->context().apply(*plan, m_window.get()));
    QTRY_VERIFY2(counts->text().contains(QStringLiteral("6 gaps")), qPrintable(counts->text()));
    m_window->undoStack().undo();
    QTRY_VERIFY2(counts->text().contains(QStringLiteral("5 gaps")), qPrintable(counts->text()));
    // The tooltip has every count.
    QVERIFY2(counts->toolTip().contains(QStringLiteral("7 dialogues")), qPrintable(counts->toolTip()));
}

void TestMainWindow::recordIndicatorShowsMarkingAndVerification()
{
    auto* indicator = m_window->findChild<QWidget*>(QStringLiteral("recordIndicator"));
    QVERIFY(indicator);
    auto* marking = indicator->findChild<BadgeLabel*>(QStringLiteral("recordMarkingBadge"));
    auto* verification = indicator->findChild<BadgeLabel*>(QStringLiteral("recordVerificationBadge"));
    auto* name = indicator->findChild<QLabel*>(QStringLiteral("recordIndicatorName"));
    QVERIFY(marking && verification && name);

    // Frameworks: the first framework is selected.
    QVERIFY(indicator->isVisible());
    QTRY_COMPARE(verification->text(), toLabel(Verification::Official));
    QCOMPARE(marking->text(), toLabel(Tlp::Clear));
    QVERIFY2(name->text().contains(QStringLiteral("JP-CRCSA")), qPrintable(name->text()));

    // Commitments: moving to another row shows its marking and verification.
    m_window->showPage(MainWindow::Page::Commitments);
    RecordPage* page = recordPage(MainWindow::Page::Commitments);
    QTableView* table = page->tableView();
    QTRY_VERIFY(table->isVisible());
    QCOMPARE(codesShown(page).mid(0, 2), QStringList({QStringLiteral("C1"), QStringLiteral("C2")}));
    QTRY_VERIFY2(name->text().contains(QStringLiteral("C1")), qPrintable(name->text()));
    QCOMPARE(verification->text(), toLabel(Verification::Unverified));
    // A click on the row (the page follows the mouse as well as the keyboard).
    const QModelIndex c2 = table->model()->index(1, 1);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(c2).center());
    QTRY_VERIFY2(name->text().contains(QStringLiteral("C2")), qPrintable(name->text()));
    QCOMPARE(verification->text(), toLabel(Verification::Secondary));
    QCOMPARE(marking->text(), toLabel(Tlp::Clear));
    QVERIFY(marking->isVisible() && verification->isVisible());

    // An edit of the record shown shows at once.
    QVERIFY(applyUpdate(QStringLiteral("commitments"), QStringLiteral("C2"),
                        {{QStringLiteral("marking"), QStringLiteral("AMBER")},
                         {QStringLiteral("verification"), QStringLiteral("official")}}));
    QTRY_COMPARE(marking->text(), toLabel(Tlp::Amber));
    QTRY_COMPARE(verification->text(), toLabel(Verification::Official));

    // Pages without records show none.
    m_window->showPage(MainWindow::Page::Dashboard);
    QVERIFY(!marking->isVisible());
    QVERIFY(!verification->isVisible());
    QVERIFY(indicator->isVisible());
}

void TestMainWindow::addFilterAndUndoACommitment()
{
    // The walk through the real window: to Commitments with Ctrl+7, add one through the form,
    // filter by status, undo with Ctrl+Z, and check the table.
    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Commitments);
    RecordPage* page = recordPage(MainWindow::Page::Commitments);
    QVERIFY(page);
    auto* table = page->findChild<QTableView*>(QStringLiteral("recordTable"));
    QVERIFY(table);
    QTRY_VERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 6);

    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("addButton")), Qt::LeftButton);
    auto* code = page->findChild<QLineEdit*>(QStringLiteral("field_code"));
    auto* title = page->findChild<QLineEdit*>(QStringLiteral("field_title_en"));
    QVERIFY(code && title);
    QTest::keyClicks(code, QStringLiteral("C9"));
    QTest::keyClicks(title, QStringLiteral("Exchange liaison officers"));
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_COMPARE(table->model()->rowCount(), 7);
    QVERIFY(codesShown(page).contains(QStringLiteral("C9")));
    QCOMPARE(m_dialogs->criticals, QStringList());
    const qint64 id = idOf(QStringLiteral("commitments"), QStringLiteral("C9"));
    QVERIFY(id > 0);
    QCOMPARE(
        RecordStore(*m_window->database()).fetch(QStringLiteral("commitments"), id)->value(QStringLiteral("status")),
        QVariant(QStringLiteral("proposed")));
    QCOMPARE(m_window->findChild<QUndoView*>(QStringLiteral("undoView"))->model()->rowCount(), 2);

    // Only the proposed commitments: the new one.
    auto* status = page->findChild<QComboBox*>(QStringLiteral("filter_status"));
    QVERIFY(status);
    status->setCurrentIndex(status->findData(QStringLiteral("proposed")));
    QTRY_COMPARE(codesShown(page), QStringList{QStringLiteral("C9")});

    // Ctrl+Z in the table undoes the addition; the filter stays.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(codesShown(page), QStringList());
    QCOMPARE(idOf(QStringLiteral("commitments"), QStringLiteral("C9")), qint64(0));
    QCOMPARE(status->currentData().toString(), QStringLiteral("proposed"));
    status->setCurrentIndex(0);
    QTRY_COMPARE(codesShown(page).size(), 6);
    QVERIFY(!codesShown(page).contains(QStringLiteral("C9")));

    // And Ctrl+Shift+Z brings it back.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(codesShown(page).size(), 7);
    QVERIFY(m_window->database()->check()->isEmpty());
}

void TestMainWindow::secondConnectionSeesChangesAfterRefresh()
{
    // Another window or program with the same file open.
    Database other;
    QVERIFY(DatabaseBootstrap::openExisting(other, m_path).ok());
    other.setUserName(QStringLiteral("second window"));

    m_window->showPage(MainWindow::Page::Commitments);
    RecordPage* page = recordPage(MainWindow::Page::Commitments);
    QCOMPARE(codesShown(page).size(), 6);
    auto* counts = m_window->findChild<QLabel*>(QStringLiteral("recordCountsLabel"));

    const auto insert = ChangePlanner(other).insert(
        QStringLiteral("commitments"), {{QStringLiteral("code"), QStringLiteral("C10")},
                                        {QStringLiteral("title_en"), QStringLiteral("Joint incident-response drill")},
                                        {QStringLiteral("status"), QStringLiteral("agreed")}});
    QVERIFY2(insert.ok(), qPrintable(insert.message()));
    QVERIFY(insert->apply(other).ok());
    const auto framework = ChangePlanner(other).insert(
        QStringLiteral("frameworks"), {{QStringLiteral("code"), QStringLiteral("NZ-CSS2025")},
                                       {QStringLiteral("title_en"), QStringLiteral("Cyber Security Strategy 2025")},
                                       {QStringLiteral("kind"), QStringLiteral("strategy")},
                                       {QStringLiteral("status"), QStringLiteral("draft")}});
    QVERIFY2(framework.ok(), qPrintable(framework.message()));
    QVERIFY(framework->apply(other).ok());
    // This window was not told; F5 reads everything again, on every page.
    QCOMPARE(codesShown(page).size(), 6);
    QCOMPARE(frameworkList()->model()->rowCount(), 14);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_COMPARE(codesShown(page).size(), 7);
    QVERIFY(codesShown(page).contains(QStringLiteral("C10")));
    QTRY_COMPARE(frameworkList()->model()->rowCount(), 15);
    if (InterfaceLanguage::chosen() == QLatin1String("en"))
        QVERIFY2(counts->text().contains(QStringLiteral("7 commitments")), qPrintable(counts->text()));

    // This window edits it; the other connection reads the committed change.
    const qint64 id = idOf(QStringLiteral("commitments"), QStringLiteral("C10"));
    QVERIFY(applyUpdate(QStringLiteral("commitments"), QStringLiteral("C10"), {{QStringLiteral("progress"), 40}}));
    QCOMPARE(RecordStore(other).fetch(QStringLiteral("commitments"), id)->value(QStringLiteral("progress")).toInt(),
             40);

    // The other changes it again: undoing here would overwrite that, so it is refused and said.
    const auto update =
        ChangePlanner(other).update(QStringLiteral("commitments"), id, {{QStringLiteral("progress"), 60}});
    QVERIFY(update.ok());
    QVERIFY(update->apply(other).ok());
    m_window->findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(m_dialogs->criticals.size(), 1);
    QCOMPARE(RecordStore(other).fetch(QStringLiteral("commitments"), id)->value(QStringLiteral("progress")).toInt(),
             60);

    // Neither connection harmed the file.
    QVERIFY(other.check()->isEmpty());
    QVERIFY(m_window->database()->check()->isEmpty());
    QCOMPARE(AuditLog(other).verify(), QList<qint64>());
    const QList<AuditEntry> entries = AuditLog(other).entries(QStringLiteral("commitments"), id);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.first().userName, QStringLiteral("second window"));
}

void TestMainWindow::keyboardReachesNavigationAndSearch()
{
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigationList"));
    m_window->showPage(MainWindow::Page::Commitments);
    RecordPage* page = recordPage(MainWindow::Page::Commitments);
    page->tableView()->setFocus();
    QTRY_VERIFY(page->tableView()->hasFocus());

    // Ctrl+L (or F6) to the page list, arrows to another page.
    QTest::keyClick(page->tableView(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(navigation->hasFocus());
    QTest::keyClick(navigation, Qt::Key_Down);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Programmes);
    QTest::keyClick(navigation, Qt::Key_Up);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Commitments);

    // Ctrl+F from the page list puts the cursor in the page's search box.
    QTest::keyClick(navigation, Qt::Key_F, Qt::ControlModifier);
    auto* search = page->findChild<QLineEdit*>(QStringLiteral("searchBox"));
    QVERIFY(search);
    QTRY_VERIFY(search->hasFocus());

    QTest::keyClick(search, Qt::Key_F6);
    QTRY_VERIFY(navigation->hasFocus());

    // Inside the page Ctrl+F is the page's own, and still works.
    page->tableView()->setFocus();
    QTest::keyClick(page->tableView(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());

    // The same on the Frameworks page.
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(navigation->hasFocus());
    QTest::keyClick(navigation, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_window->findChild<QLineEdit*>(QStringLiteral("frameworkFilter"))->hasFocus());
}

void TestMainWindow::recordMenuHoldsThePageActions()
{
    auto* menu = m_window->findChild<QMenu*>(QStringLiteral("recordMenu"));
    QVERIFY(menu);
    const auto names = [menu] {
        Q_EMIT menu->aboutToShow();
        QStringList list;
        for (const QAction* action : menu->actions())
            list << action->objectName();
        return list;
    };
    m_window->showPage(MainWindow::Page::Commitments);
    QStringList shown = names();
    for (const char* expected : {"addAction", "saveAction", "revertAction", "deleteAction"})
        QVERIFY2(shown.contains(QString::fromLatin1(expected)), qPrintable(shown.join(QLatin1Char(','))));

    m_window->showPage(MainWindow::Page::Frameworks);
    shown = names();
    QVERIFY2(shown.contains(QStringLiteral("addFrameworkAction")), qPrintable(shown.join(QLatin1Char(','))));
    QVERIFY(!shown.contains(QStringLiteral("findAction")));

    m_window->showPage(MainWindow::Page::Dashboard);
    Q_EMIT menu->aboutToShow();
    QCOMPARE(menu->actions().size(), 1);
    QVERIFY(!menu->actions().first()->isEnabled());
}

void TestMainWindow::unsavedFormAsksBeforeClosing()
{
    m_window->showPage(MainWindow::Page::Commitments);
    RecordPage* page = recordPage(MainWindow::Page::Commitments);
    auto* title = page->findChild<QLineEdit*>(QStringLiteral("field_title_en"));
    QVERIFY(title);
    QTest::keyClicks(title, QStringLiteral(" (draft)"));
    QVERIFY(page->hasUnsavedChanges());

    // Refusing keeps the window and the typing.
    m_dialogs->nextAnswer = false;
    QVERIFY(!m_window->close());
    QCOMPARE(m_dialogs->questions.size(), 1);
    QVERIFY(m_window->isVisible());
    QVERIFY(title->text().endsWith(QStringLiteral(" (draft)")));
    // Nor does another database replace it.
    m_dialogs->nextOpenFileName = m_dir.filePath(QStringLiteral("anything.crosswalk"));
    m_window->findChild<QAction*>(QStringLiteral("actionOpenDatabase"))->trigger();
    QCOMPARE(m_dialogs->questions.size(), 2);
    QCOMPARE(m_window->database()->path(), m_path);

    m_dialogs->nextAnswer = true;
    QVERIFY(m_window->close());
    QCOMPARE(m_dialogs->questions.size(), 3);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
