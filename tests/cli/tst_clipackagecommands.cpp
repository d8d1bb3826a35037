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
    void importIntoDatabaseWithRecordsSuggestsMerge();
    void mergeDryRunWritesNothing();
    void mergeAppliesThePlan();
    void mergeOfBadPackageChangesNothing();
    void dryRunWithoutMergeIsAUsageError();
    void exportSelectionOfFrameworks();
    void exportSelectionByMarking();
    void exportSelectionBadValues_data();
    void exportSelectionBadValues();

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

namespace {

/// The sample package with one framework retitled later than the stored one and a new party.
QByteArray partnerPackage()
{
    QJsonObject package = samplePackage();
    QJsonObject tables = package.value(QStringLiteral("tables")).toObject();
    QJsonArray frameworks = tables.value(QStringLiteral("frameworks")).toArray();
    for (int i = 0; i < frameworks.size(); ++i) {
        QJsonObject framework = frameworks.at(i).toObject();
        if (framework.value(QStringLiteral("code")).toString() == QLatin1String("JP-NSS2022")) {
            framework.insert(QStringLiteral("title_en"), QStringLiteral("National Security Strategy (revised)"));
            framework.insert(QStringLiteral("updated_at"), QStringLiteral("2099-01-01T00:00:00Z"));
            frameworks.replace(i, framework);
        }
    }
    tables.insert(QStringLiteral("frameworks"), frameworks);
    QJsonArray parties = tables.value(QStringLiteral("parties")).toArray();
    parties.append(QJsonObject{{QStringLiteral("id"), 100},
                               {QStringLiteral("code"), QStringLiteral("FR")},
                               {QStringLiteral("name_en"), QStringLiteral("France")},
                               {QStringLiteral("kind"), QStringLiteral("state")}});
    tables.insert(QStringLiteral("parties"), parties);
    package.insert(QStringLiteral("tables"), tables);
    return QJsonDocument(package).toJson();
}

QJsonObject packageAt(const QString& path)
{
    return QJsonDocument::fromJson(fileBytes(path)).object();
}

QStringList codesIn(const QJsonObject& package, const char* table)
{
    QStringList codes;
    for (const QJsonValue& row :
         package.value(QStringLiteral("tables")).toObject().value(QLatin1String(table)).toArray())
        codes << row.toObject().value(QStringLiteral("code")).toString();
    return codes;
}

} // namespace

void TestCliPackageCommands::importIntoDatabaseWithRecordsSuggestsMerge()
{
    const QString database = init(QStringLiteral("suggest.crosswalk"), true);
    const QString package = m_dir.filePath(QStringLiteral("suggest.json"));
    QVERIFY(writeFile(package, partnerPackage()));
    const QByteArray before = fileBytes(database);
    const CliRun run = runCli({QStringLiteral("--database"), database, QStringLiteral("import-package"), package});
    QCOMPARE(run.status, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(QStringLiteral("--merge")), qPrintable(run.err));
    QCOMPARE(fileBytes(database), before);
}

void TestCliPackageCommands::mergeDryRunWritesNothing()
{
    const QString database = init(QStringLiteral("dry.crosswalk"), true);
    const QString package = m_dir.filePath(QStringLiteral("dry.json"));
    QVERIFY(writeFile(package, partnerPackage()));
    const QByteArray before = fileBytes(database);
    const CliRun run = runCli({QStringLiteral("--database"), database, QStringLiteral("import-package"),
                               QStringLiteral("--merge"), QStringLiteral("--dry-run"), package});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.status, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // summary, the added party, the updated framework, the dry-run line
    QVERIFY2(lines.at(1).contains(QStringLiteral("party FR")), qPrintable(run.out));
    QVERIFY2(lines.at(2).contains(QStringLiteral("framework JP-NSS2022")), qPrintable(run.out));
    QVERIFY2(lines.at(2).contains(QStringLiteral("title_en")), qPrintable(run.out));
    QCOMPARE(lines.constLast(), QStringLiteral("Dry run: nothing was written"));
    QCOMPARE(fileBytes(database), before);
}

