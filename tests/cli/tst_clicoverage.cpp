// crosswalk-cli coverage: the figures in JSON, CSV and text equal CoverageEngine's for the same
// database (computed here from the engine, not written down), --detail, the marking line of CSV (the
// highest marking of the provisions, mappings and marks the figures draw on), and every bad command
// line.

#include "tests/cli/CliRunner.h"

#include "models/analysis/CoverageEngine.h"
#include "models/analysis/CoverageScope.h"
#include "models/exchange/DatabaseBootstrap.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace crosswalk;
using namespace crosswalk::test;

namespace {

/// A percentage as the CLI writes it (one decimal) equals the engine's share: within rounding.
bool samePercent(const QJsonValue& value, double share, bool hasScore)
{
    if (!hasScore)
        return value.isNull();
    return value.isDouble() && std::abs(value.toDouble() - share * 100.0) <= 0.05 + 1e-9;
}

bool samePercent(const QString& cell, double share, bool hasScore)
{
    if (!hasScore)
        return cell.isEmpty();
    bool ok = false;
    const double value = cell.toDouble(&ok);
    return ok && std::abs(value - share * 100.0) <= 0.05 + 1e-9;
}

/// Compares the JSON figures of a subtree with the engine's counts; a failure names the field.
void compareFigures(const QJsonObject& object, const CoverageCounts& counts, const QString& what, const char* file,
                    int line)
{
    const auto field = [&](const char* name, int expected) {
        const QJsonValue value = object.value(QLatin1String(name));
        const QByteArray label = (what + QLatin1Char('.') + QLatin1String(name)).toUtf8();
        if (!QTest::qVerify(value.isDouble(), label.constData(), "a number", file, line))
            return;
        QTest::qCompare(value.toInt(), expected, label.constData(), "engine", file, line);
    };
    field("covered", counts.covered);
    field("partial", counts.partial);
    field("uncovered", counts.uncovered);
    field("not_applicable", counts.notApplicable);
    field("applicable", counts.applicable());
    field("total", counts.total());
    QTest::qVerify(samePercent(object.value(QStringLiteral("score_percent")), counts.score(), counts.hasScore()),
                   qPrintable(what + QStringLiteral(".score_percent")), "", file, line);
    QTest::qVerify(
        samePercent(object.value(QStringLiteral("covered_share_percent")), counts.coveredShare(), counts.hasScore()),
        qPrintable(what + QStringLiteral(".covered_share_percent")), "", file, line);
}
#define COMPARE_FIGURES(object, counts, what)                                                                          \
    do {                                                                                                               \
        compareFigures(object, counts, what, __FILE__, __LINE__);                                                      \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

void compareCells(const QMap<QString, QString>& row, const CoverageCounts& counts, const char* file, int line)
{
    const auto cell = [&](const char* name, int expected) {
        QTest::qCompare(row.value(QLatin1String(name)), QString::number(expected), name, "engine", file, line);
    };
    cell("covered", counts.covered);
    cell("partial", counts.partial);
    cell("uncovered", counts.uncovered);
    cell("not_applicable", counts.notApplicable);
    cell("applicable", counts.applicable());
    cell("total", counts.total());
    QTest::qVerify(samePercent(row.value(QStringLiteral("score_percent")), counts.score(), counts.hasScore()),
                   "score_percent", "", file, line);
    QTest::qVerify(
        samePercent(row.value(QStringLiteral("covered_share_percent")), counts.coveredShare(), counts.hasScore()),
        "covered_share_percent", "", file, line);
}
#define COMPARE_CELLS(row, counts)                                                                                     \
    do {                                                                                                               \
        compareCells(row, counts, __FILE__, __LINE__);                                                                 \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

/// CSV output without its first line, which must be the marking ("TLP:CLEAR"); a text that parses
/// to nothing useful when there is no marking line, so that the comparisons after it fail.
QString afterMarkingLine(const QString& csv)
{
    const qsizetype end = csv.indexOf(QStringLiteral("\r\n"));
    // The marking is quoted when its caveat holds a comma or a quote.
    if (!(csv.startsWith(QStringLiteral("TLP:")) || csv.startsWith(QStringLiteral("\"TLP:"))) || end < 0)
        return QStringLiteral("no marking line\r\n");
    return csv.mid(end + 2);
}

QJsonObject parseObject(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return QJsonObject();
    return document.object();
}

} // namespace

class TestCliCoverage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonEqualsEngine_data();
    void jsonEqualsEngine();
    void jsonDetail();
    void csvOneRowPerGroup_data();
    void csvOneRowPerGroup();
    void csvDetail();
    void csvStartsWithTheHighestMarking();
    void noMarkingLine();
    void textShowsTotalsAndGroups();
    void textDetail();
    void help();
    void badInput_data();
    void badInput();
    void missingDatabase();

private:
    CoverageReport engineReport(const QString& source, const QString& target);
    CliRun coverage(const QString& source, const QString& target, const QStringList& more = {});

    QTemporaryDir m_dir;
    QString m_sample;
    Database m_db;
};

void TestCliCoverage::initTestCase()
{
    isolateDefaultDatabase("tst_clicoverage");
    QVERIFY(m_dir.isValid());
    m_sample = m_dir.filePath(QStringLiteral("sample.crosswalk"));
    const CliRun init =
        runCli({QStringLiteral("--database"), m_sample, QStringLiteral("init"), QStringLiteral("--sample")});
    QCOMPARE(init.status, 0);
    const Status opened = DatabaseBootstrap::openExisting(m_db, m_sample);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
}

CoverageReport TestCliCoverage::engineReport(const QString& source, const QString& target)
{
    const Result<CoverageScope> scope = CoverageScope::resolve(m_db, source, target);
    if (!scope)
        qFatal("cannot resolve %s against %s: %s", qPrintable(source), qPrintable(target), qPrintable(scope.message()));
    return CoverageEngine::compute(m_db, *scope);
}

CliRun TestCliCoverage::coverage(const QString& source, const QString& target, const QStringList& more)
{
    return runCli(QStringList{QStringLiteral("--database"), m_sample, QStringLiteral("coverage"),
                              QStringLiteral("--source"), source, QStringLiteral("--target"), target} +
                  more);
}

void TestCliCoverage::jsonEqualsEngine_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("kind");

