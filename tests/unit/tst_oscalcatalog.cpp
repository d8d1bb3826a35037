#include "models/commands/ChangePlanner.h"
#include "models/domain/Framework.h"
#include "models/exchange/OscalCatalog.h"
#include "models/exchange/OscalDocument.h"
#include "models/storage/RecordStore.h"
#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace crosswalk;
using test::TestDatabase;

namespace {

const QString Nested = QStringLiteral("catalog-nested-1.2.json");
const QString NestedUuid = QStringLiteral("5c6e1a3e-2b7f-4d2c-9a51-0c1d2e3f4a5b");

QString dataPath(const QString& name)
{
    return qEnvironmentVariable("CROSSWALK_SOURCE_DIR") + QStringLiteral("/tests/data/oscal/") + name;
}

QByteArray readData(const QString& name)
{
    QFile file(dataPath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject dataObject(const QString& name)
{
    return QJsonDocument::fromJson(readData(name)).object();
}

/// Sets (or, with an undefined value, removes) the value at a path of keys and array indexes.
QJsonValue setAt(const QJsonValue& node, const QVariantList& path, const QJsonValue& value)
{
    if (path.isEmpty())
        return value;
    const QVariant step = path.first();
    const QVariantList rest = path.mid(1);
    if (step.typeId() == QMetaType::Int) {
        QJsonArray array = node.toArray();
        const int index = step.toInt();
        if (rest.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else if (index == array.size())
            array.append(setAt(QJsonValue(), rest, value));
        else
            array.replace(index, setAt(array.at(index), rest, value));
        return array;
    }
    QJsonObject object = node.toObject();
    const QString key = step.toString();
    if (rest.isEmpty() && value.isUndefined())
        object.remove(key);
    else
        object.insert(key, setAt(object.value(key), rest, value));
    return object;
}

QByteArray nestedWith(const QVariantList& path, const QJsonValue& value)
{
    return QJsonDocument(setAt(dataObject(Nested), path, value).toObject()).toJson();
}

Result<OscalDocument> parse(const QByteArray& json, const QString& name = QStringLiteral("catalog.json"))
{
    return OscalDocument::parse(json, name);
}

/// A provision as compared across databases: everything but ids and timestamps, the parent by code.
struct Row
{
    QString parent;
    int sortOrder = 0;
    QString refLabel, titleEn, titleOrig, summaryEn, summaryOrig, effectiveDate;
    bool operator==(const Row&) const = default;
};

QMap<QString, Row> tree(Database& db, qint64 frameworkId)
{
    RecordStore store(db);
    const QList<QVariantMap> rows =
        store.fetchAll(QStringLiteral("provisions"), QStringLiteral("framework_id"), frameworkId);
    QHash<qint64, QString> codes;
    for (const QVariantMap& row : rows)
        codes.insert(row.value(QStringLiteral("id")).toLongLong(), row.value(QStringLiteral("code")).toString());
    QMap<QString, Row> result;
    for (const QVariantMap& row : rows) {
        Row r;
        r.parent = codes.value(row.value(QStringLiteral("parent_id")).toLongLong());
        r.sortOrder = row.value(QStringLiteral("sort_order")).toInt();
        r.refLabel = row.value(QStringLiteral("ref_label")).toString();
        r.titleEn = row.value(QStringLiteral("title_en")).toString();
        r.titleOrig = row.value(QStringLiteral("title_orig")).toString();
        r.summaryEn = row.value(QStringLiteral("summary_en")).toString();
        r.summaryOrig = row.value(QStringLiteral("summary_orig")).toString();
        r.effectiveDate = row.value(QStringLiteral("effective_date")).toString();
        result.insert(row.value(QStringLiteral("code")).toString(), r);
    }
    return result;
}

QString describeDifference(const QMap<QString, Row>& a, const QMap<QString, Row>& b)
{
    QStringList lines;
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (!b.contains(it.key())) {
            lines << QStringLiteral("missing %1").arg(it.key());
            continue;
        }
        const Row& x = it.value();
        const Row& y = b.value(it.key());
        if (!(x == y))
            lines << QStringLiteral("%1: parent %2/%3 order %4/%5 label %6/%7 title %8/%9 summary %10/%11")
                         .arg(it.key(), x.parent, y.parent)
                         .arg(x.sortOrder)
                         .arg(y.sortOrder)
                         .arg(x.refLabel, y.refLabel, x.titleEn, y.titleEn, x.summaryEn, y.summaryEn);
    }
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (!a.contains(it.key()))
            lines << QStringLiteral("extra %1").arg(it.key());
    }
    return lines.join(QLatin1Char('\n'));
}

qint64 frameworkId(Database& db, const QString& code)
{
    return RecordStore(db).idForCode(QStringLiteral("frameworks"), code).value_or(0);
}

QVariantMap framework(Database& db, const QString& code)
{
    return RecordStore(db).fetch(QStringLiteral("frameworks"), frameworkId(db, code)).value_or(QVariantMap());
}

/// Plans and applies an import; the plan is returned for its report.
ImportPlan importAndApply(Database& db, const QByteArray& json, const OscalCatalog::ImportOptions& options = {},
                          const QString& name = QStringLiteral("catalog.json"))
{
    const Result<OscalDocument> document = parse(json, name);
    if (!document)
        qFatal("%s", qPrintable(document.message()));
    const Result<ImportPlan> plan = OscalCatalog::planImport(db, *document, options);
    if (!plan)
        qFatal("%s", qPrintable(plan.message()));
    const Status applied = plan->changes.apply(db);
    if (!applied)
        qFatal("%s", qPrintable(applied.message()));
    return *plan;
}

using Outcome = ImportReport::Outcome;

QStringList recordsWith(const ImportReport& report, Outcome outcome)
{
    QStringList records;
    for (const ImportReport::Item& item : report.items()) {
        if (item.outcome == outcome)
            records << item.record;
    }
    records.sort();
    return records;
}

} // namespace

class TestOscalCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nestedCatalogBecomesAProvisionTree()
    {
        TestDatabase fixture(TestDatabase::Content::ReferenceData);
        const ImportPlan plan = importAndApply(fixture.db(), readData(Nested), {}, Nested);
        QCOMPARE(plan.report.count(Outcome::Added, QStringLiteral("frameworks")), 1);
        QCOMPARE(plan.report.count(Outcome::Added, QStringLiteral("provisions")), 12);
        QCOMPARE(plan.report.count(Outcome::Updated) + plan.report.count(Outcome::Skipped), 0);

