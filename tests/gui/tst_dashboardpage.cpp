#include "models/analysis/CoverageEngine.h"
#include "models/commands/ChangePlanner.h"
#include "tests/gui/PageFixture.h"
#include "ui/views/DashboardPage.h"
#include "ui/widgets/ChartExporter.h"
#include "ui/widgets/DashboardChartView.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLabel>
#include <QScatterSeries>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace crosswalk;
using test::PageFixture;

namespace {

/// The Qt warnings and critical messages printed while a test runs.
QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg)
        g_messages << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

/// The values of a bar set, top category first (horizontal bars list the bottom one first).
QList<qreal> topFirst(const QBarSet* set)
{
    QList<qreal> values;
    for (int i = set->count() - 1; i >= 0; --i)
        values << set->at(i);
    return values;
}

QStringList topFirst(QStringList labels)
{
    std::reverse(labels.begin(), labels.end());
    return labels;
}

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rendersWithoutQtWarnings();
    void hasNoRecordOfItsOwn();
    void coverageChartMatchesTheEngine();
    void countChartsShowTheFigures();
    void selectionChangesTheCharts();
    void databaseChangeUpdatesTheHeadline();
    void overdueCommitmentsAreHighlightedAndListed();
    void savesChartAsPng();
    void savesChartAsSvg();
    void nameWithoutSuffixIsSavedAsPng();
    void unwritablePathShowsErrorAndWritesNothing();
    void unknownSuffixIsRefused();
    void cancelledDialogWritesNothing();
    void emptyDatabaseSaysNoData();
    void hiddenPageCatchesUpWhenShown();
    void narrowPageShowsOneChartARow();
    void screenshot();

private:
    DashboardChartView* chart(const QString& key) const { return m_page->chart(key); }
    QLabel* headline() const { return m_page->findChild<QLabel*>(QStringLiteral("coverageHeadline")); }
    QToolButton* saveButton(const QString& key) const
    {
        return m_page->findChild<QToolButton*>(QStringLiteral("saveChart_") + key);
    }
    template <typename S> S* seriesOf(const QString& key) const
    {
        const QList<QAbstractSeries*> series = chart(key)->chart()->series();
        for (QAbstractSeries* one : series) {
            if (auto* typed = qobject_cast<S*>(one))
                return typed;
        }
        return nullptr;
    }
    QStringList categoriesOf(const QString& key) const
    {
        const QList<QAbstractAxis*> axes = chart(key)->chart()->axes(Qt::Vertical);
        auto* axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis*>(axes.first());
        return axis ? topFirst(axis->categories()) : QStringList();
    }
    qint64 frameworkId(const QString& code) { return m_fixture->idOf(QStringLiteral("frameworks"), code); }
    qint64 partyId(const QString& code) { return m_fixture->idOf(QStringLiteral("parties"), code); }
    void renderEverything();
    void resizeTo(int width, int height)
    {
        m_window->resize(width, height);
        m_page->setGeometry(0, 0, width, height);
        // Each pass lets one level of layouts (grid, scroll area content, scroll area) take the new size.
        for (int pass = 0; pass < 3; ++pass)
            QCoreApplication::processEvents();
    }

    std::unique_ptr<PageFixture> m_fixture;
    /// The page lives in a window as in the main window (a child, not a window of its own: the offscreen
    /// platform warns about the size constraints of top-level windows, whatever they show).
    std::unique_ptr<QWidget> m_window;
    DashboardPage* m_page = nullptr;
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString tmp(const QString& name) const { return m_tmp->filePath(name); }
};

void TestDashboardPage::initTestCase()
{
    PageFixture::useTestSettings();
}

