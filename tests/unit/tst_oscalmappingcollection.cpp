// OscalMappingCollection: OSCAL 1.2 mapping collections in (every relationship, many-to-many maps, resources
// matched by UUID, href, title or options, gap summaries as notes) and out (the sample's JP -> NATO mappings,
// gap summary, deterministic), the lossless round trip, and every refusal naming its JSON path with the
// database unchanged.

#include "models/commands/ChangePlanner.h"
#include "models/domain/Framework.h"
#include "models/domain/Mapping.h"
#include "models/domain/Provision.h"
#include "models/exchange/OscalDocument.h"
#include "models/exchange/OscalMappingCollection.h"
#include "models/storage/RecordStore.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace crosswalk;
using namespace crosswalk::test;

namespace {

const QString ns = OscalDocument::propertyNamespace();

QByteArray dataFile(const QString& name)
{
    QFile file(sourceDir() + QStringLiteral("/tests/data/oscal/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

qint64 frameworkId(Database& db, const QString& code)
{
    return RecordStore(db).idForCode(QStringLiteral("frameworks"), code).value_or(0);
}

/// The mappings stored from one framework to another, keyed "CH02->C4".
QMap<QString, Mapping> mappingsBetween(Database& db, const QString& sourceCode, const QString& targetCode)
{
    RecordStore store(db);
    QHash<qint64, QString> sources;
    QHash<qint64, QString> targets;
    for (const QVariantMap& row :
         store.fetchAll(QStringLiteral("provisions"), QStringLiteral("framework_id"), frameworkId(db, sourceCode)))
        sources.insert(row.value(QStringLiteral("id")).toLongLong(), row.value(QStringLiteral("code")).toString());
    for (const QVariantMap& row :
         store.fetchAll(QStringLiteral("provisions"), QStringLiteral("framework_id"), frameworkId(db, targetCode)))
        targets.insert(row.value(QStringLiteral("id")).toLongLong(), row.value(QStringLiteral("code")).toString());
    QMap<QString, Mapping> result;
    for (const QVariantMap& row : store.fetchAll(QStringLiteral("mappings"))) {
        const Mapping m = Mapping::fromRow(row);
        if (sources.contains(m.sourceProvisionId) && targets.contains(m.targetProvisionId))
            result.insert(
                sources.value(m.sourceProvisionId) + QStringLiteral("->") + targets.value(m.targetProvisionId), m);
    }
    return result;
}

/// The document's only mapping's maps[index], changed by edit.
QByteArray withMap(const QByteArray& json, int index, const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject top = QJsonDocument::fromJson(json).object();
    QJsonObject collection = top.value(QStringLiteral("mapping-collection")).toObject();
    QJsonArray mappings = collection.value(QStringLiteral("mappings")).toArray();
    QJsonObject mapping = mappings.at(0).toObject();
    QJsonArray maps = mapping.value(QStringLiteral("maps")).toArray();
    QJsonObject map = maps.at(index).toObject();
    edit(map);
    maps[index] = map;
    mapping.insert(QStringLiteral("maps"), maps);
    mappings[0] = mapping;
    collection.insert(QStringLiteral("mappings"), mappings);
    top.insert(QStringLiteral("mapping-collection"), collection);
    return QJsonDocument(top).toJson();
}

/// The collection changed by edit.
QByteArray withCollection(const QByteArray& json, const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject top = QJsonDocument::fromJson(json).object();
    QJsonObject collection = top.value(QStringLiteral("mapping-collection")).toObject();
    edit(collection);
    top.insert(QStringLiteral("mapping-collection"), collection);
    return QJsonDocument(top).toJson();
}

/// The document's only mapping changed by edit.
QByteArray withMapping(const QByteArray& json, const std::function<void(QJsonObject&)>& edit)
{
    return withCollection(json, [&](QJsonObject& collection) {
        QJsonArray mappings = collection.value(QStringLiteral("mappings")).toArray();
        QJsonObject mapping = mappings.at(0).toObject();
        edit(mapping);
        mappings[0] = mapping;
        collection.insert(QStringLiteral("mappings"), mappings);
    });
}

/// Sets the value of Crosswalk's prop of a map (or removes it when value is null).
void setProp(QJsonObject& object, const QString& name, const QString& value)
{
    QJsonArray props = object.value(QStringLiteral("props")).toArray();
    for (qsizetype i = 0; i < props.size(); ++i) {
        QJsonObject p = props.at(i).toObject();
        if (p.value(QStringLiteral("name")).toString() != name || p.value(QStringLiteral("ns")).toString() != ns)
            continue;
        if (value.isNull()) {
            props.removeAt(i);
        } else {
            p.insert(QStringLiteral("value"), value);
            p.remove(QStringLiteral("remarks"));
            props[i] = p;
        }
        object.insert(QStringLiteral("props"), props);
        return;
    }
    props.append(
        QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("ns"), ns}, {QStringLiteral("value"), value}});
    object.insert(QStringLiteral("props"), props);
}

Result<ImportPlan> plan(Database& db, const QByteArray& json, const OscalMappingCollection::ImportOptions& options = {},
                        const Progress& progress = {})
{
    const Result<OscalDocument> document = OscalDocument::parse(json, QStringLiteral("mapping.json"));
    if (!document)
        return Result<ImportPlan>::failure(document.message());
    return OscalMappingCollection::planImport(db, *document, options, progress);
}

/// Removes every mapping (a database holding the sample's frameworks and no mappings).
void removeAllMappings(Database& db)
{
    RecordStore store(db);
    Transaction transaction(db);
    for (const QVariantMap& row : store.fetchAll(QStringLiteral("mappings")))
        QVERIFY(store.remove(QStringLiteral("mappings"), row.value(QStringLiteral("id")).toLongLong()));
    QVERIFY(transaction.commit());
    QCOMPARE(store.count(QStringLiteral("mappings")), qint64(0));
}

void update(Database& db, qint64 id, const QVariantMap& values)
{
    const Result<ChangeSet> changes = ChangePlanner(db).update(QStringLiteral("mappings"), id, values);
    QVERIFY2(changes.ok(), qPrintable(changes.message()));
    QVERIFY(changes->apply(db));
}

/// The written JSON without metadata.last-modified (the one thing that changes between two exports).
QByteArray withoutLastModified(const QByteArray& json)
{
    return withCollection(json, [](QJsonObject& collection) {
        QJsonObject metadata = collection.value(QStringLiteral("metadata")).toObject();
        metadata.remove(QStringLiteral("last-modified"));
        collection.insert(QStringLiteral("metadata"), metadata);
    });
}

QJsonObject collectionOf(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object().value(QStringLiteral("mapping-collection")).toObject();
}

} // namespace

class TestOscalMappingCollection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsEveryRelationship();
    void reimportIsUnchanged();
    void resourcesMatchedByOptions();
    void resourcesMatchedByHref();
    void existingMappingIsUpdated();
    void roundTripIsLossless();
    void exportOfTheSample();
    void exportIsDeterministic();
    void exportRefusals();
    void badInputIsRefused_data();
    void badInputIsRefused();
    void wrongVersionIsRefused();
    void cancelChangesNothing();
};

