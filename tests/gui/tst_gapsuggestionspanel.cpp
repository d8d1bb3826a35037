// GapSuggestionsPanel: lists the gaps coverage suggests for the shared analysis selection, creates the
// checked ones in one undoable change, follows the selection and the database, never duplicates.

#include "models/commands/ChangePlanner.h"
#include "models/storage/AnalysisQueries.h"
#include "models/storage/RecordStore.h"
#include "tests/gui/PageFixture.h"
#include "ui/widgets/GapSuggestionsPanel.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>

using namespace crosswalk;
using test::PageFixture;

namespace {

QTableView* tableOf(GapSuggestionsPanel& panel)
{
    return panel.findChild<QTableView*>(QStringLiteral("gapSuggestions"));
}

QPushButton* createButton(GapSuggestionsPanel& panel)
{
    return panel.findChild<QPushButton*>(QStringLiteral("createGapsButton"));
}

QString hintOf(GapSuggestionsPanel& panel)
{
    return panel.findChild<QLabel*>(QStringLiteral("gapSuggestionsHint"))->text();
}

/// Checks the box of a row as a click on it would.
void check(GapSuggestionsPanel& panel, int row)
{
    panel.model()->item(row, GapSuggestionsPanel::ReferenceColumn)->setCheckState(Qt::Checked);
}

QStringList column(GapSuggestionsPanel& panel, int c)
{
    return test::columnTexts(panel.model(), c);
}

qint64 gapCount(PageFixture& f)
{
    return RecordStore(f.database.db()).count(QStringLiteral("gaps"));
}

/// The number of gaps that are not closed on each provision of the framework.
QHash<qint64, int> openGapsPerProvision(PageFixture& f, const QString& framework)
{
    QHash<qint64, int> counts;
    for (const GapRow& gap : AnalysisQueries(f.database.db()).gapsOn(f.idOf(QStringLiteral("frameworks"), framework))) {
        if (gap.status != GapStatus::Closed)
            ++counts[gap.provisionId];
    }
    return counts;
}

void verifyNoDuplicates(PageFixture& f, GapSuggestionsPanel& panel)
{
    const QHash<qint64, int> perProvision = openGapsPerProvision(f, QStringLiteral("NATO-CDP2016"));
    for (auto it = perProvision.cbegin(); it != perProvision.cend(); ++it)
        QCOMPARE(it.value(), 1);
    const QList<qint64> suggested = panel.suggestedProvisionIds();
    QCOMPARE(QSet<qint64>(suggested.begin(), suggested.end()).size(), suggested.size());
    for (const qint64 id : suggested)
        QVERIFY(!perProvision.contains(id));
}

const QStringList AllReferences{QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"),
                                QStringLiteral("6")};

} // namespace

class TestGapSuggestionsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { PageFixture::useTestSettings(); }

    void listsTheSampleSuggestions();
    void createTwoGapsThenUndo();
    void selectAllAndNone();
    void createEverythingLeavesAnExplanation();
    void checksSurviveAReload();
    void followsTheSelection();
    void followsOtherEdits();
    void followsTheDatabase();
};

