#include "models/commands/ChangePlanner.h"
#include "models/itemmodels/CrosswalkMatrixModel.h"
#include "tests/gui/PageFixture.h"
#include "ui/views/MatrixPage.h"
#include "ui/widgets/MatrixCellList.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace crosswalk;
using test::PageFixture;

namespace {

QStringList recordedProblems;

void recordProblems(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
        recordedProblems << message;
}

/// The sample's JP groups, as the matrix rows of JP against NATO-CDP2016 (frameworks by code).
enum SampleRow
{
    CH01 = 0,
    CH02 = 1,
    CH09 = 8,
    CH10 = 9,
    CH12 = 11,
    CCO = 12,
    NCO = 15,
    P1 = 16,
    P3 = 18,
    ACD = 19,
    LEVEL = 20,
    TotalRow = 21
};

} // namespace

class TestMatrixPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rendersWithoutWarnings();
    void sampleCellsShowCountsAndRelationships();
    void headersNameTheGroups();
    void clickingACellListsItsMappings();
    void totalsListEveryMappingOfTheRowOrColumn();
    void arrowKeysMoveAndTheListFollows();
    void doubleClickAsksToOpenTheMapping();
    void newMappingChangesTheCell();
    void changingTheSelectionChangesRowsAndColumns();
    void hideEmptyRows();
    void showRecordChoosesTheCell();
    void reloadsWhenShownAfterAChange();
    void followsTheOpenDatabase();
    void screenshot();

private:
    QTableView* table() const { return m_page->findChild<QTableView*>(QStringLiteral("matrixTable")); }
    QTableView* list() const { return m_page->findChild<QTableView*>(QStringLiteral("cellMappings")); }
    QAbstractItemModel* model() const { return table()->model(); }
    QString cellText(int row, int column) const { return model()->index(row, column).data().toString(); }
    QStringList listColumn(int column) const { return test::columnTexts(list()->model(), column); }
    qint64 provision(const char* framework, const char* code)
    {
        return RecordStore(m_fixture->database.db())
            .idForCode(QStringLiteral("provisions"), QString::fromLatin1(code),
                       m_fixture->idOf(QStringLiteral("frameworks"), QString::fromLatin1(framework)))
            .value_or(0);
    }
    qint64 mappingBetween(qint64 source, qint64 target)
    {
        for (const QVariantMap& row :
             RecordStore(m_fixture->database.db())
                 .fetchAll(QStringLiteral("mappings"), QStringLiteral("source_provision_id"), source)) {
            if (row.value(QStringLiteral("target_provision_id")).toLongLong() == target)
                return row.value(QStringLiteral("id")).toLongLong();
        }
        return 0;
    }
    void click(const QModelIndex& index)
    {
        table()->scrollTo(index);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(index).center());
    }

    std::unique_ptr<PageFixture> m_fixture;
    std::unique_ptr<MatrixPage> m_page;
};

void TestMatrixPage::initTestCase()
{
    PageFixture::useTestSettings();
}

void TestMatrixPage::init()
{
    m_fixture = std::make_unique<PageFixture>();
    m_page = std::make_unique<MatrixPage>(m_fixture->context);
    m_page->resize(1400, 850);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QApplication::setActiveWindow(m_page.get());
}

void TestMatrixPage::cleanup()
{
    m_page.reset();
    m_fixture.reset();
}

void TestMatrixPage::rendersWithoutWarnings()
{
    m_page.reset();
    recordedProblems.clear();
    const QtMessageHandler previous = qInstallMessageHandler(recordProblems);
    {
        MatrixPage page(m_fixture->context);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.resize(1400, 850);
        QCoreApplication::processEvents();
        QVERIFY(!page.grab().isNull());
        QTableView* view = page.findChild<QTableView*>(QStringLiteral("matrixTable"));
        view->setCurrentIndex(view->model()->index(CH10, 2));
        page.resize(900, 600);
        QCoreApplication::processEvents();
        QVERIFY(!page.grab().isNull());
    }
    qInstallMessageHandler(previous);
    QVERIFY2(recordedProblems.isEmpty(), qPrintable(recordedProblems.join(QLatin1Char('\n'))));
}