void TestOscalMappingCollection::importsEveryRelationship()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    Database& db = fixture.db();
    // The source catalog is named by its UUID (a document id of its back-matter resource), the target by title.
    const auto css = RecordStore(db).fetch(QStringLiteral("frameworks"), frameworkId(db, QStringLiteral("JP-CSS2025")));
    QVERIFY(css);
    QCOMPARE(OscalDocument::catalogUuid(Framework::fromRow(*css)),
             QStringLiteral("a423d0ec-99cd-5a64-832f-84ffb61e66cf"));

    const Result<ImportPlan> planned = plan(db, dataFile(QStringLiteral("mapping-full.json")));
    QVERIFY2(planned.ok(), qPrintable(planned.message()));
    const ImportReport& report = planned->report;
    QCOMPARE(report.count(ImportReport::Outcome::Added, QStringLiteral("mappings")), 9);
    QCOMPARE(report.count(ImportReport::Outcome::Updated), 0);
    QCOMPARE(planned->changes.changes().size(), 9);
    const QString notes = report.notes().join(QLatin1Char('\n'));
    QVERIFY2(notes.contains(QStringLiteral("equivalent-to")), qPrintable(notes));
    QVERIFY2(notes.contains(QStringLiteral("P1-3, P2-3")), qPrintable(notes));
    QVERIFY2(notes.contains(QStringLiteral("NIST-CSF2 as unmapped: RC")), qPrintable(notes));
    QVERIFY(report.lines().join(QLatin1Char('\n')).contains(QStringLiteral("mapping JP-CSS2025:P2-2 → NIST-CSF2:DE")));

    const QByteArray before = fixture.snapshot();
    QVERIFY(!before.isEmpty());
    QCOMPARE(fixture.snapshot(), before); // planning wrote nothing
    QVERIFY(planned->changes.apply(db));

    const QMap<QString, Mapping> stored =
        mappingsBetween(db, QStringLiteral("JP-CSS2025"), QStringLiteral("NIST-CSF2"));
    QCOMPARE(stored.keys(),
             QStringList({QStringLiteral("P1-1->GV"), QStringLiteral("P1-2->ID"), QStringLiteral("P2-1->DE"),
                          QStringLiteral("P2-1->PR"), QStringLiteral("P2-2->DE"), QStringLiteral("P2-2->PR"),
                          QStringLiteral("P3-1->RS"), QStringLiteral("P3-2->RC"), QStringLiteral("P3-3->GV")}));

    const Mapping equivalent = stored.value(QStringLiteral("P1-1->GV"));
    QCOMPARE(equivalent.relationship, Relationship::Equal);
    QCOMPARE(equivalent.strength, std::optional<int>(10));
    QCOMPARE(equivalent.rationale, Rationale::Semantic); // the provenance's
    QCOMPARE(equivalent.notes, QStringLiteral("Imported from OSCAL: equivalent-to"));
    QCOMPARE(equivalent.justification, QStringLiteral("Both set up the governance of national cybersecurity."));
    QCOMPARE(equivalent.reviewStatus, ReviewStatus::Draft);

    const Mapping equal = stored.value(QStringLiteral("P1-2->ID"));
    QCOMPARE(equal.relationship, Relationship::Equal);
    QCOMPARE(equal.rationale, Rationale::Syntactic);
    QCOMPARE(equal.strength, std::optional<int>(10));
    QCOMPARE(equal.reviewStatus, ReviewStatus::Complete);
    QCOMPARE(equal.author, QStringLiteral("A. Analyst"));
    QCOMPARE(equal.reviewer, QStringLiteral("R. Reviewer"));
    QCOMPARE(equal.reviewDate, QStringLiteral("2025-05-30"));
    QCOMPARE(equal.notes, QStringLiteral("First line\nSecond line"));
    QCOMPARE(equal.justification, QStringLiteral("Same wording."));

    for (const QString& pair : {QStringLiteral("P2-1->PR"), QStringLiteral("P2-1->DE"), QStringLiteral("P2-2->PR"),
                                QStringLiteral("P2-2->DE")}) {
        QCOMPARE(stored.value(pair).relationship, Relationship::SubsetOf);
        QCOMPARE(stored.value(pair).rationale, Rationale::Functional);
        QCOMPARE(stored.value(pair).strength, std::optional<int>(6));
    }
    QCOMPARE(stored.value(QStringLiteral("P3-1->RS")).relationship, Relationship::SupersetOf);
    QCOMPARE(stored.value(QStringLiteral("P3-1->RS")).strength, std::optional<int>());
    const Mapping intersects = stored.value(QStringLiteral("P3-2->RC"));
    QCOMPARE(intersects.relationship, Relationship::IntersectsWith);
    QCOMPARE(intersects.strength, std::optional<int>(3));
    QCOMPARE(intersects.marking, Tlp::Amber);
    QCOMPARE(intersects.caveat, QStringLiteral("JP eyes only"));
    QCOMPARE(stored.value(QStringLiteral("P3-3->GV")).relationship, Relationship::NoRelationship);
    QCOMPARE(stored.value(QStringLiteral("P3-3->GV")).strength, std::optional<int>(0));
}

