// The Export action of the list pages (ViewExport over ModelTable): on the Commitments page, filtered
// by status and sorted, it writes exactly the rows shown, in the order shown, with the headers shown
// and the marking of those rows, as CSV and as XLSX; stored values for dates and long text; hidden
// and moved columns; a failure names the file and leaves none; and the Frameworks page exports its
// frameworks and the provision tree of the selected one.

#include "models/itemmodels/RecordTableModel.h"
#include "tests/gui/PageFixture.h"
#include "ui/views/CommitmentsPage.h"
#include "ui/views/FrameworksView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace crosswalk;
using test::PageFixture;

namespace {

/// RFC 4180 records (quoted fields, doubled quotes, CRLF record ends).
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            ++i;
            record << field;
            records << record;
            record.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return records;
}

QList<QStringList> readCsv(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? parseCsv(QString::fromUtf8(file.readAll())) : QList<QStringList>();
}

QString zipEntry(const QString& zip, const QString& entry)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, entry});
    if (!unzip.waitForFinished(-1) || unzip.exitStatus() != QProcess::NormalExit || unzip.exitCode() != 0)
        return QString();
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

/// The header texts of a view's shown columns, in the order shown.
QStringList shownHeaders(const QTableView* view)
{
    QStringList headers;
    const QHeaderView* header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            headers << view->model()->headerData(logical, Qt::Horizontal).toString();
    }
    return headers;
}

QStringList firstCells(const QList<QStringList>& records)
{
    QStringList cells;
    for (const QStringList& record : records)
        cells << record.value(0);
    return cells;
}

} // namespace

class TestTableExportAction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void actionOnThePage();
    void csvHoldsTheRowsShown();
    void hiddenAndMovedColumns();
    void xlsxHoldsTheRowsShown();
    void cancelWritesNothing();
    void failureNamesTheFile();
    void frameworksAndProvisions();
    void screenshot();

private:
    QTableView* table() const { return m_page->findChild<QTableView*>(QStringLiteral("recordTable")); }
    QAction* exportAction() const { return m_page->findChild<QAction*>(QStringLiteral("exportAction")); }
    void filterStatus(const char* status);
    int column(const char* name) const { return m_page->model()->columnIndex(QLatin1String(name)); }

    QTemporaryDir m_dir;
    std::unique_ptr<PageFixture> m_fixture;
    std::unique_ptr<CommitmentsPage> m_page;
};

void TestTableExportAction::initTestCase()
{
    PageFixture::useTestSettings();
    QVERIFY(m_dir.isValid());
}

