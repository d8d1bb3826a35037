// crosswalk-cli export: CSV and XLSX files of exactly the filtered rows, with the highest marking of
// those rows; --filter, --search, --bom, --no-marking-line; exit codes and one-line reasons.

#include "tests/cli/CliRunner.h"

#include "models/storage/RecordStore.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace crosswalk;
using namespace crosswalk::test;

namespace {

/// The marking line of exported CSV text (its first record) and the records after it.
QString firstLine(const QByteArray& csv)
{
    return QString::fromUtf8(csv).section(QStringLiteral("\r\n"), 0, 0);
}

QList<QMap<QString, QString>> rowsAfterMarkingLine(const QByteArray& csv)
{
    const QString text = QString::fromUtf8(csv);
    const qsizetype end = text.indexOf(QStringLiteral("\r\n"));
    if (!text.startsWith(QStringLiteral("TLP:")) || end < 0)
        return {};
    return csvRows(text.mid(end + 2));
}

QStringList column(const QList<QMap<QString, QString>>& rows, const QString& name)
{
    QStringList values;
    for (const auto& row : rows)
        values << row.value(name);
    return values;
}

/// One part of a zip file (an .xlsx), through unzip(1); empty when it is missing.
QString zipEntry(const QString& zip, const QString& entry)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, entry});
    if (!unzip.waitForFinished(-1) || unzip.exitStatus() != QProcess::NormalExit || unzip.exitCode() != 0)
        return QString();
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void csvHoldsTheFilteredRows();
    void markingIsThatOfTheRowsWritten_data();
    void markingIsThatOfTheRowsWritten();
    void filters_data();
    void filters();
    void byteOrderMarkAndNoMarkingLine();
    void xlsxHoldsTheFilteredRows();
    void replacesAnOlderFile();
    void badInput_data();
    void badInput();
    void unwritableOutput();
    void help();

private:
    CliRun exportRows(const QStringList& arguments);

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_db;
};

void TestCliExport::initTestCase()
{
    isolateDefaultDatabase("tst_cliexport");
    QVERIFY(m_dir.isValid());
    // The sample, with C3 (in progress) AMBER and C5 (done) RED.
    m_db = std::make_unique<TestDatabase>(TestDatabase::Content::Sample);
    RecordStore store(m_db->db());
    const auto mark = [&store](const char* code, const char* level, const QString& caveat) {
        const qint64 id = store.idForCode(QStringLiteral("commitments"), QLatin1String(code)).value_or(0);
        QVariantMap row = store.fetch(QStringLiteral("commitments"), id).value_or(QVariantMap());
        row.insert(QStringLiteral("marking"), QLatin1String(level));
        row.insert(QStringLiteral("caveat"), caveat);
        return store.update(QStringLiteral("commitments"), id, row).ok();
    };
    QVERIFY(mark("C3", "AMBER", QStringLiteral("JP/NATO")));
    QVERIFY(mark("C5", "RED", QString()));
}

CliRun TestCliExport::exportRows(const QStringList& arguments)
{
    return runCli(QStringList{QStringLiteral("--database"), m_db->path(), QStringLiteral("export")} + arguments);
}