void TestCliPackageCommands::mergeAppliesThePlan()
{
    const QString database = init(QStringLiteral("merge.crosswalk"), true);
    const QString package = m_dir.filePath(QStringLiteral("merge.json"));
    QVERIFY(writeFile(package, partnerPackage()));
    const CliRun run = runCli(
        {QStringLiteral("--database"), database, QStringLiteral("import-package"), QStringLiteral("--merge"), package});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.contains(QStringLiteral("party FR")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Merged")), qPrintable(run.out));
    QVERIFY(!run.out.contains(QStringLiteral("Dry run")));

    const CliRun parties =
        runCli({QStringLiteral("--database"), database, QStringLiteral("list"), QStringLiteral("parties")});
    QVERIFY2(parties.out.contains(QStringLiteral("France")), qPrintable(parties.out));
    const CliRun frameworks =
        runCli({QStringLiteral("--database"), database, QStringLiteral("list"), QStringLiteral("frameworks")});
    QVERIFY2(frameworks.out.contains(QStringLiteral("National Security Strategy (revised)")),
             qPrintable(frameworks.out));
    QCOMPARE(runCli({QStringLiteral("--database"), database, QStringLiteral("check")}).out, QStringLiteral("ok\n"));

    // Merged once, the same package changes nothing.
    const QByteArray after = fileBytes(database);
    const CliRun again = runCli(
        {QStringLiteral("--database"), database, QStringLiteral("import-package"), QStringLiteral("--merge"), package});
    QCOMPARE(again.status, 0);
    QCOMPARE(again.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2); // summary, nothing to write
    QCOMPARE(fileBytes(database), after);
}

void TestCliPackageCommands::mergeOfBadPackageChangesNothing()
{
    const QString database = init(QStringLiteral("merge-bad.crosswalk"), true);
    QJsonObject package = samplePackage();
    QJsonObject tables = package.value(QStringLiteral("tables")).toObject();
    QJsonArray provisions = tables.value(QStringLiteral("provisions")).toArray();
    QJsonObject provision = provisions.at(3).toObject();
    provision.insert(QStringLiteral("framework_id"), 999);
    provisions.replace(3, provision);
    tables.insert(QStringLiteral("provisions"), provisions);
    package.insert(QStringLiteral("tables"), tables);
    const QString file = m_dir.filePath(QStringLiteral("merge-bad.json"));
    QVERIFY(writeFile(file, QJsonDocument(package).toJson()));
    const QByteArray before = fileBytes(database);
    const CliRun run = runCli(
        {QStringLiteral("--database"), database, QStringLiteral("import-package"), QStringLiteral("--merge"), file});
    QCOMPARE(run.status, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(QStringLiteral("merge-bad.json: $.tables.provisions[3].framework_id")),
             qPrintable(run.err));
    QCOMPARE(fileBytes(database), before);
}

void TestCliPackageCommands::dryRunWithoutMergeIsAUsageError()
{
    const QString database = init(QStringLiteral("usage.crosswalk"), false);
    const QString package = m_dir.filePath(QStringLiteral("usage.json"));
    QVERIFY(writeFile(package, partnerPackage()));
    const QByteArray before = fileBytes(database);
    const CliRun run = runCli({QStringLiteral("--database"), database, QStringLiteral("import-package"),
                               QStringLiteral("--dry-run"), package});
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--dry-run")), qPrintable(run.err));
    QCOMPARE(fileBytes(database), before);
}

void TestCliPackageCommands::exportSelectionOfFrameworks()
{
    const QString database = init(QStringLiteral("select.crosswalk"), true);
    const QString out = m_dir.filePath(QStringLiteral("select.json"));
    const CliRun run =
        runCli({QStringLiteral("--database"), database, QStringLiteral("export-package"), QStringLiteral("--framework"),
                QStringLiteral("JP-CRCSA"), QStringLiteral("--framework"), QStringLiteral("NATO-CDP2016"), out});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.contains(out) && run.out.contains(QStringLiteral("TLP:CLEAR")), qPrintable(run.out));
    const QJsonObject package = packageAt(out);
    QCOMPARE(codesIn(package, "frameworks"), (QStringList{QStringLiteral("JP-CRCSA"), QStringLiteral("NATO-CDP2016")}));
    QCOMPARE(codesIn(package, "parties"), (QStringList{QStringLiteral("JP"), QStringLiteral("NATO")}));
    QCOMPARE(codesIn(package, "provisions").size(), 19);
    QVERIFY(package.value(QStringLiteral("title")).toString().contains(QStringLiteral("selection")));

    // It imports into a new database.
    const QString target = init(QStringLiteral("select-target.crosswalk"), false);
    const CliRun imported = runCli({QStringLiteral("--database"), target, QStringLiteral("import-package"), out});
    QCOMPARE(imported.err, QString());
    QCOMPARE(imported.status, 0);
    QCOMPARE(parseLabelledLines(imported.out).value(QStringLiteral("mappings")), QStringLiteral("8"));
}

