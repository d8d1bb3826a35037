#include "models/storage/TableCatalog.h"
#include "tests/gui/PageFixture.h"
#include "ui/views/CommitmentsPage.h"
#include "ui/views/DialoguesPage.h"
#include "ui/views/GapsPage.h"
#include "ui/views/ProgrammesPage.h"
#include "ui/views/ReferenceDataPage.h"
#include "ui/widgets/RecordForm.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

using namespace crosswalk;
using test::PageFixture;

/// One test per kind of record: each wrong input is shown next to its field, naming the field, and
/// nothing is written.
class TestPageValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { PageFixture::useTestSettings(); }
    void init();
    void cleanup();

    void commitments();
    void dialogues();
    void programmes();
    void gaps();
    void parties();
    void themes();

private:
    void show(RecordPage* page);
    /// Sets a line field (select all, type; empty text clears it as a user would).
    static void type(RecordPage* page, const QString& column, const QString& text);
    /// Saves and checks that the error of column shows and names the field, and nothing changed.
    void expectError(RecordPage* page, const QString& column, const QString& words = QString());

    std::unique_ptr<PageFixture> m_fixture;
    QByteArray m_before;
};

void TestPageValidation::init()
{
    m_fixture = std::make_unique<PageFixture>();
    m_before = m_fixture->database.snapshot();
    QVERIFY(!m_before.isEmpty());
}

void TestPageValidation::cleanup()
{
    m_fixture.reset();
}

void TestPageValidation::show(RecordPage* page)
{
    page->resize(1280, 800);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page));
}

void TestPageValidation::type(RecordPage* page, const QString& column, const QString& text)
{
    auto* line = qobject_cast<QLineEdit*>(page->form()->editor(column));
    QVERIFY2(line, qPrintable(column));
    line->selectAll();
    if (text.isEmpty())
        QTest::keyClick(line, Qt::Key_Backspace);
    else
        QTest::keyClicks(line, text);
    QCOMPARE(line->text(), text);
}

void TestPageValidation::expectError(RecordPage* page, const QString& column, const QString& words)
{
    const int commands = m_fixture->undoStack.count();
    QVERIFY(!page->saveRecord());
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QLabel* error = page->form()->findChild<QLabel*>(QStringLiteral("error_") + column);
    QVERIFY2(error, qPrintable(column));
    QVERIFY2(error->isVisible(), qPrintable(column));
    QVERIFY2(error->text().startsWith(TableCatalog::columnLabel(column) + QLatin1Char(':')), qPrintable(error->text()));
    if (!words.isEmpty())
        QVERIFY2(error->text().contains(words), qPrintable(error->text()));
    QVERIFY(page->hasUnsavedChanges() || page->isCreating());
    QCOMPARE(m_fixture->undoStack.count(), commands);
    QCOMPARE(m_fixture->dialogs.criticals, QStringList());
    QCOMPARE(m_fixture->database.snapshot(), m_before);
}