void TestOscalMappingCollection::reimportIsUnchanged()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    const QByteArray json = dataFile(QStringLiteral("mapping-full.json"));
    const Result<ImportPlan> first = plan(fixture.db(), json);
    QVERIFY2(first.ok(), qPrintable(first.message()));
    QVERIFY(first->changes.apply(fixture.db()));

    // The equivalent-to note is not added a second time.
    const Result<ImportPlan> second = plan(fixture.db(), json);
    QVERIFY2(second.ok(), qPrintable(second.message()));
    QCOMPARE(second->report.count(ImportReport::Outcome::Unchanged), 9);
    QCOMPARE(second->report.count(ImportReport::Outcome::Added), 0);
    QCOMPARE(second->report.count(ImportReport::Outcome::Updated), 0);
    QVERIFY(second->changes.isEmpty());
}

void TestOscalMappingCollection::resourcesMatchedByOptions()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    const QByteArray json = dataFile(QStringLiteral("mapping-unmatched.json"));
    const Result<ImportPlan> unmatched = plan(fixture.db(), json);
    QVERIFY(!unmatched.ok());
    QVERIFY2(unmatched.message().startsWith(
                 QStringLiteral("mapping.json: $.mapping-collection.mappings[0].source-resource: ")),
             qPrintable(unmatched.message()));
    QVERIFY2(unmatched.message().endsWith(QStringLiteral("name the source framework")), qPrintable(unmatched.message()));
    auto failure = OscalMappingCollection::Failure::Other;
    QVERIFY(!OscalMappingCollection::planImport(fixture.db(), *OscalDocument::parse(json, QStringLiteral("mapping.json")),
                                                {}, {}, &failure)
                 .ok());
    QCOMPARE(failure, OscalMappingCollection::Failure::UnmatchedFramework);

    OscalMappingCollection::ImportOptions options;
    options.sourceFrameworkCode = QStringLiteral("JP-CSS2025");
    const Result<ImportPlan> halfMatched = plan(fixture.db(), json, options);
    QVERIFY(!halfMatched.ok());
    QVERIFY2(halfMatched.message().contains(QStringLiteral("$.mapping-collection.mappings[0].target-resource: ")),
             qPrintable(halfMatched.message()));
    QVERIFY2(halfMatched.message().endsWith(QStringLiteral("name the target framework")),
             qPrintable(halfMatched.message()));

    options.targetFrameworkCode = QStringLiteral("NO-SUCH-CODE");
    const Result<ImportPlan> unknownCode = plan(fixture.db(), json, options);
    QVERIFY(!unknownCode.ok());
    QVERIFY2(unknownCode.message().contains(QStringLiteral("NO-SUCH-CODE")), qPrintable(unknownCode.message()));

    options.targetFrameworkCode = QStringLiteral("NIST-CSF2");
    const Result<ImportPlan> matched = plan(fixture.db(), json, options);
    QVERIFY2(matched.ok(), qPrintable(matched.message()));
    QCOMPARE(matched->report.count(ImportReport::Outcome::Added), 1);
    QVERIFY(matched->changes.apply(fixture.db()));
    const Mapping m = mappingsBetween(fixture.db(), QStringLiteral("JP-CSS2025"), QStringLiteral("NIST-CSF2"))
                          .value(QStringLiteral("P1-3->PR"));
    QCOMPARE(m.relationship, Relationship::IntersectsWith);
    QCOMPARE(m.strength, std::optional<int>(5));
    QCOMPARE(m.rationale, Rationale::Functional);  // the provenance's
    QCOMPARE(m.reviewStatus, ReviewStatus::Draft); // not-complete
}