    QTest::newRow("party JP, NATO-CDP2016")
        << QStringLiteral("JP") << QStringLiteral("NATO-CDP2016") << QStringLiteral("party");
    QTest::newRow("framework JP-CRCSA, NATO-CDP2016")
        << QStringLiteral("JP-CRCSA") << QStringLiteral("NATO-CDP2016") << QStringLiteral("framework");
    QTest::newRow("party JP, NATO-SC2022 (not applicable)")
        << QStringLiteral("JP") << QStringLiteral("NATO-SC2022") << QStringLiteral("party");
    QTest::newRow("party NATO, JP-CSS2025 (tree)")
        << QStringLiteral("NATO") << QStringLiteral("JP-CSS2025") << QStringLiteral("party");
    QTest::newRow("framework prefix") << QStringLiteral("framework:JP-CSS2025") << QStringLiteral("NATO-CDP2016")
                                      << QStringLiteral("framework");
}

void TestCliCoverage::jsonEqualsEngine()
{
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(QString, kind);

    const CliRun run = coverage(source, target, {QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.status, 0);
    const QJsonObject root = parseObject(run.out);
    QVERIFY2(!root.isEmpty(), qPrintable(run.out));

    const CoverageReport report = engineReport(source, target);
    QCOMPARE(root.value(QStringLiteral("source")).toString(), report.scope().sourceCode);
    QCOMPARE(root.value(QStringLiteral("source_kind")).toString(), kind);
    QCOMPARE(root.value(QStringLiteral("target")).toString(), target);
    QCOMPARE(root.value(QStringLiteral("source_frameworks")).toArray().size(),
             report.scope().sourceFrameworkIds.size());
    QCOMPARE(root.value(QStringLiteral("ignored_mappings")).toInt(-1), report.ignoredMappings());
    QVERIFY(!root.contains(QStringLiteral("items")));

    COMPARE_FIGURES(root.value(QStringLiteral("totals")).toObject(), report.totals(), QStringLiteral("totals"));
    QVERIFY(report.totals().total() > 0);

    const QJsonArray groups = root.value(QStringLiteral("groups")).toArray();
    const QList<const CoverageItem*> expected = report.groups();
    QCOMPARE(groups.size(), expected.size());
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QJsonObject group = groups.at(i).toObject();
        const CoverageItem& item = *expected.at(i);
        QCOMPARE(group.value(QStringLiteral("code")).toString(), item.code);
        QCOMPARE(group.value(QStringLiteral("reference")).toString(), item.reference());
        QCOMPARE(group.value(QStringLiteral("title")).toString(), item.titleEn);
        QCOMPARE(group.value(QStringLiteral("status")).toString(), toKey(item.status));
        COMPARE_FIGURES(group, item.counts, item.code);
    }
}