void TestMatrixPage::sampleCellsShowCountsAndRelationships()
{
    // JP's 21 groups (JP-CRCSA 12, JP-CRCSA-REL 4, JP-CSS2025 3, JP-NSS2022 2) and the totals row;
    // NATO-CDP2016's C1..C7 and the totals column.
    QCOMPARE(model()->rowCount(), 22);
    QCOMPARE(model()->columnCount(), 8);

    QCOMPARE(cellText(CH02, 3), QStringLiteral("1 · intersects with"));
    for (int column = 0; column < 7; ++column)
        QCOMPARE(cellText(CH10, column), QStringLiteral("1 · no relationship"));
    QCOMPARE(cellText(NCO, 2), QStringLiteral("1 · intersects with"));
    QCOMPARE(cellText(P3, 4), QStringLiteral("1 · intersects with"));
    QCOMPARE(cellText(P3, 5), QStringLiteral("1 · intersects with"));
    QCOMPARE(cellText(LEVEL, 0), QStringLiteral("1 · intersects with"));
    QCOMPARE(cellText(CH01, 0), QString());
    QCOMPARE(cellText(CH09, 3), QString());
    QCOMPARE(cellText(ACD, 0), QString());

    QCOMPARE(cellText(CH10, 7), QStringLiteral("7 · no relationship"));
    QCOMPARE(cellText(P3, 7), QStringLiteral("2 · intersects with"));
    QCOMPARE(cellText(CH01, 7), QStringLiteral("0"));
    QCOMPARE(cellText(TotalRow, 0), QStringLiteral("2 · intersects with")); // CH10 and LEVEL
    QCOMPARE(cellText(TotalRow, 1), QStringLiteral("1 · no relationship"));
    QCOMPARE(cellText(TotalRow, 7), QStringLiteral("12 · intersects with"));

    // Colours by coverage: CH10 says "no relationship" only; LEVEL intersects with C1 (strength 5).
    QCOMPARE(model()->index(CH10, 0).data(CrosswalkMatrixModel::CoverageRole).toString(), QStringLiteral("none"));
    QCOMPARE(model()->index(LEVEL, 0).data(CrosswalkMatrixModel::CoverageRole).toString(), QStringLiteral("medium"));
    QCOMPARE(model()->index(P3, 5).data(CrosswalkMatrixModel::CoverageRole).toString(), QStringLiteral("medium"));
    QCOMPARE(model()->index(CH01, 0).data(Qt::BackgroundRole).isValid(), false);
    QVERIFY(model()->index(LEVEL, 0).data(Qt::BackgroundRole).isValid());

    const QString summary = m_page->findChild<QLabel*>(QStringLiteral("matrixSummary"))->text();
    QVERIFY2(summary.startsWith(QStringLiteral("JP against NATO-CDP2016 (21 × 7 groups): 12 mappings.")),
             qPrintable(summary));
}

void TestMatrixPage::headersNameTheGroups()
{
    QCOMPARE(model()->headerData(CH01, Qt::Vertical).toString(),
             QStringLiteral("JP-CRCSA Ch. 1 (Arts 1-3) — General provisions"));
    QCOMPARE(model()->headerData(CCO, Qt::Vertical).toString(),
             QStringLiteral("JP-CRCSA-REL CCO — Cabinet Cyber Officer"));
    QCOMPARE(model()->headerData(P1, Qt::Vertical, CrosswalkMatrixModel::ReferenceRole).toString(),
             QStringLiteral("JP-CSS2025 P1"));
    QCOMPARE(model()->headerData(TotalRow, Qt::Vertical).toString(), QStringLiteral("Total"));
    QCOMPARE(model()->headerData(0, Qt::Horizontal).toString(),
             QStringLiteral("1 — Develop the fullest range of capabilities"));
    QCOMPARE(model()->headerData(7, Qt::Horizontal).toString(), QStringLiteral("Total"));
    QVERIFY(
        model()->headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("NATO-CDP2016:C1")));

    // Readable: the row header shows references and titles without taking the page.
    QHeaderView* rows = table()->verticalHeader();
    QVERIFY(rows->width() >= 200);
    QVERIFY(rows->width() <= 380);
    for (int column = 0; column < model()->columnCount(); ++column)
        QVERIFY(table()->columnWidth(column) >= 120);
    QVERIFY(table()->horizontalHeader()->height() >= 3 * table()->fontMetrics().height());
}

