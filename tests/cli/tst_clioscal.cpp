// crosswalk-cli import-oscal and export-oscal: catalogs and mapping collections told apart by content,
// --dry-run, both export forms read back, refused command lines and files with the database unchanged.

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
    return sourceDir() + QStringLiteral("/tests/data/oscal/") + name;
}

/// Rows of a table, read with a connection of the test's own (closed again before the next run).
qint64 rowCount(const QString& database, const QString& table, const QString& column = QString(),
                const QVariant& value = QVariant())
{
    Database db;
    if (!db.open(database))
        return -1;
    return RecordStore(db).fetchAll(table, column, value).size();
}

qint64 frameworkId(const QString& database, const QString& code)
{
    Database db;
    if (!db.open(database))
        return -1;
    return RecordStore(db).idForCode(QStringLiteral("frameworks"), code).value_or(0);
}

const QByteArray catalogJson = R"({
  "catalog": {
    "uuid": "9d1c6a2e-5b7f-4e0a-8f3c-2a4b6c8d0e11",
    "metadata": {
      "title": "Test Catalog for the CLI",
      "last-modified": "2025-01-01T00:00:00Z",
      "version": "1.0",
      "oscal-version": "1.1.2"
    },
    "groups": [
      {
        "id": "tg",
        "title": "Test group",
        "controls": [
          { "id": "tc-1", "title": "First test control",
            "parts": [ { "id": "tc-1_smt", "name": "statement", "prose": "Do the first thing." } ] },
          { "id": "tc-2", "title": "Second test control" }
        ]
      }
    ]
  }
}
)";

} // namespace

class TestCliOscal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importCatalog();
    void importMappingCollection();
    void dryRunWritesNothing();
    void exportBothFormsThenReimport();
    void badArguments_data();
    void badArguments();
    void invalidJsonChangesNothing();
    void refusedCollectionChangesNothing();
    void exportToUnwritablePathFails();

private:
    QString init(const QString& name);

    QTemporaryDir m_dir;
    int m_runs = 0;
};

void TestCliOscal::initTestCase()
{
    isolateDefaultDatabase("tst_clioscal");
    QVERIFY(m_dir.isValid());
}

QString TestCliOscal::init(const QString& name)
{
    const QString path = m_dir.filePath(name);
    const CliRun run = runCli({QStringLiteral("--database"), path, QStringLiteral("init"), QStringLiteral("--sample")});
    if (run.status != 0)
        qWarning("init failed: %s", qPrintable(run.err));
    return path;
}

