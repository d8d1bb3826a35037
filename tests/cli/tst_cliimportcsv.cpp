// crosswalk-cli import-csv: imports provisions and mappings end to end on a copy of the sample database;
// --dry-run writes nothing; row errors are listed with line and column and nothing is written; bad options
// are usage errors naming the option.

#include "tests/cli/CliRunner.h"

#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace crosswalk;
using namespace crosswalk::test;

namespace {

QString dataFile(const QString& name)
{
    return sourceDir() + QStringLiteral("/tests/data/csv/") + name;
}

} // namespace

class TestCliImportCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importsProvisions();
    void importsMappingsWithOptions();
    void dryRunWritesNothing();
    void rowErrorsWriteNothing();
    void manyErrorsAreCut();
    void failureNamesTheFile();
    void badOptions_data();
    void badOptions();
    void helpListsTheFields();

private:
    QString sampleDatabase(const QString& name);
    QString write(const QString& name, const QByteArray& bytes);
    static qint64 count(const QString& database, const QString& table);

    QTemporaryDir m_dir;
};

void TestCliImportCsv::initTestCase()
{
    isolateDefaultDatabase("tst_cliimportcsv");
    QVERIFY(m_dir.isValid());
}

QString TestCliImportCsv::sampleDatabase(const QString& name)
{
    const QString path = m_dir.filePath(name);
    const CliRun run = runCli({QStringLiteral("--database"), path, QStringLiteral("init"), QStringLiteral("--sample")});
    if (run.status != 0)
        qWarning("init failed: %s", qPrintable(run.err));
    return path;
}

QString TestCliImportCsv::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    if (!writeFile(path, bytes))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

qint64 TestCliImportCsv::count(const QString& database, const QString& table)
{
    Database db;
    if (!db.open(database))
        return -1;
    return RecordStore(db).count(table);
}

void TestCliImportCsv::importsProvisions()
{
    const QString database = sampleDatabase(QStringLiteral("provisions.crosswalk"));
    const qint64 before = count(database, QStringLiteral("provisions"));
    const QString file = dataFile(QStringLiteral("provisions-utf16le.csv"));
    const CliRun run = runCli({QStringLiteral("--database"), database, QStringLiteral("import-csv"),
                               QStringLiteral("--entity"), QStringLiteral("provisions"), file});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.status, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 5);
    QCOMPARE(lines.constFirst(), QStringLiteral("Added 3 (provision: 3)"));
    QVERIFY(run.out.contains(QStringLiteral("provision NATO-CDP2016:C8.1")));
    QCOMPARE(lines.constLast(), QStringLiteral("Imported %1 into %2.").arg(file, database));
    QCOMPARE(count(database, QStringLiteral("provisions")), before + 3);

    Database db;
    QVERIFY(db.open(database).ok());
    RecordStore store(db);
    const qint64 framework = *store.idForCode(QStringLiteral("frameworks"), QStringLiteral("NATO-CDP2016"));
    const auto id = store.idForCode(QStringLiteral("provisions"), QStringLiteral("C8.2"), framework);
    QVERIFY(id);
    QCOMPARE(store.fetch(QStringLiteral("provisions"), *id)->value(QStringLiteral("title_orig")).toString(),
             QStringLiteral("第八の二"));

    // The same file again: unchanged, nothing written.
    const QByteArray bytes = fileBytes(database);
    const CliRun again = runCli({QStringLiteral("--database"), database, QStringLiteral("import-csv"),
                                 QStringLiteral("--entity"), QStringLiteral("provisions"), file});
    QCOMPARE(again.status, 0);
    QVERIFY(again.out.contains(QStringLiteral("Nothing to write.")));
    QCOMPARE(fileBytes(database), bytes);
}