void TestDashboardPage::init()
{
    g_messages.clear();
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    g_previousHandler = qInstallMessageHandler(recordMessage);
    m_fixture = std::make_unique<PageFixture>();
    m_window = std::make_unique<QWidget>();
    m_page = new DashboardPage(m_fixture->context, m_window.get());
    m_page->setToday(QDate(2027, 6, 1));
    resizeTo(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDashboardPage::cleanup()
{
    m_window.reset();
    m_page = nullptr;
    m_fixture.reset();
    qInstallMessageHandler(g_previousHandler);
    g_previousHandler = nullptr;
}

void TestDashboardPage::renderEverything()
{
    QVERIFY(!m_page->grab().isNull());
    auto* scroll = m_page->findChild<QScrollArea*>(QStringLiteral("dashboardScroll"));
    QVERIFY(scroll);
    QVERIFY(!scroll->widget()->grab().isNull());
    for (const QString& key : DashboardPage::chartKeys())
        QVERIFY(!chart(key)->grab().isNull());
}

void TestDashboardPage::rendersWithoutQtWarnings()
{
    renderEverything();
    resizeTo(960, 680);
    renderEverything();
    resizeTo(1400, 900);
    renderEverything();
    QCOMPARE(g_messages, QStringList());
}

void TestDashboardPage::hasNoRecordOfItsOwn()
{
    QCOMPARE(m_page->objectName(), QStringLiteral("dashboardPage"));
    QCOMPARE(m_page->tables(), QStringList());
    QCOMPARE(m_page->showRecord(QStringLiteral("commitments"), 1), false);
    QCOMPARE(m_page->currentTable(), QString());
    QCOMPARE(m_page->currentRecord(), QVariantMap());
    for (const QString& key : DashboardPage::chartKeys()) {
        QVERIFY2(chart(key), qPrintable(key));
        QVERIFY2(saveButton(key), qPrintable(key));
        QVERIFY2(chart(key)->hasData(), qPrintable(key));
        QVERIFY(saveButton(key)->isEnabled());
    }
}

void TestDashboardPage::coverageChartMatchesTheEngine()
{
    const Result<CoverageScope> scope = m_fixture->context.analysisScope();
    QVERIFY2(scope.ok(), qPrintable(scope.message()));
    QCOMPARE(scope->targetCode, QStringLiteral("NATO-CDP2016"));
    QCOMPARE(scope->sourceCode, QStringLiteral("JP"));
    const CoverageReport report = CoverageEngine::compute(m_fixture->database.db(), *scope);
    const QList<const CoverageItem*> groups = report.groups();
    QCOMPARE(groups.size(), 7);

    auto* series = seriesOf<QHorizontalStackedBarSeries>(QStringLiteral("coverage"));
    QVERIFY(series);
    const QList<QBarSet*> sets = series->barSets();
    // No provision of NATO-CDP2016 is marked not applicable to Japan: three sets.
    QCOMPARE(sets.size(), 3);
    QCOMPARE(sets[0]->label(), QStringLiteral("Covered"));
    QCOMPARE(sets[1]->label(), QStringLiteral("Partly covered"));
    QCOMPARE(sets[2]->label(), QStringLiteral("Not covered"));
    const CoverageStatus statuses[] = {CoverageStatus::Covered, CoverageStatus::Partial, CoverageStatus::Uncovered};
    for (int s = 0; s < 3; ++s) {
        QList<qreal> expected;
        for (const CoverageItem* group : groups)
            expected << group->counts.count(statuses[s]);
        QCOMPARE(topFirst(sets[s]), expected);
    }
    // 0 covered, 5 partly, 2 not covered in all.
    qreal partial = 0;
    qreal uncovered = 0;
    for (int i = 0; i < 7; ++i) {
        partial += sets[1]->at(i);
        uncovered += sets[2]->at(i);
    }
    QCOMPARE(partial, 5.0);
    QCOMPARE(uncovered, 2.0);

    const QStringList categories = categoriesOf(QStringLiteral("coverage"));
    QCOMPARE(categories.size(), 7);
    QCOMPARE(categories[1], QStringLiteral("2 Allocate adequate resources")); // C2, reference label 2
    for (int i = 0; i < 7; ++i)
        QVERIFY2(categories[i].startsWith(QStringLiteral("%1 ").arg(i + 1)), qPrintable(categories[i]));
    QVERIFY(chart(QStringLiteral("coverage"))->chart()->title().contains(QStringLiteral("NATO-CDP2016")));
    QVERIFY(headline()->text().startsWith(
        QStringLiteral("NATO-CDP2016 covered by JP: 0 covered, 5 partly, 2 not covered, 0 not applicable — score ")));
    QCOMPARE(headline()->text(), m_page->figures().headline());
}

void TestDashboardPage::countChartsShowTheFigures()
{
    // Commitments by status: agreed 2, in progress 3, done 1; every status named with its count.
    QCOMPARE(
        categoriesOf(QStringLiteral("commitmentStatus")),
        (QStringList{QStringLiteral("Proposed (0)"), QStringLiteral("Agreed (2)"), QStringLiteral("In progress (3)"),
                     QStringLiteral("Done (1)"), QStringLiteral("Stalled (0)"), QStringLiteral("Dropped (0)")}));
    auto* status = seriesOf<QHorizontalStackedBarSeries>(QStringLiteral("commitmentStatus"));
    QVERIFY(status);
    QCOMPARE(status->barSets().size(), 6);
    QCOMPARE(status->barSets()[2]->label(), QStringLiteral("In progress"));
    QCOMPARE(topFirst(status->barSets()[2]), (QList<qreal>{0, 0, 3, 0, 0, 0}));

    QCOMPARE(
        categoriesOf(QStringLiteral("commitmentTheme")),
        (QStringList{QStringLiteral("Policy alignment (3)"), QStringLiteral("Critical infrastructure protection (1)"),
                     QStringLiteral("Information sharing (1)"), QStringLiteral("Joint exercises (1)")}));
    auto* theme = seriesOf<QHorizontalBarSeries>(QStringLiteral("commitmentTheme"));
    QVERIFY(theme);
    QCOMPARE(topFirst(theme->barSets()[0]), (QList<qreal>{3, 1, 1, 1}));

    // G1 medium, G2 low, G3 high, G4 medium, all open.
    QCOMPARE(categoriesOf(QStringLiteral("gapSeverity")),
             (QStringList{QStringLiteral("Low (1)"), QStringLiteral("Medium (2)"), QStringLiteral("High (1)"),
                          QStringLiteral("Critical (0)")}));
    QCOMPARE(categoriesOf(QStringLiteral("gapStatus")),
             (QStringList{QStringLiteral("Open (4)"), QStringLiteral("Mitigating (0)"), QStringLiteral("Closed (0)"),
                          QStringLiteral("Accepted (0)")}));
    auto* summary = m_page->findChild<QLabel*>(QStringLiteral("dashboardSummary"));
    QVERIFY(summary);
    QVERIFY2(summary->text().startsWith(QStringLiteral("Commitments: 6 · Gaps: 4 (unresolved: 4) · "
                                                       "Overdue commitments: 1")),
             qPrintable(summary->text()));
}

void TestDashboardPage::selectionChangesTheCharts()
{
    AnalysisSelection selection;
    selection.sourcePartyId = partyId(QStringLiteral("JP"));
    selection.targetFrameworkId = frameworkId(QStringLiteral("NATO-SC2022"));
    m_fixture->context.setAnalysisSelection(selection);

    QVERIFY2(headline()->text().startsWith(QStringLiteral("NATO-SC2022 covered by JP: ")),
             qPrintable(headline()->text()));
    QVERIFY(headline()->text().contains(QStringLiteral("1 not applicable")));
    QVERIFY(chart(QStringLiteral("coverage"))->chart()->title().contains(QStringLiteral("NATO-SC2022")));
    const QStringList categories = categoriesOf(QStringLiteral("coverage"));
    QCOMPARE(categories.size(), 3);
    QVERIFY2(categories[1].startsWith(QStringLiteral("(b) ")), qPrintable(categories[1])); // provision B
    // Provision B is marked not applicable to Japan: a fourth set, with B's one leaf in it.
    auto* series = seriesOf<QHorizontalStackedBarSeries>(QStringLiteral("coverage"));
    QVERIFY(series);
    QCOMPARE(series->barSets().size(), 4);
    QCOMPARE(series->barSets()[3]->label(), QStringLiteral("Not applicable"));
    QCOMPARE(topFirst(series->barSets()[3]), (QList<qreal>{0, 1, 0}));
    // G1 and G2 are on NATO-CDP2016: left out now; G3 and G4 (on no provision) stay.
    QCOMPARE(m_page->figures().gapCount, 2);
    QCOMPARE(categoriesOf(QStringLiteral("gapStatus")).first(), QStringLiteral("Open (2)"));
}

void TestDashboardPage::databaseChangeUpdatesTheHeadline()
{
    const RecordStore store(m_fixture->database.db());
    const qint64 source =
        store.idForCode(QStringLiteral("provisions"), QStringLiteral("CH01"), frameworkId(QStringLiteral("JP-CRCSA")))
            .value_or(0);
    const qint64 c2 =
        store.idForCode(QStringLiteral("provisions"), QStringLiteral("C2"), frameworkId(QStringLiteral("NATO-CDP2016")))
            .value_or(0);
    QVERIFY(source > 0);
    QVERIFY(c2 > 0);
    const auto plan =
        ChangePlanner(m_fixture->database.db())
            .insert(QStringLiteral("mappings"), {{QStringLiteral("source_provision_id"), source},
                                                 {QStringLiteral("target_provision_id"), c2},
                                                 {QStringLiteral("relationship"), QStringLiteral("equal")},
                                                 {QStringLiteral("rationale"), QStringLiteral("semantic")},
                                                 {QStringLiteral("strength"), 10}});
    QVERIFY2(plan.ok(), qPrintable(plan.message()));
    QVERIFY(m_fixture->context.apply(*plan, m_page));
    QCoreApplication::processEvents(); // the page recomputes once per burst of change signals
    QVERIFY2(headline()->text().startsWith(
                 QStringLiteral("NATO-CDP2016 covered by JP: 1 covered, 5 partly, 1 not covered, 0 not applicable")),
             qPrintable(headline()->text()));
    auto* series = seriesOf<QHorizontalStackedBarSeries>(QStringLiteral("coverage"));
    QVERIFY(series);
    QCOMPARE(topFirst(series->barSets()[0]), (QList<qreal>{0, 1, 0, 0, 0, 0, 0}));

    m_fixture->undoStack.undo();
    QCoreApplication::processEvents();
    QVERIFY2(headline()->text().startsWith(
                 QStringLiteral("NATO-CDP2016 covered by JP: 0 covered, 5 partly, 2 not covered, 0 not applicable")),
             qPrintable(headline()->text()));
}

void TestDashboardPage::overdueCommitmentsAreHighlightedAndListed()
{
    // On 1 June 2027, C4 (due 2026, agreed) is overdue; C6 (due 2027) is not yet.
    auto* list = m_page->findChild<QTreeWidget*>(QStringLiteral("overdueList"));
    QVERIFY(list);
    QVERIFY(list->isVisible());
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("C4"));
    QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("Agreed"));
    auto* heading = m_page->findChild<QLabel*>(QStringLiteral("overdueHeading"));
    QVERIFY(heading->text().startsWith(QStringLiteral("Overdue commitments (1")));

    // In the timeline: a marker of its own (named "Overdue commitment"), and the row says so.
    QScatterSeries* overdue = nullptr;
    for (QAbstractSeries* series : chart(QStringLiteral("timeline"))->chart()->series()) {
        if (series->name() == QLatin1String("Overdue commitment"))
            overdue = qobject_cast<QScatterSeries*>(series);
    }
    QVERIFY(overdue);
    QCOMPARE(overdue->count(), 1);
    QCOMPARE(overdue->markerShape(), QScatterSeries::MarkerShapeRectangle);
    const QList<QAbstractAxis*> axes = chart(QStringLiteral("timeline"))->chart()->axes(Qt::Vertical);
    auto* rows = qobject_cast<QCategoryAxis*>(axes.value(0));
    QVERIFY(rows);
    // Four programme rows (CB1 to CB4), then C4 and C6; labels bottom first.
    const QStringList labels = topFirst(rows->categoriesLabels());
    QCOMPARE(labels.size(), 6);
    QVERIFY2(labels[0].startsWith(QStringLiteral("CB1 ")), qPrintable(labels[0]));
    QVERIFY2(labels[4].startsWith(QStringLiteral("C4 ")) && labels[4].endsWith(QStringLiteral(" — overdue")),
             qPrintable(labels[4]));
    QVERIFY2(labels[5].startsWith(QStringLiteral("C6 ")) && !labels[5].contains(QStringLiteral("overdue")),
             qPrintable(labels[5]));

    // A year earlier nothing is overdue: the list gives way to a sentence.
    m_page->setToday(QDate(2026, 6, 1));
    QCOMPARE(list->topLevelItemCount(), 0);
    QVERIFY(list->isHidden());
    QVERIFY(heading->text().startsWith(QStringLiteral("No commitment is overdue")));

    // Double-clicking (activating) a listed commitment asks to open it.
    m_page->setToday(QDate(2027, 6, 1));
    QSignalSpy opened(&m_fixture->context, &PageContext::openRecordRequested);
    Q_EMIT list->itemActivated(list->topLevelItem(0), 0);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened[0][0].toString(), QStringLiteral("commitments"));
    QCOMPARE(opened[0][1].toLongLong(), m_fixture->idOf(QStringLiteral("commitments"), QStringLiteral("C4")));
}