void TestCliExport::csvHoldsTheFilteredRows()
{
    const QString out = m_dir.filePath(QStringLiteral("in-progress.csv"));
    const CliRun run =
        exportRows({QStringLiteral("commitments"), QStringLiteral("--format"), QStringLiteral("csv"),
                    QStringLiteral("--filter"), QStringLiteral("status=in_progress"), QStringLiteral("--out"), out});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.contains(QDir::toNativeSeparators(out)), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Exported 3 row")), qPrintable(run.out));

    const QByteArray bytes = fileBytes(out);
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(firstLine(bytes), QStringLiteral("TLP:AMBER \u2014 JP/NATO"));
    const QList<QMap<QString, QString>> rows = rowsAfterMarkingLine(bytes);
    QCOMPARE(column(rows, QStringLiteral("code")),
             (QStringList{QStringLiteral("C2"), QStringLiteral("C3"), QStringLiteral("C6")}));
    QCOMPARE(column(rows, QStringLiteral("status")), QStringList(3, QStringLiteral("in_progress")));
    QCOMPARE(column(rows, QStringLiteral("lead_party_code")), QStringList(3, QStringLiteral("JP")));

    // The same columns and values as `list --format csv`, for the same rows.
    const CliRun list =
        runCli({QStringLiteral("--database"), m_db->path(), QStringLiteral("list"), QStringLiteral("commitments"),
                QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--no-marking-line")});
    QCOMPARE(list.status, 0);
    QList<QMap<QString, QString>> expected;
    for (const auto& row : csvRows(list.out)) {
        if (row.value(QStringLiteral("status")) == QLatin1String("in_progress"))
            expected << row;
    }
    QCOMPARE(rows, expected);
    const QString header = QString::fromUtf8(bytes).section(QStringLiteral("\r\n"), 1, 1);
    QCOMPARE(header, list.out.section(QStringLiteral("\r\n"), 0, 0));
}

void TestCliExport::markingIsThatOfTheRowsWritten_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("marking");
    QTest::newRow("agreed: all clear") << QStringLiteral("agreed") << QStringLiteral("TLP:CLEAR");
    QTest::newRow("done: red") << QStringLiteral("done") << QStringLiteral("TLP:RED");
    QTest::newRow("in progress: amber") << QStringLiteral("in_progress") << QStringLiteral("TLP:AMBER \u2014 JP/NATO");
    QTest::newRow("nothing: clear") << QStringLiteral("dropped") << QStringLiteral("TLP:CLEAR");
}

void TestCliExport::markingIsThatOfTheRowsWritten()
{
    QFETCH(QString, status);
    QFETCH(QString, marking);
    const QString out = m_dir.filePath(status + QStringLiteral(".csv"));
    const CliRun run = exportRows(
        {QStringLiteral("commitment"), QStringLiteral("--filter=status=") + status, QStringLiteral("--out"), out});
    QCOMPARE(run.status, 0);
    QCOMPARE(firstLine(fileBytes(out)), marking);
}

void TestCliExport::filters_data()
{
    QTest::addColumn<QStringList>("arguments"); // after the entity
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("expected"); // the key column of the rows written

    QTest::newRow("one value") << QStringList{QStringLiteral("--filter"), QStringLiteral("severity=medium")}
                               << QStringLiteral("gaps") << QStringLiteral("code")
                               << QStringList{QStringLiteral("G1"), QStringLiteral("G4"), QStringLiteral("G5")};
    QTest::newRow("case ignored") << QStringList{QStringLiteral("--filter"), QStringLiteral("severity=HIGH")}
                                  << QStringLiteral("gaps") << QStringLiteral("code")
                                  << QStringList{QStringLiteral("G3")};
    QTest::newRow("two values of one column")
        << QStringList{QStringLiteral("--filter"), QStringLiteral("status=agreed"), QStringLiteral("--filter"),
                       QStringLiteral("status=done")}
        << QStringLiteral("commitments") << QStringLiteral("code")
        << QStringList{QStringLiteral("C1"), QStringLiteral("C4"), QStringLiteral("C5")};
    QTest::newRow("two columns") << QStringList{QStringLiteral("--filter"), QStringLiteral("status=agreed"),
                                                QStringLiteral("--filter"), QStringLiteral("due_date=2026")}
                                 << QStringLiteral("commitments") << QStringLiteral("code")
                                 << QStringList{QStringLiteral("C4")};
    QTest::newRow("a code column") << QStringList{QStringLiteral("--filter"), QStringLiteral("lead_party_code=NATO")}
                                   << QStringLiteral("commitments") << QStringLiteral("code") << QStringList();
    QTest::newRow("framework") << QStringList{QStringLiteral("--filter"), QStringLiteral("framework=NATO-CDP2016")}
                               << QStringLiteral("provisions") << QStringLiteral("code")
                               << QStringList{QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("C3"),
                                              QStringLiteral("C4"), QStringLiteral("C5"), QStringLiteral("C6"),
                                              QStringLiteral("C7")};
    QTest::newRow("framework and search")
        << QStringList{QStringLiteral("--filter"), QStringLiteral("framework=NATO-CDP2016"), QStringLiteral("--search"),
                       QStringLiteral("C7")}
        << QStringLiteral("provisions") << QStringLiteral("framework_code")
        << QStringList{QStringLiteral("NATO-CDP2016")};
    QTest::newRow("search") << QStringList{QStringLiteral("--search"), QStringLiteral("QUANTUM")}
                            << QStringLiteral("gaps") << QStringLiteral("code") << QStringList{QStringLiteral("G4")};
    QTest::newRow("no filter") << QStringList() << QStringLiteral("gaps") << QStringLiteral("code")
                               << QStringList{QStringLiteral("G1"), QStringLiteral("G2"), QStringLiteral("G3"),
                                              QStringLiteral("G4"), QStringLiteral("G5")};
}

void TestCliExport::filters()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, entity);
    QFETCH(QString, key);
    QFETCH(QStringList, expected);
    const QString out = m_dir.filePath(QStringLiteral("filtered.csv"));
    const CliRun run = exportRows(QStringList{entity, QStringLiteral("--out"), out} + arguments);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.status, 0);
    QCOMPARE(column(rowsAfterMarkingLine(fileBytes(out)), key), expected);
}