void TestOscalMappingCollection::resourcesMatchedByHref()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    // The file name of the source's address is in JP-CSS2025's source; the target's address is NIST-CSF2's.
    const QByteArray json = withMapping(dataFile(QStringLiteral("mapping-unmatched.json")), [](QJsonObject& mapping) {
        mapping.insert(QStringLiteral("source-resource"),
                       QJsonObject{{QStringLiteral("type"), QStringLiteral("catalog")},
                                   {QStringLiteral("href"),
                                    QStringLiteral("https://mirror.example.org/japan-adopts-new-"
                                                   "cybersecurity-strategy-focusing-on-preemptive-defense")}});
        mapping.insert(QStringLiteral("target-resource"),
                       QJsonObject{{QStringLiteral("type"), QStringLiteral("catalog")},
                                   {QStringLiteral("href"), QStringLiteral("https://www.nist.gov/cyberframework")}});
    });
    const Result<ImportPlan> matched = plan(fixture.db(), json);
    QVERIFY2(matched.ok(), qPrintable(matched.message()));
    QCOMPARE(matched->report.items().size(), 1);
    QCOMPARE(matched->report.items().constFirst().record, QStringLiteral("mapping JP-CSS2025:P1-3 → NIST-CSF2:PR"));
}

void TestOscalMappingCollection::existingMappingIsUpdated()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    Database& db = fixture.db();
    const Result<QByteArray> exported = OscalMappingCollection::exportJson(
        db, frameworkId(db, QStringLiteral("JP-CRCSA")), frameworkId(db, QStringLiteral("NATO-CDP2016")));
    QVERIFY2(exported.ok(), qPrintable(exported.message()));
    // maps[0] is CH02 -> C4 (intersects with, strength 5).
    const QByteArray changed =
        withMap(*exported, 0, [](QJsonObject& map) { setProp(map, QStringLiteral("strength"), QStringLiteral("7")); });
    const Result<ImportPlan> planned = plan(db, changed);
    QVERIFY2(planned.ok(), qPrintable(planned.message()));
    QCOMPARE(planned->report.count(ImportReport::Outcome::Updated), 1);
    QCOMPARE(planned->report.count(ImportReport::Outcome::Unchanged), 7);
    QCOMPARE(planned->changes.changes().size(), 1);
    const ImportReport::Item updated = planned->report.items().constFirst();
    QCOMPARE(updated.outcome, ImportReport::Outcome::Updated);
    QCOMPARE(updated.record, QStringLiteral("mapping JP-CRCSA:CH02 → NATO-CDP2016:C4"));
    QVERIFY2(updated.detail.contains(QStringLiteral("trength")), qPrintable(updated.detail));
    QVERIFY(planned->changes.apply(db));
    const Mapping m = mappingsBetween(db, QStringLiteral("JP-CRCSA"), QStringLiteral("NATO-CDP2016"))
                          .value(QStringLiteral("CH02->C4"));
    QCOMPARE(m.strength, std::optional<int>(7));
    QCOMPARE(m.relationship, Relationship::IntersectsWith);
}

