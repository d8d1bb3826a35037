// crosswalk-cli export-package and import-package: round trip, refusals, all-or-nothing import.

#include "tests/cli/CliRunner.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace crosswalk;
using namespace crosswalk::test;

class TestCliPackageCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportThenImportReproducesThePackage();
    void badPackageChangesNothing_data();
    void badPackageChangesNothing();
    void importRefusesDatabaseWithRecords();
    void importOfMissingFileFails();
    void exportToUnwritablePathFails();

private:
    QString init(const QString& name, bool sample);

    QTemporaryDir m_dir;
};

void TestCliPackageCommands::initTestCase()
{
    isolateDefaultDatabase("tst_clipackagecommands");
    QVERIFY(m_dir.isValid());
}

QString TestCliPackageCommands::init(const QString& name, bool sample)
{
    const QString path = m_dir.filePath(name);
    QStringList arguments{QStringLiteral("--database"), path, QStringLiteral("init")};
    if (sample)
        arguments << QStringLiteral("--sample");
    const CliRun run = runCli(arguments);
    if (run.status != 0)
        qWarning("init failed: %s", qPrintable(run.err));
    return path;
}

void TestCliPackageCommands::exportThenImportReproducesThePackage()
{
    const QString source = init(QStringLiteral("source.crosswalk"), true);
    const QString first = m_dir.filePath(QStringLiteral("first.json"));
    const CliRun exported = runCli({QStringLiteral("--database"), source, QStringLiteral("export-package"), first});
    QCOMPARE(exported.status, 0);
    QCOMPARE(exported.err, QString());
    QVERIFY(exported.out.contains(first));
    const QByteArray firstBytes = fileBytes(first);
    QVERIFY(!firstBytes.isEmpty());

    const QString target = init(QStringLiteral("target.crosswalk"), false);
    const CliRun imported = runCli({QStringLiteral("import-package"), first, QStringLiteral("--database"), target});
    QCOMPARE(imported.status, 0);
    QCOMPARE(imported.err, QString());
    QVERIFY(imported.out.contains(first));
    // The counts printed are the package's.
    const QMap<QString, QString> counts = parseLabelledLines(imported.out);
    const QJsonObject tables = QJsonDocument::fromJson(firstBytes).object().value(QStringLiteral("tables")).toObject();
    QVERIFY(!tables.isEmpty());
    for (auto it = tables.constBegin(); it != tables.constEnd(); ++it)
        QCOMPARE(counts.value(it.key(), QStringLiteral("missing")), QString::number(it.value().toArray().size()));

    const QString second = m_dir.filePath(QStringLiteral("second.json"));
    const CliRun reexported = runCli({QStringLiteral("--database"), target, QStringLiteral("export-package"), second});
    QCOMPARE(reexported.status, 0);
    QCOMPARE(fileBytes(second), firstBytes);

    const CliRun checked = runCli({QStringLiteral("--database"), target, QStringLiteral("check")});
    QCOMPARE(checked.out, QStringLiteral("ok\n"));
}

void TestCliPackageCommands::badPackageChangesNothing_data()
{
    QTest::addColumn<QByteArray>("package");
    QTest::addColumn<QString>("mention");

    QTest::newRow("not JSON") << QByteArray("this is not { JSON") << QStringLiteral("JSON");

    QJsonObject package = samplePackage();
    package.insert(QStringLiteral("format_version"), 99);
    QTest::newRow("format_version") << QJsonDocument(package).toJson() << QStringLiteral("$.format_version");

    package = samplePackage();
    QJsonObject tables = package.value(QStringLiteral("tables")).toObject();
    QJsonArray frameworks = tables.value(QStringLiteral("frameworks")).toArray();
    QJsonObject framework = frameworks.at(2).toObject();
    framework.remove(QStringLiteral("title_en"));
    frameworks.replace(2, framework);
    tables.insert(QStringLiteral("frameworks"), frameworks);
    package.insert(QStringLiteral("tables"), tables);
    QTest::newRow("missing required field")
        << QJsonDocument(package).toJson() << QStringLiteral("$.tables.frameworks[2].title_en");

    // Valid up to the last table, so that a partial write would show.
    package = samplePackage();
    tables = package.value(QStringLiteral("tables")).toObject();
    QJsonArray links = tables.value(QStringLiteral("commitment_provisions")).toArray();
    QJsonObject link = links.at(0).toObject();
    link.insert(QStringLiteral("provision_id"), 999999);
    links.replace(0, link);
    tables.insert(QStringLiteral("commitment_provisions"), links);
    package.insert(QStringLiteral("tables"), tables);
    QTest::newRow("dangling reference") << QJsonDocument(package).toJson()
                                        << QStringLiteral("$.tables.commitment_provisions[0].provision_id");
}

void TestCliPackageCommands::badPackageChangesNothing()
{
    QFETCH(QByteArray, package);
    QFETCH(QString, mention);

    const QString database =
        init(QStringLiteral("bad-%1.crosswalk")
                 .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))),
             false);
    const QByteArray before = fileBytes(database);
    QVERIFY(!before.isEmpty());
    const CliRun infoBefore = runCli({QStringLiteral("--database"), database, QStringLiteral("info")});

    const QString file = m_dir.filePath(QStringLiteral("bad-package.json"));
    QVERIFY(writeFile(file, package));
    const CliRun run = runCli({QStringLiteral("--database"), database, QStringLiteral("import-package"), file});
    QCOMPARE(run.status, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("crosswalk-cli: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("bad-package.json")), qPrintable(run.err));
    QVERIFY2(run.err.contains(mention), qPrintable(run.err));

    QCOMPARE(fileBytes(database), before);
    QCOMPARE(runCli({QStringLiteral("--database"), database, QStringLiteral("info")}).out, infoBefore.out);
}

void TestCliPackageCommands::importRefusesDatabaseWithRecords()
{
    const QString source = init(QStringLiteral("full.crosswalk"), true);
    const QString package = m_dir.filePath(QStringLiteral("full.json"));
    QCOMPARE(runCli({QStringLiteral("--database"), source, QStringLiteral("export-package"), package}).status, 0);
    const QByteArray before = fileBytes(source);

    const CliRun run = runCli({QStringLiteral("--database"), source, QStringLiteral("import-package"), package});
    QCOMPARE(run.status, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("crosswalk-cli: ")), qPrintable(run.err));
    QCOMPARE(fileBytes(source), before);
}

void TestCliPackageCommands::importOfMissingFileFails()
{
    const QString database = init(QStringLiteral("empty.crosswalk"), false);
    const QString missing = m_dir.filePath(QStringLiteral("no-such-package.json"));
    const CliRun run = runCli({QStringLiteral("--database"), database, QStringLiteral("import-package"), missing});
    QCOMPARE(run.status, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(missing), qPrintable(run.err));
}

void TestCliPackageCommands::exportToUnwritablePathFails()
{
    const QString database = init(QStringLiteral("export.crosswalk"), false);
    const QString target = m_dir.filePath(QStringLiteral("no-such-folder/out.json"));
    const CliRun run = runCli({QStringLiteral("--database"), database, QStringLiteral("export-package"), target});
    QCOMPARE(run.status, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(target), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(target));
}

QTEST_GUILESS_MAIN(TestCliPackageCommands)
#include "tst_clipackagecommands.moc"