void TestCliCoverage::jsonDetail()
{
    const CliRun run = coverage(QStringLiteral("JP"), QStringLiteral("NATO-CDP2016"),
                                {QStringLiteral("--format=json"), QStringLiteral("--detail")});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.status, 0);
    const QJsonObject root = parseObject(run.out);
    const CoverageReport report = engineReport(QStringLiteral("JP"), QStringLiteral("NATO-CDP2016"));
    const QJsonArray items = root.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), report.items().size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject object = items.at(i).toObject();
        const CoverageItem& item = report.items().at(i);
        QCOMPARE(object.value(QStringLiteral("code")).toString(), item.code);
        QCOMPARE(object.value(QStringLiteral("status")).toString(), toKey(item.status));
        QCOMPARE(object.value(QStringLiteral("depth")).toInt(-1), item.depth);
        QCOMPARE(object.value(QStringLiteral("leaf")).toBool(), item.isLeaf);
        QCOMPARE(object.value(QStringLiteral("reviewed_unrelated")).toBool(), item.reviewedUnrelated);
        const QJsonValue deciding = object.value(QStringLiteral("deciding_mapping_id"));
        if (item.decidingMappingId > 0)
            QCOMPARE(deciding.toInteger(), item.decidingMappingId);
        else
            QVERIFY(deciding.isNull());
        COMPARE_FIGURES(object, item.counts, item.code);
    }
    // C1: partly covered by JP-NSS2022 LEVEL (intersects with, strength 5); C2 reviewed unrelated.
    const QJsonObject c1 = items.at(0).toObject();
    QCOMPARE(c1.value(QStringLiteral("code")).toString(), QStringLiteral("C1"));
    QCOMPARE(c1.value(QStringLiteral("deciding_source_provision")).toString(), QStringLiteral("JP-NSS2022:LEVEL"));
    QCOMPARE(c1.value(QStringLiteral("score_percent")).toDouble(), 50.0);
    QVERIFY(c1.value(QStringLiteral("inherited_from")).isNull());
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("deciding_source_provision")).toString(),
             QStringLiteral("JP-CRCSA:CH10"));
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("reviewed_unrelated")).toBool(), true);
}

void TestCliCoverage::csvOneRowPerGroup_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::newRow("JP, NATO-CDP2016") << QStringLiteral("JP") << QStringLiteral("NATO-CDP2016");
    QTest::newRow("NATO, JP-CSS2025") << QStringLiteral("NATO") << QStringLiteral("JP-CSS2025");
}