void TestOscalMappingCollection::roundTripIsLossless()
{
    TestDatabase source(TestDatabase::Content::Sample);
    Database& db = source.db();
    QMap<QString, Mapping> original = mappingsBetween(db, QStringLiteral("JP-CRCSA"), QStringLiteral("NATO-CDP2016"));
    QCOMPARE(original.size(), 8);
    // Every field set, with texts that do not fit a prop value (line breaks, outer spaces).
    update(db, original.value(QStringLiteral("CH02->C4")).id,
           {{QStringLiteral("rationale"), QStringLiteral("syntactic")},
            {QStringLiteral("strength"), QVariant()},
            {QStringLiteral("justification"), QStringLiteral("  spaced\n\ttext with <b>markup</b>  ")},
            {QStringLiteral("notes"), QStringLiteral("line one\nline two")},
            {QStringLiteral("review_status"), QStringLiteral("complete")},
            {QStringLiteral("author"), QStringLiteral("A. Author")},
            {QStringLiteral("reviewer"), QStringLiteral(" R. Reviewer ")},
            {QStringLiteral("review_date"), QStringLiteral("2025-04-01")},
            {QStringLiteral("marking"), QStringLiteral("AMBER+STRICT")},
            {QStringLiteral("caveat"), QStringLiteral("NATO eyes only")}});
    update(db, original.value(QStringLiteral("CH10->C1")).id,
           {{QStringLiteral("review_status"), QStringLiteral("superseded")},
            {QStringLiteral("justification"), QString()},
            {QStringLiteral("author"), QString()},
            {QStringLiteral("rationale"), QStringLiteral("functional")}});
    update(db, original.value(QStringLiteral("CH10->C2")).id,
           {{QStringLiteral("review_status"), QStringLiteral("deprecated")}});
    original = mappingsBetween(db, QStringLiteral("JP-CRCSA"), QStringLiteral("NATO-CDP2016"));

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("jp-nato.json"));
    QVERIFY(OscalMappingCollection::exportToFile(db, frameworkId(db, QStringLiteral("JP-CRCSA")),
                                                 frameworkId(db, QStringLiteral("NATO-CDP2016")), file));

    TestDatabase target(TestDatabase::Content::Sample);
    removeAllMappings(target.db());
    const Result<OscalDocument> document = OscalDocument::readFile(file);
    QVERIFY2(document.ok(), qPrintable(document.message()));
    const Result<ImportPlan> planned = OscalMappingCollection::planImport(target.db(), *document);
    QVERIFY2(planned.ok(), qPrintable(planned.message()));
    QCOMPARE(planned->report.count(ImportReport::Outcome::Added), 8);
    QVERIFY(planned->changes.apply(target.db()));

    const QMap<QString, Mapping> imported =
        mappingsBetween(target.db(), QStringLiteral("JP-CRCSA"), QStringLiteral("NATO-CDP2016"));
    QCOMPARE(imported.keys(), original.keys());
    for (auto it = original.constBegin(); it != original.constEnd(); ++it) {
        Mapping expected = it.value();
        Mapping actual = imported.value(it.key());
        // Ids and timestamps are the target database's own; provisions have the same ids in both samples.
        expected.id = actual.id;
        expected.createdAt = actual.createdAt;
        expected.updatedAt = actual.updatedAt;
        QCOMPARE(actual.relationship, expected.relationship);
        QCOMPARE(actual.rationale, expected.rationale);
        QCOMPARE(actual.strength, expected.strength);
        QCOMPARE(actual.justification, expected.justification);
        QCOMPARE(actual.notes, expected.notes);
        QCOMPARE(actual.reviewStatus, expected.reviewStatus);
        QCOMPARE(actual.author, expected.author);
        QCOMPARE(actual.reviewer, expected.reviewer);
        QCOMPARE(actual.reviewDate, expected.reviewDate);
        QCOMPARE(actual.marking, expected.marking);
        QCOMPARE(actual.caveat, expected.caveat);
        QVERIFY2(actual == expected, qPrintable(it.key()));
    }

    const Result<ImportPlan> again = OscalMappingCollection::planImport(target.db(), *document);
    QVERIFY2(again.ok(), qPrintable(again.message()));
    QCOMPARE(again->report.count(ImportReport::Outcome::Unchanged), 8);
    QVERIFY(again->changes.isEmpty());
}