void TestTableExportAction::init()
{
    m_fixture = std::make_unique<PageFixture>();
    // C3 (in progress) AMBER with a caveat, C5 (done) RED; C2's title runs over two lines.
    RecordStore store(m_fixture->database.db());
    const auto change = [&](const char* code, const QVariantMap& values) {
        const qint64 id = m_fixture->idOf(QStringLiteral("commitments"), QLatin1String(code));
        QVariantMap row = m_fixture->record(QStringLiteral("commitments"), id);
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            row.insert(it.key(), it.value());
        return store.update(QStringLiteral("commitments"), id, row).ok();
    };
    QVERIFY(change("C3", {{QStringLiteral("marking"), QStringLiteral("AMBER")},
                          {QStringLiteral("caveat"), QStringLiteral("JP/NATO")}}));
    QVERIFY(change("C5", {{QStringLiteral("marking"), QStringLiteral("RED")}}));
    QVERIFY(change("C2", {{QStringLiteral("title_en"), QStringLiteral("First line, \"quoted\"\nsecond line =1+2")},
                          {QStringLiteral("due_date"), QStringLiteral("2026-03-31")}}));

    m_page = std::make_unique<CommitmentsPage>(m_fixture->context);
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestTableExportAction::cleanup()
{
    m_page.reset();
    m_fixture.reset();
}

void TestTableExportAction::filterStatus(const char* status)
{
    auto* filter = m_page->findChild<QComboBox*>(QStringLiteral("filter_status"));
    QVERIFY(filter);
    filter->setCurrentIndex(filter->findData(QLatin1String(status)));
}

void TestTableExportAction::actionOnThePage()
{
    QAction* action = exportAction();
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QVERIFY(action->isEnabled());
    QVERIFY(m_page->recordActions().contains(action));
    auto* button = m_page->findChild<QToolButton*>(QStringLiteral("exportButton"));
    QVERIFY(button);
    QCOMPARE(button->defaultAction(), action);
    QVERIFY(button->isVisible());

    // The button asks for a file.
    const QString path = m_dir.filePath(QStringLiteral("button.csv"));
    m_fixture->dialogs.nextSaveFileName = path;
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(QFile::exists(path));
    QCOMPARE(firstCells(readCsv(path)).mid(2).size(), 6);
}

void TestTableExportAction::csvHoldsTheRowsShown()
{
    filterStatus("in_progress");
    // Sorted by code, descending, as a click on the header does.
    table()->sortByColumn(column("code"), Qt::DescendingOrder);
    QCOMPARE(test::columnTexts(table()->model()), (QStringList{"C6", "C3", "C2"}));

    const QString path = m_dir.filePath(QStringLiteral("in-progress.csv"));
    m_fixture->dialogs.nextSaveFileName = path;
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(m_fixture->dialogs.criticals, QStringList());
    const QList<QStringList> records = readCsv(path);
    QCOMPARE(records.size(), 5);
    QCOMPARE(records.at(0), QStringList{QStringLiteral("TLP:AMBER \u2014 JP/NATO")});
    QCOMPARE(records.at(1), shownHeaders(table()));
    QCOMPARE(records.at(1).value(0), QStringLiteral("Code"));
    QCOMPARE(firstCells(records.mid(2)), (QStringList{"C6", "C3", "C2"}));

    const QStringList headers = records.at(1);
    const auto cell = [&](int record, const char* columnName) {
        const QString header = m_page->model()->headerData(column(columnName), Qt::Horizontal).toString();
        return records.at(record).value(headers.indexOf(header));
    };
    // Labels as shown, references by code, dates as stored, long text whole.
    QCOMPARE(cell(2, "status"), QStringLiteral("In progress"));
    QCOMPARE(cell(2, "lead_party_id"), QStringLiteral("JP"));
    QCOMPARE(cell(2, "due_date"), QStringLiteral("2027"));
    QCOMPARE(cell(4, "due_date"), QStringLiteral("2026-03-31"));
    QVERIFY(table()->model()->index(2, column("due_date")).data().toString() != QLatin1String("2026-03-31"));
    QCOMPARE(cell(4, "title_en"), QStringLiteral("First line, \"quoted\"\nsecond line =1+2"));
    QVERIFY(table()->model()->index(2, column("title_en")).data().toString().startsWith(QStringLiteral("First line")));
    QVERIFY(!table()->model()->index(2, column("title_en")).data().toString().contains(QLatin1Char('\n')));
    QCOMPARE(cell(3, "marking"), table()->model()->index(1, column("marking")).data().toString());

    // The file as bytes: the marking line first, formula-looking text neutralised.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("TLP:AMBER \xE2\x80\x94 JP/NATO\r\nCode,"));
    QVERIFY(bytes.contains("\"First line, \"\"quoted\"\"\nsecond line =1+2\""));

    // Another filter, another marking: only the rows written count.
    filterStatus("agreed");
    m_fixture->dialogs.nextSaveFileName = path;
    exportAction()->trigger();
    QCOMPARE(readCsv(path).value(0), QStringList{QStringLiteral("TLP:CLEAR")});
    QCOMPARE(firstCells(readCsv(path).mid(2)), (QStringList{"C4", "C1"}));
    // With the search box too.
    filterStatus("in_progress");
    QTest::keyClicks(m_page->findChild<QLineEdit*>(QStringLiteral("searchBox")), QStringLiteral("NISC"));
    m_fixture->dialogs.nextSaveFileName = path;
    exportAction()->trigger();
    QCOMPARE(firstCells(readCsv(path).mid(2)), QStringList{"C6"});
}

void TestTableExportAction::hiddenAndMovedColumns()
{
    QHeaderView* header = table()->horizontalHeader();
    table()->setColumnHidden(column("progress"), true);
    header->moveSection(header->visualIndex(column("status")), 0);
    const QString path = m_dir.filePath(QStringLiteral("columns"));
    m_fixture->dialogs.nextSaveFileName = path; // no suffix: CSV, named .csv
    exportAction()->trigger();
    const QList<QStringList> records = readCsv(path + QStringLiteral(".csv"));
    QVERIFY(!records.isEmpty());
    const QStringList headers = records.at(1);
    QCOMPARE(headers, shownHeaders(table()));
    QCOMPARE(headers.value(0), m_page->model()->headerData(column("status"), Qt::Horizontal).toString());
    QVERIFY(!headers.contains(m_page->model()->headerData(column("progress"), Qt::Horizontal).toString()));
    QCOMPARE(headers.size(), m_page->model()->columnCount() - 1);
    for (const QStringList& record : records.mid(2))
        QCOMPARE(record.size(), headers.size());
}

void TestTableExportAction::xlsxHoldsTheRowsShown()
{
    filterStatus("in_progress");
    const QString path = m_dir.filePath(QStringLiteral("in-progress.xlsx"));
    m_fixture->dialogs.nextSaveFileName = path;
    exportAction()->trigger();
    QCOMPARE(m_fixture->dialogs.criticals, QStringList());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(2) == "PK");

    const QString strings = zipEntry(path, QStringLiteral("xl/sharedStrings.xml"));
    const QString sheet = zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY2(strings.contains(QStringLiteral("<t>TLP:AMBER \u2014 JP/NATO</t>")), qPrintable(strings));
    for (const QString& header : shownHeaders(table()))
        QVERIFY2(strings.contains(QStringLiteral(">%1</t>").arg(header.toHtmlEscaped())), qPrintable(header));
    for (const char* code : {"C2", "C3", "C6"})
        QVERIFY2(strings.contains(QStringLiteral("<t>%1</t>").arg(QLatin1String(code))), code);
    for (const char* code : {"C1", "C4", "C5"})
        QVERIFY2(!strings.contains(QStringLiteral("<t>%1</t>").arg(QLatin1String(code))), code);
    QCOMPARE(sheet.count(QStringLiteral("<row ")), 5); // marking, header, three rows
    QVERIFY2(sheet.contains(QStringLiteral("ySplit=\"2\"")), qPrintable(sheet));
    QVERIFY2(sheet.contains(QStringLiteral("<autoFilter ref=\"A2:")), qPrintable(sheet));
    QVERIFY2(zipEntry(path, QStringLiteral("xl/workbook.xml")).contains(QStringLiteral("name=\"Commitments\"")),
             "sheet named after the page");
}