void TestCliCoverage::csvOneRowPerGroup()
{
    QFETCH(QString, source);
    QFETCH(QString, target);
    const CliRun run = coverage(source, target, {QStringLiteral("--format"), QStringLiteral("CSV")});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.status, 0);
    QVERIFY(run.out.endsWith(QStringLiteral("\r\n")));

    const QList<QStringList> records = parseCsv(afterMarkingLine(run.out));
    QVERIFY(!records.isEmpty());
    const QStringList header = records.constFirst();
    for (const char* column : {"level", "code", "reference", "title", "status", "covered", "partial", "uncovered",
                               "not_applicable", "applicable", "score_percent", "covered_share_percent"})
        QVERIFY2(header.contains(QLatin1String(column)), column);
    for (const QStringList& record : records)
        QCOMPARE(record.size(), header.size());

    const CoverageReport report = engineReport(source, target);
    const QList<QMap<QString, QString>> rows = csvRows(afterMarkingLine(run.out));
    // The totals, then one row per group.
    QCOMPARE(rows.size(), 1 + report.groups().size());
    QCOMPARE(rows.constFirst().value(QStringLiteral("level")), QStringLiteral("total"));
    QCOMPARE(rows.constFirst().value(QStringLiteral("code")), target);
    COMPARE_CELLS(rows.constFirst(), report.totals());
    for (qsizetype i = 0; i < report.groups().size(); ++i) {
        const QMap<QString, QString>& row = rows.at(i + 1);
        const CoverageItem& group = *report.groups().at(i);
        QCOMPARE(row.value(QStringLiteral("level")), QStringLiteral("group"));
        QCOMPARE(row.value(QStringLiteral("code")), group.code);
        QCOMPARE(row.value(QStringLiteral("title")), group.titleEn);
        QCOMPARE(row.value(QStringLiteral("status")), toKey(group.status));
        COMPARE_CELLS(row, group.counts);
    }
}

void TestCliCoverage::csvDetail()
{
    const CliRun run = coverage(QStringLiteral("NATO"), QStringLiteral("JP-CSS2025"),
                                {QStringLiteral("--format=csv"), QStringLiteral("--detail")});
    QCOMPARE(run.status, 0);
    const CoverageReport report = engineReport(QStringLiteral("NATO"), QStringLiteral("JP-CSS2025"));
    const QList<QMap<QString, QString>> rows = csvRows(afterMarkingLine(run.out));
    QCOMPARE(rows.size(), 1 + report.groups().size() + report.items().size());
    QList<QMap<QString, QString>> items;
    for (const QMap<QString, QString>& row : rows) {
        if (row.value(QStringLiteral("level")) == QLatin1String("item"))
            items << row;
    }
    QCOMPARE(items.size(), report.items().size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const CoverageItem& item = report.items().at(i);
        QCOMPARE(items.at(i).value(QStringLiteral("code")), item.code);
        QCOMPARE(items.at(i).value(QStringLiteral("depth")), QString::number(item.depth));
        QCOMPARE(items.at(i).value(QStringLiteral("status")), toKey(item.status));
        QCOMPARE(items.at(i).value(QStringLiteral("deciding_mapping_id")),
                 item.decidingMappingId > 0 ? QString::number(item.decidingMappingId) : QString());
        COMPARE_CELLS(items.at(i), item.counts);
    }
}