void TestCliOscal::importCatalog()
{
    const QString database = init(QStringLiteral("catalog.crosswalk"));
    const QString file = m_dir.filePath(QStringLiteral("test-catalog.json"));
    QVERIFY(writeFile(file, catalogJson));

    // --source and --target are for mapping collections.
    const QByteArray before = fileBytes(database);
    const CliRun wrong = runCli({QStringLiteral("--database"), database, QStringLiteral("import-oscal"),
                                 QStringLiteral("--source"), QStringLiteral("JP-CRCSA"), file});
    QCOMPARE(wrong.status, 2);
    QCOMPARE(wrong.errLines().size(), 1);
    QVERIFY2(wrong.err.contains(QStringLiteral("catalog")), qPrintable(wrong.err));
    QCOMPARE(fileBytes(database), before);

    const CliRun run = runCli({QStringLiteral("--database"), database, QStringLiteral("import-oscal"),
                               QStringLiteral("--code"), QStringLiteral("TESTCAT"), file});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QCOMPARE(run.err, QString());
    QVERIFY2(run.out.contains(QStringLiteral("TESTCAT")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Imported")), qPrintable(run.out));
    const qint64 framework = frameworkId(database, QStringLiteral("TESTCAT"));
    QVERIFY(framework > 0);
    QVERIFY(rowCount(database, QStringLiteral("provisions"), QStringLiteral("framework_id"), framework) >= 2);
}

void TestCliOscal::importMappingCollection()
{
    const QString database = init(QStringLiteral("collection.crosswalk"));
    const qint64 mappings = rowCount(database, QStringLiteral("mappings"));
    const CliRun run = runCli({QStringLiteral("--database"), database, QStringLiteral("import-oscal"),
                               dataFile(QStringLiteral("mapping-full.json"))});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QCOMPARE(run.err, QString());
    QVERIFY2(run.out.contains(QStringLiteral("mapping JP-CSS2025:P1-1 → NIST-CSF2:GV")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("equivalent-to")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Imported")), qPrintable(run.out));
    QCOMPARE(rowCount(database, QStringLiteral("mappings")), mappings + 9);

    // Again: nothing to change.
    const QByteArray before = fileBytes(database);
    const CliRun again = runCli({QStringLiteral("--database"), database, QStringLiteral("import-oscal"),
                                 dataFile(QStringLiteral("mapping-full.json"))});
    QCOMPARE(again.status, 0);
    QVERIFY2(again.out.contains(QStringLiteral("Nothing to change")), qPrintable(again.out));
    QCOMPARE(rowCount(database, QStringLiteral("mappings")), mappings + 9);
    QCOMPARE(fileBytes(database), before);
}

void TestCliOscal::dryRunWritesNothing()
{
    const QString database = init(QStringLiteral("dry.crosswalk"));
    const QByteArray before = fileBytes(database);
    const CliRun run =
        runCli({QStringLiteral("--database"), database, QStringLiteral("import-oscal"), QStringLiteral("--dry-run"),
                QStringLiteral("--source"), QStringLiteral("JP-CSS2025"), QStringLiteral("--target"),
                QStringLiteral("NIST-CSF2"), dataFile(QStringLiteral("mapping-unmatched.json"))});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("mapping JP-CSS2025:P1-3 → NIST-CSF2:PR")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("nothing was written")), qPrintable(run.out));
    QCOMPARE(fileBytes(database), before);
}

void TestCliOscal::exportBothFormsThenReimport()
{
    const QString source = init(QStringLiteral("export-source.crosswalk"));
    const QString catalog = m_dir.filePath(QStringLiteral("nato-cdp2016.json"));
    const QString collection = m_dir.filePath(QStringLiteral("jp-crcsa-to-nato.json"));

    const CliRun exportedCatalog =
        runCli({QStringLiteral("--database"), source, QStringLiteral("export-oscal"), QStringLiteral("--framework"),
                QStringLiteral("NATO-CDP2016"), QStringLiteral("--out"), catalog});
    QVERIFY2(exportedCatalog.status == 0, qPrintable(exportedCatalog.err));
    QVERIFY(exportedCatalog.out.contains(catalog));
    QVERIFY(fileBytes(catalog).contains("\"catalog\""));

    const CliRun exportedCollection =
        runCli({QStringLiteral("--database"), source, QStringLiteral("export-oscal"), QStringLiteral("--source"),
                QStringLiteral("JP-CRCSA"), QStringLiteral("--target"), QStringLiteral("NATO-CDP2016"),
                QStringLiteral("-o"), collection});
    QVERIFY2(exportedCollection.status == 0, qPrintable(exportedCollection.err));
    QVERIFY(exportedCollection.out.contains(collection));
    QVERIFY(fileBytes(collection).contains("\"mapping-collection\""));

    // The mapping collection into a database with the same frameworks and no mappings.
    const QString target = init(QStringLiteral("export-target.crosswalk"));
    {
        Database db;
        QVERIFY(db.open(target));
        RecordStore store(db);
        Transaction transaction(db);
        for (const QVariantMap& row : store.fetchAll(QStringLiteral("mappings")))
            QVERIFY(store.remove(QStringLiteral("mappings"), row.value(QStringLiteral("id")).toLongLong()));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(rowCount(target, QStringLiteral("mappings")), qint64(0));
    const CliRun imported = runCli({QStringLiteral("--database"), target, QStringLiteral("import-oscal"), collection});
    QVERIFY2(imported.status == 0, qPrintable(imported.err));
    QCOMPARE(rowCount(target, QStringLiteral("mappings")), qint64(8));

    // The catalog back into the database it came from: the same framework, no new provisions.
    const qint64 provisions = rowCount(source, QStringLiteral("provisions"));
    const qint64 frameworks = rowCount(source, QStringLiteral("frameworks"));
    const CliRun reimported = runCli({QStringLiteral("--database"), source, QStringLiteral("import-oscal"), catalog});
    QVERIFY2(reimported.status == 0, qPrintable(reimported.err));
    QCOMPARE(rowCount(source, QStringLiteral("provisions")), provisions);
    QCOMPARE(rowCount(source, QStringLiteral("frameworks")), frameworks);
}

void TestCliOscal::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("words");

    const QString out = QStringLiteral("--out");
    const QString file = QStringLiteral("x.json");
    QTest::newRow("both --framework and --source") << QStringList{QStringLiteral("export-oscal"),
                                                                  QStringLiteral("--framework"),
                                                                  QStringLiteral("NATO-CDP2016"),
                                                                  QStringLiteral("--source"),
                                                                  QStringLiteral("JP-CRCSA"),
                                                                  out,
                                                                  file}
                                                   << 2 << QStringLiteral("not both");
    QTest::newRow("neither form") << QStringList{QStringLiteral("export-oscal"), out, file} << 2
                                  << QStringLiteral("--framework");
    QTest::newRow("missing --out") << QStringList{QStringLiteral("export-oscal"), QStringLiteral("--framework"),
                                                  QStringLiteral("NATO-CDP2016")}
                                   << 2 << QStringLiteral("--out");
    QTest::newRow("--source without --target")
        << QStringList{QStringLiteral("export-oscal"), QStringLiteral("--source"), QStringLiteral("JP-CRCSA"), out,
                       file}
        << 2 << QStringLiteral("--target");
    QTest::newRow("unknown framework code")
        << QStringList{QStringLiteral("export-oscal"), QStringLiteral("--framework"), QStringLiteral("NO-SUCH"), out,
                       file}
        << 1 << QStringLiteral("NO-SUCH");
    QTest::newRow("unknown source code") << QStringList{QStringLiteral("export-oscal"),
                                                        QStringLiteral("--source"),
                                                        QStringLiteral("NO-SUCH"),
                                                        QStringLiteral("--target"),
                                                        QStringLiteral("NATO-CDP2016"),
                                                        out,
                                                        file}
                                         << 1 << QStringLiteral("NO-SUCH");
    QTest::newRow("no mappings to export") << QStringList{QStringLiteral("export-oscal"),
                                                          QStringLiteral("--source"),
                                                          QStringLiteral("JP-CSS2025"),
                                                          QStringLiteral("--target"),
                                                          QStringLiteral("NIST-CSF2"),
                                                          out,
                                                          file}
                                           << 1 << QStringLiteral("JP-CSS2025");
    QTest::newRow("import without file") << QStringList{QStringLiteral("import-oscal")} << 2
                                         << QStringLiteral("missing argument");
    QTest::newRow("import of a missing file")
        << QStringList{QStringLiteral("import-oscal"), QStringLiteral("no-such-file.json")} << 1
        << QStringLiteral("no-such-file.json");
    QTest::newRow("--code for a mapping collection")
        << QStringList{QStringLiteral("import-oscal"), QStringLiteral("--code"), QStringLiteral("X"),
                       dataFile(QStringLiteral("mapping-full.json"))}
        << 2 << QStringLiteral("--code");
    QTest::newRow("unknown --source for import")
        << QStringList{QStringLiteral("import-oscal"), QStringLiteral("--source"),
                       QStringLiteral("NO-SUCH"),      QStringLiteral("--target"),
                       QStringLiteral("NIST-CSF2"),    dataFile(QStringLiteral("mapping-unmatched.json"))}
        << 1 << QStringLiteral("NO-SUCH");
}

void TestCliOscal::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, words);

    const QString database = init(QStringLiteral("arguments-%1.crosswalk").arg(++m_runs));
    const QByteArray before = fileBytes(database);
    // Written files go to the temporary folder.
    QStringList line{QStringLiteral("--database"), database};
    for (const QString& argument : arguments)
        line << (argument == QLatin1String("x.json") ? m_dir.filePath(argument) : argument);
    const CliRun run = runCli(line);
    QCOMPARE(run.status, status);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(words), qPrintable(run.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.json"))));
    QCOMPARE(fileBytes(database), before);
}

void TestCliOscal::invalidJsonChangesNothing()
{
    const QString database = init(QStringLiteral("invalid.crosswalk"));
    const QString file = m_dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(writeFile(file, "{\n  \"mapping-collection\": {\n    \"uuid\": \"x\",,\n  }\n}\n"));
    const QByteArray before = fileBytes(database);
    const CliRun run = runCli({QStringLiteral("--database"), database, QStringLiteral("import-oscal"), file});
    QCOMPARE(run.status, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(QStringLiteral("broken.json: line 3, column")), qPrintable(run.err));
    QCOMPARE(fileBytes(database), before);
}

void TestCliOscal::refusedCollectionChangesNothing()
{
    const QString database = init(QStringLiteral("refused.crosswalk"));
    const QByteArray before = fileBytes(database);
    const CliRun run = runCli({QStringLiteral("--database"), database, QStringLiteral("import-oscal"),
                               dataFile(QStringLiteral("mapping-unmatched.json"))});
    QCOMPARE(run.status, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(
        run.err.contains(QStringLiteral("mapping-unmatched.json: $.mapping-collection.mappings[0].source-resource")),
        qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("--source")), qPrintable(run.err));
    QCOMPARE(fileBytes(database), before);
}

void TestCliOscal::exportToUnwritablePathFails()
{
    const QString database = init(QStringLiteral("unwritable.crosswalk"));
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/out.json"));
    const CliRun run = runCli({QStringLiteral("--database"), database, QStringLiteral("export-oscal"),
                               QStringLiteral("--source"), QStringLiteral("JP-CRCSA"), QStringLiteral("--target"),
                               QStringLiteral("NATO-CDP2016"), QStringLiteral("--out"), path});
    QCOMPARE(run.status, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(path), qPrintable(run.err));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestCliOscal)
#include "tst_clioscal.moc"
