// TableExport: the export's marking (the highest of its rows), CSV compared byte for byte with the
// golden files under tests/data/export/ (quotes, line breaks, commas, Japanese, formula cells; with
// and without the byte order mark and the marking line), XLSX read back from the zip (marking row,
// header, cells stored as strings, frozen header, autofilter, marking in the page header and the
// document properties), long cells, and failures that leave no file behind.

#include "models/exchange/TableExport.h"
#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace crosswalk;

namespace {

QByteArray golden(const QString& name)
{
    QFile file(test::sourceDir() + QStringLiteral("/tests/data/export/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the golden file %s", qPrintable(file.fileName()));
    return file.readAll();
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// One part of a zip file (an .xlsx), through unzip(1); empty when it is missing.
QByteArray zipEntry(const QString& zip, const QString& entry)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, entry});
    if (!unzip.waitForFinished(-1) || unzip.exitStatus() != QProcess::NormalExit || unzip.exitCode() != 0)
        return QByteArray();
    return unzip.readAllStandardOutput();
}

/// The shared strings of a workbook, in order.
QStringList sharedStrings(const QByteArray& xml)
{
    QStringList strings;
    QXmlStreamReader reader(xml);
    QString current;
    bool inString = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("si")) {
            inString = true;
            current.clear();
        } else if (inString && reader.isStartElement() && reader.name() == QLatin1String("t")) {
            current += reader.readElementText();
        } else if (reader.isEndElement() && reader.name() == QLatin1String("si")) {
            strings << current;
            inString = false;
        }
    }
    return strings;
}

/// What a worksheet holds: each cell's text by reference ("A1"), its type attribute, and whether any
/// cell holds a formula.
struct Sheet
{
    QMap<QString, QString> cells;
    QMap<QString, QString> types;
    int rows = 0;
    bool hasFormula = false;
    QString pane;       ///< the attributes of <pane>, as written
    QString autoFilter; ///< the ref of <autoFilter>
    QString oddHeader;
    QString oddFooter;
};

Sheet readSheet(const QByteArray& xml, const QStringList& strings)
{
    Sheet sheet;
    QXmlStreamReader reader(xml);
    QString cell;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const auto name = reader.name();
        const QXmlStreamAttributes attributes = reader.attributes();
        if (name == QLatin1String("row")) {
            ++sheet.rows;
        } else if (name == QLatin1String("c")) {
            cell = attributes.value(QLatin1String("r")).toString();
            sheet.types.insert(cell, attributes.value(QLatin1String("t")).toString());
        } else if (name == QLatin1String("v")) {
            const QString value = reader.readElementText();
            sheet.cells.insert(cell,
                               sheet.types.value(cell) == QLatin1String("s") ? strings.value(value.toInt()) : value);
        } else if (name == QLatin1String("f")) {
            sheet.hasFormula = true;
        } else if (name == QLatin1String("pane")) {
            for (const QXmlStreamAttribute& attribute : attributes)
                sheet.pane +=
                    attribute.name().toString() + QLatin1Char('=') + attribute.value().toString() + QLatin1Char(' ');
        } else if (name == QLatin1String("autoFilter")) {
            sheet.autoFilter = attributes.value(QLatin1String("ref")).toString();
        } else if (name == QLatin1String("oddHeader")) {
            sheet.oddHeader = reader.readElementText();
        } else if (name == QLatin1String("oddFooter")) {
            sheet.oddFooter = reader.readElementText();
        }
    }
    return sheet;
}