void TestMatrixPage::clickingACellListsItsMappings()
{
    const qint64 ch10 = provision("JP-CRCSA", "CH10");
    const qint64 c3 = provision("NATO-CDP2016", "C3");
    click(model()->index(CH10, 2));
    QCOMPARE(table()->currentIndex(), model()->index(CH10, 2));
    QCOMPARE(m_page->cellList()->mappingIds(), QList<qint64>{mappingBetween(ch10, c3)});
    QCOMPARE(listColumn(MatrixCellList::SourceColumn), QStringList{QStringLiteral("JP-CRCSA:CH10")});
    QCOMPARE(listColumn(MatrixCellList::RelationshipColumn), QStringList{QStringLiteral("no relationship")});
    QCOMPARE(listColumn(MatrixCellList::TargetColumn), QStringList{QStringLiteral("NATO-CDP2016:C3")});
    QCOMPARE(listColumn(MatrixCellList::StrengthColumn), QStringList{QStringLiteral("0")});
    QCOMPARE(listColumn(MatrixCellList::ReviewStatusColumn), QStringList{QStringLiteral("Draft")});
    QVERIFY(!listColumn(MatrixCellList::RationaleColumn).constFirst().isEmpty());
    QVERIFY(!listColumn(MatrixCellList::JustificationColumn).constFirst().isEmpty());
    const QString heading = m_page->findChild<QLabel*>(QStringLiteral("cellHeading"))->text();
    QVERIFY2(heading.endsWith(QStringLiteral(": 1 mapping")), qPrintable(heading));

    // Nothing chosen in the list yet: the page shows no record.
    QCOMPARE(m_page->currentTable(), QString());
    QSignalSpy changed(m_page.get(), &WorkPage::currentRecordChanged);
    QTest::mouseClick(list()->viewport(), Qt::LeftButton, {},
                      list()->visualRect(list()->model()->index(0, 0)).center());
    QCOMPARE(m_page->currentTable(), QStringLiteral("mappings"));
    QCOMPARE(m_page->currentRecord().value(QStringLiteral("id")).toLongLong(), mappingBetween(ch10, c3));
    QVERIFY(changed.size() >= 1);

    // Another cell: its mappings only; an empty cell lists none.
    click(model()->index(P3, 4));
    QCOMPARE(m_page->cellList()->mappingIds(),
             QList<qint64>{mappingBetween(provision("JP-CSS2025", "P3-1"), provision("NATO-CDP2016", "C5"))});
    QCOMPARE(listColumn(MatrixCellList::SourceColumn), QStringList{QStringLiteral("JP-CSS2025:P3-1")});
    QCOMPARE(listColumn(MatrixCellList::StrengthColumn), QStringList{QStringLiteral("6")});
    QCOMPARE(m_page->currentTable(), QString());
    click(model()->index(CH01, 0));
    QCOMPARE(list()->model()->rowCount(), 0);
    QVERIFY(
        m_page->findChild<QLabel*>(QStringLiteral("cellHeading"))->text().endsWith(QStringLiteral(": no mappings")));
}

void TestMatrixPage::totalsListEveryMappingOfTheRowOrColumn()
{
    click(model()->index(TotalRow, 0));
    QCOMPARE(listColumn(MatrixCellList::SourceColumn),
             (QStringList{QStringLiteral("JP-CRCSA:CH10"), QStringLiteral("JP-NSS2022:LEVEL")}));
    click(model()->index(CH10, 7));
    QCOMPARE(list()->model()->rowCount(), 7);
    QCOMPARE(listColumn(MatrixCellList::TargetColumn).constFirst(), QStringLiteral("NATO-CDP2016:C1"));
    QCOMPARE(listColumn(MatrixCellList::TargetColumn).constLast(), QStringLiteral("NATO-CDP2016:C7"));
    click(model()->index(TotalRow, 7));
    QCOMPARE(list()->model()->rowCount(), 12);
}

