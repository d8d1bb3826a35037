// crosswalk-cli as a whole: global options, usage errors, init, info and check, run in-process.

#include "tests/cli/CliRunner.h"

#include "models/exchange/DatabaseBootstrap.h"
#include "models/storage/Database.h"
#include "models/storage/TableCatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace crosswalk;
using namespace crosswalk::test;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void help();
    void commandHelp_data();
    void commandHelp();
    void version();
    void usageErrors_data();
    void usageErrors();
    void initThenInfo();
    void initSampleThenInfo();
    void databaseOptionAfterCommand();
    void initRefusesExistingDatabase();
    void initRequiresDatabaseOption();
    void missingDatabaseFails_data();
    void missingDatabaseFails();
    void notADatabaseFails();
    void checkGoodDatabase();
    void defaultDatabaseCreatedFromSample();

private:
    QString newDatabase(const QTemporaryDir& dir, bool sample);
};

void TestCli::initTestCase()
{
    isolateDefaultDatabase("tst_cli");
}

QString TestCli::newDatabase(const QTemporaryDir& dir, bool sample)
{
    const QString path = dir.filePath(sample ? QStringLiteral("sample.crosswalk") : QStringLiteral("new.crosswalk"));
    QStringList arguments{QStringLiteral("--database"), path, QStringLiteral("init")};
    if (sample)
        arguments << QStringLiteral("--sample");
    const CliRun run = runCli(arguments);
    if (run.status != 0)
        qWarning("init failed: %s", qPrintable(run.err));
    return path;
}

void TestCli::help()
{
    for (const QString& option : {QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("help")}) {
        const CliRun run = runCli({option});
        QCOMPARE(run.status, 0);
        QCOMPARE(run.err, QString());
        QVERIFY2(run.out.startsWith(QStringLiteral("Usage: crosswalk-cli")), qPrintable(run.out));
        for (const QString& command :
             {QStringLiteral("init"), QStringLiteral("info"), QStringLiteral("list"), QStringLiteral("import-package"),
              QStringLiteral("export-package"), QStringLiteral("check")}) {
            QVERIFY2(run.out.contains(QStringLiteral("\n  ") + command + QLatin1Char(' ')), qPrintable(command));
        }
        QVERIFY(run.out.contains(QStringLiteral("--database <PATH>")));
        QVERIFY(run.out.contains(QStringLiteral("--version")));
    }
}

void TestCli::commandHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("usage");
    QTest::addColumn<QString>("option");

    QTest::newRow("list --help") << QStringList{QStringLiteral("list"), QStringLiteral("--help")}
                                 << QStringLiteral("Usage: crosswalk-cli list [options] ENTITY")
                                 << QStringLiteral("--format <FORMAT>");
    QTest::newRow("help list") << QStringList{QStringLiteral("help"), QStringLiteral("list")}
                               << QStringLiteral("Usage: crosswalk-cli list [options] ENTITY")
                               << QStringLiteral("--framework <CODE>");
    QTest::newRow("init -h") << QStringList{QStringLiteral("init"), QStringLiteral("-h")}
                             << QStringLiteral("Usage: crosswalk-cli init [options]") << QStringLiteral("--sample");
    QTest::newRow("import-package --help")
        << QStringList{QStringLiteral("import-package"), QStringLiteral("--help")}
        << QStringLiteral("Usage: crosswalk-cli import-package [options] FILE") << QStringLiteral("--database <PATH>");
}

void TestCli::commandHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, usage);
    QFETCH(QString, option);

    const CliRun run = runCli(arguments);
    QCOMPARE(run.status, 0);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out.section(QLatin1Char('\n'), 0, 0), usage);
    QVERIFY2(run.out.contains(option), qPrintable(run.out));
}