void TestCliCoverage::csvStartsWithTheHighestMarking()
{
    const QStringList csv{QStringLiteral("--format"), QStringLiteral("csv")};
    const CliRun clear = coverage(QStringLiteral("JP"), QStringLiteral("NATO-CDP2016"), csv);
    QCOMPARE(clear.status, 0);
    QVERIFY2(clear.out.startsWith(QStringLiteral("TLP:CLEAR\r\nlevel,code,")), qPrintable(clear.out.left(40)));
    const CliRun json =
        coverage(QStringLiteral("JP"), QStringLiteral("NATO-CDP2016"), {QStringLiteral("--format=json")});
    QCOMPARE(parseObject(json.out).value(QStringLiteral("marking")).toString(), QStringLiteral("TLP:CLEAR"));

    TestDatabase fixture(TestDatabase::Content::Sample);
    RecordStore store(fixture.db());
    const auto mark = [&store](const QString& table, qint64 id, const char* level, const QString& caveat) {
        QVariantMap row = store.fetch(table, id).value_or(QVariantMap());
        row.insert(QStringLiteral("marking"), QLatin1String(level));
        row.insert(QStringLiteral("caveat"), caveat);
        return store.update(table, id, row).ok();
    };
    const auto provision = [&store](const char* framework, const char* code) {
        const qint64 frameworkId = store.idForCode(QStringLiteral("frameworks"), QLatin1String(framework)).value_or(0);
        return store.idForCode(QStringLiteral("provisions"), QLatin1String(code), frameworkId).value_or(0);
    };
    const auto run = [&fixture, &csv] {
        return runCli(QStringList{QStringLiteral("--database"), fixture.path(), QStringLiteral("coverage"),
                                  QStringLiteral("--source"), QStringLiteral("JP"), QStringLiteral("--target"),
                                  QStringLiteral("NATO-CDP2016")} +
                      csv);
    };
    const auto firstLine = [](const CliRun& result) { return result.out.section(QStringLiteral("\r\n"), 0, 0); };

    // A provision of the target.
    QVERIFY(mark(QStringLiteral("provisions"), provision("NATO-CDP2016", "C3"), "GREEN", QString()));
    QCOMPARE(firstLine(run()), QStringLiteral("TLP:GREEN"));
    // The mapping that decides C1 (from JP-NSS2022 LEVEL), with a caveat.
    const qint64 level = provision("JP-NSS2022", "LEVEL");
    const qint64 c1 = provision("NATO-CDP2016", "C1");
    qint64 mapping = 0;
    for (const QVariantMap& row : store.fetchAll(QStringLiteral("mappings"))) {
        const QSet<qint64> ends{row.value(QStringLiteral("source_provision_id")).toLongLong(),
                                row.value(QStringLiteral("target_provision_id")).toLongLong()};
        if (ends == QSet<qint64>{level, c1})
            mapping = row.value(QStringLiteral("id")).toLongLong();
    }
    QVERIFY(mapping > 0);
    QVERIFY(mark(QStringLiteral("mappings"), mapping, "AMBER", QStringLiteral("JP ONLY")));
    QCOMPARE(firstLine(run()), QStringLiteral("TLP:AMBER \u2014 JP ONLY"));
    // A provision of another framework, nothing to do with these figures, changes nothing.
    QVERIFY(mark(QStringLiteral("provisions"), provision("NATO-SC2022", "A"), "RED", QString()));
    QCOMPARE(firstLine(run()), QStringLiteral("TLP:AMBER \u2014 JP ONLY"));
    // The source-side provision of a mapping that counts does.
    QVERIFY(mark(QStringLiteral("provisions"), level, "AMBER+STRICT", QString()));
    const CliRun strict = run();
    QCOMPARE(strict.status, 0);
    QCOMPARE(firstLine(strict), QStringLiteral("TLP:AMBER+STRICT"));
    QCOMPARE(csvRows(afterMarkingLine(strict.out)).size(), csvRows(afterMarkingLine(clear.out)).size());
}

void TestCliCoverage::noMarkingLine()
{
    const CliRun marked = coverage(QStringLiteral("NATO"), QStringLiteral("JP-CSS2025"),
                                   {QStringLiteral("--format=csv"), QStringLiteral("--detail")});
    const CliRun plain =
        coverage(QStringLiteral("NATO"), QStringLiteral("JP-CSS2025"),
                 {QStringLiteral("--format=csv"), QStringLiteral("--detail"), QStringLiteral("--no-marking-line")});
    QCOMPARE(plain.status, 0);
    QVERIFY2(plain.out.startsWith(QStringLiteral("level,code,")), qPrintable(plain.out.left(40)));
    QCOMPARE(plain.out, afterMarkingLine(marked.out));
}

