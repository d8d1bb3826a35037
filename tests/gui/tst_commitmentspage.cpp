#include "models/itemmodels/RecordFilterProxy.h"
#include "models/itemmodels/RecordTableModel.h"
#include "tests/gui/PageFixture.h"
#include "ui/support/BadgeLabel.h"
#include "ui/views/CommitmentsPage.h"
#include "ui/widgets/CommitmentUpdatesPanel.h"
#include "ui/widgets/RecordForm.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace crosswalk;
using test::PageFixture;

class TestCommitmentsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listsTheSampleCommitments();
    void addCommitmentThroughTheForm();
    void filterByStatus();
    void filterByTheme();
    void undoRemovesTheAddedCommitment();
    void editKeepsSelectionThroughUndoAndRedo();
    void addDatedUpdate();
    void updateWithBadDateIsRefused();
    void newCommitmentCannotTakeUpdatesYet();
    void headerShowsMarkingAndVerification();
    void screenshot();

private:
    QTableView* table() const { return m_page->findChild<QTableView*>(QStringLiteral("recordTable")); }
    QPushButton* button(const char* name) const { return m_page->findChild<QPushButton*>(QLatin1String(name)); }
    template <typename T> T* field(const char* column) const
    {
        return m_page->form()->findChild<T*>(QStringLiteral("field_") + QLatin1String(column));
    }
    QStringList codes() const { return test::columnTexts(table()->model()); }

    std::unique_ptr<PageFixture> m_fixture;
    std::unique_ptr<CommitmentsPage> m_page;
};

void TestCommitmentsPage::initTestCase()
{
    PageFixture::useTestSettings();
}