void TestCli::version()
{
    const QString expected = QStringLiteral("crosswalk-cli " CROSSWALK_VERSION "\n");
    for (const QString& option : {QStringLiteral("--version"), QStringLiteral("-v")}) {
        const CliRun run = runCli({option});
        QCOMPARE(run.status, 0);
        QCOMPARE(run.out, expected);
        QCOMPARE(run.err, QString());
    }
    QCOMPARE(expected, QStringLiteral("crosswalk-cli 0.1.0\n"));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");

    const QString db = QStringLiteral("--database");
    const QString missing = QStringLiteral("/nonexistent/never.crosswalk");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QStringList{QStringLiteral("'frobnicate'"), QStringLiteral("list")};
    QTest::newRow("unknown global option")
        << QStringList{QStringLiteral("--bogus"), QStringLiteral("info")} << QStringList{QStringLiteral("bogus")};
    QTest::newRow("unknown command option")
        << QStringList{db, missing, QStringLiteral("info"), QStringLiteral("--nonsense")}
        << QStringList{QStringLiteral("nonsense")};
    QTest::newRow("unknown entity") << QStringList{db, missing, QStringLiteral("list"), QStringLiteral("widgets")}
                                    << QStringList{QStringLiteral("'widgets'"), QStringLiteral("frameworks"),
                                                   QStringLiteral("commitment_updates")};
    QTest::newRow("unknown format") << QStringList{db,
                                                   missing,
                                                   QStringLiteral("list"),
                                                   QStringLiteral("frameworks"),
                                                   QStringLiteral("--format"),
                                                   QStringLiteral("xml")}
                                    << QStringList{QStringLiteral("'xml'")};
    QTest::newRow("no command") << QStringList{} << QStringList{QStringLiteral("--help")};
    QTest::newRow("missing entity") << QStringList{db, missing, QStringLiteral("list")}
                                    << QStringList{QStringLiteral("ENTITY")};
    QTest::newRow("missing file") << QStringList{db, missing, QStringLiteral("import-package")}
                                  << QStringList{QStringLiteral("FILE")};
    QTest::newRow("extra argument") << QStringList{db, missing, QStringLiteral("info"), QStringLiteral("surplus")}
                                    << QStringList{QStringLiteral("'surplus'")};
    QTest::newRow("database without value")
        << QStringList{QStringLiteral("info"), db} << QStringList{QStringLiteral("database")};
    QTest::newRow("help for unknown command")
        << QStringList{QStringLiteral("help"), QStringLiteral("nope")} << QStringList{QStringLiteral("'nope'")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);

    const CliRun run = runCli(arguments);
    QCOMPARE(run.status, 2);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("crosswalk-cli: ")), qPrintable(run.err));
    for (const QString& mention : mentions)
        QVERIFY2(run.err.contains(mention), qPrintable(run.err + QStringLiteral(" lacks ") + mention));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/nonexistent/never.crosswalk")));
}

void TestCli::initThenInfo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.crosswalk"));
    const CliRun init = runCli({QStringLiteral("--database"), path, QStringLiteral("init")});
    QCOMPARE(init.status, 0);
    QCOMPARE(init.err, QString());
    QVERIFY(init.out.contains(path));

    const CliRun info = runCli({QStringLiteral("--database"), path, QStringLiteral("info")});
    QCOMPARE(info.status, 0);
    QCOMPARE(info.err, QString());
    const QMap<QString, QString> values = parseLabelledLines(info.out);
    QCOMPARE(values.value(QStringLiteral("Database")), QFileInfo(path).absoluteFilePath());
    QCOMPARE(values.value(QStringLiteral("Schema version")), QString::number(Database::CurrentSchemaVersion));
    QCOMPARE(values.value(QStringLiteral("themes")), QStringLiteral("11"));
    for (const TableSpec& table : TableCatalog::tables()) {
        if (table.name != QLatin1String("themes"))
            QCOMPARE(values.value(table.name, QStringLiteral("missing")), QStringLiteral("0"));
    }
    QVERIFY(values.contains(QStringLiteral("audit_entries")));
    // Two header lines, one line per table, one for the audit entries: nothing else.
    QCOMPARE(info.out.count(QLatin1Char('\n')), static_cast<qsizetype>(TableCatalog::tables().size()) + 3);
}

void TestCli::initSampleThenInfo()
{
    QTemporaryDir dir;
    const QString path = newDatabase(dir, true);
    const CliRun info = runCli({QStringLiteral("--database"), path, QStringLiteral("info")});
    QCOMPARE(info.status, 0);
    const QMap<QString, QString> values = parseLabelledLines(info.out);
    QCOMPARE(values.value(QStringLiteral("Schema version")), QString::number(Database::CurrentSchemaVersion));

    const QJsonObject tables = samplePackage().value(QStringLiteral("tables")).toObject();
    QVERIFY(!tables.isEmpty());
    for (const TableSpec& table : TableCatalog::tables()) {
        const qsizetype expected = tables.value(table.name).toArray().size();
        QCOMPARE(values.value(table.name, QStringLiteral("missing")), QString::number(expected));
    }
    QVERIFY(values.value(QStringLiteral("frameworks")).toInt() > 0);
}