void TestCliCoverage::textShowsTotalsAndGroups()
{
    const CliRun run = runCli({QStringLiteral("--database"), m_sample, QStringLiteral("coverage"),
                               QStringLiteral("--target=NATO-CDP2016"), QStringLiteral("--source=JP")});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.status, 0);
    const CoverageReport report = engineReport(QStringLiteral("JP"), QStringLiteral("NATO-CDP2016"));
    QVERIFY2(run.out.contains(QStringLiteral("Target: NATO-CDP2016")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Source: JP (party: JP-CRCSA, JP-CRCSA-REL, JP-CSS2025, JP-NSS2022)")),
             qPrintable(run.out));

    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList totals = lines.filter(QRegularExpression(QStringLiteral("^Total\\s")));
    QCOMPARE(totals.size(), 1);
    const CoverageCounts& counts = report.totals();
    const QStringList cells = totals.constFirst().split(QRegularExpression(QStringLiteral("\\s+")));
    const QString score = QString::number(qRound(counts.score() * 1000) / 10.0, 'f', 1) + QLatin1Char('%');
    const QString share = QString::number(qRound(counts.coveredShare() * 1000) / 10.0, 'f', 1) + QLatin1Char('%');
    QCOMPARE(cells,
             (QStringList{QStringLiteral("Total"), QString::number(counts.covered), QString::number(counts.partial),
                          QString::number(counts.uncovered), QString::number(counts.notApplicable),
                          QString::number(counts.applicable()), QString::number(counts.total()), score, share}));

    // A line per group, with its status label.
    const QStringList header = lines.filter(QRegularExpression(QStringLiteral("^Group\\s")));
    QCOMPARE(header.size(), 1);
    QVERIFY(header.constFirst().contains(QStringLiteral("Covered share")));
    const qsizetype headerAt = lines.indexOf(header.constFirst());
    for (qsizetype i = 0; i < report.groups().size(); ++i) {
        const CoverageItem& group = *report.groups().at(i);
        const QString& line = lines.at(headerAt + 1 + i);
        QVERIFY2(line.startsWith(group.reference() + QLatin1Char(' ')), qPrintable(line));
        QVERIFY2(line.contains(toLabel(group.status)), qPrintable(line));
    }
    QCOMPARE(lines.at(headerAt + 1 + report.groups().size()), totals.constFirst());
}

void TestCliCoverage::textDetail()
{
    const CliRun plain = coverage(QStringLiteral("NATO"), QStringLiteral("JP-CSS2025"));
    const CliRun run = coverage(QStringLiteral("NATO"), QStringLiteral("JP-CSS2025"), {QStringLiteral("--detail")});
    QCOMPARE(run.status, 0);
    QVERIFY(!plain.out.contains(QStringLiteral("Deciding mapping")));
    QVERIFY2(run.out.startsWith(plain.out), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("Deciding mapping")));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // Measures indented below their pillar; P1(3) partly covered through NATO-JP-ITPP CYBER.
    const QStringList measure = lines.filter(QRegularExpression(QStringLiteral("^  P1\\(3\\)\\s")));
    QCOMPARE(measure.size(), 1);
    QVERIFY2(measure.constFirst().contains(QStringLiteral("Partly covered")), qPrintable(measure.constFirst()));
    QVERIFY2(measure.constFirst().contains(QStringLiteral("NATO-JP-ITPP:CYBER")), qPrintable(measure.constFirst()));

    // Not-applicable items show their justification.
    const CliRun excluded = coverage(QStringLiteral("JP"), QStringLiteral("NATO-SC2022"), {QStringLiteral("--detail")});
    QCOMPARE(excluded.status, 0);
    const QStringList b = excluded.out.split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^\\(b\\)")));
    QCOMPARE(b.size(), 2); // its group line and its detail line
    QVERIFY2(b.at(1).contains(QStringLiteral("Not applicable")), qPrintable(b.at(1)));
    QVERIFY2(b.at(1).contains(QStringLiteral("Japan is not party")), qPrintable(b.at(1)));
}

void TestCliCoverage::help()
{
    const CliRun run = runCli({QStringLiteral("coverage"), QStringLiteral("--help")});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("Usage: crosswalk-cli coverage [options]")), qPrintable(run.out));
    for (const char* option : {"--source <CODE>", "--target <CODE>", "--format <FORMAT>", "--detail", "--database"})
        QVERIFY2(run.out.contains(QLatin1String(option)), option);

    const CliRun program = runCli({QStringLiteral("--help")});
    QVERIFY(program.out.contains(QStringLiteral("\n  coverage ")));
    const CliRun viaHelp = runCli({QStringLiteral("help"), QStringLiteral("coverage")});
    QCOMPARE(viaHelp.out, run.out);
}

