#include "models/exchange/DatabaseBootstrap.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "tests/gui/FakeDialogProvider.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/SearchDialog.h"
#include "ui/views/FrameworksView.h"
#include "ui/views/RecordPage.h"
#include "ui/views/ReferenceDataPage.h"

#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace crosswalk;
using crosswalk::test::FakeDialogProvider;

class TestGlobalSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void ctrlKFindsAFrameworkAndEnterOpensIt();
    void findsAProvisionByItsJapaneseTitle();
    void arrowKeysAndDoubleClickOpenACommitment();
    void partiesOpenOnTheReferenceDataPage();
    void escapeChangesNothing();
    void searchDialogAlone();

private:
    SearchDialog* openSearch();
    QTreeWidget* results(SearchDialog* dialog) const;
    qint64 idOf(const QString& table, const QString& code) const;

    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
};

void TestGlobalSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Crosswalk"));
    QCoreApplication::setApplicationName(QStringLiteral("crosswalk-test-search"));
    // Settings of this run only: other test programs (and other runs of this one) may be running at
    // the same time, and each test clears the settings it starts from.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY(m_dir.isValid());
}

void TestGlobalSearch::init()
{
    QSettings().clear();
    static int counter = 0;
    const QString path = m_dir.filePath(QStringLiteral("sample-%1.crosswalk").arg(++counter));
    auto db = std::make_unique<Database>();
    const Status created = DatabaseBootstrap::createNew(*db, path, DatasetPackage::Seed::Sample);
    QVERIFY2(created.ok(), qPrintable(created.message()));
    m_window = std::make_unique<MainWindow>(std::move(db), std::make_unique<FakeDialogProvider>());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->showPage(MainWindow::Page::Dashboard);
}

void TestGlobalSearch::cleanup()
{
    m_window.reset();
}

qint64 TestGlobalSearch::idOf(const QString& table, const QString& code) const
{
    return RecordStore(*m_window->database()).idForCode(table, code).value_or(0);
}

SearchDialog* TestGlobalSearch::openSearch()
{
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    SearchDialog* dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = m_window->findChild<SearchDialog*>(QStringLiteral("searchDialog"))) != nullptr); }();
    if (dialog)
        [&] { QTRY_VERIFY(dialog->isVisible()); }();
    return dialog;
}

QTreeWidget* TestGlobalSearch::results(SearchDialog* dialog) const
{
    return dialog->findChild<QTreeWidget*>(QStringLiteral("searchResults"));
}

void TestGlobalSearch::ctrlKFindsAFrameworkAndEnterOpensIt()
{
    SearchDialog* dialog = openSearch();
    QVERIFY(dialog);
    auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("searchField"));
    QVERIFY(field);
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("CRCSA"));
    QTreeWidget* list = results(dialog);
    QTRY_VERIFY(list->topLevelItemCount() >= 2);
    // Kind, code and title; the exact framework first, and it is the current result.
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("JP-CRCSA"));
    QCOMPARE(list->topLevelItem(0)->text(2),
             QStringLiteral("Cyber Response Capability Strengthening Act (Act No. 42 of 2025)"));
    QVERIFY(!list->topLevelItem(0)->text(0).isEmpty());
    QCOMPARE(list->currentItem(), list->topLevelItem(0));
    // Screenshots for review: CROSSWALK_SCREENSHOT_DIR=/some/folder
    const QString shots = qEnvironmentVariable("CROSSWALK_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QVERIFY(dialog->grab().save(QDir(shots).filePath(QStringLiteral("crosswalk-search.png"))));

    QPointer<SearchDialog> guard(dialog);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(guard.isNull()); // closed and deleted
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Frameworks);
    auto* frameworks = qobject_cast<FrameworksView*>(m_window->workPage(MainWindow::Page::Frameworks));
    QVERIFY(frameworks);
    QTRY_COMPARE(frameworks->selectedFrameworkId(), idOf(QStringLiteral("frameworks"), QStringLiteral("JP-CRCSA")));
    QCOMPARE(frameworks->currentTable(), QStringLiteral("frameworks"));
    QCOMPARE(frameworks->currentRecord().value(QStringLiteral("code")).toString(), QStringLiteral("JP-CRCSA"));
}