void TestCliImportCsv::importsMappingsWithOptions()
{
    const QString database = sampleDatabase(QStringLiteral("mappings.crosswalk"));
    const qint64 before = count(database, QStringLiteral("mappings"));
    const QString file = write(QStringLiteral("m.tsv"), "CH04\tC3\tsuperset_of\t8\n"
                                                        "CH05\tC3\tno relationship\t\n");
    const CliRun run = runCli({QStringLiteral("--database"), database, QStringLiteral("import-csv"),
                               QStringLiteral("--entity"), QStringLiteral("mappings"), QStringLiteral("--columns"),
                               QStringLiteral("source_code,target_code,relationship,strength"),
                               QStringLiteral("--header"), QStringLiteral("no"), QStringLiteral("--delimiter"),
                               QStringLiteral("tab"), QStringLiteral("--encoding"), QStringLiteral("utf-8"),
                               QStringLiteral("--source-framework"), QStringLiteral("JP-CRCSA"),
                               QStringLiteral("--target-framework"), QStringLiteral("NATO-CDP2016"), file});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.status, 0);
    QVERIFY(run.out.contains(QStringLiteral("mapping JP-CRCSA:CH04 → NATO-CDP2016:C3")));
    QCOMPARE(count(database, QStringLiteral("mappings")), before + 2);
}

void TestCliImportCsv::dryRunWritesNothing()
{
    const QString database = sampleDatabase(QStringLiteral("dry.crosswalk"));
    const QByteArray bytes = fileBytes(database);
    const CliRun run =
        runCli({QStringLiteral("--database"), database, QStringLiteral("import-csv"), QStringLiteral("--entity"),
                QStringLiteral("mappings"), QStringLiteral("--dry-run"), dataFile(QStringLiteral("mappings.csv"))});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.status, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.constFirst(), QStringLiteral("Added 2 (mapping: 2); updated 1 (mapping: 1)"));
    QVERIFY(run.out.contains(QStringLiteral("mapping JP-CRCSA:CH02 → NATO-CDP2016:C4")));
    QCOMPARE(lines.constLast(), QStringLiteral("Dry run: nothing was written."));
    QCOMPARE(fileBytes(database), bytes);
}

void TestCliImportCsv::rowErrorsWriteNothing()
{
    const QString database = sampleDatabase(QStringLiteral("errors.crosswalk"));
    const QByteArray bytes = fileBytes(database);
    const QString file =
        write(QStringLiteral("bad.csv"), "source_framework,source_code,target_framework,target_code,relationship\n"
                                         "JP-CRCSA,CH01,NATO-CDP2016,C1,equal\n"
                                         "JP-CRCSA,CH99,NATO-CDP2016,C1,equal\n"
                                         "JP-CRCSA,CH02,NATO-CDP2016,C2,same\n");
    const CliRun run = runCli({QStringLiteral("--database"), database, QStringLiteral("import-csv"),
                               QStringLiteral("--entity"), QStringLiteral("mappings"), file});
    QCOMPARE(run.status, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.errLines(),
             (QStringList{file + QStringLiteral(": line 3, column 2: Source code: JP-CRCSA has no provision \"CH99\""),
                          file + QStringLiteral(": line 4, column 5: Relationship: \"same\" is not one of: equal, "
                                                "subset_of, superset_of, intersects_with, no_relationship"),
                          QStringLiteral("crosswalk-cli: %1: 2 errors; nothing was imported").arg(file)}));
    QCOMPARE(fileBytes(database), bytes);
}

void TestCliImportCsv::manyErrorsAreCut()
{
    const QString database = sampleDatabase(QStringLiteral("many.crosswalk"));
    QByteArray csv = "code,title_en\n";
    for (int i = 0; i < 1200; ++i)
        csv += "C" + QByteArray::number(i) + ",\n"; // no title
    const QString file = write(QStringLiteral("many.csv"), csv);
    const CliRun run =
        runCli({QStringLiteral("--database"), database, QStringLiteral("import-csv"), QStringLiteral("--entity"),
                QStringLiteral("provisions"), QStringLiteral("--framework"), QStringLiteral("NATO-CDP2016"), file});
    QCOMPARE(run.status, 1);
    const QStringList lines = run.errLines();
    QCOMPARE(lines.size(), 1000 + 2);
    QCOMPARE(lines.at(0), file + QStringLiteral(": line 2, column 2: Title (English): is required"));
    QCOMPARE(lines.at(1000), QStringLiteral("and 200 more"));
    QCOMPARE(lines.at(1001), QStringLiteral("crosswalk-cli: %1: 1200 errors; nothing was imported").arg(file));
}