void TestCliPackageCommands::exportSelectionByMarking()
{
    const QString database = init(QStringLiteral("marking.crosswalk"), true);
    const QString out = m_dir.filePath(QStringLiteral("marking.json"));
    const CliRun run = runCli({QStringLiteral("--database"), database, QStringLiteral("export-package"),
                               QStringLiteral("--max-marking"), QStringLiteral("clear"), out});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.status, 0);
    const QJsonObject package = packageAt(out);
    const QStringList dialogues = codesIn(package, "dialogues");
    QCOMPARE(dialogues.size(), 6);
    QVERIFY(!dialogues.contains(QStringLiteral("JP-NATO-CD2"))); // GREEN in the sample
    QCOMPARE(codesIn(package, "frameworks").size(), 14);
    QCOMPARE(package.value(QStringLiteral("marking")).toString(), QStringLiteral("TLP:CLEAR"));

    const QString green = m_dir.filePath(QStringLiteral("green.json"));
    QCOMPARE(runCli({QStringLiteral("--database"), database, QStringLiteral("export-package"),
                     QStringLiteral("--max-marking"), QStringLiteral("TLP:GREEN"), QStringLiteral("--framework"),
                     QStringLiteral("NATO-SC2022"), green})
                 .status,
             0);
    const QJsonObject both = packageAt(green);
    QCOMPARE(codesIn(both, "frameworks"), QStringList{QStringLiteral("NATO-SC2022")});
    QVERIFY(codesIn(both, "dialogues").isEmpty());
    QCOMPARE(codesIn(both, "parties"), (QStringList{QStringLiteral("JP"), QStringLiteral("NATO")}));
}

void TestCliPackageCommands::exportSelectionBadValues_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("mention");
    QTest::newRow("unknown marking") << QStringList{QStringLiteral("--max-marking"), QStringLiteral("SECRET")}
                                     << QStringLiteral("--max-marking");
    QTest::newRow("unknown framework") << QStringList{QStringLiteral("--framework"), QStringLiteral("NO-SUCH")}
                                       << QStringLiteral("--framework");
    QTest::newRow("empty framework") << QStringList{QStringLiteral("--framework"), QString()}
                                     << QStringLiteral("--framework");
}

void TestCliPackageCommands::exportSelectionBadValues()
{
    QFETCH(QStringList, options);
    QFETCH(QString, mention);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString database = init(QStringLiteral("bad-values-%1.crosswalk").arg(tag), true);
    const QString out = m_dir.filePath(QStringLiteral("bad-values-%1.json").arg(tag));
    const CliRun run = runCli(QStringList{QStringLiteral("--database"), database, QStringLiteral("export-package")} +
                              options + QStringList{out});
    QCOMPARE(run.status, 2);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(mention), qPrintable(run.err));
    QVERIFY2(run.err.contains(options.at(1)), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_GUILESS_MAIN(TestCliPackageCommands)
#include "tst_clipackagecommands.moc"