void TestDashboardPage::savesChartAsPng()
{
    const QString path = tmp(QStringLiteral("coverage.png"));
    m_fixture->dialogs.nextSaveFileName = path;
    saveButton(QStringLiteral("coverage"))->click();
    QCOMPARE(m_fixture->dialogs.criticals, QStringList());
    QImage image;
    QVERIFY(image.load(path));
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= chart(QStringLiteral("coverage"))->width());
    QVERIFY(image.height() > 0);
    // Not a blank canvas: the bars are in it.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY(colours.size() > 10);
    QCOMPARE(QDir(m_tmp->path()).entryList(QDir::Files), QStringList{QStringLiteral("coverage.png")});

    // Every chart of the page.
    for (const QString& key : DashboardPage::chartKeys()) {
        const QString file = tmp(key + QStringLiteral(".png"));
        m_fixture->dialogs.nextSaveFileName = file;
        saveButton(key)->click();
        QVERIFY2(QImage(file).width() > 0, qPrintable(key));
    }
    QCOMPARE(m_fixture->dialogs.criticals, QStringList());
}

void TestDashboardPage::savesChartAsSvg()
{
    const QString path = tmp(QStringLiteral("timeline.svg"));
    m_fixture->dialogs.nextSaveFileName = path;
    m_page->saveChart(QStringLiteral("timeline"));
    QCOMPARE(m_fixture->dialogs.criticals, QStringList());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QVERIFY(svg.startsWith("<?xml") || svg.contains("<svg"));
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains("Timeline"));
}