void TestMatrixPage::arrowKeysMoveAndTheListFollows()
{
    table()->setFocus();
    table()->setCurrentIndex(model()->index(CH10, 0));
    QCOMPARE(listColumn(MatrixCellList::TargetColumn), QStringList{QStringLiteral("NATO-CDP2016:C1")});
    QTest::keyClick(table(), Qt::Key_Right);
    QCOMPARE(table()->currentIndex(), model()->index(CH10, 1));
    QCOMPARE(listColumn(MatrixCellList::TargetColumn), QStringList{QStringLiteral("NATO-CDP2016:C2")});
    QTest::keyClick(table(), Qt::Key_Up);
    QCOMPARE(table()->currentIndex(), model()->index(CH10 - 1, 1));
    QCOMPARE(list()->model()->rowCount(), 0);
    QTest::keyClick(table(), Qt::Key_Down);
    QTest::keyClick(table(), Qt::Key_Right);
    QCOMPARE(listColumn(MatrixCellList::TargetColumn), QStringList{QStringLiteral("NATO-CDP2016:C3")});

    // Enter takes the keyboard to the cell's mappings, the first one chosen; Enter there opens it.
    QSignalSpy open(&m_fixture->context, &PageContext::openRecordRequested);
    QTest::keyClick(table(), Qt::Key_Return);
    QVERIFY(list()->hasFocus());
    QCOMPARE(m_page->currentTable(), QStringLiteral("mappings"));
    QTest::keyClick(list(), Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(1).toLongLong(),
             mappingBetween(provision("JP-CRCSA", "CH10"), provision("NATO-CDP2016", "C3")));
}

void TestMatrixPage::doubleClickAsksToOpenTheMapping()
{
    const qint64 nco = provision("JP-CRCSA-REL", "NCO");
    const qint64 c3 = provision("NATO-CDP2016", "C3");
    click(model()->index(NCO, 2));
    QCOMPARE(list()->model()->rowCount(), 1);
    QSignalSpy open(&m_fixture->context, &PageContext::openRecordRequested);
    const QPoint point = list()->visualRect(list()->model()->index(0, MatrixCellList::TargetColumn)).center();
    QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, point);
    QTest::mouseDClick(list()->viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("mappings"));
    QCOMPARE(open.at(0).at(1).toLongLong(), mappingBetween(nco, c3));
}

void TestMatrixPage::newMappingChangesTheCell()
{
    const qint64 ch02 = provision("JP-CRCSA", "CH02");
    const qint64 c1 = provision("NATO-CDP2016", "C1");
    click(model()->index(CH02, 0));
    QCOMPARE(list()->model()->rowCount(), 0);

    // Stored the other way round: "C1 subset of CH02" reads "CH02 superset of C1".
    const Result<ChangeSet> plan =
        ChangePlanner(m_fixture->database.db())
            .insert(QStringLiteral("mappings"), {{QStringLiteral("source_provision_id"), c1},
                                                 {QStringLiteral("target_provision_id"), ch02},
                                                 {QStringLiteral("relationship"), QStringLiteral("subset_of")},
                                                 {QStringLiteral("rationale"), QStringLiteral("functional")},
                                                 {QStringLiteral("strength"), 8},
                                                 {QStringLiteral("justification"), QStringLiteral("Test")}});
    QVERIFY2(plan, qPrintable(plan.message()));
    QVERIFY(m_fixture->context.apply(*plan, m_page.get()));

    QCOMPARE(cellText(CH02, 0), QStringLiteral("1 · superset of"));
    QCOMPARE(model()->index(CH02, 0).data(CrosswalkMatrixModel::CoverageRole).toString(), QStringLiteral("full"));
    QCOMPARE(cellText(CH02, 7), QStringLiteral("2 · superset of"));
    QCOMPARE(cellText(TotalRow, 0), QStringLiteral("3 · superset of"));
    QCOMPARE(cellText(TotalRow, 7), QStringLiteral("13 · superset of"));
    // The chosen cell stays chosen and its list shows the new mapping, read from the source side.
    QCOMPARE(table()->currentIndex(), model()->index(CH02, 0));
    QCOMPARE(listColumn(MatrixCellList::SourceColumn), QStringList{QStringLiteral("JP-CRCSA:CH02")});
    QCOMPARE(listColumn(MatrixCellList::RelationshipColumn), QStringList{QStringLiteral("superset of")});
    QCOMPARE(listColumn(MatrixCellList::TargetColumn), QStringList{QStringLiteral("NATO-CDP2016:C1")});
    QVERIFY(list()
                ->model()
                ->index(0, MatrixCellList::RelationshipColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("other way round")));

    m_fixture->undoStack.undo();
    QCOMPARE(cellText(CH02, 0), QString());
    QCOMPARE(list()->model()->rowCount(), 0);
}

