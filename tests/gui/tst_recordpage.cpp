#include "models/itemmodels/RecordFilterProxy.h"
#include "models/itemmodels/RecordTableModel.h"
#include "tests/gui/PageFixture.h"
#include "ui/views/CommitmentsPage.h"
#include "ui/views/DialoguesPage.h"
#include "ui/views/GapsPage.h"
#include "ui/views/ProgrammesPage.h"
#include "ui/views/RecordPage.h"
#include "ui/views/ReferenceDataPage.h"
#include "ui/widgets/DelegatesPanel.h"
#include "ui/widgets/RecordForm.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace crosswalk;
using test::PageFixture;

namespace {
RecordPageSpec themesSpec()
{
    RecordPageSpec spec;
    spec.table = QStringLiteral("themes");
    spec.title = QStringLiteral("Themes");
    spec.listColumns = {QStringLiteral("code"), QStringLiteral("name_en")};
    spec.filterColumns = {QStringLiteral("marking")};
    return spec;
}
} // namespace

class TestRecordPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { PageFixture::useTestSettings(); }
    void init();
    void cleanup();

    void hasTheNamedParts();
    void formHasEveryEditableColumn();
    void searchFiltersAsYouType();
    void sortsByAnyColumn();
    void filtersOfferAllAndLinkedRecords();
    void editSaveAndRevert();
    void unsavedChangesAreNotLostSilently();
    void keyboardShortcuts();
    void tabOrder();
    void deleteReferencedGapAsksAndUndoRestores();
    void deleteUnreferencedRecordSelectsTheNext();
    void followsDatabaseSwitchAndNone();
    void showRecordClearsFiltersHidingIt();
    void referenceDataPageSwitchesTabs();
    void delegatesOfADialogue();
    void genericPageFromASpec();
    void pagesFitSmallWindows();
    void screenshots();

private:
    void showPage(QWidget* page);
    QTableView* table(QWidget* page) const { return page->findChild<QTableView*>(QStringLiteral("recordTable")); }

    std::unique_ptr<PageFixture> m_fixture;
    std::unique_ptr<GapsPage> m_gaps;
};

void TestRecordPage::init()
{
    m_fixture = std::make_unique<PageFixture>();
    m_gaps = std::make_unique<GapsPage>(m_fixture->context);
    showPage(m_gaps.get());
}

void TestRecordPage::cleanup()
{
    m_gaps.reset();
    m_fixture.reset();
}

void TestRecordPage::showPage(QWidget* page)
{
    page->resize(1280, 800);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page));
    QApplication::setActiveWindow(page);
    QVERIFY(QTest::qWaitForWindowActive(page));
}