void TestDashboardPage::nameWithoutSuffixIsSavedAsPng()
{
    m_fixture->dialogs.nextSaveFileName = tmp(QStringLiteral("gaps"));
    saveButton(QStringLiteral("gapSeverity"))->click();
    QCOMPARE(m_fixture->dialogs.criticals, QStringList());
    QVERIFY(QImage(tmp(QStringLiteral("gaps.png"))).width() > 0);
    QVERIFY(!QFile::exists(tmp(QStringLiteral("gaps"))));
}

void TestDashboardPage::unwritablePathShowsErrorAndWritesNothing()
{
    // A folder that is a file: nothing can be written under it (whoever runs the test).
    const QString blocker = tmp(QStringLiteral("not-a-folder"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
    }
    const QString path = blocker + QStringLiteral("/chart.png");
    m_fixture->dialogs.nextSaveFileName = path;
    saveButton(QStringLiteral("commitmentStatus"))->click();
    QCOMPARE(m_fixture->dialogs.criticals.size(), 1);
    QVERIFY2(m_fixture->dialogs.criticals[0].contains(QDir::toNativeSeparators(path)),
             qPrintable(m_fixture->dialogs.criticals[0]));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_tmp->path()).entryList(QDir::Files), QStringList{QStringLiteral("not-a-folder")});
}