void TestCliExport::byteOrderMarkAndNoMarkingLine()
{
    const QStringList gaps{QStringLiteral("gaps"), QStringLiteral("--filter"), QStringLiteral("severity=medium"),
                           QStringLiteral("--out")};
    const QString plain = m_dir.filePath(QStringLiteral("plain.csv"));
    const QString bom = m_dir.filePath(QStringLiteral("bom.csv"));
    const QString unmarked = m_dir.filePath(QStringLiteral("unmarked.csv"));
    QCOMPARE(exportRows(gaps + QStringList{plain}).status, 0);
    QCOMPARE(exportRows(gaps + QStringList{bom, QStringLiteral("--bom")}).status, 0);
    QCOMPARE(exportRows(gaps + QStringList{unmarked, QStringLiteral("--no-marking-line")}).status, 0);

    const QByteArray marked = fileBytes(plain);
    QVERIFY(marked.startsWith("TLP:CLEAR\r\nid,code,"));
    QCOMPARE(fileBytes(bom), QByteArray("\xEF\xBB\xBF") + marked);
    QCOMPARE(fileBytes(unmarked), marked.mid(marked.indexOf("\r\n") + 2));
    QVERIFY(fileBytes(unmarked).startsWith("id,code,"));
}

void TestCliExport::xlsxHoldsTheFilteredRows()
{
    // The format from the suffix of --out.
    const QString out = m_dir.filePath(QStringLiteral("in-progress.xlsx"));
    const CliRun run = exportRows({QStringLiteral("commitments"), QStringLiteral("--filter"),
                                   QStringLiteral("status=in_progress"), QStringLiteral("-o"), out});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.status, 0);
    QVERIFY(fileBytes(out).startsWith("PK"));
    const QString strings = zipEntry(out, QStringLiteral("xl/sharedStrings.xml"));
    const QString sheet = zipEntry(out, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY2(strings.contains(QStringLiteral("<t>TLP:AMBER \u2014 JP/NATO</t>")), qPrintable(strings));
    for (const char* code : {"C2", "C3", "C6", "code", "lead_party_code"})
        QVERIFY2(strings.contains(QStringLiteral("<t>%1</t>").arg(QLatin1String(code))), code);
    for (const char* code : {"C1", "C4", "C5"})
        QVERIFY2(!strings.contains(QStringLiteral("<t>%1</t>").arg(QLatin1String(code))), code);
    // Marking, header and three rows; the header frozen and filtered.
    QCOMPARE(sheet.count(QStringLiteral("<row ")), 5);
    QVERIFY2(sheet.contains(QStringLiteral("ySplit=\"2\"")), qPrintable(sheet));
    QVERIFY2(sheet.contains(QStringLiteral("<autoFilter ref=\"A2:")), qPrintable(sheet));
    QVERIFY(!sheet.contains(QStringLiteral("<f>")));
    QVERIFY2(zipEntry(out, QStringLiteral("xl/workbook.xml")).contains(QStringLiteral("name=\"commitments\"")),
             "sheet name");

    // --format wins over the suffix.
    const QString named = m_dir.filePath(QStringLiteral("workbook.data"));
    QCOMPARE(
        exportRows({QStringLiteral("gaps"), QStringLiteral("--format=XLSX"), QStringLiteral("--out"), named}).status,
        0);
    QVERIFY(fileBytes(named).startsWith("PK"));
}

void TestCliExport::replacesAnOlderFile()
{
    const QString out = m_dir.filePath(QStringLiteral("replaced.csv"));
    QVERIFY(writeFile(out, QByteArray(5000, 'x')));
    QCOMPARE(exportRows({QStringLiteral("gaps"), QStringLiteral("--out"), out}).status, 0);
    QVERIFY(fileBytes(out).startsWith("TLP:CLEAR\r\n"));
    QCOMPARE(rowsAfterMarkingLine(fileBytes(out)).size(), 5);
}