void TestGlobalSearch::findsAProvisionByItsJapaneseTitle()
{
    SearchDialog* dialog = openSearch();
    QVERIFY(dialog);
    auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("searchField"));
    // Enter right after typing searches at once, without waiting for the pause in typing. (Japanese
    // comes from an input method, not key by key.)
    field->insert(QStringLiteral("総則"));
    QTest::keyClick(field, Qt::Key_Enter);
    QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Frameworks);
    auto* frameworks = qobject_cast<FrameworksView*>(m_window->workPage(MainWindow::Page::Frameworks));
    QTRY_COMPARE(frameworks->currentTable(), QStringLiteral("provisions"));
    QCOMPARE(frameworks->currentRecord().value(QStringLiteral("title_orig")).toString(), QStringLiteral("総則"));
    QCOMPARE(frameworks->selectedFrameworkId(), idOf(QStringLiteral("frameworks"), QStringLiteral("JP-CRCSA")));
}

void TestGlobalSearch::arrowKeysAndDoubleClickOpenACommitment()
{
    SearchDialog* dialog = openSearch();
    QVERIFY(dialog);
    auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("searchField"));
    QTest::keyClicks(field, QStringLiteral("exercises"));
    QTreeWidget* list = results(dialog);
    QTRY_VERIFY(list->topLevelItemCount() >= 2);
    // Down in the field moves in the list; the typing stays in the field.
    QTest::keyClick(field, Qt::Key_Down);
    QCOMPARE(list->currentItem(), list->topLevelItem(1));
    QVERIFY(field->hasFocus());
    QTest::keyClick(field, Qt::Key_Up);
    QCOMPARE(list->currentItem(), list->topLevelItem(0));

    // Commitment C2 (a provision's summary mentions it too); double-click it.
    field->clear();
    QTest::keyClicks(field, QStringLiteral("more observer places"));
    QTRY_COMPARE(list->topLevelItemCount(), 2);
    const QList<QTreeWidgetItem*> found = list->findItems(QStringLiteral("C2"), Qt::MatchExactly, 1);
    QCOMPARE(found.size(), 1);
    const QRect rect = list->visualItemRect(found.first());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Commitments);
    auto* page = qobject_cast<RecordPage*>(m_window->workPage(MainWindow::Page::Commitments));
    QVERIFY(page);
    QTRY_COMPARE(page->currentId(), idOf(QStringLiteral("commitments"), QStringLiteral("C2")));
}

void TestGlobalSearch::partiesOpenOnTheReferenceDataPage()
{
    SearchDialog* dialog = openSearch();
    QVERIFY(dialog);
    auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("searchField"));
    QTest::keyClicks(field, QStringLiteral("CCDCOE"));
    QTRY_VERIFY(results(dialog)->topLevelItemCount() >= 1);
    QCOMPARE(results(dialog)->topLevelItem(0)->text(1), QStringLiteral("NATO-CCDCOE"));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::ReferenceData);
    auto* page = qobject_cast<ReferenceDataPage*>(m_window->workPage(MainWindow::Page::ReferenceData));
    QVERIFY(page);
    QCOMPARE(page->currentTable(), QStringLiteral("parties"));
    QTRY_COMPARE(page->currentRecord().value(QStringLiteral("code")).toString(), QStringLiteral("NATO-CCDCOE"));
}

void TestGlobalSearch::escapeChangesNothing()
{
    SearchDialog* dialog = openSearch();
    QVERIFY(dialog);
    auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("searchField"));
    QTest::keyClicks(field, QStringLiteral("G3"));
    QTRY_VERIFY(results(dialog)->topLevelItemCount() >= 1);
    QPointer<SearchDialog> guard(dialog);
    QTest::keyClick(field, Qt::Key_Escape);
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Dashboard);
}

void TestGlobalSearch::searchDialogAlone()
{
    // The dialog only asks the function it is given; nothing typed, nothing chosen.
    QStringList asked;
    SearchDialog dialog([&asked](const QString& text) {
        asked << text;
        return text == QLatin1String("x") ? QList<SearchResult>{{QStringLiteral("gaps"), 7, QStringLiteral("G7"),
                                                                 QStringLiteral("A gap"), QString()}}
                                          : QList<SearchResult>();
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("searchField"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(dialog.isVisible()); // nothing to open
    QCOMPARE(dialog.chosenTable(), QString());

    QTest::keyClicks(field, QStringLiteral("x"));
    QTRY_COMPARE(results(&dialog)->topLevelItemCount(), 1);
    QCOMPARE(asked.last(), QStringLiteral("x"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.chosenTable(), QStringLiteral("gaps"));
    QCOMPARE(dialog.chosenId(), qint64(7));
}

QTEST_MAIN(TestGlobalSearch)
#include "tst_globalsearch.moc"