void TestRecordPage::hasTheNamedParts()
{
    for (const char* name : {"searchBox", "recordTable", "pageSplitter", "addButton", "saveButton", "revertButton",
                             "deleteButton", "recordTitle", "markingBadge", "verificationBadge"})
        QVERIFY2(m_gaps->findChild<QWidget*>(QLatin1String(name)), name);
    for (const char* name : {"filter_severity", "filter_status", "filter_kind", "filter_theme_id",
                             "filter_owner_party_id", "filter_marking", "filter_verification"})
        QVERIFY2(m_gaps->findChild<QComboBox*>(QLatin1String(name)), name);
    QCOMPARE(m_gaps->objectName(), QStringLiteral("gapsPage"));
    QCOMPARE(m_gaps->tables(), QStringList{QStringLiteral("gaps")});
    // Buttons carry mnemonics; the actions carry the shortcuts.
    for (const char* name : {"addButton", "saveButton", "revertButton", "deleteButton"})
        QVERIFY2(m_gaps->findChild<QPushButton*>(QLatin1String(name))->text().contains(QLatin1Char('&')), name);
    QCOMPARE(m_gaps->recordActions().size(), 5);
    QCOMPARE(m_gaps->recordActions().at(4)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QCOMPARE(m_gaps->recordActions().at(0)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    QCOMPARE(m_gaps->recordActions().at(1)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_S));
    QCOMPARE(m_gaps->recordActions().at(3)->shortcut(), QKeySequence(QKeySequence::Delete));
    // The theme filter's column is in the model but not shown.
    const int themes = m_gaps->model()->columnIndex(QStringLiteral("link:gap_themes"));
    QVERIFY(themes >= 0);
    QVERIFY(table(m_gaps.get())->isColumnHidden(themes));
    QCOMPARE(m_gaps->findChild<QTabWidget*>(QStringLiteral("detailTabs"))->count(), 3);
}

void TestRecordPage::formHasEveryEditableColumn()
{
    const QStringList columns = m_gaps->form()->columns();
    QVERIFY(columns.contains(QStringLiteral("code")));
    QVERIFY(columns.contains(QStringLiteral("closed_date")));
    QVERIFY(columns.contains(QStringLiteral("marking")));
    QVERIFY(!columns.contains(QStringLiteral("id")));
    QVERIFY(!columns.contains(QStringLiteral("created_at")));
    DialoguesPage dialogues(m_fixture->context);
    for (const char* column :
         {"objectives_en", "objectives_orig", "key_messages_en", "key_messages_orig", "outcomes_en", "outcomes_orig"})
        QVERIFY2(dialogues.form()->editor(QLatin1String(column)), column);
}

void TestRecordPage::searchFiltersAsYouType()
{
    QAbstractItemModelTester tester(m_gaps->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* search = m_gaps->findChild<QLineEdit*>(QStringLiteral("searchBox"));
    QTest::keyClicks(search, QStringLiteral("quan"));
    QCOMPARE(test::columnTexts(table(m_gaps.get())->model()), QStringList{QStringLiteral("G4")});
    QTest::keyClick(search, Qt::Key_Backspace);
    QTest::keyClick(search, Qt::Key_Backspace);
    QTest::keyClick(search, Qt::Key_Backspace);
    QTest::keyClick(search, Qt::Key_Backspace);
    QCOMPARE(table(m_gaps.get())->model()->rowCount(), 5);
    QTest::keyClicks(search, QStringLiteral("no such gap"));
    QCOMPARE(table(m_gaps.get())->model()->rowCount(), 0);
    // The record shown stays in the form while the list is filtered.
    QCOMPARE(m_gaps->currentId(), m_fixture->idOf(QStringLiteral("gaps"), QStringLiteral("G1")));
}

void TestRecordPage::sortsByAnyColumn()
{
    QTableView* view = table(m_gaps.get());
    QHeaderView* header = view->horizontalHeader();
    const int severity = m_gaps->model()->columnIndex(QStringLiteral("severity"));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(severity) + header->sectionSize(severity) / 2, 5));
    QCOMPARE(header->sortIndicatorSection(), severity);
    QStringList keys = test::columnKeys(view->model(), severity, RecordTableModel::KeyRole);
    QCOMPARE(keys.first(), QStringLiteral("low"));
    QCOMPARE(keys.last(), QStringLiteral("high"));
    view->sortByColumn(severity, Qt::DescendingOrder);
    keys = test::columnKeys(view->model(), severity, RecordTableModel::KeyRole);
    QCOMPARE(keys.first(), QStringLiteral("high"));
    view->sortByColumn(0, Qt::DescendingOrder);
    QCOMPARE(test::columnTexts(view->model()).first(), QStringLiteral("G5"));
    // The selection follows the record, not the row.
    QCOMPARE(view->currentIndex().data(RecordTableModel::IdRole).toLongLong(), m_gaps->currentId());
}