void TestCliExport::badInput_data()
{
    QTest::addColumn<QStringList>("arguments"); // after --database DB export
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("named");

    const QString out = QStringLiteral("--out=") + QDir::tempPath() + QStringLiteral("/tst_cliexport-never.csv");
    QTest::newRow("unknown entity") << QStringList{QStringLiteral("widgets"), out} << 2 << QStringLiteral("'widgets'");
    QTest::newRow("no entity") << QStringList{out} << 2 << QStringLiteral("missing argument");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("gaps"), QStringLiteral("--format=ods"), out} << 2
                                    << QStringLiteral("'ods'");
    QTest::newRow("no --out") << QStringList{QStringLiteral("gaps"), QStringLiteral("--format=csv")} << 2
                              << QStringLiteral("--out");
    QTest::newRow("format not told") << QStringList{QStringLiteral("gaps"), QStringLiteral("--out"),
                                                    QStringLiteral("gaps.txt")}
                                     << 2 << QStringLiteral("gaps.txt");
    QTest::newRow("unknown column") << QStringList{QStringLiteral("gaps"), QStringLiteral("--filter=colour=red"), out}
                                    << 2 << QStringLiteral("'colour'");
    QTest::newRow("filter without =") << QStringList{QStringLiteral("gaps"), QStringLiteral("--filter=open"), out} << 2
                                      << QStringLiteral("'open'");
    QTest::newRow("unknown value") << QStringList{QStringLiteral("gaps"), QStringLiteral("--filter=status=opened"), out}
                                   << 2 << QStringLiteral("'opened'");
    QTest::newRow("framework on themes") << QStringList{QStringLiteral("themes"),
                                                        QStringLiteral("--filter=framework=JP-CRCSA"), out}
                                         << 2 << QStringLiteral("themes");
    QTest::newRow("--bom with xlsx") << QStringList{QStringLiteral("gaps"), QStringLiteral("--format=xlsx"),
                                                    QStringLiteral("--bom"), out}
                                     << 2 << QStringLiteral("--bom");
    QTest::newRow("--no-marking-line with xlsx")
        << QStringList{QStringLiteral("gaps"), QStringLiteral("--out=x.xlsx"), QStringLiteral("--no-marking-line")} << 2
        << QStringLiteral("--no-marking-line");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("gaps"), QStringLiteral("--colour"), out} << 2
                                    << QStringLiteral("colour");
    QTest::newRow("unknown framework") << QStringList{QStringLiteral("provisions"),
                                                      QStringLiteral("--filter=framework=XX-NONE"), out}
                                       << 1 << QStringLiteral("XX-NONE");
}

void TestCliExport::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, named);
    const CliRun run = exportRows(arguments);
    QCOMPARE(run.status, status);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.errLines().size(), 1);
    const QString line = run.errLines().constFirst();
    QVERIFY2(line.startsWith(QStringLiteral("crosswalk-cli: ")), qPrintable(line));
    QVERIFY2(line.contains(named), qPrintable(line));
    QVERIFY(!QFile::exists(QDir::tempPath() + QStringLiteral("/tst_cliexport-never.csv")));
}

void TestCliExport::unwritableOutput()
{
    for (const char* name : {"missing-folder/gaps.csv", "missing-folder/gaps.xlsx"}) {
        const QString out = m_dir.filePath(QLatin1String(name));
        const CliRun run = exportRows({QStringLiteral("gaps"), QStringLiteral("--out"), out});
        QCOMPARE(run.status, 1);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("crosswalk-cli: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QDir::toNativeSeparators(out)), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
    }
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("missing-folder"))));

    // A database that does not exist is not created.
    const QString missing = m_dir.filePath(QStringLiteral("missing.crosswalk"));
    const CliRun run = runCli({QStringLiteral("--database"), missing, QStringLiteral("export"), QStringLiteral("gaps"),
                               QStringLiteral("--out"), m_dir.filePath(QStringLiteral("never.csv"))});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.contains(QStringLiteral("missing.crosswalk")), qPrintable(run.err));
    QVERIFY(!QFile::exists(missing));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.csv"))));
}

void TestCliExport::help()
{
    const CliRun run = runCli({QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("Usage: crosswalk-cli export [options] ENTITY")), qPrintable(run.out));
    for (const char* option : {"--format <FORMAT>", "--out <FILE>", "--filter <COLUMN=VALUE>", "--search <TEXT>",
                               "--bom", "--no-marking-line"})
        QVERIFY2(run.out.contains(QLatin1String(option)), option);
    QVERIFY(runCli({QStringLiteral("--help")}).out.contains(QStringLiteral("\n  export ")));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