void TestOscalMappingCollection::exportOfTheSample()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    Database& db = fixture.db();
    const qint64 nato = frameworkId(db, QStringLiteral("NATO-CDP2016"));

    const Result<QByteArray> crcsa =
        OscalMappingCollection::exportJson(db, frameworkId(db, QStringLiteral("JP-CRCSA")), nato);
    QVERIFY2(crcsa.ok(), qPrintable(crcsa.message()));
    const Result<OscalDocument> document = OscalDocument::parse(*crcsa, QStringLiteral("out.json"));
    QVERIFY2(document.ok(), qPrintable(document.message()));
    QCOMPARE(document->model(), OscalDocument::Model::MappingCollection);
    QCOMPARE(document->version(), QStringLiteral("1.2.0"));

    const QJsonObject collection = collectionOf(*crcsa);
    QVERIFY(OscalDocument::isUuid(collection.value(QStringLiteral("uuid")).toString()));
    const QJsonObject provenance = collection.value(QStringLiteral("provenance")).toObject();
    QCOMPARE(provenance.value(QStringLiteral("method")).toString(), QStringLiteral("human"));
    QCOMPARE(provenance.value(QStringLiteral("matching-rationale")).toString(), QStringLiteral("semantic"));
    QCOMPARE(provenance.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    QVERIFY(!provenance.value(QStringLiteral("mapping-description")).toString().isEmpty());
    const QJsonObject metadataProp = collection.value(QStringLiteral("metadata"))
                                         .toObject()
                                         .value(QStringLiteral("props"))
                                         .toArray()
                                         .at(0)
                                         .toObject();
    QCOMPARE(metadataProp.value(QStringLiteral("name")).toString(), QStringLiteral("marking"));
    QCOMPARE(metadataProp.value(QStringLiteral("value")).toString(), QStringLiteral("TLP:CLEAR"));

    const QJsonArray mappings = collection.value(QStringLiteral("mappings")).toArray();
    QCOMPARE(mappings.size(), 1);
    const QJsonObject mapping = mappings.at(0).toObject();
    const auto framework = [&](const QString& code) {
        return Framework::fromRow(*RecordStore(db).fetch(QStringLiteral("frameworks"), frameworkId(db, code)));
    };
    // Resources: back-matter resources with the catalogs' UUIDs and titles.
    const QJsonArray resources =
        collection.value(QStringLiteral("back-matter")).toObject().value(QStringLiteral("resources")).toArray();
    QCOMPARE(resources.size(), 2);
    QCOMPARE(resources.at(1).toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("Cyber Defence Pledge"));
    const QString targetHref =
        mapping.value(QStringLiteral("target-resource")).toObject().value(QStringLiteral("href")).toString();
    QCOMPARE(targetHref, QLatin1Char('#') + resources.at(1).toObject().value(QStringLiteral("uuid")).toString());
    const QString resourceText =
        QString::fromUtf8(QJsonDocument(mapping.value(QStringLiteral("target-resource")).toObject()).toJson());
    QVERIFY(resourceText.contains(OscalDocument::catalogUuid(framework(QStringLiteral("NATO-CDP2016")))));

    // One map per mapping, in the tree order of source then target.
    const QJsonArray maps = mapping.value(QStringLiteral("maps")).toArray();
    QStringList pairs;
    for (const QJsonValue& value : maps) {
        const QJsonObject map = value.toObject();
        pairs << map.value(QStringLiteral("sources"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("id-ref"))
                         .toString() +
                     QLatin1Char(' ') + map.value(QStringLiteral("relationship")).toString() + QLatin1Char(' ') +
                     map.value(QStringLiteral("targets"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("id-ref"))
                         .toString();
    }
    QCOMPARE(pairs,
             QStringList({QStringLiteral("CH02 intersects-with C4"), QStringLiteral("CH10 no-relationship C1"),
                          QStringLiteral("CH10 no-relationship C2"), QStringLiteral("CH10 no-relationship C3"),
                          QStringLiteral("CH10 no-relationship C4"), QStringLiteral("CH10 no-relationship C5"),
                          QStringLiteral("CH10 no-relationship C6"), QStringLiteral("CH10 no-relationship C7")}));
    // Every target provision is named by a map: no gap summary.
    QVERIFY(!mapping.contains(QStringLiteral("target-gap-summary")));

    // JP-CSS2025 maps to C5 and C6 only: the rest are the gap summary.
    const Result<QByteArray> css =
        OscalMappingCollection::exportJson(db, frameworkId(db, QStringLiteral("JP-CSS2025")), nato);
    QVERIFY2(css.ok(), qPrintable(css.message()));
    const QJsonObject cssMapping = collectionOf(*css).value(QStringLiteral("mappings")).toArray().at(0).toObject();
    QCOMPARE(cssMapping.value(QStringLiteral("maps")).toArray().size(), 2);
    const QJsonArray unmapped = cssMapping.value(QStringLiteral("target-gap-summary"))
                                    .toObject()
                                    .value(QStringLiteral("unmapped-controls"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("with-ids"))
                                    .toArray();
    QCOMPARE(unmapped.toVariantList(), QVariantList({QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("C3"),
                                                     QStringLiteral("C4"), QStringLiteral("C7")}));
    // Read back, the gap summary is a note of the report.
    const Result<ImportPlan> planned = plan(db, *css);
    QVERIFY2(planned.ok(), qPrintable(planned.message()));
    QVERIFY(planned->report.notes().join(QLatin1Char('\n')).contains(QStringLiteral("C1, C2, C3, C4, C7")));
    QCOMPARE(planned->report.count(ImportReport::Outcome::Unchanged), 2);
}

void TestOscalMappingCollection::exportIsDeterministic()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    Database& db = fixture.db();
    const qint64 source = frameworkId(db, QStringLiteral("JP-CRCSA"));
    const qint64 target = frameworkId(db, QStringLiteral("NATO-CDP2016"));
    const Result<QByteArray> first = OscalMappingCollection::exportJson(db, source, target);
    const Result<QByteArray> second = OscalMappingCollection::exportJson(db, source, target);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(withoutLastModified(*second), withoutLastModified(*first));

    // A change of content gives the collection a new UUID (OSCAL: changed when the document is revised).
    const Mapping m = mappingsBetween(db, QStringLiteral("JP-CRCSA"), QStringLiteral("NATO-CDP2016"))
                          .value(QStringLiteral("CH02->C4"));
    update(db, m.id, {{QStringLiteral("strength"), 6}});
    const Result<QByteArray> third = OscalMappingCollection::exportJson(db, source, target);
    QVERIFY(third.ok());
    QVERIFY(collectionOf(*third).value(QStringLiteral("uuid")) != collectionOf(*first).value(QStringLiteral("uuid")));
}

void TestOscalMappingCollection::exportRefusals()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    Database& db = fixture.db();
    const Result<QByteArray> none = OscalMappingCollection::exportJson(
        db, frameworkId(db, QStringLiteral("JP-CSS2025")), frameworkId(db, QStringLiteral("NIST-CSF2")));
    QVERIFY(!none.ok());
    QVERIFY2(none.message().contains(QStringLiteral("JP-CSS2025")), qPrintable(none.message()));

    const qint64 crcsa = frameworkId(db, QStringLiteral("JP-CRCSA"));
    QVERIFY(!OscalMappingCollection::exportJson(db, crcsa, crcsa).ok());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-folder/out.json"));
    const Status written =
        OscalMappingCollection::exportToFile(db, crcsa, frameworkId(db, QStringLiteral("NATO-CDP2016")), path);
    QVERIFY(!written.ok());
    QVERIFY2(written.message().contains(path), qPrintable(written.message()));
    QVERIFY(!QFile::exists(path));
}

void TestOscalMappingCollection::badInputIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("sourceCode");
    QTest::addColumn<QString>("targetCode");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("words");

    const QByteArray full = dataFile(QStringLiteral("mapping-full.json"));
    const QString maps = QStringLiteral("$.mapping-collection.mappings[0].maps");
    QTest::newRow("unknown relationship")
        << withMap(full, 0,
                   [](QJsonObject& map) { map.insert(QStringLiteral("relationship"), QStringLiteral("related-to")); })
        << QString() << QString() << maps + QStringLiteral("[0].relationship") << QStringLiteral("related-to");
    QTest::newRow("relationship of another namespace")
        << withMap(full, 0,
                   [](QJsonObject& map) { map.insert(QStringLiteral("ns"), QStringLiteral("https://example.org/ns")); })
        << QString() << QString() << maps + QStringLiteral("[0].relationship")
        << QStringLiteral("https://example.org/ns");
    QTest::newRow("unknown control id") << withMap(full, 2,
                                                   [](QJsonObject& map) {
                                                       QJsonArray sources =
                                                           map.value(QStringLiteral("sources")).toArray();
                                                       sources[1] = QJsonObject{
                                                           {QStringLiteral("type"), QStringLiteral("control")},
                                                           {QStringLiteral("id-ref"), QStringLiteral("P9")}};
                                                       map.insert(QStringLiteral("sources"), sources);
                                                   })
                                        << QString() << QString() << maps + QStringLiteral("[2].sources[1].id-ref")
                                        << QStringLiteral("\"P9\"");
    QTest::newRow("unmatched resource")
        << withCollection(full, [](QJsonObject& collection) { collection.remove(QStringLiteral("back-matter")); })
        << QString() << QString() << QStringLiteral("$.mapping-collection.mappings[0].source-resource")
        << QStringLiteral("name the source framework");
    QTest::newRow("strength other than 10 for equal")
        << withMap(full, 1, [](QJsonObject& map) { setProp(map, QStringLiteral("strength"), QStringLiteral("7")); })
        << QString() << QString() << maps + QStringLiteral("[1].props[0].value") << QStringLiteral("10");
    QTest::newRow("strength 10 for subset of")
        << withMap(full, 2, [](QJsonObject& map) { setProp(map, QStringLiteral("strength"), QStringLiteral("10")); })
        << QString() << QString() << maps + QStringLiteral("[2].props[0].value") << QStringLiteral("between 1 and 9");
    QTest::newRow("strength not a number")
        << withMap(full, 2, [](QJsonObject& map) { setProp(map, QStringLiteral("strength"), QStringLiteral("high")); })
        << QString() << QString() << maps + QStringLiteral("[2].props[0].value") << QStringLiteral("high");
    QTest::newRow("complete without reviewer")
        << withMap(full, 1, [](QJsonObject& map) { setProp(map, QStringLiteral("reviewer"), QString()); }) << QString()
        << QString() << maps + QStringLiteral("[1].props[1].value") << QStringLiteral("reviewer");
    QTest::newRow("review date not a full date")
        << withMap(full, 1,
                   [](QJsonObject& map) { setProp(map, QStringLiteral("review-date"), QStringLiteral("2025-05")); })
        << QString() << QString() << maps + QStringLiteral("[1].props[4].value") << QStringLiteral("2025-05");
    QTest::newRow("unknown matching rationale")
        << withMap(
               full, 3,
               [](QJsonObject& map) { map.insert(QStringLiteral("matching-rationale"), QStringLiteral("lexical")); })
        << QString() << QString() << maps + QStringLiteral("[3].matching-rationale") << QStringLiteral("lexical");
    QTest::newRow("pair given twice")
        << withMap(full, 3,
                   [](QJsonObject& map) {
                       map.insert(QStringLiteral("sources"),
                                  QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("control")},
                                                         {QStringLiteral("id-ref"), QStringLiteral("P2-1")}}});
                       map.insert(QStringLiteral("targets"),
                                  QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("control")},
                                                         {QStringLiteral("id-ref"), QStringLiteral("PR")}}});
                   })
        << QString() << QString() << maps + QStringLiteral("[3]") << QStringLiteral("twice");
    QTest::newRow("within one framework")
        << full << QStringLiteral("JP-CSS2025") << QStringLiteral("JP-CSS2025")
        << QStringLiteral("$.mapping-collection.mappings[0].target-resource") << QStringLiteral("same framework");
    QTest::newRow("no maps")
        << withMapping(full, [](QJsonObject& mapping) { mapping.insert(QStringLiteral("maps"), QJsonArray()); })
        << QString() << QString() << QStringLiteral("$.mapping-collection.mappings[0].maps") << QString();
    QTest::newRow("unknown provenance status")
        << withCollection(full,
                          [](QJsonObject& collection) {
                              QJsonObject provenance = collection.value(QStringLiteral("provenance")).toObject();
                              provenance.insert(QStringLiteral("status"), QStringLiteral("final"));
                              collection.insert(QStringLiteral("provenance"), provenance);
                          })
        << QString() << QString() << QStringLiteral("$.mapping-collection.provenance.status")
        << QStringLiteral("final");
}