void TestPageValidation::commitments()
{
    CommitmentsPage page(m_fixture->context);
    show(&page);
    page.addRecord();
    // Required fields.
    expectError(&page, QStringLiteral("code"), QStringLiteral("required"));
    QVERIFY(page.form()->errorLabel(QStringLiteral("title_en"))->isVisible());
    type(&page, QStringLiteral("title_en"), QStringLiteral("Exchange liaison officers"));
    // A duplicate code.
    type(&page, QStringLiteral("code"), QStringLiteral("C1"));
    expectError(&page, QStringLiteral("code"), QStringLiteral("already used"));
    QVERIFY(!page.form()->errorLabel(QStringLiteral("title_en"))->isVisible());
    type(&page, QStringLiteral("code"), QStringLiteral("C9"));
    // A bad date.
    type(&page, QStringLiteral("due_date"), QStringLiteral("2026-13-01"));
    expectError(&page, QStringLiteral("due_date"), QStringLiteral("is not a date"));
    type(&page, QStringLiteral("due_date"), QStringLiteral("2026-02-30"));
    expectError(&page, QStringLiteral("due_date"));
    // A number out of range cannot be typed: progress stops at 100.
    auto* progress = qobject_cast<QSpinBox*>(page.form()->editor(QStringLiteral("progress")));
    QVERIFY(progress);
    progress->selectAll();
    QTest::keyClicks(progress, QStringLiteral("150"));
    QVERIFY(progress->value() <= 100);
    QCOMPARE(progress->maximum(), 100);
    // Fixed, it saves.
    type(&page, QStringLiteral("due_date"), QStringLiteral("2026-02"));
    QVERIFY(page.saveRecord());
    QVERIFY(m_fixture->idOf(QStringLiteral("commitments"), QStringLiteral("C9")) > 0);

    // Editing an existing record: clearing the title is refused.
    const qint64 c2 = m_fixture->idOf(QStringLiteral("commitments"), QStringLiteral("C2"));
    QVERIFY(page.showRecord(QStringLiteral("commitments"), c2));
    m_before = m_fixture->database.snapshot();
    type(&page, QStringLiteral("title_en"), QString());
    expectError(&page, QStringLiteral("title_en"), QStringLiteral("required"));
    QVERIFY(
        !m_fixture->record(QStringLiteral("commitments"), c2).value(QStringLiteral("title_en")).toString().isEmpty());
}

void TestPageValidation::dialogues()
{
    DialoguesPage page(m_fixture->context);
    show(&page);
    const qint64 cd1 = m_fixture->idOf(QStringLiteral("dialogues"), QStringLiteral("JP-NATO-CD1"));
    QVERIFY(page.showRecord(QStringLiteral("dialogues"), cd1));
    type(&page, QStringLiteral("title_en"), QString());
    expectError(&page, QStringLiteral("title_en"), QStringLiteral("required"));
    page.revertRecord();
    type(&page, QStringLiteral("dialogue_date"), QStringLiteral("24-01-31"));
    expectError(&page, QStringLiteral("dialogue_date"), QStringLiteral("is not a date"));
    page.revertRecord();
    type(&page, QStringLiteral("code"), QStringLiteral("JP-NATO-CD2"));
    expectError(&page, QStringLiteral("code"), QStringLiteral("already used"));
    page.revertRecord();
    // The round is at least 1: below that the field means "none".
    auto* round = qobject_cast<QSpinBox*>(page.form()->editor(QStringLiteral("round_number")));
    QVERIFY(round);
    round->setValue(-5);
    QCOMPARE(round->value(), round->minimum());
    QCOMPARE(page.form()->values().value(QStringLiteral("round_number")), QVariant());
}

void TestPageValidation::programmes()
{
    ProgrammesPage page(m_fixture->context);
    show(&page);
    const qint64 cb5 = m_fixture->idOf(QStringLiteral("programmes"), QStringLiteral("CB5"));
    QVERIFY(page.showRecord(QStringLiteral("programmes"), cb5));
    // An end before the start.
    type(&page, QStringLiteral("start_date"), QStringLiteral("2019-10-01"));
    type(&page, QStringLiteral("end_date"), QStringLiteral("2019-09-30"));
    expectError(&page, QStringLiteral("end_date"), QStringLiteral("before the start date"));
    page.revertRecord();
    // A budget out of range and one that is not a number.
    type(&page, QStringLiteral("budget"), QStringLiteral("-5"));
    expectError(&page, QStringLiteral("budget"), QStringLiteral("must not be negative"));
    type(&page, QStringLiteral("budget"), QStringLiteral("lots"));
    expectError(&page, QStringLiteral("budget"), QStringLiteral("not a number"));
    page.revertRecord();
    type(&page, QStringLiteral("start_date"), QStringLiteral("2019-00"));
    expectError(&page, QStringLiteral("start_date"), QStringLiteral("is not a date"));
    page.revertRecord();
    type(&page, QStringLiteral("name_en"), QString());
    expectError(&page, QStringLiteral("name_en"), QStringLiteral("required"));
    page.revertRecord();
    type(&page, QStringLiteral("code"), QStringLiteral("CB1"));
    expectError(&page, QStringLiteral("code"), QStringLiteral("already used"));
}

