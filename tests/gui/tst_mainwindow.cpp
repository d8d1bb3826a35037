#include "models/domain/Vocabulary.h"
#include "models/exchange/DatabaseBootstrap.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "tests/gui/FakeDialogProvider.h"
#include "ui/MainWindow.h"
#include "ui/support/BadgeLabel.h"
#include "ui/support/InterfaceLanguage.h"
#include "ui/views/DetailPanel.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeView>
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

    void navigationListsTheNinePages();
    void placeholderPagesSayTheyArriveLater();
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

private:
    void selectFramework(const QString& code);
    QTableView* frameworkList() const;
    QTreeView* provisionTree() const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    FakeDialogProvider* m_dialogs = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Crosswalk"));
    QCoreApplication::setApplicationName(QStringLiteral("crosswalk-test"));
    // CTest runs in the C locale, so this is English unless CROSSWALK_LANG asks otherwise; the checks
    // below compare data, keys and object names, not interface texts.
    QVERIFY(InterfaceLanguage::install(*QCoreApplication::instance(), InterfaceLanguage::chosen()));
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
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

void TestMainWindow::navigationListsTheNinePages()
{
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigationList"));
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), 9);
    const QStringList expected{QStringLiteral("dashboard"),   QStringLiteral("frameworks"), QStringLiteral("crosswalk"),
                               QStringLiteral("matrix"),      QStringLiteral("gaps"),       QStringLiteral("dialogues"),
                               QStringLiteral("commitments"), QStringLiteral("programmes"), QStringLiteral("reports")};
    QStringList keys;
    for (int row = 0; row < navigation->count(); ++row)
        keys << navigation->item(row)->data(Qt::UserRole).toString();
    QCOMPARE(keys, expected);
    if (InterfaceLanguage::chosen() == QLatin1String("en")) {
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Dashboard"));
        QCOMPARE(navigation->item(8)->text(), QStringLiteral("Reports"));
    }

    auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("pageStack"));
    QVERIFY(stack);
    QCOMPARE(stack->count(), 9);
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

void TestMainWindow::placeholderPagesSayTheyArriveLater()
{
    m_window->showPage(MainWindow::Page::Gaps);
    auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("pageStack"));
    QWidget* page = stack->currentWidget();
    QCOMPARE(page->objectName(), QStringLiteral("gapsPage"));
    auto* heading = page->findChild<QLabel*>(QStringLiteral("pageHeading"));
    QVERIFY(heading);
    QCOMPARE(heading->text(), m_window->findChild<QListWidget*>(QStringLiteral("navigationList"))->item(4)->text());
    auto* note = page->findChild<QLabel*>(QStringLiteral("pageNote"));
    QVERIFY(note);
    QVERIFY(!note->text().isEmpty());
    QCOMPARE(page->findChildren<QTableView*>().size(), 0);
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
    } actions[] = {{"actionNewDatabase", QKeySequence(QKeySequence::New)},
                   {"actionOpenDatabase", QKeySequence(QKeySequence::Open)},
                   {"actionSaveCopy", QKeySequence(QKeySequence::SaveAs)},
                   {"actionQuit", QKeySequence(QKeySequence::Quit)},
                   {"actionAbout", QKeySequence()}};
    for (const auto& expected : actions) {
        auto* action = m_window->findChild<QAction*>(QString::fromLatin1(expected.objectName));
        QVERIFY2(action, expected.objectName);
        QVERIFY2(action->text().contains(QLatin1Char('&')), expected.objectName);
        QCOMPARE(action->shortcut(), expected.shortcut);
    }
    for (const char* menu : {"fileMenu", "goMenu", "helpMenu"}) {
        auto* found = m_window->findChild<QMenu*>(QString::fromLatin1(menu));
        QVERIFY2(found, menu);
        QVERIFY2(found->title().contains(QLatin1Char('&')), menu);
    }
    // Every page has a Go menu entry with Ctrl+1 to Ctrl+9.
    auto* last = m_window->findChild<QAction*>(QStringLiteral("actionGo_reports"));
    QVERIFY(last);
    QCOMPARE(last->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_9));
    last->trigger();
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Reports);
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
