// The analysis pages together in the real main window: a mapping made on the Crosswalk page shows on
// the Dashboard and the Matrix, a source or target chosen on one page is the choice of the others, and
// gap suggestions turn into gap records.
#include "models/analysis/CoverageEngine.h"
#include "models/exchange/DatabaseBootstrap.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "tests/gui/FakeDialogProvider.h"
#include "ui/MainWindow.h"
#include "ui/support/InterfaceLanguage.h"
#include "ui/views/CrosswalkPage.h"
#include "ui/views/PageContext.h"
#include "ui/widgets/ProvisionTreePane.h"

#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace crosswalk;

namespace {
QStringList g_warnings;
QtMessageHandler g_previous = nullptr;

void recordWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    // The offscreen platform plugin says this of every top-level window whose minimum size changes
    // (QOffscreenWindow does not implement propagateSizeHints); it comes from the platform, not from
    // what the pages draw, and the pages' own tests (shown without a top-level size constraint) see
    // no warning at all.
    const bool platformNotice = message == QLatin1String("This plugin does not support propagateSizeHints()");
    if ((type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) && !platformNotice)
        g_warnings << message;
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

class TestAnalysisFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void mappingOnTheCrosswalkPageChangesTheDashboard();
    void selectionIsSharedByTheAnalysisPages();
    void gapSuggestionsBecomeGaps();
    void analysisPagesRenderWithoutWarnings();

private:
    qint64 provision(const char* framework, const char* code) const;
    /// The coverage chart's value for a status (bar set) and target group (category index).
    qreal coverageBar(int set, int group) const;
    template <typename T> T* find(const char* name) const
    {
        T* found = m_window->findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qWarning("no widget %s", name);
        return found;
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
};

void TestAnalysisFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Crosswalk"));
    QCoreApplication::setApplicationName(QStringLiteral("crosswalk-analysis-test"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY(InterfaceLanguage::install(*QCoreApplication::instance(), QStringLiteral("en")));
}

void TestAnalysisFlow::init()
{
    QSettings().clear();
    static int counter = 0;
    const QString path = m_dir.filePath(QStringLiteral("sample-%1.crosswalk").arg(++counter));
    auto db = std::make_unique<Database>();
    const Status created = DatabaseBootstrap::createNew(*db, path, DatasetPackage::Seed::Sample);
    QVERIFY2(created.ok(), qPrintable(created.message()));
    m_window = std::make_unique<MainWindow>(std::move(db), std::make_unique<test::FakeDialogProvider>());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAnalysisFlow::cleanup()
{
    m_window.reset();
}

qint64 TestAnalysisFlow::provision(const char* framework, const char* code) const
{
    RecordStore store(*m_window->database());
    const qint64 frameworkId =
        store.idForCode(QStringLiteral("frameworks"), QString::fromLatin1(framework)).value_or(0);
    return store.idForCode(QStringLiteral("provisions"), QString::fromLatin1(code), frameworkId).value_or(0);
}

qreal TestAnalysisFlow::coverageBar(int set, int group) const
{
    auto* view = find<QChartView>("chart_coverage");
    if (!view)
        return -1;
    for (QAbstractSeries* series : view->chart()->series()) {
        if (auto* bars = qobject_cast<QHorizontalStackedBarSeries*>(series)) {
            // Horizontal bars list the bottom category first.
            const QBarSet* values = bars->barSets().value(set);
            return values ? values->at(values->count() - 1 - group) : -1;
        }
    }
    return -1;
}

void TestAnalysisFlow::mappingOnTheCrosswalkPageChangesTheDashboard()
{
    // The sample opens on Japan against the Cyber Defence Pledge; C2 (the second group) is not covered.
    m_window->showPage(MainWindow::Page::Dashboard);
    auto* headline = find<QLabel>("coverageHeadline");
    QVERIFY(headline);
    QTRY_VERIFY(headline->text().contains(QStringLiteral("0 covered")));
    QCOMPARE(coverageBar(0, 1), 0.0); // covered
    QCOMPARE(coverageBar(2, 1), 1.0); // not covered

    m_window->showPage(MainWindow::Page::Crosswalk);
    auto* page = qobject_cast<CrosswalkPage*>(m_window->workPage(MainWindow::Page::Crosswalk));
    QVERIFY(page);
    QVERIFY(page->sourcePane()->select(provision("JP-CSS2025", "P3-1")));
    QVERIFY(page->targetPane()->select(provision("NATO-CDP2016", "C2")));
    auto* relationship = page->findChild<QComboBox*>(QStringLiteral("field_relationship"));
    QVERIFY(relationship);
    relationship->setCurrentIndex(relationship->findData(QStringLiteral("superset_of")));
    auto* map = page->findChild<QPushButton*>(QStringLiteral("mapButton"));
    QVERIFY(map && map->isEnabled());
    QTest::mouseClick(map, Qt::LeftButton);
    QCOMPARE(m_window->undoStack().count(), 1);

    m_window->showPage(MainWindow::Page::Dashboard);
    QTRY_VERIFY2(headline->text().contains(QStringLiteral("1 covered")), qPrintable(headline->text()));
    QCOMPARE(coverageBar(0, 1), 1.0);
    QCOMPARE(coverageBar(2, 1), 0.0);

    // Undo from the main window takes the dashboard back.
    m_window->undoStack().undo();
    QTRY_VERIFY2(headline->text().contains(QStringLiteral("0 covered")), qPrintable(headline->text()));
    QCOMPARE(coverageBar(2, 1), 1.0);
}

void TestAnalysisFlow::selectionIsSharedByTheAnalysisPages()
{
    const qint64 target = RecordStore(*m_window->database())
                              .idForCode(QStringLiteral("frameworks"), QStringLiteral("NATO-SC2022"))
                              .value_or(0);
    m_window->showPage(MainWindow::Page::Matrix);
    QComboBox* matrixTarget = nullptr;
    for (QComboBox* box :
         m_window->workPage(MainWindow::Page::Matrix)->findChildren<QComboBox*>(QStringLiteral("analysisTarget")))
        matrixTarget = box;
    QVERIFY(matrixTarget);
    matrixTarget->setCurrentIndex(matrixTarget->findData(target));
    QCOMPARE(m_window->context().analysisSelection().targetFrameworkId, target);
    for (const auto page : {MainWindow::Page::Crosswalk, MainWindow::Page::Dashboard}) {
        auto* box = m_window->workPage(page)->findChild<QComboBox*>(QStringLiteral("analysisTarget"));
        QVERIFY(box);
        QCOMPARE(box->currentData().toLongLong(), target);
    }
    m_window->showPage(MainWindow::Page::Dashboard);
    QTRY_VERIFY2(find<QLabel>("coverageHeadline")->text().contains(QStringLiteral("NATO-SC2022")),
                 qPrintable(find<QLabel>("coverageHeadline")->text()));
}

void TestAnalysisFlow::gapSuggestionsBecomeGaps()
{
    m_window->showPage(MainWindow::Page::Crosswalk);
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("gapSuggestions"));
    QVERIFY(table);
    auto* model = qobject_cast<QStandardItemModel*>(table->model());
    QVERIFY(model);
    QCOMPARE(model->rowCount(), 5); // C1, C3, C4, C5, C6: partly covered, without a gap
    model->item(0, 0)->setCheckState(Qt::Checked);
    const qint64 gapsBefore = RecordStore(*m_window->database()).count(QStringLiteral("gaps"));
    auto* create = m_window->findChild<QPushButton*>(QStringLiteral("createGapsButton"));
    QVERIFY(create && create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(RecordStore(*m_window->database()).count(QStringLiteral("gaps")), gapsBefore + 1);
    QTRY_COMPARE(model->rowCount(), 4);
    m_window->undoStack().undo();
    QCOMPARE(RecordStore(*m_window->database()).count(QStringLiteral("gaps")), gapsBefore);
    QTRY_COMPARE(model->rowCount(), 5);
}

void TestAnalysisFlow::analysisPagesRenderWithoutWarnings()
{
    g_warnings.clear();
    g_previous = qInstallMessageHandler(recordWarnings);
    for (const auto page : {MainWindow::Page::Dashboard, MainWindow::Page::Crosswalk, MainWindow::Page::Matrix}) {
        m_window->showPage(page);
        QTest::qWait(50);
        const QImage shot = m_window->grab().toImage();
        QVERIFY(!shot.isNull());
    }
    m_window->resize(1024, 700);
    QTest::qWait(50);
    QVERIFY(!m_window->grab().isNull());
    qInstallMessageHandler(g_previous);
    QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestAnalysisFlow)
#include "tst_analysisflow.moc"