void TestOscalMappingCollection::badInputIsRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, sourceCode);
    QFETCH(QString, targetCode);
    QFETCH(QString, path);
    QFETCH(QString, words);

    TestDatabase fixture(TestDatabase::Content::Sample);
    const QByteArray before = fixture.snapshot();
    OscalMappingCollection::ImportOptions options;
    options.sourceFrameworkCode = sourceCode;
    options.targetFrameworkCode = targetCode;
    const Result<ImportPlan> planned = plan(fixture.db(), json, options);
    QVERIFY(!planned.ok());
    QVERIFY2(planned.message().startsWith(QStringLiteral("mapping.json: ") + path + QStringLiteral(": ")),
             qPrintable(planned.message()));
    QVERIFY2(planned.message().contains(words), qPrintable(planned.message()));
    QCOMPARE(fixture.snapshot(), before);
}

void TestOscalMappingCollection::wrongVersionIsRefused()
{
    const QByteArray json = withCollection(dataFile(QStringLiteral("mapping-full.json")), [](QJsonObject& collection) {
        QJsonObject metadata = collection.value(QStringLiteral("metadata")).toObject();
        metadata.insert(QStringLiteral("oscal-version"), QStringLiteral("1.1.2"));
        collection.insert(QStringLiteral("metadata"), metadata);
    });
    const Result<OscalDocument> document = OscalDocument::parse(json, QStringLiteral("old.json"));
    QVERIFY(!document.ok());
    QVERIFY2(document.message().startsWith(QStringLiteral("old.json: $.mapping-collection.metadata.oscal-version: ")),
             qPrintable(document.message()));
}

void TestOscalMappingCollection::cancelChangesNothing()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    const QByteArray before = fixture.snapshot();
    qint64 calls = 0;
    const Result<ImportPlan> planned =
        plan(fixture.db(), dataFile(QStringLiteral("mapping-full.json")), {}, [&](qint64 done, qint64 total) {
            ++calls;
            return done < total;
        });
    QVERIFY(!planned.ok());
    QCOMPARE(planned.message(), ChangeSet::cancelledMessage());
    QVERIFY(calls > 0);
    QCOMPARE(fixture.snapshot(), before);
}

QTEST_GUILESS_MAIN(TestOscalMappingCollection)
#include "tst_oscalmappingcollection.moc"