Sheet readWorkbook(const QString& path)
{
    const QStringList strings = sharedStrings(zipEntry(path, QStringLiteral("xl/sharedStrings.xml")));
    return readSheet(zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")), strings);
}

/// The table of the golden files: every kind of cell that needs care, an AMBER row among CLEAR ones.
TableExport goldenTable()
{
    TableExport table(
        {QStringLiteral("Code"), QStringLiteral("Title"), QStringLiteral("Note"), QStringLiteral("Marking")});
    table.addRow(
        {QStringLiteral("A1"), QStringLiteral("He said \"yes\""), QStringLiteral("one, two"), QStringLiteral("CLEAR")});
    table.addRow({QStringLiteral("A2"), QStringLiteral("line one\nline two"), QStringLiteral("総則と目的"),
                  QStringLiteral("CLEAR")});
    table.addRow({QStringLiteral("A3"), QStringLiteral("=1+2"), QStringLiteral("+cmd"), QStringLiteral("AMBER")},
                 Tlp::Amber);
    table.addRow({QStringLiteral("A4"), QStringLiteral("-2+3"), QStringLiteral("@SUM(A1)"), QStringLiteral("CLEAR")});
    table.addRow(
        {QStringLiteral("A5"), QStringLiteral("\tindented"), QStringLiteral("\rreturn"), QStringLiteral("GREEN")},
        Tlp::Green);
    table.addRow({QStringLiteral("A6"), QStringLiteral("-3"), QString(), QStringLiteral("CLEAR")});
    table.addRow(
        {QStringLiteral("A7"), QStringLiteral("サイバー防衛"), QStringLiteral("a\r\nb"), QStringLiteral("CLEAR")});
    table.addRow(
        {QStringLiteral("A8"), QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"), QString(), QStringLiteral("CLEAR")});
    return table;
}

} // namespace

class TestTableExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void markingIsTheHighestOfTheRows_data();
    void markingIsTheHighestOfTheRows();
    void markingFromStoredKeys();
    void csvEqualsGolden_data();
    void csvEqualsGolden();
    void emptyTableIsClear();
    void csvReplacesAnOlderFile();
    void xlsxHoldsTheTable();
    void xlsxTitleAndCaveat();
    void longCells();
    void unwritablePathLeavesNoFile_data();
    void unwritablePathLeavesNoFile();
    void formatFromNames();

private:
    QTemporaryDir m_dir;
};

void TestTableExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestTableExport::markingIsTheHighestOfTheRows_data()
{
    QTest::addColumn<QList<int>>("levels");
    QTest::addColumn<QStringList>("caveats");
    QTest::addColumn<QString>("expected");

    QTest::newRow("no rows") << QList<int>() << QStringList() << QStringLiteral("TLP:CLEAR");
    QTest::newRow("all clear") << QList<int>{0, 0} << QStringList{QString(), QString()} << QStringLiteral("TLP:CLEAR");
    QTest::newRow("amber among clear") << QList<int>{0, 2, 0} << QStringList{QString(), QString(), QString()}
                                       << QStringLiteral("TLP:AMBER");
    QTest::newRow("amber+strict above amber")
        << QList<int>{2, 3, 1} << QStringList{QString(), QString(), QString()} << QStringLiteral("TLP:AMBER+STRICT");
    QTest::newRow("red above all") << QList<int>{4, 3, 0} << QStringList{QString(), QString(), QString()}
                                   << QStringLiteral("TLP:RED");
    QTest::newRow("green above clear") << QList<int>{0, 1} << QStringList{QString(), QString()}
                                       << QStringLiteral("TLP:GREEN");
    // Only the caveats of the rows at the highest level, each once, sorted.
    QTest::newRow("caveats at the highest level")
        << QList<int>{2, 2, 1, 2, 2}
        << QStringList{QStringLiteral("JP/NATO ONLY"), QStringLiteral("EYES ONLY"), QStringLiteral("GREEN NOTE"),
                       QStringLiteral("JP/NATO ONLY"), QString()}
        << QStringLiteral("TLP:AMBER \u2014 EYES ONLY; JP/NATO ONLY");
    QTest::newRow("caveat below the highest level is dropped")
        << QList<int>{1, 4} << QStringList{QStringLiteral("JP ONLY"), QString()} << QStringLiteral("TLP:RED");
    QTest::newRow("caveat on clear") << QList<int>{0} << QStringList{QStringLiteral("  draft  ")}
                                     << QStringLiteral("TLP:CLEAR \u2014 draft");
}

void TestTableExport::markingIsTheHighestOfTheRows()
{
    QFETCH(QList<int>, levels);
    QFETCH(QStringList, caveats);
    QFETCH(QString, expected);
    TableExport table({QStringLiteral("Code")});
    for (qsizetype i = 0; i < levels.size(); ++i)
        table.addRow({QString::number(i)}, static_cast<Tlp>(levels.at(i)), caveats.at(i));
    QCOMPARE(table.markingText(), expected);
    QCOMPARE(table.toCsv().left(expected.toUtf8().size() + 2), expected.toUtf8() + "\r\n");
}

void TestTableExport::markingFromStoredKeys()
{
    TableExport table({QStringLiteral("Code")});
    table.addRow({QStringLiteral("a")}, QStringLiteral("GREEN"), QString());
    table.addRow({QStringLiteral("b")}, QStringLiteral("AMBER+STRICT"), QStringLiteral("JP ONLY"));
    table.addRow({QStringLiteral("c")}, QStringLiteral("nonsense"), QString());
    table.addRow({QStringLiteral("d")}, QString(), QString());
    QCOMPARE(table.marking(), Tlp::AmberStrict);
    QCOMPARE(table.caveat(), QStringLiteral("JP ONLY"));
    QCOMPARE(table.rows().at(2).marking, Tlp::Clear);
    QCOMPARE(table.rows().at(3).marking, Tlp::Clear);
    QCOMPARE(TableExport::markingText(Tlp::Red, QString()), QStringLiteral("TLP:RED"));
}

void TestTableExport::csvEqualsGolden_data()
{
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("markingLine");
    QTest::addColumn<QString>("golden");
    QTest::newRow("marking line") << false << true << QStringLiteral("table.csv");
    QTest::newRow("marking line and BOM") << true << true << QStringLiteral("table-bom.csv");
    QTest::newRow("no marking line") << false << false << QStringLiteral("table-no-marking.csv");
}

void TestTableExport::csvEqualsGolden()
{
    QFETCH(bool, bom);
    QFETCH(bool, markingLine);
    QFETCH(QString, golden);

    TableExport::Options options;
    options.byteOrderMark = bom;
    options.markingLine = markingLine;
    const TableExport table = goldenTable();
    QCOMPARE(table.markingText(), QStringLiteral("TLP:AMBER"));
    QCOMPARE(table.toCsv(options), ::golden(golden));

    const QString path = m_dir.filePath(golden);
    const Status written = table.writeCsv(path, options);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    QCOMPARE(fileBytes(path), ::golden(golden));
    QCOMPARE(fileBytes(path).startsWith("\xEF\xBB\xBF"), bom);
}

void TestTableExport::emptyTableIsClear()
{
    const TableExport table({QStringLiteral("Code"), QStringLiteral("Title")});
    QCOMPARE(table.marking(), Tlp::Clear);
    QCOMPARE(table.toCsv(), golden(QStringLiteral("empty.csv")));

    const QString path = m_dir.filePath(QStringLiteral("empty.xlsx"));
    QVERIFY(table.writeXlsx(path).ok());
    const Sheet sheet = readWorkbook(path);
    QCOMPARE(sheet.cells.value(QStringLiteral("A1")), QStringLiteral("TLP:CLEAR"));
    QCOMPARE(sheet.cells.value(QStringLiteral("B2")), QStringLiteral("Title"));
    QCOMPARE(sheet.autoFilter, QStringLiteral("A2:B2"));
}

void TestTableExport::csvReplacesAnOlderFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.csv"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write(QByteArray(10000, 'x'));
    old.close();
    QVERIFY(goldenTable().writeCsv(path).ok());
    QCOMPARE(fileBytes(path), golden(QStringLiteral("table.csv")));
    const QString xlsx = dir.filePath(QStringLiteral("old.xlsx"));
    QVERIFY(QFile::copy(path, xlsx));
    QVERIFY(goldenTable().writeXlsx(xlsx).ok());
    QVERIFY(fileBytes(xlsx).startsWith("PK"));
    // No temporary file is left beside them.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
             (QStringList{QStringLiteral("old.csv"), QStringLiteral("old.xlsx")}));
}