void TestCommitmentsPage::init()
{
    m_fixture = std::make_unique<PageFixture>();
    m_fixture->preferences.setDefaultMarking(QStringLiteral("GREEN"));
    m_page = std::make_unique<CommitmentsPage>(m_fixture->context);
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestCommitmentsPage::cleanup()
{
    m_page.reset();
    m_fixture.reset();
}

void TestCommitmentsPage::listsTheSampleCommitments()
{
    QCOMPARE(codes(), (QStringList{"C1", "C2", "C3", "C4", "C5", "C6"}));
    QCOMPARE(m_page->tables().first(), QStringLiteral("commitments"));
    // The first is selected and shown.
    QCOMPARE(m_page->currentId(), m_fixture->idOf(QStringLiteral("commitments"), QStringLiteral("C1")));
    QCOMPARE(field<QLineEdit>("code")->text(), QStringLiteral("C1"));
    QCOMPARE(m_page->currentTable(), QStringLiteral("commitments"));
    QCOMPARE(m_page->currentRecord().value(QStringLiteral("code")).toString(), QStringLiteral("C1"));
    auto* tabs = m_page->findChild<QTabWidget*>(QStringLiteral("detailTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 5);
}

void TestCommitmentsPage::addCommitmentThroughTheForm()
{
    QAbstractItemModelTester modelTester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(m_page->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(m_page.get(), &WorkPage::currentRecordChanged);
    QTest::mouseClick(button("addButton"), Qt::LeftButton);
    QVERIFY(m_page->isCreating());
    QCOMPARE(field<QLineEdit>("code")->text(), QString());
    QCOMPARE(field<QComboBox>("marking")->currentData().toString(), QStringLiteral("GREEN"));
    QCOMPARE(field<QComboBox>("verification")->currentData().toString(), QStringLiteral("unverified"));
    QCOMPARE(field<QComboBox>("status")->currentData().toString(), QStringLiteral("proposed"));

    QTest::keyClicks(field<QLineEdit>("code"), QStringLiteral("C7"));
    QTest::keyClicks(field<QLineEdit>("title_en"), QStringLiteral("Hold a joint tabletop exercise"));
    auto* status = field<QComboBox>("status");
    status->setCurrentIndex(status->findData(QStringLiteral("agreed")));
    QTest::keyClicks(field<QLineEdit>("due_date"), QStringLiteral("2026-03"));
    QTest::mouseClick(button("saveButton"), Qt::LeftButton);

    QTRY_COMPARE(codes().size(), 7);
    QVERIFY(codes().contains(QStringLiteral("C7")));
    QVERIFY(m_fixture->dialogs.criticals.isEmpty());
    const qint64 id = m_fixture->idOf(QStringLiteral("commitments"), QStringLiteral("C7"));
    QVERIFY(id > 0);
    const QVariantMap stored = m_fixture->record(QStringLiteral("commitments"), id);
    QCOMPARE(stored.value(QStringLiteral("status")).toString(), QStringLiteral("agreed"));
    QCOMPARE(stored.value(QStringLiteral("due_date")).toString(), QStringLiteral("2026-03"));
    QCOMPARE(stored.value(QStringLiteral("marking")).toString(), QStringLiteral("GREEN"));
    // The new commitment is selected and shown.
    QVERIFY(!m_page->isCreating());
    QCOMPARE(m_page->currentId(), id);
    QCOMPARE(table()->currentIndex().data(RecordTableModel::IdRole).toLongLong(), id);
    QCOMPARE(m_fixture->undoStack.count(), 1);
    QVERIFY(changed.count() >= 2);
}

void TestCommitmentsPage::filterByStatus()
{
    auto* filter = m_page->findChild<QComboBox*>(QStringLiteral("filter_status"));
    QVERIFY(filter);
    QCOMPARE(filter->itemText(0), QStringLiteral("All"));
    filter->setCurrentIndex(filter->findData(QStringLiteral("in_progress")));
    QCOMPARE(codes(), (QStringList{"C2", "C3", "C6"}));
    const int statusColumn = m_page->model()->columnIndex(QStringLiteral("status"));
    QCOMPARE(test::columnKeys(table()->model(), statusColumn, RecordTableModel::KeyRole),
             (QStringList{"in_progress", "in_progress", "in_progress"}));
    filter->setCurrentIndex(filter->findData(QStringLiteral("done")));
    QCOMPARE(codes(), QStringList{"C5"});
    // Search and filter together.
    filter->setCurrentIndex(filter->findData(QStringLiteral("in_progress")));
    QTest::keyClicks(m_page->findChild<QLineEdit*>(QStringLiteral("searchBox")), QStringLiteral("NISC"));
    QCOMPARE(codes(), QStringList{"C6"});
    filter->setCurrentIndex(0);
    m_page->findChild<QLineEdit*>(QStringLiteral("searchBox"))->clear();
    QCOMPARE(codes().size(), 6);
}

void TestCommitmentsPage::filterByTheme()
{
    auto* filter = m_page->findChild<QComboBox*>(QStringLiteral("filter_theme_id"));
    QVERIFY(filter);
    const qint64 exercises = m_fixture->idOf(QStringLiteral("themes"), QStringLiteral("joint-exercises"));
    const int index = filter->findData(exercises);
    QVERIFY(index > 0);
    filter->setCurrentIndex(index);
    QCOMPARE(codes(), QStringList{"C2"});
    auto* lead = m_page->findChild<QComboBox*>(QStringLiteral("filter_lead_party_id"));
    QVERIFY(lead);
    filter->setCurrentIndex(0);
    lead->setCurrentIndex(lead->findData(m_fixture->idOf(QStringLiteral("parties"), QStringLiteral("NATO"))));
    QCOMPARE(codes(), QStringList());
    lead->setCurrentIndex(lead->findData(m_fixture->idOf(QStringLiteral("parties"), QStringLiteral("JP"))));
    QCOMPARE(codes().size(), 6);
}

void TestCommitmentsPage::undoRemovesTheAddedCommitment()
{
    QTest::mouseClick(button("addButton"), Qt::LeftButton);
    QTest::keyClicks(field<QLineEdit>("code"), QStringLiteral("C8"));
    QTest::keyClicks(field<QLineEdit>("title_en"), QStringLiteral("Exchange liaison officers"));
    QTest::mouseClick(button("saveButton"), Qt::LeftButton);
    QTRY_VERIFY(codes().contains(QStringLiteral("C8")));

    m_fixture->undoStack.undo();
    QTRY_VERIFY(!codes().contains(QStringLiteral("C8")));
    QCOMPARE(codes().size(), 6);
    QCOMPARE(m_fixture->idOf(QStringLiteral("commitments"), QStringLiteral("C8")), 0);
    QCOMPARE(m_page->currentId(), 0);
    QCOMPARE(m_page->currentTable(), QString());

    m_fixture->undoStack.redo();
    QTRY_VERIFY(codes().contains(QStringLiteral("C8")));
}

void TestCommitmentsPage::editKeepsSelectionThroughUndoAndRedo()
{
    const qint64 c3 = m_fixture->idOf(QStringLiteral("commitments"), QStringLiteral("C3"));
    QVERIFY(m_page->showRecord(QStringLiteral("commitments"), c3));
    QCOMPARE(table()->currentIndex().data().toString(), QStringLiteral("C3"));
    auto* title = field<QLineEdit>("title_en");
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("A secure line for classified information"));
    QVERIFY(button("saveButton")->isEnabled());
    QTest::keyClick(title, Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(m_fixture->record(QStringLiteral("commitments"), c3).value(QStringLiteral("title_en")).toString(),
                 QStringLiteral("A secure line for classified information"));

    // Undo and redo reload the list; the page stays on the record and shows its values.
    m_fixture->undoStack.undo();
    QCOMPARE(m_page->currentId(), c3);
    QCOMPARE(table()->currentIndex().data(RecordTableModel::IdRole).toLongLong(), c3);
    QVERIFY(title->text().startsWith(QStringLiteral("Stronger information sharing")));
    m_fixture->undoStack.redo();
    QCOMPARE(m_page->currentId(), c3);
    QCOMPARE(title->text(), QStringLiteral("A secure line for classified information"));
}

void TestCommitmentsPage::addDatedUpdate()
{
    const qint64 c1 = m_fixture->idOf(QStringLiteral("commitments"), QStringLiteral("C1"));
    QVERIFY(m_page->showRecord(QStringLiteral("commitments"), c1));
    auto* panel = m_page->findChild<CommitmentUpdatesPanel*>(QStringLiteral("commitmentUpdatesPanel"));
    QVERIFY(panel);
    m_page->findChild<QTabWidget*>(QStringLiteral("detailTabs"))->setCurrentWidget(panel);
    auto* history = panel->findChild<QTableView*>(QStringLiteral("updateTable"));
    QVERIFY(history);
    QCOMPARE(history->model()->rowCount(), 1);

    RecordForm* form = panel->form();
    auto* date = form->findChild<QLineEdit*>(QStringLiteral("field_update_date"));
    QCOMPARE(date->text(), QDate::currentDate().toString(Qt::ISODate)); // today by default
    date->clear();
    QTest::keyClicks(date, QStringLiteral("2030-03-31"));
    auto* status = form->findChild<QComboBox*>(QStringLiteral("field_status"));
    QCOMPARE(status->currentData().toString(), QStringLiteral("agreed")); // the commitment's status
    status->setCurrentIndex(status->findData(QStringLiteral("in_progress")));
    auto* progress = form->findChild<QSpinBox*>(QStringLiteral("field_progress"));
    progress->setValue(35);
    QTest::keyClicks(form->findChild<QPlainTextEdit*>(QStringLiteral("field_note_en")),
                     QStringLiteral("Terms of reference agreed"));
    QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("field_source")),
                     QStringLiteral("https://www.mofa.go.jp/"));
    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("addUpdateButton")), Qt::LeftButton);

    QTRY_COMPARE(history->model()->rowCount(), 2);
    QVERIFY(m_fixture->dialogs.criticals.isEmpty());
    // Newest first.
    QCOMPARE(history->model()->index(0, 0).data(RecordTableModel::KeyRole).toString(), QStringLiteral("2030-03-31"));
    QCOMPARE(history->model()->index(0, 3).data().toString(), QStringLiteral("Terms of reference agreed"));
    // The commitment took the update's status and progress, in the list and in the form.
    const QVariantMap stored = m_fixture->record(QStringLiteral("commitments"), c1);
    QCOMPARE(stored.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
    QCOMPARE(stored.value(QStringLiteral("progress")).toInt(), 35);
    const int statusColumn = m_page->model()->columnIndex(QStringLiteral("status"));
    QCOMPARE(table()->currentIndex().siblingAtColumn(statusColumn).data(RecordTableModel::KeyRole).toString(),
             QStringLiteral("in_progress"));
    QCOMPARE(field<QComboBox>("status")->currentData().toString(), QStringLiteral("in_progress"));
    QCOMPARE(field<QSpinBox>("progress")->value(), 35);
    QCOMPARE(m_page->currentId(), c1);

    // One undo takes back both the update and the commitment's new status.
    m_fixture->undoStack.undo();
    QTRY_COMPARE(history->model()->rowCount(), 1);
    QCOMPARE(m_fixture->record(QStringLiteral("commitments"), c1).value(QStringLiteral("status")).toString(),
             QStringLiteral("agreed"));
    QCOMPARE(field<QComboBox>("status")->currentData().toString(), QStringLiteral("agreed"));
}

void TestCommitmentsPage::updateWithBadDateIsRefused()
{
    auto* panel = m_page->findChild<CommitmentUpdatesPanel*>(QStringLiteral("commitmentUpdatesPanel"));
    RecordForm* form = panel->form();
    auto* date = form->findChild<QLineEdit*>(QStringLiteral("field_update_date"));
    date->clear();
    QTest::keyClicks(date, QStringLiteral("2025-02-30"));
    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("addUpdateButton")), Qt::LeftButton);
    QLabel* error = form->errorLabel(QStringLiteral("update_date"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Date")), qPrintable(error->text()));
    QCOMPARE(m_fixture->undoStack.count(), 0);
    QCOMPARE(panel->model()->rowCount(), 1);
}

void TestCommitmentsPage::newCommitmentCannotTakeUpdatesYet()
{
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(m_page->isCreating());
    auto* panel = m_page->findChild<CommitmentUpdatesPanel*>(QStringLiteral("commitmentUpdatesPanel"));
    QVERIFY(!panel->findChild<QPushButton*>(QStringLiteral("addUpdateButton"))->isEnabled());
    QCOMPARE(panel->model()->rowCount(), 0);
    // Revert abandons the new record and goes back to the one shown before.
    QTest::mouseClick(button("revertButton"), Qt::LeftButton);
    QVERIFY(!m_page->isCreating());
    QCOMPARE(m_page->currentId(), m_fixture->idOf(QStringLiteral("commitments"), QStringLiteral("C1")));
}

void TestCommitmentsPage::headerShowsMarkingAndVerification()
{
    const qint64 c2 = m_fixture->idOf(QStringLiteral("commitments"), QStringLiteral("C2"));
    QVERIFY(m_page->showRecord(QStringLiteral("commitments"), c2));
    auto* title = m_page->findChild<QLabel*>(QStringLiteral("recordTitle"));
    QVERIFY(title->text().startsWith(QStringLiteral("C2 — More observer places")));
    const QVariantMap stored = m_fixture->record(QStringLiteral("commitments"), c2);
    auto* marking = m_page->findChild<BadgeLabel*>(QStringLiteral("markingBadge"));
    auto* verification = m_page->findChild<BadgeLabel*>(QStringLiteral("verificationBadge"));
    QVERIFY(marking->isVisible());
    QVERIFY(marking->text().contains(stored.value(QStringLiteral("marking")).toString()));
    QVERIFY(verification->isVisible());
    QVERIFY(!verification->text().isEmpty());
}

void TestCommitmentsPage::screenshot()
{
    const qint64 c6 = m_fixture->idOf(QStringLiteral("commitments"), QStringLiteral("C6"));
    QVERIFY(m_page->showRecord(QStringLiteral("commitments"), c6));
    QCoreApplication::processEvents();
    const QString path =
        qEnvironmentVariable("CROSSWALK_SCREENSHOT_DIR", QDir::tempPath()) + QStringLiteral("/commitments-page.png");
    QVERIFY(m_page->grab().save(path));
    QVERIFY(QFileInfo(path).size() > 0);
    // As it is beside the page list of a main window on a smaller screen.
    m_page->resize(960, 680);
    QCoreApplication::processEvents();
    QVERIFY(m_page->grab().save(QFileInfo(path).dir().filePath(QStringLiteral("commitments-page-narrow.png"))));
}

QTEST_MAIN(TestCommitmentsPage)
#include "tst_commitmentspage.moc"