void TestCli::databaseOptionAfterCommand()
{
    QTemporaryDir dir;
    const QString path = newDatabase(dir, true);
    const CliRun before = runCli({QStringLiteral("--database"), path, QStringLiteral("info")});
    const CliRun after = runCli({QStringLiteral("info"), QStringLiteral("--database"), path});
    const CliRun joined = runCli({QStringLiteral("info"), QStringLiteral("--database=") + path});
    QCOMPARE(before.status, 0);
    QCOMPARE(after.status, 0);
    QCOMPARE(joined.status, 0);
    QCOMPARE(after.out, before.out);
    QCOMPARE(joined.out, before.out);
}

void TestCli::initRefusesExistingDatabase()
{
    QTemporaryDir dir;
    const QString path = newDatabase(dir, true);
    const QByteArray bytes = fileBytes(path);
    QVERIFY(!bytes.isEmpty());

    const CliRun run = runCli({QStringLiteral("--database"), path, QStringLiteral("init")});
    QCOMPARE(run.status, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("crosswalk-cli: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(path), qPrintable(run.err));
    QCOMPARE(fileBytes(path), bytes);
}

void TestCli::initRequiresDatabaseOption()
{
    const bool defaultExisted = QFileInfo::exists(DatabaseBootstrap::defaultPath());
    const CliRun run = runCli({QStringLiteral("init"), QStringLiteral("--sample")});
    QCOMPARE(run.status, 2);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(QStringLiteral("--database")), qPrintable(run.err));
    QCOMPARE(QFileInfo::exists(DatabaseBootstrap::defaultPath()), defaultExisted);
}

void TestCli::missingDatabaseFails_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("info") << QStringList{QStringLiteral("info")};
    QTest::newRow("list") << QStringList{QStringLiteral("list"), QStringLiteral("frameworks")};
    QTest::newRow("check") << QStringList{QStringLiteral("check")};
    QTest::newRow("export-package") << QStringList{QStringLiteral("export-package"), QStringLiteral("out.json")};
}

void TestCli::missingDatabaseFails()
{
    QFETCH(QStringList, command);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.crosswalk"));

    const CliRun run = runCli(QStringList{QStringLiteral("--database"), path} + command);
    QCOMPARE(run.status, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("crosswalk-cli: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(path), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
}

void TestCli::notADatabaseFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    const QByteArray text("These are notes, not a database.\n");
    QVERIFY(writeFile(path, text));

    const CliRun run = runCli({QStringLiteral("--database"), path, QStringLiteral("info")});
    QCOMPARE(run.status, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(path), qPrintable(run.err));
    QCOMPARE(fileBytes(path), text);
}

void TestCli::checkGoodDatabase()
{
    QTemporaryDir dir;
    for (const bool sample : {false, true}) {
        const QString path = newDatabase(dir, sample);
        const CliRun run = runCli({QStringLiteral("--database"), path, QStringLiteral("check")});
        QCOMPARE(run.status, 0);
        QCOMPARE(run.out, QStringLiteral("ok\n"));
        QCOMPARE(run.err, QString());
    }
}

void TestCli::defaultDatabaseCreatedFromSample()
{
    // QStandardPaths is in test mode (initTestCase), with this suite's own application name.
    const QString path = DatabaseBootstrap::defaultPath();
    QVERIFY2(path.contains(QStringLiteral("tst_cli")), qPrintable(path));
    const auto removeDefault = [&path] {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    };
    removeDefault();

    const CliRun first = runCli({QStringLiteral("info")});
    QCOMPARE(first.status, 0);
    QVERIFY(QFileInfo::exists(path));
    const QMap<QString, QString> values = parseLabelledLines(first.out);
    QCOMPARE(values.value(QStringLiteral("Database")), QFileInfo(path).absoluteFilePath());
    const QJsonObject tables = samplePackage().value(QStringLiteral("tables")).toObject();
    QCOMPARE(values.value(QStringLiteral("frameworks")),
             QString::number(tables.value(QStringLiteral("frameworks")).toArray().size()));

    // The second run opens the same file rather than creating it again.
    const CliRun second = runCli({QStringLiteral("info")});
    QCOMPARE(second.status, 0);
    QCOMPARE(parseLabelledLines(second.out).value(QStringLiteral("audit_entries")),
             values.value(QStringLiteral("audit_entries")));
    removeDefault();
    QDir().rmpath(QFileInfo(path).absolutePath());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