        // The framework: derived code, taxonomy, adopted, English, the catalog's uuid and version.
        const QVariantMap fw = framework(fixture.db(), QStringLiteral("TEST-NESTED-CATALOG"));
        QCOMPARE(fw.value(QStringLiteral("title_en")).toString(), QStringLiteral("Test Nested Catalog"));
        QCOMPARE(fw.value(QStringLiteral("kind")).toString(), QStringLiteral("taxonomy"));
        QCOMPARE(fw.value(QStringLiteral("status")).toString(), QStringLiteral("adopted"));
        QCOMPARE(fw.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        QCOMPARE(fw.value(QStringLiteral("version")).toString(), QStringLiteral("2.0"));
        QCOMPARE(fw.value(QStringLiteral("oscal_uuid")).toString(), NestedUuid);
        QCOMPARE(fw.value(QStringLiteral("source")).toString(), QStringLiteral("OSCAL catalog ") + Nested);
        QVERIFY(fw.value(QStringLiteral("issuer_party_id")).isNull());

        const QMap<QString, Row> rows = tree(fixture.db(), fw.value(QStringLiteral("id")).toLongLong());
        // Parents (groups three deep, enhancements two deep) and positions: controls, then groups.
        const QList<std::tuple<QString, QString, int>> shape = {
            {QStringLiteral("top-1"), QString(), 1},
            {QStringLiteral("gov"), QString(), 2},
            {QStringLiteral("ops"), QString(), 3},
            {QStringLiteral("gov-1"), QStringLiteral("gov"), 1},
            {QStringLiteral("gov-pol"), QStringLiteral("gov"), 2},
            {QStringLiteral("pol-1"), QStringLiteral("gov-pol"), 1},
            {QStringLiteral("gov-pol-doc"), QStringLiteral("gov-pol"), 2},
            {QStringLiteral("pd-1"), QStringLiteral("gov-pol-doc"), 1},
            {QStringLiteral("pd-1.1"), QStringLiteral("pd-1"), 1},
            {QStringLiteral("pd-1.1.1"), QStringLiteral("pd-1.1"), 1},
            {QStringLiteral("op-1"), QStringLiteral("ops"), 1},
            {QStringLiteral("op-2"), QStringLiteral("ops"), 2},
        };
        QCOMPARE(rows.size(), shape.size());
        for (const auto& [code, parent, order] : shape) {
            QVERIFY2(rows.contains(code), qPrintable(code));
            QCOMPARE(rows.value(code).parent, parent);
            QCOMPARE(rows.value(code).sortOrder, order);
        }
        // Labels: the label prop without a class; else the id.
        QCOMPARE(rows.value(QStringLiteral("pd-1")).refLabel, QStringLiteral("PD-1"));
        QCOMPARE(rows.value(QStringLiteral("pd-1.1")).refLabel, QStringLiteral("PD-1(1)"));
        QCOMPARE(rows.value(QStringLiteral("pd-1.1.1")).refLabel, QStringLiteral("pd-1.1.1"));
        QCOMPARE(rows.value(QStringLiteral("gov-pol-doc")).refLabel, QStringLiteral("gov-pol-doc"));
        QCOMPARE(rows.value(QStringLiteral("gov")).refLabel, QStringLiteral("GV"));
        QCOMPARE(rows.value(QStringLiteral("pd-1")).titleEn, QStringLiteral("Written policy"));
        // Summaries: statement prose with parameters shown by label, selection or id; a group's first part;
        // sub-parts as labelled lines.
        QCOMPARE(rows.value(QStringLiteral("pd-1")).summaryEn,
                 QStringLiteral("Review the policy [organization-defined frequency]."));
        QCOMPARE(rows.value(QStringLiteral("pd-1.1")).summaryEn,
                 QStringLiteral("Approve the policy by [Selection: the board; the executive]."));
        QCOMPARE(rows.value(QStringLiteral("pd-1.1.1")).summaryEn,
                 QStringLiteral("Keep approval records [organization-defined frequency]."));
        QCOMPARE(rows.value(QStringLiteral("op-2")).summaryEn, QStringLiteral("Monitor [missing_prm]."));
        QCOMPARE(rows.value(QStringLiteral("gov")).summaryEn, QStringLiteral("Overview of governance."));
        QCOMPARE(rows.value(QStringLiteral("gov-pol")).summaryEn, QString());
        QCOMPARE(rows.value(QStringLiteral("pol-1")).summaryEn,
                 QStringLiteral("a. Name an owner;\n"
                                "b. Publish [Selection (one or more): the policy; the procedures]:\n"
                                "  1. internally; and\n"
                                "  2. externally."));
        // The report names records the usual way.
        QVERIFY(
            recordsWith(plan.report, Outcome::Added).contains(QStringLiteral("provision TEST-NESTED-CATALOG:pd-1.1")));
    }