void TestDashboardPage::unknownSuffixIsRefused()
{
    const QString path = tmp(QStringLiteral("chart.jpg"));
    m_fixture->dialogs.nextSaveFileName = path;
    saveButton(QStringLiteral("commitmentTheme"))->click();
    QCOMPARE(m_fixture->dialogs.criticals.size(), 1);
    QVERIFY(m_fixture->dialogs.criticals[0].contains(QStringLiteral(".svg")));
    QVERIFY(!QFile::exists(path));
}

void TestDashboardPage::cancelledDialogWritesNothing()
{
    m_fixture->dialogs.nextSaveFileName.clear();
    saveButton(QStringLiteral("coverage"))->click();
    QCOMPARE(m_fixture->dialogs.criticals, QStringList());
    QCOMPARE(QDir(m_tmp->path()).entryList(QDir::Files), QStringList());
}

void TestDashboardPage::emptyDatabaseSaysNoData()
{
    test::TestDatabase empty;
    m_fixture->context.setDatabase(&empty.db());
    QCoreApplication::processEvents();
    QCOMPARE(headline()->text(), QStringLiteral("Choose a source and a target framework."));
    for (const QString& key : DashboardPage::chartKeys()) {
        QVERIFY2(!chart(key)->hasData(), qPrintable(key));
        QVERIFY(chart(key)->chart()->series().isEmpty());
        QVERIFY(!saveButton(key)->isEnabled());
    }
    QVERIFY(!chart(QStringLiteral("gapStatus"))->chart()->title().isEmpty());
    m_fixture->dialogs.nextSaveFileName = tmp(QStringLiteral("empty.png"));
    m_page->saveChart(QStringLiteral("coverage"));
    QVERIFY(!QFile::exists(tmp(QStringLiteral("empty.png"))));
    renderEverything();
    QCOMPARE(g_messages, QStringList());
    m_fixture->context.setDatabase(&m_fixture->database.db());
}