void TestCliImportCsv::failureNamesTheFile()
{
    const QString database = sampleDatabase(QStringLiteral("failure.crosswalk"));
    const QByteArray bytes = fileBytes(database);
    const QString file = write(QStringLiteral("quotes.csv"), "framework,code,title_en\nNATO-CDP2016,C9,\"open\n");
    const CliRun run = runCli({QStringLiteral("--database"), database, QStringLiteral("import-csv"),
                               QStringLiteral("--entity"), QStringLiteral("provisions"), file});
    QCOMPARE(run.status, 1);
    QCOMPARE(run.errLines(),
             QStringList{QStringLiteral(
                 "crosswalk-cli: quotes.csv, line 2: the quoted field that starts here is never closed")});
    const CliRun missing =
        runCli({QStringLiteral("--database"), database, QStringLiteral("import-csv"), QStringLiteral("--entity"),
                QStringLiteral("provisions"), m_dir.filePath(QStringLiteral("none.csv"))});
    QCOMPARE(missing.status, 1);
    QCOMPARE(missing.errLines(),
             QStringList{
                 QStringLiteral("crosswalk-cli: %1 does not exist").arg(m_dir.filePath(QStringLiteral("none.csv")))});
    QCOMPARE(fileBytes(database), bytes);
}

void TestCliImportCsv::badOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("no entity") << QStringList{}
                               << "crosswalk-cli: import-csv: --entity provisions|mappings is required";
    QTest::newRow("unknown entity") << QStringList{"--entity", "gaps"}
                                    << "crosswalk-cli: import-csv: --entity: unknown entity 'gaps' (valid: provisions, "
                                       "mappings)";
    QTest::newRow("bad columns") << QStringList{"--entity", "provisions", "--columns", "code,titel"}
                                 << "crosswalk-cli: import-csv: --columns: unknown field \"titel\" (fields: framework, "
                                    "code, parent_code, sort_order, ref_label, title_en, title_orig, summary_en, "
                                    "summary_orig, effective_date, source, verification, verification_note, marking, "
                                    "caveat)";
    QTest::newRow("bad encoding") << QStringList{"--entity", "provisions", "--encoding", "latin-1"}
                                  << "crosswalk-cli: import-csv: --encoding: unknown encoding 'latin-1' (valid: auto, "
                                     "utf-8, utf-16le, utf-16be, shift_jis)";
    QTest::newRow("bad delimiter") << QStringList{"--entity", "provisions", "--delimiter", "|"}
                                   << "crosswalk-cli: import-csv: --delimiter: '|' is not one of: , ; tab";
    QTest::newRow("bad header") << QStringList{"--entity", "provisions", "--header", "maybe"}
                                << "crosswalk-cli: import-csv: --header: 'maybe' is not one of: yes, no, auto";
    QTest::newRow("framework for mappings") << QStringList{"--entity", "mappings", "--framework", "JP-CRCSA"}
                                            << "crosswalk-cli: import-csv: --framework does not apply to mappings";
    QTest::newRow("source framework for provisions")
        << QStringList{"--entity", "provisions", "--source-framework", "JP-CRCSA"}
        << "crosswalk-cli: import-csv: --source-framework does not apply to provisions";
}

void TestCliImportCsv::badOptions()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const QString database = m_dir.filePath(QStringLiteral("never-created.crosswalk"));
    const CliRun run = runCli(QStringList{QStringLiteral("--database"), database, QStringLiteral("import-csv")} +
                              options + QStringList{dataFile(QStringLiteral("mappings.csv"))});
    QCOMPARE(run.status, 2);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.errLines().value(0), message);
    QVERIFY(!QFile::exists(database));
}

void TestCliImportCsv::helpListsTheFields()
{
    const CliRun run = runCli({QStringLiteral("help"), QStringLiteral("import-csv")});
    QCOMPARE(run.status, 0);
    QVERIFY(run.out.contains(QStringLiteral("--entity")));
    QVERIFY(run.out.contains(QStringLiteral("--dry-run")));
    QVERIFY(run.out.contains(QStringLiteral("title_en*")));
    QVERIFY(run.out.contains(QStringLiteral("source_code*")));
    const CliRun all = runCli({QStringLiteral("--help")});
    QVERIFY(all.out.contains(QStringLiteral("import-csv")));
}

QTEST_GUILESS_MAIN(TestCliImportCsv)
#include "tst_cliimportcsv.moc"