void TestTableExport::xlsxHoldsTheTable()
{
    const QString path = m_dir.filePath(QStringLiteral("table.xlsx"));
    TableExport::Options options;
    options.title = QStringLiteral("Gaps");
    const Status written = goldenTable().writeXlsx(path, options);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    QVERIFY(fileBytes(path).startsWith("PK"));

    const Sheet sheet = readWorkbook(path);
    // The marking on the first row, the header on the second, the eight rows below.
    QCOMPARE(sheet.cells.value(QStringLiteral("A1")), QStringLiteral("TLP:AMBER"));
    QCOMPARE(sheet.rows, 10);
    QCOMPARE(sheet.cells.value(QStringLiteral("A2")), QStringLiteral("Code"));
    QCOMPARE(sheet.cells.value(QStringLiteral("D2")), QStringLiteral("Marking"));
    QCOMPARE(sheet.cells.value(QStringLiteral("B3")), QStringLiteral("He said \"yes\""));
    QCOMPARE(sheet.cells.value(QStringLiteral("B4")), QStringLiteral("line one\nline two"));
    QCOMPARE(sheet.cells.value(QStringLiteral("C4")), QStringLiteral("総則と目的"));
    QCOMPARE(sheet.cells.value(QStringLiteral("B9")), QStringLiteral("サイバー防衛"));
    QCOMPARE(sheet.cells.value(QStringLiteral("A10")), QStringLiteral("A8"));
    // Formula-looking cells are strings, as typed (no quote needed: nothing is evaluated).
    QCOMPARE(sheet.cells.value(QStringLiteral("B5")), QStringLiteral("=1+2"));
    QCOMPARE(sheet.types.value(QStringLiteral("B5")), QStringLiteral("s"));
    QCOMPARE(sheet.cells.value(QStringLiteral("C6")), QStringLiteral("@SUM(A1)"));
    QCOMPARE(sheet.cells.value(QStringLiteral("B10")), QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"));
    QCOMPARE(sheet.cells.value(QStringLiteral("B8")), QStringLiteral("-3"));
    QVERIFY(!sheet.hasFormula);
    // The marking and header rows stay in view; the filter covers the header and the data.
    QVERIFY2(sheet.pane.contains(QStringLiteral("ySplit=2 ")), qPrintable(sheet.pane));
    QVERIFY2(sheet.pane.contains(QStringLiteral("state=frozen")), qPrintable(sheet.pane));
    QCOMPARE(sheet.autoFilter, QStringLiteral("A2:D10"));
    // The marking on every printed page and in the document properties.
    QVERIFY2(sheet.oddHeader.contains(QStringLiteral("TLP:AMBER")), qPrintable(sheet.oddHeader));
    QVERIFY2(sheet.oddFooter.contains(QStringLiteral("TLP:AMBER")), qPrintable(sheet.oddFooter));
    const QString core = QString::fromUtf8(zipEntry(path, QStringLiteral("docProps/core.xml")));
    QVERIFY2(core.contains(QStringLiteral("<dc:title>Gaps (TLP:AMBER)</dc:title>")), qPrintable(core));
    QVERIFY2(core.contains(QStringLiteral("<dc:subject>TLP:AMBER</dc:subject>")), qPrintable(core));
    QVERIFY2(core.contains(QStringLiteral("<cp:keywords>TLP:AMBER</cp:keywords>")), qPrintable(core));
    const QString workbook = QString::fromUtf8(zipEntry(path, QStringLiteral("xl/workbook.xml")));
    QVERIFY2(workbook.contains(QStringLiteral("<sheet name=\"Gaps\"")), qPrintable(workbook));
}

void TestTableExport::xlsxTitleAndCaveat()
{
    TableExport table({QStringLiteral("Code")});
    table.addRow({QStringLiteral("x")}, Tlp::Red, QStringLiteral("R&D / JP ONLY"));
    const QString path = m_dir.filePath(QStringLiteral("caveat.xlsx"));
    TableExport::Options options;
    options.title = QStringLiteral("Provisions of NATO:CDP [2016]?");
    QVERIFY(table.writeXlsx(path, options).ok());
    const Sheet sheet = readWorkbook(path);
    QCOMPARE(sheet.cells.value(QStringLiteral("A1")), QStringLiteral("TLP:RED \u2014 R&D / JP ONLY"));
    // Ampersands are doubled in page headers, where a single one starts a control code.
    QVERIFY2(sheet.oddHeader.contains(QStringLiteral("TLP:RED \u2014 R&&D / JP ONLY")), qPrintable(sheet.oddHeader));
    // A sheet name holds none of []:*?/\ and at most 31 characters.
    const QString workbook = QString::fromUtf8(zipEntry(path, QStringLiteral("xl/workbook.xml")));
    QVERIFY2(workbook.contains(QStringLiteral("<sheet name=\"Provisions of NATOCDP 2016\"")), qPrintable(workbook));
    const QString core = QString::fromUtf8(zipEntry(path, QStringLiteral("docProps/core.xml")));
    QVERIFY2(core.contains(QStringLiteral("<cp:keywords>TLP:RED, R&amp;D / JP ONLY</cp:keywords>")), qPrintable(core));
}

void TestTableExport::longCells()
{
    const QString ascii(100000, QLatin1Char('a'));
    QString japanese;
    for (int i = 0; i < 40000; ++i)
        japanese += QStringLiteral("総");
    TableExport table({QStringLiteral("Long"), QStringLiteral("Japanese")});
    table.addRow({ascii, japanese});

    // CSV has no limit: every character is there.
    const QString csvPath = m_dir.filePath(QStringLiteral("long.csv"));
    QVERIFY(table.writeCsv(csvPath).ok());
    QVERIFY(QString::fromUtf8(fileBytes(csvPath)).contains(ascii));

    // XLSX: cut to the cell limit, with a note.
    const QString path = m_dir.filePath(QStringLiteral("long.xlsx"));
    const Status written = table.writeXlsx(path);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    const Sheet sheet = readWorkbook(path);
    const QString cut = sheet.cells.value(QStringLiteral("A3"));
    QCOMPARE(cut.size(), TableExport::XlsxCellLimit);
    QVERIFY(cut.startsWith(QString(30000, QLatin1Char('a'))));
    QVERIFY2(cut.endsWith(QStringLiteral("[cut to fit a spreadsheet cell: 100000 characters in full]")),
             qPrintable(cut.right(80)));
    const QString cutJapanese = sheet.cells.value(QStringLiteral("B3"));
    QCOMPARE(cutJapanese.size(), TableExport::XlsxCellLimit);
    QVERIFY(cutJapanese.startsWith(QStringLiteral("総総総")));
    QCOMPARE(TableExport::xlsxCellText(QStringLiteral("short")), QStringLiteral("short"));
    QCOMPARE(TableExport::xlsxCellText(QString(TableExport::XlsxCellLimit, QLatin1Char('b'))).size(),
             TableExport::XlsxCellLimit);
    // A cut never splits a character outside the BMP (a surrogate pair).
    QString emoji;
    for (int i = 0; i < 20000; ++i)
        emoji += QString::fromUcs4(U"\U0001F600", 1);
    const QString cutEmoji = TableExport::xlsxCellText(emoji);
    QVERIFY(cutEmoji.size() <= TableExport::XlsxCellLimit);
    QVERIFY(cutEmoji.toUcs4().size() > 0);
    QVERIFY(!cutEmoji.contains(QChar(QChar::ReplacementCharacter)));
    const qsizetype noteAt = cutEmoji.indexOf(QStringLiteral(" \u2026 ["));
    QVERIFY(noteAt > 0);
    QVERIFY(!cutEmoji.at(noteAt - 1).isHighSurrogate());
}

void TestTableExport::unwritablePathLeavesNoFile_data()
{
    QTest::addColumn<QString>("name"); // under the temporary folder
    QTest::addColumn<bool>("xlsx");
    QTest::newRow("csv in a missing folder") << QStringLiteral("missing/table.csv") << false;
    QTest::newRow("xlsx in a missing folder") << QStringLiteral("missing/table.xlsx") << true;
    QTest::newRow("csv under a file") << QStringLiteral("plain-file/table.csv") << false;
    QTest::newRow("xlsx under a file") << QStringLiteral("plain-file/table.xlsx") << true;
    QTest::newRow("csv onto a folder") << QStringLiteral("folder.csv") << false;
    QTest::newRow("xlsx onto a folder") << QStringLiteral("folder.xlsx") << true;
}

void TestTableExport::unwritablePathLeavesNoFile()
{
    QFETCH(QString, name);
    QFETCH(bool, xlsx);
    QTemporaryDir dir;
    QFile plain(dir.filePath(QStringLiteral("plain-file")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.csv")));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.xlsx")));
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);

    const QString path = dir.filePath(name);
    const Status written = xlsx ? goldenTable().writeXlsx(path) : goldenTable().writeCsv(path);
    QVERIFY(!written.ok());
    QVERIFY2(written.message().contains(QDir::toNativeSeparators(path)), qPrintable(written.message()));
    QVERIFY(!QFileInfo(path).isFile());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
    QVERIFY(QDir(dir.filePath(QStringLiteral("folder.xlsx"))).isEmpty());
    QVERIFY(QDir(dir.filePath(QStringLiteral("folder.csv"))).isEmpty());

    QVERIFY(!goldenTable().write(QString(), TableExport::Format::Csv).ok());
}