void TestPageValidation::gaps()
{
    GapsPage page(m_fixture->context);
    show(&page);
    page.addRecord();
    type(&page, QStringLiteral("code"), QStringLiteral("G2"));
    expectError(&page, QStringLiteral("code"), QStringLiteral("already used"));
    QVERIFY(page.form()->errorLabel(QStringLiteral("title_en"))->isVisible());
    type(&page, QStringLiteral("code"), QStringLiteral("G6"));
    type(&page, QStringLiteral("title_en"), QStringLiteral("Zero trust: no roadmap"));
    type(&page, QStringLiteral("opened_date"), QStringLiteral("2025-13"));
    expectError(&page, QStringLiteral("opened_date"), QStringLiteral("is not a date"));
    // A due date before the date the gap was opened.
    type(&page, QStringLiteral("opened_date"), QStringLiteral("2025-06-01"));
    type(&page, QStringLiteral("due_date"), QStringLiteral("2025-05-31"));
    expectError(&page, QStringLiteral("due_date"), QStringLiteral("before the date the gap was opened"));
    type(&page, QStringLiteral("closed_date"), QStringLiteral("2025-01"));
    expectError(&page, QStringLiteral("closed_date"));
    type(&page, QStringLiteral("due_date"), QStringLiteral("2026"));
    type(&page, QStringLiteral("closed_date"), QString());
    QVERIFY(page.saveRecord());
    QVERIFY(m_fixture->idOf(QStringLiteral("gaps"), QStringLiteral("G6")) > 0);
}

void TestPageValidation::parties()
{
    ReferenceDataPage reference(m_fixture->context);
    RecordPage* page = reference.partiesPage();
    reference.resize(1280, 800);
    reference.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reference));
    const qint64 nco = m_fixture->idOf(QStringLiteral("parties"), QStringLiteral("JP-NCO"));
    QVERIFY(reference.showRecord(QStringLiteral("parties"), nco));
    type(page, QStringLiteral("name_en"), QString());
    expectError(page, QStringLiteral("name_en"), QStringLiteral("required"));
    page->revertRecord();
    type(page, QStringLiteral("code"), QStringLiteral("JP"));
    expectError(page, QStringLiteral("code"), QStringLiteral("already used"));
    page->revertRecord();
    // A party cannot be its own parent.
    auto* parent = qobject_cast<QComboBox*>(page->form()->editor(QStringLiteral("parent_id")));
    parent->setCurrentIndex(parent->findData(nco));
    expectError(page, QStringLiteral("parent_id"), QStringLiteral("own ancestor"));
}

void TestPageValidation::themes()
{
    ReferenceDataPage reference(m_fixture->context);
    RecordPage* page = reference.themesPage();
    reference.resize(1280, 800);
    reference.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reference));
    QVERIFY(reference.showRecord(QStringLiteral("themes"), 1));
    QCOMPARE(reference.currentPage(), page);
    page->addRecord();
    expectError(page, QStringLiteral("code"), QStringLiteral("required"));
    QVERIFY(page->form()->errorLabel(QStringLiteral("name_en"))->isVisible());
    type(page, QStringLiteral("code"), QStringLiteral("zero-trust"));
    type(page, QStringLiteral("name_en"), QStringLiteral("Zero trust again"));
    expectError(page, QStringLiteral("code"), QStringLiteral("already used"));
    QVERIFY(!page->form()->errorLabel(QStringLiteral("name_en"))->isVisible());
}

QTEST_MAIN(TestPageValidation)
#include "tst_pagevalidation.moc"