    void versionsOneZeroToOneTwoAreRead_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("provisions");
        QTest::addColumn<QString>("provisionCode");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("summary");
        QTest::newRow("1.0.0") << QStringLiteral("catalog-1.0.0.json") << QStringLiteral("NIST-SP-800-53-REV-5") << 4
                               << QStringLiteral("ac-1") << QStringLiteral("AC-1")
                               << QStringLiteral("a. Develop and disseminate to [organization-defined personnel or "
                                                 "roles]:\n  1. [Selection (one or more): Organization-level; "
                                                 "System-level] access control policy.");
        QTest::newRow("1.0.0 enhancement")
            << QStringLiteral("catalog-1.0.0.json") << QStringLiteral("NIST-SP-800-53-REV-5") << 4
            << QStringLiteral("ac-2.1") << QStringLiteral("AC-2(1)")
            << QStringLiteral("Support account management with automated mechanisms.");
        QTest::newRow("1.1.2") << QStringLiteral("catalog-1.1.2.json") << QStringLiteral("CLOUD-CONTROLS-1-1") << 2
                               << QStringLiteral("cc-2") << QStringLiteral("cc-2")
                               << QStringLiteral("Data is encrypted.");
        QTest::newRow("1.2.0") << Nested << QStringLiteral("TEST-NESTED-CATALOG") << 12 << QStringLiteral("gov-1")
                               << QStringLiteral("GV-1") << QStringLiteral("Assign roles.");
    }