void TestRecordPage::filtersOfferAllAndLinkedRecords()
{
    for (QComboBox* box : m_gaps->findChildren<QComboBox*>()) {
        if (box->objectName().startsWith(QStringLiteral("filter_")))
            QCOMPARE(box->itemText(0), QStringLiteral("All"));
    }
    auto* theme = m_gaps->findChild<QComboBox*>(QStringLiteral("filter_theme_id"));
    QCOMPARE(theme->count(), 12); // All and the eleven themes
    theme->setCurrentIndex(
        theme->findData(m_fixture->idOf(QStringLiteral("themes"), QStringLiteral("supply-chain-security"))));
    QCOMPARE(test::columnTexts(table(m_gaps.get())->model()), QStringList{QStringLiteral("G5")});
    auto* severity = m_gaps->findChild<QComboBox*>(QStringLiteral("filter_severity"));
    severity->setCurrentIndex(severity->findData(QStringLiteral("high")));
    QCOMPARE(table(m_gaps.get())->model()->rowCount(), 0);
    theme->setCurrentIndex(0);
    QCOMPARE(test::columnTexts(table(m_gaps.get())->model()), QStringList{QStringLiteral("G3")});
    severity->setCurrentIndex(0);
    QCOMPARE(table(m_gaps.get())->model()->rowCount(), 5);
}

void TestRecordPage::editSaveAndRevert()
{
    const qint64 g2 = m_fixture->idOf(QStringLiteral("gaps"), QStringLiteral("G2"));
    QVERIFY(m_gaps->showRecord(QStringLiteral("gaps"), g2));
    auto* save = m_gaps->findChild<QPushButton*>(QStringLiteral("saveButton"));
    auto* revert = m_gaps->findChild<QPushButton*>(QStringLiteral("revertButton"));
    QVERIFY(!save->isEnabled());
    QVERIFY(!revert->isEnabled());
    auto* severity = qobject_cast<QComboBox*>(m_gaps->form()->editor(QStringLiteral("severity")));
    severity->setCurrentIndex(severity->findData(QStringLiteral("critical")));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(revert, Qt::LeftButton);
    QCOMPARE(severity->currentData().toString(), QStringLiteral("low"));
    QVERIFY(!save->isEnabled());
    QCOMPARE(m_fixture->undoStack.count(), 0);

    severity->setCurrentIndex(severity->findData(QStringLiteral("critical")));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(m_fixture->record(QStringLiteral("gaps"), g2).value(QStringLiteral("severity")).toString(),
             QStringLiteral("critical"));
    const int column = m_gaps->model()->columnIndex(QStringLiteral("severity"));
    QCOMPARE(table(m_gaps.get())->currentIndex().siblingAtColumn(column).data().toString(), QStringLiteral("Critical"));
    QCOMPARE(m_gaps->currentId(), g2);
    QVERIFY(!save->isEnabled());
    m_fixture->undoStack.undo();
    QCOMPARE(severity->currentData().toString(), QStringLiteral("low"));
    QCOMPARE(m_gaps->currentId(), g2);
}

void TestRecordPage::unsavedChangesAreNotLostSilently()
{
    const qint64 g1 = m_fixture->idOf(QStringLiteral("gaps"), QStringLiteral("G1"));
    const qint64 g4 = m_fixture->idOf(QStringLiteral("gaps"), QStringLiteral("G4"));
    QCOMPARE(m_gaps->currentId(), g1);
    QTest::keyClicks(m_gaps->form()->editor(QStringLiteral("title_en")), QStringLiteral(" (draft)"));
    QVERIFY(m_gaps->hasUnsavedChanges());
    QTableView* view = table(m_gaps.get());
    const QModelIndex g4Index = view->model()->index(3, 0);
    QCOMPARE(g4Index.data().toString(), QStringLiteral("G4"));

    m_fixture->dialogs.nextAnswer = false; // keep the changes
    view->setCurrentIndex(g4Index);
    QCOMPARE(m_fixture->dialogs.questions.size(), 1);
    QCOMPARE(m_gaps->currentId(), g1);
    QCOMPARE(view->currentIndex().data(RecordTableModel::IdRole).toLongLong(), g1);
    QVERIFY(qobject_cast<QLineEdit*>(m_gaps->form()->editor(QStringLiteral("title_en")))
                ->text()
                .endsWith(QStringLiteral(" (draft)")));

    m_fixture->dialogs.nextAnswer = true; // discard them
    view->setCurrentIndex(g4Index);
    QCOMPARE(m_fixture->dialogs.questions.size(), 2);
    QCOMPARE(m_gaps->currentId(), g4);
    QVERIFY(!m_gaps->hasUnsavedChanges());
    QCOMPARE(m_fixture->undoStack.count(), 0);
}