void TestTableExport::formatFromNames()
{
    QCOMPARE(TableExport::formatOfPath(QStringLiteral("/tmp/a.csv")), TableExport::Format::Csv);
    QCOMPARE(TableExport::formatOfPath(QStringLiteral("/tmp/a.XLSX")), TableExport::Format::Xlsx);
    QVERIFY(!TableExport::formatOfPath(QStringLiteral("/tmp/a.txt")));
    QVERIFY(!TableExport::formatOfPath(QStringLiteral("/tmp/a")));
    QCOMPARE(TableExport::formatOfName(QStringLiteral("CSV")), TableExport::Format::Csv);
    QCOMPARE(TableExport::formatOfName(QStringLiteral("xlsx")), TableExport::Format::Xlsx);
    QVERIFY(!TableExport::formatOfName(QStringLiteral("xls")));

    // write() picks the writer by format.
    const QString path = m_dir.filePath(QStringLiteral("by-format.bin"));
    QVERIFY(goldenTable().write(path, TableExport::Format::Xlsx).ok());
    QVERIFY(fileBytes(path).startsWith("PK"));
    QVERIFY(goldenTable().write(path, TableExport::Format::Csv).ok());
    QCOMPARE(fileBytes(path), golden(QStringLiteral("table.csv")));
}

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