void TestMatrixPage::changingTheSelectionChangesRowsAndColumns()
{
    // One source framework: its groups without the framework code.
    AnalysisSelection selection;
    selection.sourceFrameworkId = m_fixture->idOf(QStringLiteral("frameworks"), QStringLiteral("JP-CSS2025"));
    selection.targetFrameworkId = m_fixture->idOf(QStringLiteral("frameworks"), QStringLiteral("NATO-CDP2016"));
    m_fixture->context.setAnalysisSelection(selection);
    QCOMPARE(model()->rowCount(), 4);
    QCOMPARE(model()->headerData(0, Qt::Vertical).toString(),
             QStringLiteral("P1 — Defence and deterrence against serious cyber threats"));
    QCOMPARE(cellText(2, 4), QStringLiteral("1 · intersects with"));
    QCOMPARE(cellText(3, 7), QStringLiteral("2 · intersects with"));

    // Through the scope bar: JP against NATO-SC2022, whose (b) is not applicable to Japan.
    m_fixture->context.setAnalysisSelection(PageContext::defaultSelection(m_fixture->database.db()));
    QComboBox* target = m_page->findChild<QComboBox*>(QStringLiteral("analysisTarget"));
    const int sc2022 = target->findData(m_fixture->idOf(QStringLiteral("frameworks"), QStringLiteral("NATO-SC2022")));
    QVERIFY(sc2022 >= 0);
    target->setCurrentIndex(sc2022);
    QCOMPARE(model()->rowCount(), 22);
    QCOMPARE(model()->columnCount(), 4);
    QCOMPARE(model()->headerData(1, Qt::Horizontal, CrosswalkMatrixModel::ReferenceRole).toString(),
             QStringLiteral("(b)"));
    const int sdf = 14;
    QCOMPARE(model()->headerData(sdf, Qt::Vertical, CrosswalkMatrixModel::ReferenceRole).toString(),
             QStringLiteral("JP-CRCSA-REL SDF"));
    QCOMPARE(cellText(sdf, 1), QStringLiteral("1 · no relationship"));
    QCOMPARE(model()->index(sdf, 1).data(CrosswalkMatrixModel::CoverageRole).toString(),
             QStringLiteral("not_applicable"));
    QCOMPARE(cellText(sdf, 2), QStringLiteral("1 · subset of"));
    QCOMPARE(cellText(21, 3), QStringLiteral("3 · subset of"));

    // No valid selection: an empty matrix and the reason.
    m_fixture->context.setAnalysisSelection(AnalysisSelection());
    QCOMPARE(model()->rowCount(), 0);
    QCOMPARE(list()->model()->rowCount(), 0);
    QVERIFY(!m_page->findChild<QLabel*>(QStringLiteral("matrixSummary"))->text().isEmpty());
}

void TestMatrixPage::hideEmptyRows()
{
    click(model()->index(P3, 5));
    QCheckBox* hide = m_page->findChild<QCheckBox*>(QStringLiteral("hideEmptyRows"));
    QVERIFY(hide);
    hide->setChecked(true);
    // CH02, CH10, NCO, P3 and LEVEL have mappings; then the totals.
    QCOMPARE(model()->rowCount(), 6);
    QCOMPARE(model()->headerData(3, Qt::Vertical, CrosswalkMatrixModel::ReferenceRole).toString(),
             QStringLiteral("JP-CSS2025 P3"));
    // The chosen cell stays chosen.
    QCOMPARE(table()->currentIndex(), model()->index(3, 5));
    QCOMPARE(list()->model()->rowCount(), 1);
    hide->setChecked(false);
    QCOMPARE(model()->rowCount(), 22);
    QCOMPARE(table()->currentIndex(), model()->index(P3, 5));
}