void TestRecordPage::keyboardShortcuts()
{
    QTableView* view = table(m_gaps.get());
    view->setFocus();
    QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier);
    QVERIFY(m_gaps->isCreating());
    QCOMPARE(QApplication::focusWidget(), m_gaps->form()->editor(QStringLiteral("code")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("G9"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_gaps->form()->editor(QStringLiteral("title_en")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Zero trust: no roadmap"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    const qint64 g9 = m_fixture->idOf(QStringLiteral("gaps"), QStringLiteral("G9"));
    QVERIFY(g9 > 0);
    QCOMPARE(m_gaps->currentId(), g9);

    // Delete in the list asks first.
    view->setFocus();
    m_fixture->dialogs.nextAnswer = false;
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(m_fixture->dialogs.questions.size(), 1);
    QVERIFY(m_fixture->dialogs.questions.first().startsWith(QStringLiteral("Delete gap G9?")));
    QVERIFY(m_fixture->idOf(QStringLiteral("gaps"), QStringLiteral("G9")) > 0);
    // Delete in a form field edits the field.
    auto* title = qobject_cast<QLineEdit*>(m_gaps->form()->editor(QStringLiteral("title_en")));
    title->setFocus();
    title->setCursorPosition(0);
    QTest::keyClick(title, Qt::Key_Delete);
    QCOMPARE(m_fixture->dialogs.questions.size(), 1);
    QCOMPARE(title->text(), QStringLiteral("ero trust: no roadmap"));
    // Ctrl+F goes to the search box.
    QTest::keyClick(title, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), m_gaps->findChild<QLineEdit*>(QStringLiteral("searchBox")));
}

void TestRecordPage::tabOrder()
{
    m_gaps->addRecord(); // Save and Revert are enabled for a new record
    auto* search = m_gaps->findChild<QLineEdit*>(QStringLiteral("searchBox"));
    search->setFocus();
    QStringList order{QApplication::focusWidget()->objectName()};
    for (int i = 0; i < 12; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order << QApplication::focusWidget()->objectName();
    }
    QCOMPARE(order, (QStringList{"searchBox", "filter_severity", "filter_status", "filter_kind", "filter_theme_id",
                                 "filter_owner_party_id", "filter_marking", "filter_verification", "recordTable",
                                 "field_code", "field_title_en", "field_title_orig", "field_description"}));
    // Passing through the list did not abandon the new record.
    QVERIFY(m_gaps->isCreating());
    m_gaps->form()->editor(QStringLiteral("caveat"))->setFocus();
    order = QStringList{QApplication::focusWidget()->objectName()};
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order << QApplication::focusWidget()->objectName();
    }
    QCOMPARE(order, (QStringList{"field_caveat", "addButton", "saveButton", "revertButton"}));
}

void TestRecordPage::deleteReferencedGapAsksAndUndoRestores()
{
    const qint64 g3 = m_fixture->idOf(QStringLiteral("gaps"), QStringLiteral("G3"));
    const qint64 c3 = m_fixture->idOf(QStringLiteral("commitments"), QStringLiteral("C3"));
    QVERIFY(m_gaps->showRecord(QStringLiteral("gaps"), g3));
    const QByteArray before = m_fixture->database.snapshot();
    auto* remove = m_gaps->findChild<QPushButton*>(QStringLiteral("deleteButton"));

    m_fixture->dialogs.nextAnswer = false;
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_fixture->dialogs.questions.size(), 1);
    const QString question = m_fixture->dialogs.questions.first();
    QVERIFY2(question.startsWith(QStringLiteral("Delete gap G3?")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("Other records refer to it")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("C3 – G3")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("commitment-gap link")), qPrintable(question));
    QCOMPARE(m_fixture->database.snapshot(), before);
    QCOMPARE(m_fixture->undoStack.count(), 0);
    QCOMPARE(m_gaps->currentId(), g3);

    m_fixture->dialogs.nextAnswer = true;
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_fixture->record(QStringLiteral("gaps"), g3), QVariantMap());
    QVERIFY(!RecordStore(m_fixture->database.db()).linked(QStringLiteral("commitment_gaps"), c3).contains(g3));
    QVERIFY(!test::columnTexts(table(m_gaps.get())->model()).contains(QStringLiteral("G3")));
    QVERIFY(m_gaps->currentId() != g3);

    m_fixture->undoStack.undo();
    QCOMPARE(m_fixture->record(QStringLiteral("gaps"), g3).value(QStringLiteral("code")).toString(),
             QStringLiteral("G3"));
    QVERIFY(RecordStore(m_fixture->database.db()).linked(QStringLiteral("commitment_gaps"), c3).contains(g3));
    QVERIFY(test::columnTexts(table(m_gaps.get())->model()).contains(QStringLiteral("G3")));
    QVERIFY(m_gaps->showRecord(QStringLiteral("gaps"), g3));
}