    void versionsOneZeroToOneTwoAreRead()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(int, provisions);
        QFETCH(QString, provisionCode);
        QFETCH(QString, label);
        QFETCH(QString, summary);
        TestDatabase fixture(TestDatabase::Content::ReferenceData);
        importAndApply(fixture.db(), readData(file), {}, file);
        const QMap<QString, Row> rows = tree(fixture.db(), frameworkId(fixture.db(), code));
        QCOMPARE(rows.size(), provisions);
        QCOMPARE(rows.value(provisionCode).refLabel, label);
        QCOMPARE(rows.value(provisionCode).summaryEn, summary);
    }

    void reimportingTheSameCatalogChangesNothing()
    {
        TestDatabase fixture(TestDatabase::Content::ReferenceData);
        importAndApply(fixture.db(), readData(Nested), {}, Nested);
        const QByteArray before = fixture.snapshot();
        const Result<OscalDocument> document = parse(readData(Nested), Nested);
        QVERIFY(document.ok());
        const Result<ImportPlan> plan = OscalCatalog::planImport(fixture.db(), *document);
        QVERIFY2(plan.ok(), qPrintable(plan.message()));
        QVERIFY(plan->changes.isEmpty());
        QCOMPARE(plan->report.count(Outcome::Unchanged, QStringLiteral("frameworks")), 1);
        QCOMPARE(plan->report.count(Outcome::Unchanged, QStringLiteral("provisions")), 12);
        QCOMPARE(plan->report.count(Outcome::Unchanged), plan->report.items().size());
        QCOMPARE(fixture.snapshot(), before);
    }

    void modifiedCatalogUpdatesAddsAndKeeps()
    {
        TestDatabase fixture(TestDatabase::Content::ReferenceData);
        importAndApply(fixture.db(), readData(Nested), {}, Nested);
        const qint64 id = frameworkId(fixture.db(), QStringLiteral("TEST-NESTED-CATALOG"));
        const qint64 provisionsBefore = RecordStore(fixture.db()).count(QStringLiteral("provisions"));
        const ImportPlan plan = importAndApply(fixture.db(), readData(QStringLiteral("catalog-nested-modified.json")));
        const QString p = QStringLiteral("provision TEST-NESTED-CATALOG:");
        QCOMPARE(recordsWith(plan.report, Outcome::Updated),
                 QStringList({QStringLiteral("framework TEST-NESTED-CATALOG"), p + QStringLiteral("gov-1"),
                              p + QStringLiteral("op-2")}));
        QCOMPARE(recordsWith(plan.report, Outcome::Added), QStringList({p + QStringLiteral("op-3")}));
        QCOMPARE(recordsWith(plan.report, Outcome::Skipped), QStringList({p + QStringLiteral("pd-1.1.1")}));
        QCOMPARE(plan.report.count(Outcome::Unchanged), 9);
        QCOMPARE(plan.report.count(Outcome::Conflict), 0);
        QCOMPARE(plan.changes.changes().size(), 4);

        QCOMPARE(RecordStore(fixture.db()).count(QStringLiteral("provisions")), provisionsBefore + 1);
        QCOMPARE(frameworkId(fixture.db(), QStringLiteral("TEST-NESTED-CATALOG")), id);
        QCOMPARE(
            framework(fixture.db(), QStringLiteral("TEST-NESTED-CATALOG")).value(QStringLiteral("version")).toString(),
            QStringLiteral("2.1"));
        const QMap<QString, Row> rows = tree(fixture.db(), id);
        QCOMPARE(rows.value(QStringLiteral("gov-1")).titleEn, QStringLiteral("Governance roles and duties"));
        // Moved to another parent: updated, at its new position.
        QCOMPARE(rows.value(QStringLiteral("op-2")).parent, QStringLiteral("gov-pol-doc"));
        QCOMPARE(rows.value(QStringLiteral("op-2")).sortOrder, 2);
        QCOMPARE(rows.value(QStringLiteral("op-3")).parent, QStringLiteral("ops"));
        QCOMPARE(rows.value(QStringLiteral("op-3")).sortOrder, 2);
        // No longer in the catalog: kept as it was.
        QCOMPARE(rows.value(QStringLiteral("pd-1.1.1")).parent, QStringLiteral("pd-1.1"));
        for (const ImportReport::Item& item : plan.report.items()) {
            if (item.outcome == Outcome::Skipped)
                QCOMPARE(item.detail, QStringLiteral("not in the catalog any more; kept"));
        }
        // The whole import undoes as one change.
        const Status undone = plan.changes.inverted().apply(fixture.db());
        QVERIFY2(undone.ok(), qPrintable(undone.message()));
        QCOMPARE(tree(fixture.db(), id).value(QStringLiteral("op-2")).parent, QStringLiteral("ops"));
    }

    void badInputIsRefusedWithItsPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QVariantList pd1{QStringLiteral("catalog"),
                               QStringLiteral("groups"),
                               0,
                               QStringLiteral("groups"),
                               0,
                               QStringLiteral("groups"),
                               0,
                               QStringLiteral("controls"),
                               0};
        const QString pd1Path = QStringLiteral("$.catalog.groups[0].groups[0].groups[0].controls[0]");
        const QVariantList ops{QStringLiteral("catalog"), QStringLiteral("groups"), 1};
        const auto at = [](QVariantList path, const QVariantList& more) {
            path.append(more);
            return path;
        };
        const QJsonValue removed = QJsonValue(QJsonValue::Undefined);
        QTest::newRow("enhancement without id")
            << nestedWith(at(pd1, {QStringLiteral("controls"), 0, QStringLiteral("id")}), removed)
            << pd1Path + QStringLiteral(".controls[0].id: required text is missing");
        QTest::newRow("control without title")
            << nestedWith(at(ops, {QStringLiteral("controls"), 1, QStringLiteral("title")}), removed)
            << QStringLiteral("$.catalog.groups[1].controls[1].title: required text is missing");
        QTest::newRow("blank title") << nestedWith(at(ops, {QStringLiteral("controls"), 0, QStringLiteral("title")}),
                                                   QStringLiteral("  "))
                                     << QStringLiteral(
                                            "$.catalog.groups[1].controls[0].title: required text is missing");
        QTest::newRow("group without id") << nestedWith(at(ops, {QStringLiteral("id")}), removed)
                                          << QStringLiteral("$.catalog.groups[1].id: required text is missing");
        QTest::newRow("duplicate id")
            << nestedWith(at(ops, {QStringLiteral("controls"), 1, QStringLiteral("id")}), QStringLiteral("gov-1"))
            << QStringLiteral(
                   "$.catalog.groups[1].controls[1].id: \"gov-1\" is the id of $.catalog.groups[0].controls[0] "
                   "already; ids must be unique in a catalog");
        QTest::newRow("groups not an array") << nestedWith(at(ops, {QStringLiteral("groups")}), QJsonObject())
                                             << QStringLiteral("$.catalog.groups[1].groups: must be a JSON array");
        QTest::newRow("control not an object")
            << nestedWith(at(ops, {QStringLiteral("controls"), 0}), QStringLiteral("op-1"))
            << QStringLiteral("$.catalog.groups[1].controls[0]: must be a JSON object");
        QTest::newRow("title a number") << nestedWith(at(pd1, {QStringLiteral("title")}), 5)
                                        << pd1Path + QStringLiteral(".title: must be text");
        QTest::newRow("prose a number") << nestedWith(at(pd1, {QStringLiteral("parts"), 0, QStringLiteral("prose")}),
                                                      true)
                                        << pd1Path + QStringLiteral(".parts[0].prose: must be text");
        QTest::newRow("sub-part not an object")
            << nestedWith({QStringLiteral("catalog"), QStringLiteral("groups"), 0, QStringLiteral("groups"), 0,
                           QStringLiteral("controls"), 0, QStringLiteral("parts"), 0, QStringLiteral("parts"), 1},
                          QJsonArray())
            << QStringLiteral("$.catalog.groups[0].groups[0].controls[0].parts[0].parts[1]: must be a JSON object");
        QTest::newRow("part without name")
            << nestedWith(at(pd1, {QStringLiteral("parts"), 1, QStringLiteral("name")}), removed)
            << pd1Path + QStringLiteral(".parts[1].name: required text is missing");
        QTest::newRow("prop not an object") << nestedWith(at(pd1, {QStringLiteral("props"), 0}), QStringLiteral("x"))
                                            << pd1Path + QStringLiteral(".props[0]: must be a JSON object");
        QTest::newRow("prop without value")
            << nestedWith(at(pd1, {QStringLiteral("props"), 1, QStringLiteral("value")}), removed)
            << pd1Path + QStringLiteral(".props[1].value: required text is missing");
        QTest::newRow("param without id")
            << nestedWith(at(pd1, {QStringLiteral("params"), 0, QStringLiteral("id")}), removed)
            << pd1Path + QStringLiteral(".params[0].id: required text is missing");
        QTest::newRow("choices not an array")
            << nestedWith(at(pd1, {QStringLiteral("controls"), 0, QStringLiteral("params"), 0, QStringLiteral("select"),
                                   QStringLiteral("choice")}),
                          QStringLiteral("the board"))
            << pd1Path + QStringLiteral(".controls[0].params[0].select.choice: must be a JSON array");
        QTest::newRow("bad effective date")
            << nestedWith(at(pd1, {QStringLiteral("props"), 2}),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("effective-date")},
                                      {QStringLiteral("ns"), OscalDocument::propertyNamespace()},
                                      {QStringLiteral("value"), QStringLiteral("2025-13-01")}})
            << pd1Path + QStringLiteral(".props[2].value: \"2025-13-01\" is not an ISO 8601 date");
        QTest::newRow("no uuid") << nestedWith({QStringLiteral("catalog"), QStringLiteral("uuid")}, removed)
                                 << QStringLiteral("$.catalog.uuid: required text is missing");
        QTest::newRow("uuid not a uuid") << nestedWith({QStringLiteral("catalog"), QStringLiteral("uuid")},
                                                       QStringLiteral("catalog-1"))
                                         << QStringLiteral("$.catalog.uuid: \"catalog-1\" is not a UUID");
        QTest::newRow("no title") << nestedWith({QStringLiteral("catalog"), QStringLiteral("metadata"),
                                                 QStringLiteral("title")},
                                                removed)
                                  << QStringLiteral("$.catalog.metadata.title: required text is missing");
        QTest::newRow("top-level controls an object")
            << nestedWith({QStringLiteral("catalog"), QStringLiteral("controls")}, QJsonObject())
            << QStringLiteral("$.catalog.controls: must be a JSON array");
    }

    void badInputIsRefusedWithItsPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        TestDatabase fixture(TestDatabase::Content::Sample);
        const QByteArray before = fixture.snapshot();
        const Result<OscalDocument> document = parse(json, QStringLiteral("bad.json"));
        QVERIFY2(document.ok(), qPrintable(document.message()));
        const Result<ImportPlan> plan = OscalCatalog::planImport(fixture.db(), *document);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.message(), QStringLiteral("bad.json: ") + message);
        QCOMPARE(fixture.snapshot(), before);
    }

    void cancelPlansNothing()
    {
        TestDatabase fixture(TestDatabase::Content::ReferenceData);
        const QByteArray before = fixture.snapshot();
        const Result<OscalDocument> document = parse(readData(Nested));
        QVERIFY(document.ok());
        QList<QPair<qint64, qint64>> calls;
        const Result<ImportPlan> plan =
            OscalCatalog::planImport(fixture.db(), *document, {}, [&calls](qint64 done, qint64 total) {
                calls.append({done, total});
                return false;
            });
        QVERIFY(!plan.ok());
        QCOMPARE(plan.message(), ChangeSet::cancelledMessage());
        QCOMPARE(calls.size(), 1);
        QCOMPARE(fixture.snapshot(), before);
    }

    void progressCountsGroupsAndControls()
    {
        TestDatabase fixture(TestDatabase::Content::ReferenceData);
        const Result<OscalDocument> document = parse(readData(Nested));
        QList<QPair<qint64, qint64>> calls;
        const Result<ImportPlan> plan =
            OscalCatalog::planImport(fixture.db(), *document, {}, [&calls](qint64 done, qint64 total) {
                calls.append({done, total});
                return true;
            });
        QVERIFY(plan.ok());
        QVERIFY(calls.size() >= 2);
        QCOMPARE(calls.first(), (QPair<qint64, qint64>(0, 12)));
        QCOMPARE(calls.last(), (QPair<qint64, qint64>(12, 12)));
    }

    void frameworkIsMatchedByUuidThenCode()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        // A catalog of the same title but another uuid is another framework: the derived code takes a suffix.
        importAndApply(fixture.db(), readData(Nested));
        const QByteArray other = nestedWith({QStringLiteral("catalog"), QStringLiteral("uuid")},
                                            QStringLiteral("0f0e0d0c-0b0a-4909-8807-060504030201"));
        const ImportPlan second = importAndApply(fixture.db(), other);
        QCOMPARE(second.report.count(Outcome::Added, QStringLiteral("frameworks")), 1);
        QCOMPARE(second.report.notes().size(), 1);
        QVERIFY(frameworkId(fixture.db(), QStringLiteral("TEST-NESTED-CATALOG-2")) > 0);
        // Again: each matches its own by uuid.
        const Result<ImportPlan> again = OscalCatalog::planImport(fixture.db(), *parse(other));
        QVERIFY(again.ok());
        QVERIFY(again->changes.isEmpty());
        QCOMPARE(recordsWith(again->report, Outcome::Unchanged).first(),
                 QStringLiteral("framework TEST-NESTED-CATALOG-2"));

        // A chosen code that differs from the framework the uuid matches is refused.
        OscalCatalog::ImportOptions options;
        options.frameworkCode = QStringLiteral("ELSEWHERE");
        const Result<ImportPlan> refused = OscalCatalog::planImport(fixture.db(), *parse(readData(Nested)), options);
        QVERIFY(!refused.ok());
        QVERIFY(refused.message().contains(QStringLiteral("TEST-NESTED-CATALOG")));
    }

    void importIntoAnExistingFrameworkKeepsItsKindAndIssuer()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        const QVariantMap before = framework(fixture.db(), QStringLiteral("JP-CRCSA"));
        OscalCatalog::ImportOptions options;
        options.frameworkCode = QStringLiteral("JP-CRCSA");
        options.issuerPartyId = 2;
        const ImportPlan plan = importAndApply(fixture.db(), readData(QStringLiteral("catalog-1.1.2.json")), options);
        const QVariantMap after = framework(fixture.db(), QStringLiteral("JP-CRCSA"));
        QCOMPARE(after.value(QStringLiteral("id")), before.value(QStringLiteral("id")));
        QCOMPARE(after.value(QStringLiteral("kind")).toString(), QStringLiteral("law"));
        QCOMPARE(after.value(QStringLiteral("issuer_party_id")), before.value(QStringLiteral("issuer_party_id")));
        QCOMPARE(after.value(QStringLiteral("title_en")).toString(), QStringLiteral("Cloud Controls 1.1"));
        QCOMPARE(after.value(QStringLiteral("oscal_uuid")).toString(),
                 QStringLiteral("8d2f4b6a-3c1e-4f7d-8a9b-2e4c6d8f0a12"));
        QCOMPARE(plan.report.count(Outcome::Added, QStringLiteral("provisions")), 2);
        QCOMPARE(plan.report.count(Outcome::Skipped, QStringLiteral("provisions")), 12); // the chapters, kept
        QCOMPARE(tree(fixture.db(), after.value(QStringLiteral("id")).toLongLong()).size(), 14);
    }

    void newFrameworkTakesTheIssuerGiven()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        OscalCatalog::ImportOptions options;
        options.issuerPartyId = 2;
        options.frameworkCode = QStringLiteral("NATO-TEST");
        importAndApply(fixture.db(), readData(Nested), options);
        QCOMPARE(
            framework(fixture.db(), QStringLiteral("NATO-TEST")).value(QStringLiteral("issuer_party_id")).toLongLong(),
            2);

        const QByteArray before = fixture.snapshot();
        options.issuerPartyId = 999;
        options.frameworkCode = QStringLiteral("OTHER");
        const Result<ImportPlan> refused =
            OscalCatalog::planImport(fixture.db(), *parse(readData(QStringLiteral("catalog-1.1.2.json"))), options);
        QVERIFY(!refused.ok());
        QVERIFY(refused.message().contains(QStringLiteral("999")));
        QCOMPARE(fixture.snapshot(), before);
    }

    void derivedCodes()
    {
        TestDatabase fixture(TestDatabase::Content::ReferenceData);
        const auto withTitle = [](const QString& title) {
            return nestedWith({QStringLiteral("catalog"), QStringLiteral("metadata"), QStringLiteral("title")}, title);
        };
        const auto codeFor = [&](const QString& title) {
            const Result<ImportPlan> plan = OscalCatalog::planImport(fixture.db(), *parse(withTitle(title)));
            return plan.ok() ? plan->changes.changes().first().after.value(QStringLiteral("code")).toString()
                             : plan.message();
        };
        QCOMPARE(codeFor(QStringLiteral("NIST SP 800-53 Rev. 5")), QStringLiteral("NIST-SP-800-53-REV-5"));
        // Whole words up to 32 characters.
        QCOMPARE(codeFor(QStringLiteral("NIST Special Publication 800-53 Revision 5: Security and Privacy Controls")),
                 QStringLiteral("NIST-SPECIAL-PUBLICATION-800-53"));
        QCOMPARE(codeFor(QStringLiteral("サイバー")), QStringLiteral("OSCAL-CATALOG"));
    }

    void exportReimportsToTheSameTree()
    {
        TestDatabase source(TestDatabase::Content::ReferenceData);
        importAndApply(source.db(), readData(Nested), {}, Nested);
        const qint64 id = frameworkId(source.db(), QStringLiteral("TEST-NESTED-CATALOG"));
        // What a catalog cannot say by itself: original-language texts, effective dates, codes that are not
        // OSCAL tokens, empty labels, sort orders that are not positions, a group listed before a control.
        RecordStore store(source.db());
        ChangePlanner planner(source.db());
        const auto edit = [&](const QString& code, const QVariantMap& values) {
            const Result<ChangeSet> change = planner.update(
                QStringLiteral("provisions"), *store.idForCode(QStringLiteral("provisions"), code, id), values);
            QVERIFY2(change.ok(), qPrintable(change.message()));
            QVERIFY(change->apply(source.db()).ok());
        };
        edit(QStringLiteral("pd-1"), {{QStringLiteral("title_orig"), QStringLiteral("書面の方針")},
                                      {QStringLiteral("summary_orig"), QStringLiteral("方針を見直す。\n二行目 ")},
                                      {QStringLiteral("effective_date"), QStringLiteral("2026-04")}});
        edit(QStringLiteral("op-1"), {{QStringLiteral("code"), QStringLiteral("1.2 (a)")},
                                      {QStringLiteral("summary_orig"), QStringLiteral("記録")}});
        edit(QStringLiteral("op-2"), {{QStringLiteral("code"), QStringLiteral("_x")},
                                      {QStringLiteral("ref_label"), QString()},
                                      {QStringLiteral("sort_order"), 20}});
        edit(QStringLiteral("gov"), {{QStringLiteral("sort_order"), -5}}); // a group before the top control
        edit(QStringLiteral("pd-1.1.1"), {{QStringLiteral("code"), QStringLiteral("第3条")}});
        const QMap<QString, Row> expected = tree(source.db(), id);

        const QString path = source.dir() + QStringLiteral("/export.json");
        const Status written = OscalCatalog::exportToFile(source.db(), id, path);
        QVERIFY2(written.ok(), qPrintable(written.message()));
        const Result<OscalDocument> document = OscalDocument::readFile(path);
        QVERIFY2(document.ok(), qPrintable(document.message()));
        QCOMPARE(document->version(), OscalDocument::writtenVersion());
        QCOMPARE(document->root().value(QStringLiteral("uuid")).toString(), NestedUuid);

        TestDatabase target(TestDatabase::Content::ReferenceData);
        const Result<ImportPlan> plan = OscalCatalog::planImport(target.db(), *document);
        QVERIFY2(plan.ok(), qPrintable(plan.message()));
        QVERIFY(plan->changes.apply(target.db()).ok());
        const QVariantMap imported = framework(target.db(), QStringLiteral("TEST-NESTED-CATALOG"));
        QCOMPARE(imported.value(QStringLiteral("oscal_uuid")).toString(), NestedUuid);
        QCOMPARE(imported.value(QStringLiteral("version")).toString(), QStringLiteral("2.0"));
        const QMap<QString, Row> actual = tree(target.db(), imported.value(QStringLiteral("id")).toLongLong());
        QVERIFY2(actual == expected, qPrintable(describeDifference(expected, actual)));

        // Back into the source: nothing to do.
        const Result<ImportPlan> back = OscalCatalog::planImport(source.db(), *document);
        QVERIFY2(back.ok(), qPrintable(back.message()));
        QVERIFY2(back->changes.isEmpty(), qPrintable(back->report.lines().join(QLatin1Char('\n'))));
    }

    void exportIsValidOscalShape()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        const qint64 id = frameworkId(fixture.db(), QStringLiteral("JP-CRCSA"));
        ChangePlanner planner(fixture.db());
        const Result<ChangeSet> change = planner.update(
            QStringLiteral("provisions"),
            *RecordStore(fixture.db()).idForCode(QStringLiteral("provisions"), QStringLiteral("CH02"), id),
            {{QStringLiteral("code"), QStringLiteral("2 bis")}});
        QVERIFY(change.ok() && change->apply(fixture.db()).ok());
        const Result<QByteArray> json = OscalCatalog::exportJson(fixture.db(), id);
        QVERIFY(json.ok());
        const QJsonObject catalog = QJsonDocument::fromJson(*json).object().value(QStringLiteral("catalog")).toObject();
        const QJsonObject metadata = catalog.value(QStringLiteral("metadata")).toObject();
        QVERIFY(OscalDocument::isUuid(catalog.value(QStringLiteral("uuid")).toString()));
        QCOMPARE(metadata.value(QStringLiteral("oscal-version")).toString(), QStringLiteral("1.2.0"));
        QCOMPARE(metadata.value(QStringLiteral("version")).toString(), QStringLiteral("1")); // none stored
        QCOMPARE(metadata.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Cyber Response Capability Strengthening Act (Act No. 42 of 2025)"));
        QVERIFY(QDateTime::fromString(metadata.value(QStringLiteral("last-modified")).toString(), Qt::ISODateWithMs)
                    .isValid());
        const QJsonArray controls = catalog.value(QStringLiteral("controls")).toArray();
        QCOMPARE(controls.size(), 12);
        const QRegularExpression token(QStringLiteral("^[\\p{L}_][\\p{L}\\p{N}.\\-_]*$"));
        for (const QJsonValue& value : controls) {
            const QJsonObject control = value.toObject();
            QVERIFY(token.match(control.value(QStringLiteral("id")).toString()).hasMatch());
            QVERIFY(!control.value(QStringLiteral("title")).toString().isEmpty());
        }
        const QJsonObject second = controls.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("id")).toString(), QStringLiteral("_2_20bis"));
        const QJsonArray props = second.value(QStringLiteral("props")).toArray();
        QCOMPARE(props.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("label"));
        QCOMPARE(props.at(0).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("Ch. 2 (Arts 4-10)"));
        QCOMPARE(props.at(1).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("2 bis"));
        QCOMPARE(props.at(1).toObject().value(QStringLiteral("ns")).toString(), OscalDocument::propertyNamespace());
        const QJsonObject statement = second.value(QStringLiteral("parts")).toArray().at(0).toObject();
        QCOMPARE(statement.value(QStringLiteral("id")).toString(), QStringLiteral("_2_20bis_smt"));
        QCOMPARE(statement.value(QStringLiteral("name")).toString(), QStringLiteral("statement"));
        QVERIFY(statement.value(QStringLiteral("prose")).toString().startsWith(QStringLiteral("Designated")));
        // Keys in OSCAL's usual order, and the same bytes every time apart from last-modified.
        QVERIFY(json->indexOf("\"uuid\"") < json->indexOf("\"metadata\""));
        QVERIFY(json->indexOf("\"metadata\"") < json->indexOf("\"controls\""));
        const Result<QByteArray> again = OscalCatalog::exportJson(fixture.db(), id);
        static const QRegularExpression modified(QStringLiteral("\"last-modified\": \"[^\"]*\""));
        QCOMPARE(QString::fromUtf8(*again).remove(modified), QString::fromUtf8(*json).remove(modified));
    }

    void sampleFrameworksReimportUnchanged()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        const QByteArray before = fixture.snapshot();
        const QList<QVariantMap> frameworks = RecordStore(fixture.db()).fetchAll(QStringLiteral("frameworks"));
        QVERIFY(frameworks.size() > 10);
        for (const QVariantMap& fw : frameworks) {
            const QString code = fw.value(QStringLiteral("code")).toString();
            const Result<QByteArray> json =
                OscalCatalog::exportJson(fixture.db(), fw.value(QStringLiteral("id")).toLongLong());
            QVERIFY2(json.ok(), qPrintable(code));
            const Result<OscalDocument> document = parse(*json, code + QStringLiteral(".json"));
            QVERIFY2(document.ok(), qPrintable(document.message()));
            const Result<ImportPlan> plan = OscalCatalog::planImport(fixture.db(), *document);
            QVERIFY2(plan.ok(), qPrintable(plan.message()));
            QVERIFY2(plan->changes.isEmpty(),
                     qPrintable(code + QLatin1Char('\n') + plan->report.lines().join(QLatin1Char('\n'))));
            QCOMPARE(plan->report.count(Outcome::Unchanged), plan->report.items().size());
            QCOMPARE(plan->report.count(Outcome::Unchanged, QStringLiteral("frameworks")), 1);
            QCOMPARE(recordsWith(plan->report, Outcome::Unchanged).filter(QStringLiteral("framework ")).first(),
                     QStringLiteral("framework ") + code);
        }
        QCOMPARE(fixture.snapshot(), before);
    }

    void sampleFrameworkMovesToAnotherDatabase()
    {
        TestDatabase source(TestDatabase::Content::Sample);
        TestDatabase target(TestDatabase::Content::ReferenceData);
        // A framework with a tree (pillars and measures).
        for (const QString& code :
             {QStringLiteral("JP-CRCSA"), QStringLiteral("JP-NSS2022"), QStringLiteral("JP-CSS2025")}) {
            const qint64 id = frameworkId(source.db(), code);
            const Result<QByteArray> json = OscalCatalog::exportJson(source.db(), id);
            QVERIFY(json.ok());
            const ImportPlan plan = importAndApply(target.db(), *json);
            QCOMPARE(recordsWith(plan.report, Outcome::Added).first(), QStringLiteral("framework ") + code);
            const QMap<QString, Row> expected = tree(source.db(), id);
            const QMap<QString, Row> actual = tree(target.db(), frameworkId(target.db(), code));
            QVERIFY2(actual == expected, qPrintable(describeDifference(expected, actual)));
            QCOMPARE(framework(target.db(), code).value(QStringLiteral("version")),
                     framework(source.db(), code).value(QStringLiteral("version")));
        }
    }

    void exportToAnUnwritablePathFailsCleanly()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        const qint64 id = frameworkId(fixture.db(), QStringLiteral("JP-CRCSA"));
        QTemporaryDir dir;
        // A folder that does not exist.
        const QString missing = dir.filePath(QStringLiteral("no-such-folder/catalog.json"));
        const Status status = OscalCatalog::exportToFile(fixture.db(), id, missing);
        QVERIFY(!status.ok());
        QVERIFY2(status.message().contains(missing), qPrintable(status.message()));
        QVERIFY(!QFile::exists(missing));
        // A path that is a folder.
        const QString folder = dir.filePath(QStringLiteral("folder"));
        QVERIFY(QDir().mkpath(folder));
        const Status onFolder = OscalCatalog::exportToFile(fixture.db(), id, folder);
        QVERIFY(!onFolder.ok());
        QVERIFY(onFolder.message().contains(folder));
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList({QStringLiteral("folder")}));
        QVERIFY(QDir(folder).isEmpty());
        // A cancelled export leaves nothing either.
        const QString path = dir.filePath(QStringLiteral("cancelled.json"));
        const Status cancelled =
            OscalCatalog::exportToFile(fixture.db(), id, path, [](qint64, qint64) { return false; });
        QCOMPARE(cancelled.message(), ChangeSet::cancelledMessage());
        QVERIFY(!QFile::exists(path));
        // An unknown framework.
        QVERIFY(!OscalCatalog::exportToFile(fixture.db(), 9999, path).ok());
        QVERIFY(!QFile::exists(path));
    }

    void largeCatalogPlansAndAppliesInOneChange()
    {
        // 40 families of 30 controls: 1,240 provisions, planned from one read of the framework's rows.
        QJsonArray groups;
        for (int g = 0; g < 40; ++g) {
            QJsonArray controls;
            for (int c = 0; c < 30; ++c) {
                const QString id = QStringLiteral("f%1-%2").arg(g).arg(c);
                controls.append(QJsonObject{
                    {QStringLiteral("id"), id},
                    {QStringLiteral("title"), QStringLiteral("Control %1").arg(id)},
                    {QStringLiteral("props"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("label")},
                                                                     {QStringLiteral("value"), id.toUpper()}}}},
                    {QStringLiteral("parts"),
                     QJsonArray{QJsonObject{{QStringLiteral("id"), QString(id + QStringLiteral("_smt"))},
                                            {QStringLiteral("name"), QStringLiteral("statement")},
                                            {QStringLiteral("prose"), QStringLiteral("Do %1.").arg(id)}}}}});
            }
            groups.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("f%1").arg(g)},
                                      {QStringLiteral("title"), QStringLiteral("Family %1").arg(g)},
                                      {QStringLiteral("controls"), controls}});
        }
        const QJsonObject catalog{
            {QStringLiteral("catalog"),
             QJsonObject{{QStringLiteral("uuid"), QStringLiteral("11111111-2222-4333-8444-555555555555")},
                         {QStringLiteral("metadata"),
                          QJsonObject{{QStringLiteral("title"), QStringLiteral("Large")},
                                      {QStringLiteral("last-modified"), QStringLiteral("2025-01-01T00:00:00Z")},
                                      {QStringLiteral("version"), QStringLiteral("1")},
                                      {QStringLiteral("oscal-version"), QStringLiteral("1.1.2")}}},
                         {QStringLiteral("groups"), groups}}}};
        const QByteArray json = QJsonDocument(catalog).toJson();
        TestDatabase fixture(TestDatabase::Content::ReferenceData);
        QElapsedTimer timer;
        timer.start();
        const ImportPlan plan = importAndApply(fixture.db(), json);
        qInfo("1,240 provisions planned and applied in %lld ms", timer.elapsed());
        QCOMPARE(plan.report.count(Outcome::Added, QStringLiteral("provisions")), 1240);
        QCOMPARE(plan.changes.changes().size(), 1241);
        timer.restart();
        const Result<ImportPlan> again = OscalCatalog::planImport(fixture.db(), *parse(json));
        qInfo("re-planned in %lld ms", timer.elapsed());
        QVERIFY(again.ok());
        QCOMPARE(again->report.count(Outcome::Unchanged, QStringLiteral("provisions")), 1240);
        timer.restart();
        const Result<QByteArray> exported =
            OscalCatalog::exportJson(fixture.db(), frameworkId(fixture.db(), QStringLiteral("LARGE")));
        qInfo("exported in %lld ms", timer.elapsed());
        QVERIFY(exported.ok());
    }
};

QTEST_GUILESS_MAIN(TestOscalCatalog)
#include "tst_oscalcatalog.moc"