void TestMatrixPage::showRecordChoosesTheCell()
{
    QCOMPARE(m_page->tables(), QStringList{QStringLiteral("mappings")});
    const qint64 m13 = mappingBetween(provision("JP-CRCSA-REL", "NCO"), provision("NATO-CDP2016", "C3"));
    QVERIFY(m_page->showRecord(QStringLiteral("mappings"), m13));
    QCOMPARE(table()->currentIndex(), model()->index(NCO, 2));
    QCOMPARE(m_page->cellList()->currentMappingId(), m13);
    QCOMPARE(m_page->currentTable(), QStringLiteral("mappings"));
    QCOMPARE(m_page->currentRecord().value(QStringLiteral("id")).toLongLong(), m13);

    // A mapping onto another target framework is not in this matrix.
    const qint64 other = mappingBetween(provision("JP-CRCSA", "CH09"), provision("NATO-VIL2023", "CONCEPT"));
    QVERIFY(other > 0);
    QCOMPARE(m_page->showRecord(QStringLiteral("mappings"), other), false);
    QCOMPARE(m_page->showRecord(QStringLiteral("gaps"), 1), false);
}

void TestMatrixPage::reloadsWhenShownAfterAChange()
{
    m_page->hide();
    const qint64 acd = provision("JP-NSS2022", "ACD");
    const qint64 c7 = provision("NATO-CDP2016", "C7");
    const Result<ChangeSet> plan =
        ChangePlanner(m_fixture->database.db())
            .insert(QStringLiteral("mappings"), {{QStringLiteral("source_provision_id"), acd},
                                                 {QStringLiteral("target_provision_id"), c7},
                                                 {QStringLiteral("relationship"), QStringLiteral("intersects_with")},
                                                 {QStringLiteral("rationale"), QStringLiteral("semantic")},
                                                 {QStringLiteral("strength"), 3}});
    QVERIFY2(plan, qPrintable(plan.message()));
    QVERIFY(m_fixture->context.apply(*plan, nullptr));
    QCOMPARE(cellText(ACD, 6), QString()); // not recomputed while hidden
    m_page->show();
    QCOMPARE(cellText(ACD, 6), QStringLiteral("1 · intersects with"));
    QCOMPARE(model()->index(ACD, 6).data(CrosswalkMatrixModel::CoverageRole).toString(), QStringLiteral("low"));
}

void TestMatrixPage::followsTheOpenDatabase()
{
    click(model()->index(CH10, 0));
    m_fixture->context.setDatabase(nullptr);
    QCOMPARE(model()->rowCount(), 0);
    QCOMPARE(list()->model()->rowCount(), 0);
    QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("matrixSummary"))->text(),
             QStringLiteral("No database is open."));
    QCOMPARE(m_page->currentTable(), QString());

    m_fixture->context.setDatabase(&m_fixture->database.db());
    QCOMPARE(model()->rowCount(), 22);
    QCOMPARE(cellText(CH10, 7), QStringLiteral("7 · no relationship"));
}

void TestMatrixPage::screenshot()
{
    const qint64 m13 = mappingBetween(provision("JP-CRCSA-REL", "NCO"), provision("NATO-CDP2016", "C3"));
    QVERIFY(m_page->showRecord(QStringLiteral("mappings"), m13));
    table()->setFocus();
    QCoreApplication::processEvents();
    const QString path =
        qEnvironmentVariable("CROSSWALK_SCREENSHOT_DIR", QDir::tempPath()) + QStringLiteral("/matrix-page.png");
    QVERIFY(m_page->grab().save(path));
    QVERIFY(QFileInfo(path).size() > 0);
    m_page->resize(960, 680);
    QCoreApplication::processEvents();
    QVERIFY(m_page->grab().save(QFileInfo(path).dir().filePath(QStringLiteral("matrix-page-narrow.png"))));

    // Only the groups with mappings, against a target with a provision not applicable to Japan.
    m_page->resize(1400, 850);
    m_page->findChild<QCheckBox*>(QStringLiteral("hideEmptyRows"))->setChecked(true);
    AnalysisSelection selection = m_fixture->context.analysisSelection();
    selection.targetFrameworkId = m_fixture->idOf(QStringLiteral("frameworks"), QStringLiteral("NATO-SC2022"));
    m_fixture->context.setAnalysisSelection(selection);
    table()->setCurrentIndex(model()->index(1, 1));
    QCoreApplication::processEvents();
    QVERIFY(m_page->grab().save(QFileInfo(path).dir().filePath(QStringLiteral("matrix-page-filtered.png"))));
}

QTEST_MAIN(TestMatrixPage)
#include "tst_matrixpage.moc"