void TestRecordPage::deleteUnreferencedRecordSelectsTheNext()
{
    const qint64 g2 = m_fixture->idOf(QStringLiteral("gaps"), QStringLiteral("G2"));
    QVERIFY(m_gaps->showRecord(QStringLiteral("gaps"), g2));
    QVERIFY(m_gaps->deleteRecord());
    QCOMPARE(m_fixture->dialogs.questions, QStringList{QStringLiteral("Delete gap G2?")});
    QCOMPARE(m_gaps->currentId(), m_fixture->idOf(QStringLiteral("gaps"), QStringLiteral("G3")));
    QCOMPARE(table(m_gaps.get())->currentIndex().data().toString(), QStringLiteral("G3"));
}

void TestRecordPage::followsDatabaseSwitchAndNone()
{
    QAbstractItemModelTester tester(m_gaps->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* add = m_gaps->findChild<QPushButton*>(QStringLiteral("addButton"));
    auto* title = m_gaps->findChild<QLabel*>(QStringLiteral("recordTitle"));
    test::TestDatabase other(test::TestDatabase::Content::ReferenceData);
    m_fixture->context.setDatabase(&other.db());
    QCOMPARE(table(m_gaps.get())->model()->rowCount(), 0);
    QCOMPARE(m_gaps->currentId(), 0);
    QVERIFY(add->isEnabled());
    QVERIFY(title->text().startsWith(QStringLiteral("Nothing here yet")));
    QVERIFY(!m_gaps->form()->isEnabled());

    m_fixture->context.setDatabase(nullptr);
    QCOMPARE(table(m_gaps.get())->model()->rowCount(), 0);
    QVERIFY(!add->isEnabled());
    QVERIFY(!m_gaps->saveRecord());
    QVERIFY(!m_gaps->deleteRecord());
    m_gaps->addRecord();
    QVERIFY(!m_gaps->isCreating());
    QCOMPARE(m_gaps->currentRecord(), QVariantMap());
    QCOMPARE(m_gaps->findChild<QComboBox*>(QStringLiteral("filter_theme_id"))->count(), 1);

    m_fixture->context.setDatabase(&m_fixture->database.db());
    QCOMPARE(table(m_gaps.get())->model()->rowCount(), 5);
    QCOMPARE(m_gaps->currentId(), m_fixture->idOf(QStringLiteral("gaps"), QStringLiteral("G1")));
    QCOMPARE(m_gaps->findChild<QComboBox*>(QStringLiteral("filter_theme_id"))->count(), 12);
}

void TestRecordPage::showRecordClearsFiltersHidingIt()
{
    auto* severity = m_gaps->findChild<QComboBox*>(QStringLiteral("filter_severity"));
    severity->setCurrentIndex(severity->findData(QStringLiteral("high")));
    QCOMPARE(table(m_gaps.get())->model()->rowCount(), 1);
    const qint64 g5 = m_fixture->idOf(QStringLiteral("gaps"), QStringLiteral("G5"));
    QVERIFY(m_gaps->showRecord(QStringLiteral("gaps"), g5));
    QCOMPARE(severity->currentIndex(), 0);
    QCOMPARE(table(m_gaps.get())->currentIndex().data().toString(), QStringLiteral("G5"));
    QVERIFY(!m_gaps->showRecord(QStringLiteral("commitments"), 1));
    QVERIFY(!m_gaps->showRecord(QStringLiteral("gaps"), 999));
}

void TestRecordPage::referenceDataPageSwitchesTabs()
{
    ReferenceDataPage page(m_fixture->context);
    QCOMPARE(page.tables(), (QStringList{QStringLiteral("parties"), QStringLiteral("themes")}));
    QSignalSpy changed(&page, &WorkPage::currentRecordChanged);
    const qint64 zeroTrust = m_fixture->idOf(QStringLiteral("themes"), QStringLiteral("zero-trust"));
    QVERIFY(page.showRecord(QStringLiteral("themes"), zeroTrust));
    QCOMPARE(page.currentPage(), page.themesPage());
    QCOMPARE(page.currentTable(), QStringLiteral("themes"));
    QCOMPARE(page.currentRecord().value(QStringLiteral("code")).toString(), QStringLiteral("zero-trust"));
    QVERIFY(changed.count() >= 1);
    const qint64 jp = m_fixture->idOf(QStringLiteral("parties"), QStringLiteral("JP"));
    QVERIFY(page.showRecord(QStringLiteral("parties"), jp));
    QCOMPARE(page.currentTable(), QStringLiteral("parties"));
    QVERIFY(!page.showRecord(QStringLiteral("gaps"), 1));
    QVERIFY(page.partiesPage()->findChild<QComboBox*>(QStringLiteral("filter_kind")));
    QVERIFY(page.partiesPage()->findChild<QComboBox*>(QStringLiteral("filter_verification")));
}

void TestRecordPage::delegatesOfADialogue()
{
    DialoguesPage page(m_fixture->context);
    showPage(&page);
    const qint64 cd2 = m_fixture->idOf(QStringLiteral("dialogues"), QStringLiteral("JP-NATO-CD2"));
    QVERIFY(page.showRecord(QStringLiteral("dialogues"), cd2));
    DelegatesPanel* panel = page.delegatesPanel();
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.findChild<QTabWidget*>(QStringLiteral("detailTabs"))->setCurrentWidget(panel);
    QCOMPARE(panel->model()->rowCount(), 0);
    auto* party = qobject_cast<QComboBox*>(panel->form()->editor(QStringLiteral("party_id")));
    party->setCurrentIndex(party->findData(m_fixture->idOf(QStringLiteral("parties"), QStringLiteral("JP-MOFA"))));
    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("delegateSaveButton")), Qt::LeftButton);
    QVERIFY(panel->form()->errorLabel(QStringLiteral("name"))->isVisible());
    QCOMPARE(m_fixture->undoStack.count(), 0);
    QTest::keyClicks(panel->form()->editor(QStringLiteral("name")), QStringLiteral("Director-General"));
    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("delegateSaveButton")), Qt::LeftButton);
    QCOMPARE(panel->model()->rowCount(), 1);
    QCOMPARE(panel->model()->index(0, 1).data().toString(), QStringLiteral("Director-General"));
    QCOMPARE(panel->model()->index(0, 0).data().toString(), QStringLiteral("JP-MOFA"));

    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("delegateDeleteButton")), Qt::LeftButton);
    QCOMPARE(panel->model()->rowCount(), 0);
    m_fixture->undoStack.undo();
    QCOMPARE(panel->model()->rowCount(), 1);
    QVERIFY(page.showRecord(QStringLiteral("delegates"), panel->model()->idAt(0)));
}