void TestCliCoverage::badInput_data()
{
    QTest::addColumn<QStringList>("arguments"); // after --database SAMPLE coverage
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("named");

    const QString source = QStringLiteral("--source");
    const QString target = QStringLiteral("--target");
    QTest::newRow("no --source") << QStringList{target, QStringLiteral("NATO-CDP2016")} << 2
                                 << QStringLiteral("--source");
    QTest::newRow("no --target") << QStringList{source, QStringLiteral("JP")} << 2 << QStringLiteral("--target");
    QTest::newRow("nothing") << QStringList() << 2 << QStringLiteral("--source");
    QTest::newRow("empty --source") << QStringList{QStringLiteral("--source="), target, QStringLiteral("NATO-CDP2016")}
                                    << 2 << QStringLiteral("--source");
    QTest::newRow("--source without value")
        << QStringList{target, QStringLiteral("NATO-CDP2016"), source} << 2 << QStringLiteral("source");
    QTest::newRow("bad format") << QStringList{source,
                                               QStringLiteral("JP"),
                                               target,
                                               QStringLiteral("NATO-CDP2016"),
                                               QStringLiteral("--format"),
                                               QStringLiteral("xml")}
                                << 2 << QStringLiteral("'xml'");
    QTest::newRow("--no-marking-line without csv")
        << QStringList{source, QStringLiteral("JP"), target, QStringLiteral("NATO-CDP2016"),
                       QStringLiteral("--no-marking-line")}
        << 2 << QStringLiteral("--no-marking-line");
    QTest::newRow("unknown option") << QStringList{source, QStringLiteral("JP"), target, QStringLiteral("NATO-CDP2016"),
                                                   QStringLiteral("--colour")}
                                    << 2 << QStringLiteral("colour");
    QTest::newRow("stray argument") << QStringList{source, QStringLiteral("JP"), target, QStringLiteral("NATO-CDP2016"),
                                                   QStringLiteral("extra")}
                                    << 2 << QStringLiteral("'extra'");
    QTest::newRow("unknown source") << QStringList{source, QStringLiteral("XX-NOPE"), target,
                                                   QStringLiteral("NATO-CDP2016")}
                                    << 1 << QStringLiteral("XX-NOPE");
    QTest::newRow("unknown target") << QStringList{source, QStringLiteral("JP"), target, QStringLiteral("NATO-NOPE")}
                                    << 1 << QStringLiteral("NATO-NOPE");
    QTest::newRow("target is a party") << QStringList{source, QStringLiteral("JP"), target, QStringLiteral("NATO")} << 1
                                       << QStringLiteral("\"NATO\"");
    QTest::newRow("same framework") << QStringList{source, QStringLiteral("NATO-CDP2016"), target,
                                                   QStringLiteral("NATO-CDP2016")}
                                    << 1 << QStringLiteral("NATO-CDP2016");
    QTest::newRow("unknown party prefix")
        << QStringList{source, QStringLiteral("party:JP-CRCSA"), target, QStringLiteral("NATO-CDP2016")} << 1
        << QStringLiteral("JP-CRCSA");
}

void TestCliCoverage::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, named);

    const CliRun run =
        runCli(QStringList{QStringLiteral("--database"), m_sample, QStringLiteral("coverage")} + arguments);
    QCOMPARE(run.status, status);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.errLines().size(), 1);
    const QString line = run.errLines().constFirst();
    QVERIFY2(line.startsWith(QStringLiteral("crosswalk-cli: ")), qPrintable(line));
    QVERIFY2(line.contains(named), qPrintable(line));
}

void TestCliCoverage::missingDatabase()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.crosswalk"));
    const CliRun run =
        runCli({QStringLiteral("--database"), missing, QStringLiteral("coverage"), QStringLiteral("--source"),
                QStringLiteral("JP"), QStringLiteral("--target"), QStringLiteral("NATO-CDP2016")});
    QCOMPARE(run.status, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.errLines().constFirst().startsWith(QStringLiteral("crosswalk-cli: ")), qPrintable(run.err));
    QVERIFY2(run.errLines().constFirst().contains(QStringLiteral("missing.crosswalk")), qPrintable(run.err));
    QVERIFY(!QFile::exists(missing));
}

QTEST_GUILESS_MAIN(TestCliCoverage)
#include "tst_clicoverage.moc"