void TestDashboardPage::hiddenPageCatchesUpWhenShown()
{
    m_page->hide();
    AnalysisSelection selection;
    selection.sourcePartyId = partyId(QStringLiteral("JP"));
    selection.targetFrameworkId = frameworkId(QStringLiteral("NATO-SC2022"));
    m_fixture->context.setAnalysisSelection(selection);
    QVERIFY(headline()->text().startsWith(QStringLiteral("NATO-CDP2016"))); // not recomputed while hidden
    m_page->show();
    QVERIFY(m_page->isVisible());
    QVERIFY2(headline()->text().startsWith(QStringLiteral("NATO-SC2022")), qPrintable(headline()->text()));
}

void TestDashboardPage::narrowPageShowsOneChartARow()
{
    DashboardChartView* status = chart(QStringLiteral("commitmentStatus"));
    DashboardChartView* theme = chart(QStringLiteral("commitmentTheme"));
    QCOMPARE(status->y(), theme->y()); // side by side
    QVERIFY(theme->x() > status->x());
    resizeTo(960, 680);
    QCOMPARE(status->x(), theme->x()); // one under the other
    QVERIFY(theme->y() > status->y());
    QCOMPARE(theme->width(), chart(QStringLiteral("coverage"))->width());
    resizeTo(1400, 900);
    QCOMPARE(status->y(), theme->y());
}

void TestDashboardPage::screenshot()
{
    QCoreApplication::processEvents();
    const QString dir = qEnvironmentVariable("CROSSWALK_SCREENSHOT_DIR", QDir::tempPath());
    QVERIFY(m_page->grab().save(dir + QStringLiteral("/dashboard-page.png")));
    auto* scroll = m_page->findChild<QScrollArea*>(QStringLiteral("dashboardScroll"));
    QVERIFY(scroll->widget()->grab().save(dir + QStringLiteral("/dashboard-content.png")));
    resizeTo(960, 680);
    QVERIFY(m_page->grab().save(dir + QStringLiteral("/dashboard-page-narrow.png")));
    QVERIFY(scroll->widget()->grab().save(dir + QStringLiteral("/dashboard-content-narrow.png")));
    resizeTo(1400, 900);
    // The exported files, to look at as well.
    QVERIFY(
        ChartExporter::save(*chart(QStringLiteral("timeline")), dir + QStringLiteral("/dashboard-timeline.png")).ok());
    QVERIFY(
        ChartExporter::save(*chart(QStringLiteral("timeline")), dir + QStringLiteral("/dashboard-timeline.svg")).ok());

    // A target in a tree (JP-CSS2025: three pillars with measures), covered by NATO's frameworks.
    AnalysisSelection selection;
    selection.sourcePartyId = partyId(QStringLiteral("NATO"));
    selection.targetFrameworkId = frameworkId(QStringLiteral("JP-CSS2025"));
    m_fixture->context.setAnalysisSelection(selection);
    QCoreApplication::processEvents(); // the charts drop their old axes from the event loop
    QVERIFY(scroll->widget()->grab().save(dir + QStringLiteral("/dashboard-content-tree.png")));
    // A target with a not-applicable mark.
    selection.sourcePartyId = partyId(QStringLiteral("JP"));
    selection.targetFrameworkId = frameworkId(QStringLiteral("NATO-SC2022"));
    m_fixture->context.setAnalysisSelection(selection);
    QCoreApplication::processEvents();
    QVERIFY(chart(QStringLiteral("coverage"))->grab().save(dir + QStringLiteral("/dashboard-coverage-na.png")));

    test::TestDatabase empty;
    m_fixture->context.setDatabase(&empty.db());
    QCoreApplication::processEvents();
    QVERIFY(m_page->grab().save(dir + QStringLiteral("/dashboard-empty.png")));
    m_fixture->context.setDatabase(&m_fixture->database.db());
    QCOMPARE(g_messages, QStringList());
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