void TestTableExportAction::cancelWritesNothing()
{
    m_fixture->dialogs.nextSaveFileName.clear();
    const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
    QVERIFY(!m_page->exportRecords());
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);
    QCOMPARE(m_fixture->dialogs.criticals, QStringList());
}

void TestTableExportAction::failureNamesTheFile()
{
    for (const char* name : {"missing-folder/list.csv", "missing-folder/list.xlsx"}) {
        m_fixture->dialogs.criticals.clear();
        const QString path = m_dir.filePath(QLatin1String(name));
        m_fixture->dialogs.nextSaveFileName = path;
        QVERIFY(!m_page->exportRecords());
        QCOMPARE(m_fixture->dialogs.criticals.size(), 1);
        QVERIFY2(m_fixture->dialogs.criticals.constFirst().contains(QDir::toNativeSeparators(path)),
                 qPrintable(m_fixture->dialogs.criticals.constFirst()));
        QVERIFY(!QFile::exists(path));
    }
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("missing-folder"))));
}

void TestTableExportAction::frameworksAndProvisions()
{
    FrameworksView view(m_fixture->context);
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // The frameworks the search keeps.
    auto* list = view.findChild<QTableView*>(QStringLiteral("frameworkList"));
    QTest::keyClicks(view.findChild<QLineEdit*>(QStringLiteral("frameworkFilter")), QStringLiteral("NATO-"));
    const QStringList shown = test::columnTexts(list->model());
    QVERIFY(shown.size() > 2 && shown.size() < 14);
    auto* frameworks = view.findChild<QAction*>(QStringLiteral("exportAction"));
    QVERIFY(frameworks);
    QCOMPARE(frameworks->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QVERIFY(view.actions().contains(frameworks));
    const QString frameworksPath = m_dir.filePath(QStringLiteral("frameworks.csv"));
    m_fixture->dialogs.nextSaveFileName = frameworksPath;
    frameworks->trigger();
    const QList<QStringList> frameworkRecords = readCsv(frameworksPath);
    QCOMPARE(frameworkRecords.value(0), QStringList{QStringLiteral("TLP:CLEAR")});
    QCOMPARE(frameworkRecords.value(1), shownHeaders(list));
    QCOMPARE(firstCells(frameworkRecords.mid(2)), shown);

    // The provision tree of JP-CSS2025: pillars, each followed by its measures.
    view.findChild<QLineEdit*>(QStringLiteral("frameworkFilter"))->clear();
    QVERIFY(view.selectFramework(QStringLiteral("JP-CSS2025")));
    auto* provisions = view.findChild<QAction*>(QStringLiteral("exportProvisionsAction"));
    QVERIFY(provisions);
    QVERIFY(provisions->isEnabled());
    const QString provisionsPath = m_dir.filePath(QStringLiteral("provisions.xlsx"));
    m_fixture->dialogs.nextSaveFileName = provisionsPath;
    provisions->trigger();
    QCOMPARE(m_fixture->dialogs.criticals, QStringList());
    const QString sheet = zipEntry(provisionsPath, QStringLiteral("xl/worksheets/sheet1.xml"));
    QCOMPARE(sheet.count(QStringLiteral("<row ")), 2 + 14);
    // The same as CSV, to read the order.
    const QString csvPath = m_dir.filePath(QStringLiteral("provisions.csv"));
    m_fixture->dialogs.nextSaveFileName = csvPath;
    provisions->trigger();
    const QList<QStringList> records = readCsv(csvPath);
    auto* tree = view.findChild<QTreeView*>(QStringLiteral("provisionTree"));
    QVERIFY(tree);
    const QAbstractItemModel* model = tree->model();
    QStringList expected;
    for (int row = 0; row < model->rowCount(tree->rootIndex()); ++row) {
        const QModelIndex parent = model->index(row, 0, tree->rootIndex());
        expected << parent.data().toString();
        for (int child = 0; child < model->rowCount(parent); ++child)
            expected << model->index(child, 0, parent).data().toString();
    }
    QCOMPARE(expected.size(), 14);
    QCOMPARE(firstCells(records.mid(2)), expected);
    QCOMPARE(records.value(1).value(0), model->headerData(0, Qt::Horizontal).toString());
}

void TestTableExportAction::screenshot()
{
    filterStatus("in_progress");
    QCoreApplication::processEvents();
    const QString path =
        qEnvironmentVariable("CROSSWALK_SCREENSHOT_DIR", QDir::tempPath()) + QStringLiteral("/commitments-export.png");
    QVERIFY(m_page->grab().save(path));
    QVERIFY(QFileInfo(path).size() > 0);
}

QTEST_MAIN(TestTableExportAction)
#include "tst_tableexportaction.moc"