void TestRecordPage::genericPageFromASpec()
{
    RecordPage page(m_fixture->context, themesSpec());
    QCOMPARE(page.objectName(), QStringLiteral("themesPage"));
    QCOMPARE(page.model()->rowCount(), 11);
    QVERIFY(!page.findChild<QTabWidget*>(QStringLiteral("detailTabs"))->isVisibleTo(&page));
    QVERIFY(page.findChild<QComboBox*>(QStringLiteral("filter_marking")));
    QCOMPARE(page.form()->columns(), (QStringList{"code", "name_en", "name_orig", "marking", "caveat"}));
    page.addRecord();
    QTest::keyClicks(page.form()->editor(QStringLiteral("code")), QStringLiteral("space-security"));
    QTest::keyClicks(page.form()->editor(QStringLiteral("name_en")), QStringLiteral("Space security"));
    QVERIFY(page.saveRecord());
    QCOMPARE(page.model()->rowCount(), 12);
    QCOMPARE(page.currentRecord().value(QStringLiteral("name_en")).toString(), QStringLiteral("Space security"));
    // Other pages offer the new theme at once.
    QCOMPARE(m_gaps->findChild<QComboBox*>(QStringLiteral("filter_theme_id"))->count(), 13);
}

void TestRecordPage::pagesFitSmallWindows()
{
    // The main window adds its page list; a page must not force the window past a small screen.
    std::vector<std::unique_ptr<QWidget>> pages;
    pages.push_back(std::make_unique<CommitmentsPage>(m_fixture->context));
    pages.push_back(std::make_unique<DialoguesPage>(m_fixture->context));
    pages.push_back(std::make_unique<ProgrammesPage>(m_fixture->context));
    pages.push_back(std::make_unique<ReferenceDataPage>(m_fixture->context));
    for (const auto& page : pages) {
        const QSize minimum = page->minimumSizeHint();
        QVERIFY2(minimum.width() <= 640, qPrintable(page->objectName()));
        QVERIFY2(minimum.height() <= 480, qPrintable(page->objectName()));
    }
    QVERIFY(m_gaps->minimumSizeHint().width() <= 640);
    // Narrow, the filters wrap onto more lines and the page still lays out.
    m_gaps->resize(660, 560);
    QCoreApplication::processEvents();
    auto* search = m_gaps->findChild<QLineEdit*>(QStringLiteral("searchBox"));
    auto* verification = m_gaps->findChild<QComboBox*>(QStringLiteral("filter_verification"));
    QVERIFY(verification->mapTo(m_gaps.get(), QPoint(0, 0)).y() > search->mapTo(m_gaps.get(), QPoint(0, 0)).y());
    QVERIFY(verification->mapTo(m_gaps.get(), QPoint(verification->width(), 0)).x() <= m_gaps->width());
}