void TestGapSuggestionsPanel::listsTheSampleSuggestions()
{
    PageFixture f;
    GapSuggestionsPanel panel(f.context);
    QCOMPARE(panel.objectName(), QStringLiteral("gapSuggestionsPanel"));
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTableView* table = tableOf(panel);
    QVERIFY(table);
    QCOMPARE(table->model(), panel.model());

    // JP against NATO-CDP2016: C2 and C7 have gaps G1 and G2; the rest is partly covered.
    QCOMPARE(column(panel, GapSuggestionsPanel::ReferenceColumn), AllReferences);
    QCOMPARE(column(panel, GapSuggestionsPanel::KindColumn), QStringList(5, QStringLiteral("Partly covered")));
    QCOMPARE(column(panel, GapSuggestionsPanel::ScoreColumn),
             (QStringList{QStringLiteral("50%"), QStringLiteral("60%"), QStringLiteral("50%"), QStringLiteral("60%"),
                          QStringLiteral("60%")}));
    QCOMPARE(panel.model()->index(0, GapSuggestionsPanel::TitleColumn).data().toString(),
             RecordStore(f.database.db())
                 .fetch(QStringLiteral("provisions"), panel.suggestedProvisionIds().constFirst())
                 ->value(QStringLiteral("title_en"))
                 .toString());
    QCOMPARE(panel.model()->index(0, GapSuggestionsPanel::ReferenceColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    QCOMPARE(panel.model()->flags(panel.model()->index(0, 0)).testFlag(Qt::ItemIsUserCheckable), true);
    QVERIFY2(hintOf(panel).contains(QStringLiteral("5 provisions of NATO-CDP2016")), qPrintable(hintOf(panel)));
    QCOMPARE(panel.checkedProvisionIds(), QList<qint64>());
    QCOMPARE(createButton(panel)->isEnabled(), false);
}

void TestGapSuggestionsPanel::createTwoGapsThenUndo()
{
    PageFixture f;
    GapSuggestionsPanel panel(f.context);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 gapsBefore = gapCount(f);
    const QList<qint64> before = panel.suggestedProvisionIds();

    check(panel, 0);
    check(panel, 1);
    QCOMPARE(panel.checkedProvisionIds(), before.mid(0, 2));
    QPushButton* create = createButton(panel);
    QCOMPARE(create->isEnabled(), true);
    QCOMPARE(create->text(), QStringLiteral("&Create 2 gaps"));
    const QDate dayBefore = QDate::currentDate();
    QTest::mouseClick(create, Qt::LeftButton);
    const QDate dayAfter = QDate::currentDate();

    QCOMPARE(f.dialogs.criticals, QStringList());
    QCOMPARE(gapCount(f), gapsBefore + 2);
    QCOMPARE(f.undoStack.count(), 1);
    QCOMPARE(f.undoStack.undoText(), QStringLiteral("Create 2 gaps"));
    const qint64 g6 = f.idOf(QStringLiteral("gaps"), QStringLiteral("G6"));
    const qint64 g7 = f.idOf(QStringLiteral("gaps"), QStringLiteral("G7"));
    QCOMPARE(f.record(QStringLiteral("gaps"), g6).value(QStringLiteral("provision_id")).toLongLong(), before.at(0));
    QCOMPARE(f.record(QStringLiteral("gaps"), g7).value(QStringLiteral("provision_id")).toLongLong(), before.at(1));
    // Opened today (the day the button was pressed, should midnight pass meanwhile).
    const QString opened = f.record(QStringLiteral("gaps"), g6).value(QStringLiteral("opened_date")).toString();
    QVERIFY2(opened == dayBefore.toString(Qt::ISODate) || opened == dayAfter.toString(Qt::ISODate), qPrintable(opened));
    QCOMPARE(f.record(QStringLiteral("gaps"), g6).value(QStringLiteral("owner_party_id")).toLongLong(),
             f.idOf(QStringLiteral("parties"), QStringLiteral("JP")));

    // The list shrinks; nothing is checked, so the button cannot be pressed again.
    QCOMPARE(column(panel, GapSuggestionsPanel::ReferenceColumn),
             (QStringList{QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6")}));
    QCOMPARE(panel.checkedProvisionIds(), QList<qint64>());
    QCOMPARE(create->isEnabled(), false);
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(panel.createGaps(), false);
    QCOMPARE(gapCount(f), gapsBefore + 2);
    QCOMPARE(f.undoStack.count(), 1);
    verifyNoDuplicates(f, panel);

    // Undo brings them back; redo takes them away again.
    f.undoStack.undo();
    QCOMPARE(gapCount(f), gapsBefore);
    QCOMPARE(panel.suggestedProvisionIds(), before);
    verifyNoDuplicates(f, panel);
    f.undoStack.redo();
    QCOMPARE(gapCount(f), gapsBefore + 2);
    QCOMPARE(panel.suggestedProvisionIds(), before.mid(2));
    verifyNoDuplicates(f, panel);
    QCOMPARE(f.dialogs.criticals, QStringList());
}

void TestGapSuggestionsPanel::selectAllAndNone()
{
    PageFixture f;
    GapSuggestionsPanel panel(f.context);
    auto* all = panel.findChild<QPushButton*>(QStringLiteral("selectAllSuggestions"));
    auto* none = panel.findChild<QPushButton*>(QStringLiteral("selectNoSuggestions"));
    QVERIFY(all && none);
    QCOMPARE(none->isEnabled(), false);
    QTest::mouseClick(all, Qt::LeftButton);
    QCOMPARE(panel.checkedProvisionIds(), panel.suggestedProvisionIds());
    QCOMPARE(createButton(panel)->text(), QStringLiteral("&Create 5 gaps"));
    QCOMPARE(all->isEnabled(), false);
    QCOMPARE(none->isEnabled(), true);
    QTest::mouseClick(none, Qt::LeftButton);
    QCOMPARE(panel.checkedProvisionIds(), QList<qint64>());
    QCOMPARE(createButton(panel)->isEnabled(), false);
    QCOMPARE(createButton(panel)->text(), QStringLiteral("&Create gaps"));

    // Space on the current row checks it, as the tooltip says.
    QTableView* table = tableOf(panel);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    table->setFocus();
    table->setCurrentIndex(panel.model()->index(2, GapSuggestionsPanel::ReferenceColumn));
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(panel.checkedProvisionIds(), QList<qint64>{panel.suggestedProvisionIds().at(2)});
    QCOMPARE(createButton(panel)->isEnabled(), true);
}

void TestGapSuggestionsPanel::createEverythingLeavesAnExplanation()
{
    PageFixture f;
    GapSuggestionsPanel panel(f.context);
    panel.selectAll();
    QVERIFY(panel.createGaps());
    QCOMPARE(panel.model()->rowCount(), 0);
    QCOMPARE(hintOf(panel), QStringLiteral("Every provision is covered or already has a gap."));
    QCOMPARE(tableOf(panel)->isHidden(), true);
    QCOMPARE(createButton(panel)->isEnabled(), false);
    QCOMPARE(openGapsPerProvision(f, QStringLiteral("NATO-CDP2016")).size(), 7);
    verifyNoDuplicates(f, panel);

    f.undoStack.undo();
    QCOMPARE(column(panel, GapSuggestionsPanel::ReferenceColumn), AllReferences);
    QCOMPARE(tableOf(panel)->isHidden(), false);
}

void TestGapSuggestionsPanel::checksSurviveAReload()
{
    PageFixture f;
    GapSuggestionsPanel panel(f.context);
    const QList<qint64> ids = panel.suggestedProvisionIds();
    panel.setChecked(ids.at(3), true);
    panel.reload();
    QCOMPARE(panel.checkedProvisionIds(), QList<qint64>{ids.at(3)});

    // Creating some gaps keeps the other boxes as they were.
    panel.setChecked(ids.at(0), true);
    panel.setChecked(ids.at(3), false);
    panel.setChecked(ids.at(4), true);
    QVERIFY(panel.createGaps());
    QCOMPARE(panel.checkedProvisionIds(), QList<qint64>());
    panel.setChecked(ids.at(1), true);
    f.undoStack.undo();
    QCOMPARE(panel.suggestedProvisionIds(), ids);
    QCOMPARE(panel.checkedProvisionIds(), QList<qint64>{ids.at(1)});
}

void TestGapSuggestionsPanel::followsTheSelection()
{
    PageFixture f;
    GapSuggestionsPanel panel(f.context);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    // NATO against Japan's 2025 strategy: the eleven measures, never the pillars.
    AnalysisSelection selection;
    selection.sourcePartyId = f.idOf(QStringLiteral("parties"), QStringLiteral("NATO"));
    selection.targetFrameworkId = f.idOf(QStringLiteral("frameworks"), QStringLiteral("JP-CSS2025"));
    f.context.setAnalysisSelection(selection);
    QCOMPARE(panel.model()->rowCount(), 11);
    QCOMPARE(panel.model()->index(0, GapSuggestionsPanel::ReferenceColumn).data().toString(), QStringLiteral("P1(1)"));
    QCOMPARE(panel.model()->index(0, GapSuggestionsPanel::KindColumn).data().toString(), QStringLiteral("Uncovered"));
    QCOMPARE(panel.model()->index(0, GapSuggestionsPanel::ScoreColumn).data().toString(), QStringLiteral("0%"));
    QCOMPARE(panel.model()->index(2, GapSuggestionsPanel::KindColumn).data().toString(),
             QStringLiteral("Partly covered"));

    // An incomplete selection says what is missing.
    f.context.setAnalysisSelection(AnalysisSelection());
    QCOMPARE(panel.model()->rowCount(), 0);
    QCOMPARE(hintOf(panel), QStringLiteral("Choose a source and a target framework."));

    f.context.setAnalysisSelection(PageContext::defaultSelection(f.database.db()));
    QCOMPARE(column(panel, GapSuggestionsPanel::ReferenceColumn), AllReferences);
}

void TestGapSuggestionsPanel::followsOtherEdits()
{
    PageFixture f;
    GapSuggestionsPanel panel(f.context);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Closing G1 (on C2) elsewhere in the program offers C2 again, as not covered.
    const Result<ChangeSet> close =
        ChangePlanner(f.database.db())
            .update(QStringLiteral("gaps"), f.idOf(QStringLiteral("gaps"), QStringLiteral("G1")),
                    {{QStringLiteral("status"), QStringLiteral("closed")},
                     {QStringLiteral("closed_date"), QStringLiteral("2026-11-30")}});
    QVERIFY2(close.ok(), qPrintable(close.message()));
    QVERIFY(f.context.apply(*close, nullptr));
    QCOMPARE(column(panel, GapSuggestionsPanel::ReferenceColumn),
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                          QStringLiteral("5"), QStringLiteral("6")}));
    QCOMPARE(panel.model()->index(1, GapSuggestionsPanel::KindColumn).data().toString(), QStringLiteral("Uncovered"));
    f.undoStack.undo();
    QCOMPARE(column(panel, GapSuggestionsPanel::ReferenceColumn), AllReferences);
}

void TestGapSuggestionsPanel::followsTheDatabase()
{
    PageFixture f;
    GapSuggestionsPanel panel(f.context);
    test::TestDatabase empty(test::TestDatabase::Content::Empty);
    f.context.setDatabase(&empty.db());
    QCOMPARE(panel.model()->rowCount(), 0);
    QCOMPARE(hintOf(panel), QStringLiteral("Choose a source and a target framework."));
    f.context.setDatabase(&f.database.db());
    QCOMPARE(column(panel, GapSuggestionsPanel::ReferenceColumn), AllReferences);
    QCOMPARE(createButton(panel)->isEnabled(), false);
}

QTEST_MAIN(TestGapSuggestionsPanel)
#include "tst_gapsuggestionspanel.moc"