void TestRecordPage::screenshots()
{
    const QString dir = qEnvironmentVariable("CROSSWALK_SCREENSHOT_DIR", QDir::tempPath());
    QVERIFY(m_gaps->showRecord(QStringLiteral("gaps"), m_fixture->idOf(QStringLiteral("gaps"), QStringLiteral("G3"))));
    QCoreApplication::processEvents();
    QVERIFY(m_gaps->grab().save(dir + QStringLiteral("/gaps-page.png")));
    DialoguesPage dialogues(m_fixture->context);
    showPage(&dialogues);
    QVERIFY(dialogues.showRecord(QStringLiteral("dialogues"),
                                 m_fixture->idOf(QStringLiteral("dialogues"), QStringLiteral("JP-NATO-CD2"))));
    QCoreApplication::processEvents();
    QVERIFY(dialogues.grab().save(dir + QStringLiteral("/dialogues-page.png")));
    ReferenceDataPage reference(m_fixture->context);
    showPage(&reference);
    QVERIFY(reference.showRecord(QStringLiteral("parties"),
                                 m_fixture->idOf(QStringLiteral("parties"), QStringLiteral("JP-NCO"))));
    QCoreApplication::processEvents();
    QVERIFY(reference.grab().save(dir + QStringLiteral("/parties-page.png")));
}

QTEST_MAIN(TestRecordPage)
#include "tst_recordpage.moc"
