// PackageMerge: a dataset package merged into a database that holds records. Matching by code,
// references translated to stored ids, updates and conflicts by time, nothing written until applied.

#include "models/exchange/DatasetPackage.h"
#include "models/exchange/PackageMerge.h"
#include "models/storage/RecordStore.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace crosswalk;
using test::TestDatabase;
using Outcome = ImportReport::Outcome;

namespace {

const QString later = QStringLiteral("2099-01-01T00:00:00Z");
const QString earlier = QStringLiteral("2000-01-01T00:00:00Z");

QJsonObject samplePackage()
{
    QFile file(DatasetPackage::sampleResource());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample package");
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// The package with every id and reference moved by offset: matching must not depend on ids.
QJsonObject shiftedIds(QJsonObject package, qint64 offset)
{
    QJsonObject tables = package.value(QStringLiteral("tables")).toObject();
    for (const TableSpec& spec : TableCatalog::tables()) {
        QJsonArray rows = tables.value(spec.name).toArray();
        for (int i = 0; i < rows.size(); ++i) {
            QJsonObject row = rows.at(i).toObject();
            for (const ColumnSpec& column : spec.columns) {
                if ((column.type == ColumnType::Id || column.type == ColumnType::Ref) &&
                    !row.value(column.name).isNull())
                    row.insert(column.name, row.value(column.name).toInteger() + offset);
            }
            rows.replace(i, row);
        }
        tables.insert(spec.name, rows);
    }
    package.insert(QStringLiteral("tables"), tables);
    return package;
}

int totalRows(const QJsonObject& package)
{
    int total = 0;
    const QJsonObject tables = package.value(QStringLiteral("tables")).toObject();
    for (auto it = tables.begin(); it != tables.end(); ++it)
        total += static_cast<int>(it.value().toArray().size());
    return total;
}

/// Changes the row of a table whose column holds value: fields set to the given values.
void edit(QJsonObject& package, const QString& table, const QString& column, const QJsonValue& value,
          const QJsonObject& fields)
{
    QJsonObject tables = package.value(QStringLiteral("tables")).toObject();
    QJsonArray rows = tables.value(table).toArray();
    bool found = false;
    for (int i = 0; i < rows.size(); ++i) {
        QJsonObject row = rows.at(i).toObject();
        if (row.value(column) != value)
            continue;
        for (auto it = fields.begin(); it != fields.end(); ++it)
            row.insert(it.key(), it.value());
        rows.replace(i, row);
        found = true;
    }
    QVERIFY2(found, qPrintable(table + QLatin1Char(' ') + value.toVariant().toString()));
    tables.insert(table, rows);
    package.insert(QStringLiteral("tables"), tables);
}

void append(QJsonObject& package, const QString& table, const QJsonObject& row)
{
    QJsonObject tables = package.value(QStringLiteral("tables")).toObject();
    QJsonArray rows = tables.value(table).toArray();
    rows.append(row);
    tables.insert(table, rows);
    package.insert(QStringLiteral("tables"), tables);
}

QJsonValue rowValue(const QJsonObject& package, const QString& table, const QString& column, const QJsonValue& value,
                    const QString& wanted)
{
    for (const QJsonValue& row : package.value(QStringLiteral("tables")).toObject().value(table).toArray()) {
        if (row.toObject().value(column) == value)
            return row.toObject().value(wanted);
    }
    return QJsonValue::Undefined;
}

QByteArray bytes(const QJsonObject& package)
{
    return QJsonDocument(package).toJson();
}

qint64 idOf(Database& db, const char* table, const char* code, qint64 framework = 0)
{
    return RecordStore(db).idForCode(QLatin1String(table), QLatin1String(code), framework).value_or(0);
}

qint64 provisionId(Database& db, const char* framework, const char* code)
{
    return idOf(db, "provisions", code, idOf(db, "frameworks", framework));
}

/// Every mapping as "FRAMEWORK:CODE -> FRAMEWORK:CODE relationship".
QSet<QString> mappingsByCode(Database& db, const QSet<QString>& frameworks = {})
{
    RecordStore store(db);
    QHash<qint64, QString> frameworkCodes;
    for (const QVariantMap& row : store.fetchAll(QStringLiteral("frameworks")))
        frameworkCodes.insert(row.value(QStringLiteral("id")).toLongLong(),
                              row.value(QStringLiteral("code")).toString());
    QHash<qint64, QPair<QString, QString>> provisions;
    for (const QVariantMap& row : store.fetchAll(QStringLiteral("provisions")))
        provisions.insert(row.value(QStringLiteral("id")).toLongLong(),
                          {frameworkCodes.value(row.value(QStringLiteral("framework_id")).toLongLong()),
                           row.value(QStringLiteral("code")).toString()});
    QSet<QString> result;
    for (const QVariantMap& row : store.fetchAll(QStringLiteral("mappings"))) {
        const auto source = provisions.value(row.value(QStringLiteral("source_provision_id")).toLongLong());
        const auto target = provisions.value(row.value(QStringLiteral("target_provision_id")).toLongLong());
        if (!frameworks.isEmpty() && (!frameworks.contains(source.first) || !frameworks.contains(target.first)))
            continue;
        result.insert(QStringLiteral("%1:%2 -> %3:%4 %5")
                          .arg(source.first, source.second, target.first, target.second,
                               row.value(QStringLiteral("relationship")).toString()));
    }
    return result;
}

const ImportReport::Item* itemFor(const ImportReport& report, const QString& record)
{
    for (const ImportReport::Item& item : report.items()) {
        if (item.record == record)
            return &item;
    }
    return nullptr;
}

} // namespace

class TestPackageMerge : public QObject
{
    Q_OBJECT

private:
    /// The sample (ids moved) with new records only: a party, its framework with a parent provision
    /// listed after its child, a mapping to the child and a link of commitment C1 to it.
    static QJsonObject packageWithAdditions()
    {
        QJsonObject package = shiftedIds(samplePackage(), 1000);
        const QJsonValue stamp(QStringLiteral("2026-01-01T00:00:00Z"));
        append(package, QStringLiteral("parties"),
               {{QStringLiteral("id"), 2001},
                {QStringLiteral("code"), QStringLiteral("FR")},
                {QStringLiteral("name_en"), QStringLiteral("France")},
                {QStringLiteral("kind"), QStringLiteral("state")},
                {QStringLiteral("created_at"), stamp},
                {QStringLiteral("updated_at"), stamp}});
        append(package, QStringLiteral("frameworks"),
               {{QStringLiteral("id"), 2001},
                {QStringLiteral("code"), QStringLiteral("FR-RNS2022")},
                {QStringLiteral("title_en"), QStringLiteral("National Strategic Review 2022")},
                {QStringLiteral("kind"), QStringLiteral("strategy")},
                {QStringLiteral("status"), QStringLiteral("adopted")},
                {QStringLiteral("issuer_party_id"), 2001},
                {QStringLiteral("created_at"), stamp},
                {QStringLiteral("updated_at"), stamp}});
        append(package, QStringLiteral("provisions"),
               {{QStringLiteral("id"), 2002},
                {QStringLiteral("framework_id"), 2001},
                {QStringLiteral("parent_id"), 2001},
                {QStringLiteral("code"), QStringLiteral("A1")},
                {QStringLiteral("title_en"), QStringLiteral("Cyber resilience")},
                {QStringLiteral("created_at"), stamp},
                {QStringLiteral("updated_at"), stamp}});
        append(package, QStringLiteral("provisions"),
               {{QStringLiteral("id"), 2001},
                {QStringLiteral("framework_id"), 2001},
                {QStringLiteral("code"), QStringLiteral("A")},
                {QStringLiteral("title_en"), QStringLiteral("Objectives")},
                {QStringLiteral("created_at"), stamp},
                {QStringLiteral("updated_at"), stamp}});
        const QJsonValue crcsa = rowValue(package, QStringLiteral("frameworks"), QStringLiteral("code"),
                                          QStringLiteral("JP-CRCSA"), QStringLiteral("id"));
        qint64 ch01 = 0;
        for (const QJsonValue& row :
             package.value(QStringLiteral("tables")).toObject().value(QStringLiteral("provisions")).toArray()) {
            if (row.toObject().value(QStringLiteral("framework_id")) == crcsa &&
                row.toObject().value(QStringLiteral("code")) == QJsonValue(QStringLiteral("CH01")))
                ch01 = row.toObject().value(QStringLiteral("id")).toInteger();
        }
        if (ch01 == 0)
            qFatal("no JP-CRCSA CH01 in the sample");
        append(package, QStringLiteral("mappings"),
               {{QStringLiteral("id"), 2001},
                {QStringLiteral("source_provision_id"), ch01},
                {QStringLiteral("target_provision_id"), 2002},
                {QStringLiteral("relationship"), QStringLiteral("intersects_with")},
                {QStringLiteral("rationale"), QStringLiteral("semantic")},
                {QStringLiteral("strength"), 5},
                {QStringLiteral("created_at"), stamp},
                {QStringLiteral("updated_at"), stamp}});
        const QJsonValue c1 = rowValue(package, QStringLiteral("commitments"), QStringLiteral("code"),
                                       QStringLiteral("C1"), QStringLiteral("id"));
        append(package, QStringLiteral("commitment_provisions"),
               {{QStringLiteral("commitment_id"), c1}, {QStringLiteral("provision_id"), 2002}});
        return package;
    }

    /// Two records changed after the stored ones (updated).
    static void addUpdates(QJsonObject& package)
    {
        edit(package, QStringLiteral("frameworks"), QStringLiteral("code"), QStringLiteral("JP-NSS2022"),
             {{QStringLiteral("title_en"), QStringLiteral("National Security Strategy (revised)")},
              {QStringLiteral("updated_at"), later}});
        const QJsonValue cdp = rowValue(package, QStringLiteral("frameworks"), QStringLiteral("code"),
                                        QStringLiteral("NATO-CDP2016"), QStringLiteral("id"));
        QJsonObject tables = package.value(QStringLiteral("tables")).toObject();
        QJsonArray provisions = tables.value(QStringLiteral("provisions")).toArray();
        for (int i = 0; i < provisions.size(); ++i) {
            QJsonObject row = provisions.at(i).toObject();
            if (row.value(QStringLiteral("framework_id")) == cdp &&
                row.value(QStringLiteral("code")) == QJsonValue(QStringLiteral("C1"))) {
                row.insert(QStringLiteral("title_en"), QStringLiteral("Networks and infrastructures"));
                row.insert(QStringLiteral("summary_en"), QStringLiteral("Revised summary"));
                row.insert(QStringLiteral("updated_at"), later);
                provisions.replace(i, row);
            }
        }
        tables.insert(QStringLiteral("provisions"), provisions);
        package.insert(QStringLiteral("tables"), tables);
    }

private Q_SLOTS:
    void planCountsAndWritesNothing()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        Database& db = fixture.db();
        // Changed here after the package was made: G1's title.
        {
            Transaction transaction(db);
            QVERIFY(RecordStore(db)
                        .update(QStringLiteral("gaps"), idOf(db, "gaps", "G1"),
                                {{QStringLiteral("title_en"), QStringLiteral("Resources: our wording")}})
                        .ok());
            QVERIFY(transaction.commit().ok());
        }
        QJsonObject package = packageWithAdditions();
        addUpdates(package);
        // Conflicts: NATO renamed in an older package; G1 closed in the package, retitled here since.
        edit(package, QStringLiteral("parties"), QStringLiteral("code"), QStringLiteral("NATO"),
             {{QStringLiteral("name_en"), QStringLiteral("The Alliance")}, {QStringLiteral("updated_at"), earlier}});
        edit(package, QStringLiteral("gaps"), QStringLiteral("code"), QStringLiteral("G1"),
             {{QStringLiteral("status"), QStringLiteral("closed")}});

        const QByteArray before = fixture.snapshot();
        const Result<ImportPlan> plan = PackageMerge::plan(db, bytes(package), QStringLiteral("partner.json"));
        QVERIFY2(plan.ok(), qPrintable(plan.message()));
        QCOMPARE(fixture.snapshot(), before);

        const ImportReport& report = plan->report;
        QCOMPARE(report.count(Outcome::Added), 6);
        QCOMPARE(report.count(Outcome::Added, QStringLiteral("provisions")), 2);
        QCOMPARE(report.count(Outcome::Added, QStringLiteral("commitment_provisions")), 1);
        QCOMPARE(report.count(Outcome::Updated), 2);
        QCOMPARE(report.count(Outcome::Conflict), 2);
        QCOMPARE(report.count(Outcome::Skipped), 0);
        QCOMPARE(report.count(Outcome::Unchanged), totalRows(samplePackage()) - 4);
        QCOMPARE(report.items().size(), totalRows(package));

        const ImportReport::Item* provision = itemFor(report, QStringLiteral("provision NATO-CDP2016:C1"));
        QVERIFY(provision);
        QCOMPARE(provision->outcome, Outcome::Updated);
        QCOMPARE(provision->detail, QStringLiteral("title_en, summary_en"));
        const ImportReport::Item* nato = itemFor(report, QStringLiteral("party NATO"));
        QVERIFY(nato);
        QCOMPARE(nato->outcome, Outcome::Conflict);
        QVERIFY2(nato->detail.startsWith(QStringLiteral("name_en ")), qPrintable(nato->detail));
        const ImportReport::Item* gap = itemFor(report, QStringLiteral("gap G1"));
        QVERIFY(gap);
        QCOMPARE(gap->outcome, Outcome::Conflict);
        QVERIFY2(gap->detail.startsWith(QStringLiteral("title_en, status ")), qPrintable(gap->detail));
        QVERIFY(itemFor(report, QStringLiteral("provision FR-RNS2022:A1")));
        QVERIFY(itemFor(report, QStringLiteral("mapping JP-CRCSA:CH01 → FR-RNS2022:A1")));
        QCOMPARE(itemFor(report, QStringLiteral("exclusion of NATO-SC2022:B for JP"))->outcome, Outcome::Unchanged);
        // The summary, then a line per record that is not unchanged.
        QCOMPARE(report.lines().size(), 1 + 6 + 2 + 2);

        // 6 inserts and 2 updates; the updates start from the rows exactly as stored.
        QCOMPARE(plan->changes.changes().size(), 8);
        RecordStore store(db);
        for (const RowChange& change : plan->changes.changes()) {
            if (change.isInsert())
                continue;
            QCOMPARE(change.before, *store.fetch(change.table, change.before.value(QStringLiteral("id")).toLongLong()));
        }
    }

    void applyGivesTheExpectedRows()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        Database& db = fixture.db();
        RecordStore store(db);
        QJsonObject package = packageWithAdditions();
        addUpdates(package);
        edit(package, QStringLiteral("parties"), QStringLiteral("code"), QStringLiteral("NATO"),
             {{QStringLiteral("name_en"), QStringLiteral("The Alliance")}, {QStringLiteral("updated_at"), earlier}});
        const QString natoName = store.fetch(QStringLiteral("parties"), idOf(db, "parties", "NATO"))
                                     ->value(QStringLiteral("name_en"))
                                     .toString();
        const qint64 nextParty = store.nextId(QStringLiteral("parties"));
        const qint64 nextFramework = store.nextId(QStringLiteral("frameworks"));
        const qint64 nextProvision = store.nextId(QStringLiteral("provisions"));
        const qint64 nextMapping = store.nextId(QStringLiteral("mappings"));

        const Result<ImportPlan> plan = PackageMerge::plan(db, bytes(package), QStringLiteral("partner.json"));
        QVERIFY2(plan.ok(), qPrintable(plan.message()));
        const Status applied = plan->changes.apply(db);
        QVERIFY2(applied.ok(), qPrintable(applied.message()));

        // New records, with new ids and references translated to stored ids.
        const qint64 fr = idOf(db, "parties", "FR");
        QCOMPARE(fr, nextParty);
        const qint64 framework = idOf(db, "frameworks", "FR-RNS2022");
        QCOMPARE(framework, nextFramework);
        QCOMPARE(
            store.fetch(QStringLiteral("frameworks"), framework)->value(QStringLiteral("issuer_party_id")).toLongLong(),
            fr);
        const qint64 a = provisionId(db, "FR-RNS2022", "A");
        const qint64 a1 = provisionId(db, "FR-RNS2022", "A1");
        QCOMPARE(a, nextProvision); // the parent first, though listed after its child
        QCOMPARE(a1, nextProvision + 1);
        QCOMPARE(store.fetch(QStringLiteral("provisions"), a1)->value(QStringLiteral("parent_id")).toLongLong(), a);
        const std::optional<QVariantMap> mapping = store.fetch(QStringLiteral("mappings"), nextMapping);
        QVERIFY(mapping);
        QCOMPARE(mapping->value(QStringLiteral("source_provision_id")).toLongLong(),
                 provisionId(db, "JP-CRCSA", "CH01"));
        QCOMPARE(mapping->value(QStringLiteral("target_provision_id")).toLongLong(), a1);
        QCOMPARE(mapping->value(QStringLiteral("strength")).toLongLong(), 5);
        QVERIFY(store.linked(QStringLiteral("commitment_provisions"), idOf(db, "commitments", "C1")).contains(a1));
        // Updated records take the package's values; the conflict keeps the stored ones.
        QCOMPARE(store.fetch(QStringLiteral("frameworks"), idOf(db, "frameworks", "JP-NSS2022"))
                     ->value(QStringLiteral("title_en"))
                     .toString(),
                 QStringLiteral("National Security Strategy (revised)"));
        const auto c1 = store.fetch(QStringLiteral("provisions"), provisionId(db, "NATO-CDP2016", "C1"));
        QCOMPARE(c1->value(QStringLiteral("title_en")).toString(), QStringLiteral("Networks and infrastructures"));
        QCOMPARE(c1->value(QStringLiteral("summary_en")).toString(), QStringLiteral("Revised summary"));
        QCOMPARE(store.fetch(QStringLiteral("parties"), idOf(db, "parties", "NATO"))
                     ->value(QStringLiteral("name_en"))
                     .toString(),
                 natoName);
        QCOMPARE(store.count(QStringLiteral("frameworks")), 15);
        QCOMPARE(store.count(QStringLiteral("provisions")), 54);
        QCOMPARE(store.count(QStringLiteral("mappings")), 20);
        const Result<QStringList> problems = db.check();
        QVERIFY(problems.ok());
        QCOMPARE(problems.value(), QStringList());
    }

    void secondMergeOfTheSamePackageChangesNothing()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        Database& db = fixture.db();
        QJsonObject package = packageWithAdditions();
        addUpdates(package);
        const Result<ImportPlan> first = PackageMerge::plan(db, bytes(package), QStringLiteral("partner.json"));
        QVERIFY2(first.ok(), qPrintable(first.message()));
        QVERIFY(first->changes.apply(db).ok());

        const Result<ImportPlan> second = PackageMerge::plan(db, bytes(package), QStringLiteral("partner.json"));
        QVERIFY2(second.ok(), qPrintable(second.message()));
        QCOMPARE(second->report.count(Outcome::Unchanged), totalRows(package));
        QCOMPARE(second->report.items().size(), totalRows(package));
        QVERIFY(second->changes.isEmpty());
    }

    void sampleIntoItselfIsUnchanged()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        const Result<ImportPlan> plan =
            PackageMerge::plan(fixture.db(), bytes(shiftedIds(samplePackage(), 500)), QStringLiteral("sample.json"));
        QVERIFY2(plan.ok(), qPrintable(plan.message()));
        QCOMPARE(plan->report.count(Outcome::Unchanged), totalRows(samplePackage()));
        QVERIFY(plan->changes.isEmpty());
    }

    void whatWouldBreakAConstraintIsAConflict()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        Database& db = fixture.db();
        QJsonObject package = shiftedIds(samplePackage(), 1000);
        // The same two provisions mapped twice in the package.
        QJsonObject copy = package.value(QStringLiteral("tables"))
                               .toObject()
                               .value(QStringLiteral("mappings"))
                               .toArray()
                               .at(0)
                               .toObject();
        copy.insert(QStringLiteral("id"), 5000);
        copy.insert(QStringLiteral("notes"), QStringLiteral("a second opinion"));
        append(package, QStringLiteral("mappings"), copy);
        // NATO under its own centre (newer), while the centre stays under NATO here (the package's
        // change of it is older): together a loop of parents.
        const QJsonValue ccdcoe = rowValue(package, QStringLiteral("parties"), QStringLiteral("code"),
                                           QStringLiteral("NATO-CCDCOE"), QStringLiteral("id"));
        edit(package, QStringLiteral("parties"), QStringLiteral("code"), QStringLiteral("NATO"),
             {{QStringLiteral("parent_id"), ccdcoe}, {QStringLiteral("updated_at"), later}});
        edit(package, QStringLiteral("parties"), QStringLiteral("code"), QStringLiteral("NATO-CCDCOE"),
             {{QStringLiteral("parent_id"), QJsonValue::Null}, {QStringLiteral("updated_at"), earlier}});

        const Result<ImportPlan> plan = PackageMerge::plan(db, bytes(package), QStringLiteral("loops.json"));
        QVERIFY2(plan.ok(), qPrintable(plan.message()));
        QCOMPARE(plan->report.count(Outcome::Conflict, QStringLiteral("mappings")), 1);
        QCOMPARE(plan->report.count(Outcome::Conflict, QStringLiteral("parties")), 2);
        QCOMPARE(plan->report.count(Outcome::Updated), 0);
        QCOMPARE(plan->report.count(Outcome::Added), 0);
        QVERIFY(plan->changes.isEmpty());
        QVERIFY(itemFor(plan->report, QStringLiteral("party NATO"))->detail.contains(QStringLiteral("ancestor")));
        const Status applied = plan->changes.apply(db);
        QVERIFY2(applied.ok(), qPrintable(applied.message()));
        QVERIFY(RecordStore(db)
                    .fetch(QStringLiteral("parties"), idOf(db, "parties", "NATO"))
                    ->value(QStringLiteral("parent_id"))
                    .isNull());
        QCOMPARE(db.check().value(), QStringList());

        // The same parent change alone is an update, and applies.
        QJsonObject alone = shiftedIds(samplePackage(), 1000);
        edit(alone, QStringLiteral("parties"), QStringLiteral("code"), QStringLiteral("NATO-CCDCOE"),
             {{QStringLiteral("parent_id"), QJsonValue::Null}, {QStringLiteral("updated_at"), later}});
        edit(alone, QStringLiteral("parties"), QStringLiteral("code"), QStringLiteral("NATO"),
             {{QStringLiteral("parent_id"), ccdcoe}, {QStringLiteral("updated_at"), later}});
        const Result<ImportPlan> updating = PackageMerge::plan(db, bytes(alone), QStringLiteral("tree.json"));
        QVERIFY2(updating.ok(), qPrintable(updating.message()));
        QCOMPARE(updating->report.count(Outcome::Updated, QStringLiteral("parties")), 2);
        QVERIFY(updating->changes.apply(db).ok());
        QCOMPARE(RecordStore(db)
                     .fetch(QStringLiteral("parties"), idOf(db, "parties", "NATO"))
                     ->value(QStringLiteral("parent_id"))
                     .toLongLong(),
                 idOf(db, "parties", "NATO-CCDCOE"));
        QCOMPARE(db.check().value(), QStringList());
    }

    void selectionMergesIntoADatabaseWithOtherRecords()
    {
        TestDatabase source(TestDatabase::Content::Sample);
        PackageSelection selection;
        selection.frameworkIds = {idOf(source.db(), "frameworks", "JP-CRCSA"),
                                  idOf(source.db(), "frameworks", "NATO-CDP2016")};
        const Result<QByteArray> json = DatasetPackage::exportSelection(source.db(), selection);
        QVERIFY2(json.ok(), qPrintable(json.message()));

        // Another dataset: France with a framework of its own, and NATO under another name.
        TestDatabase target(TestDatabase::Content::ReferenceData);
        Database& db = target.db();
        RecordStore store(db);
        {
            Transaction transaction(db);
            const Result<qint64> fr =
                store.insert(QStringLiteral("parties"), {{QStringLiteral("code"), QStringLiteral("FR")},
                                                         {QStringLiteral("name_en"), QStringLiteral("France")},
                                                         {QStringLiteral("kind"), QStringLiteral("state")}});
            QVERIFY(fr.ok());
            QVERIFY(store
                        .insert(QStringLiteral("parties"), {{QStringLiteral("code"), QStringLiteral("NATO")},
                                                            {QStringLiteral("name_en"), QStringLiteral("OTAN")},
                                                            {QStringLiteral("kind"), QStringLiteral("alliance")}})
                        .ok());
            const Result<qint64> framework =
                store.insert(QStringLiteral("frameworks"),
                             {{QStringLiteral("code"), QStringLiteral("FR-RNS2022")},
                              {QStringLiteral("title_en"), QStringLiteral("National Strategic Review")},
                              {QStringLiteral("kind"), QStringLiteral("strategy")},
                              {QStringLiteral("status"), QStringLiteral("adopted")},
                              {QStringLiteral("issuer_party_id"), *fr}});
            QVERIFY(framework.ok());
            for (const char* code : {"A", "B", "C"})
                QVERIFY(store
                            .insert(QStringLiteral("provisions"), {{QStringLiteral("framework_id"), *framework},
                                                                   {QStringLiteral("code"), QLatin1String(code)},
                                                                   {QStringLiteral("title_en"), QLatin1String(code)}})
                            .ok());
            QVERIFY(transaction.commit().ok());
        }
        const QByteArray before = target.snapshot();
        const Result<ImportPlan> plan = PackageMerge::plan(db, *json, QStringLiteral("selection.json"));
        QVERIFY2(plan.ok(), qPrintable(plan.message()));
        QCOMPARE(target.snapshot(), before);
        const ImportReport& report = plan->report;
        QCOMPARE(report.count(Outcome::Added, QStringLiteral("parties")), 1);    // JP
        QCOMPARE(report.count(Outcome::Conflict, QStringLiteral("parties")), 1); // NATO, renamed here since
        QCOMPARE(report.count(Outcome::Added, QStringLiteral("frameworks")), 2);
        QCOMPARE(report.count(Outcome::Added, QStringLiteral("provisions")), 19);
        QCOMPARE(report.count(Outcome::Added, QStringLiteral("mappings")), 8);
        QCOMPARE(report.count(Outcome::Unchanged, QStringLiteral("themes")), 11);
        QCOMPARE(report.count(Outcome::Added), 1 + 2 + 19 + 8);
        QCOMPARE(report.count(Outcome::Updated), 0);
        QVERIFY2(itemFor(report, QStringLiteral("party NATO"))->detail.startsWith(QStringLiteral("name_en, source, ")),
                 qPrintable(itemFor(report, QStringLiteral("party NATO"))->detail));

        const Status applied = plan->changes.apply(db);
        QVERIFY2(applied.ok(), qPrintable(applied.message()));
        const QSet<QString> frameworks{QStringLiteral("JP-CRCSA"), QStringLiteral("NATO-CDP2016")};
        QCOMPARE(mappingsByCode(db), mappingsByCode(source.db(), frameworks));
        QCOMPARE(store.fetch(QStringLiteral("parties"), idOf(db, "parties", "NATO"))
                     ->value(QStringLiteral("name_en"))
                     .toString(),
                 QStringLiteral("OTAN"));
        QCOMPARE(store.fetch(QStringLiteral("frameworks"), idOf(db, "frameworks", "NATO-CDP2016"))
                     ->value(QStringLiteral("issuer_party_id"))
                     .toLongLong(),
                 idOf(db, "parties", "NATO"));
        QCOMPARE(store.fetch(QStringLiteral("frameworks"), idOf(db, "frameworks", "JP-CRCSA"))
                     ->value(QStringLiteral("issuer_party_id"))
                     .toLongLong(),
                 idOf(db, "parties", "JP"));
        QCOMPARE(store.count(QStringLiteral("provisions")), 3 + 19);
        QCOMPARE(db.check().value(), QStringList());
    }

    void badPackagesAreRefusedWithThePath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("invalid JSON") << QByteArray("{\n \"format\": \"crosswalk-dataset\",\n oops }")
                                      << QStringLiteral("not valid JSON at line 3");
        QTest::newRow("wrong format") << QByteArray("{\"format\": \"oscal\", \"tables\": {}}")
                                      << QStringLiteral("$.format");
        QJsonObject package = samplePackage();
        QJsonObject tables = package.value(QStringLiteral("tables")).toObject();
        QJsonArray provisions = tables.value(QStringLiteral("provisions")).toArray();
        QJsonObject provision = provisions.at(3).toObject();
        provision.insert(QStringLiteral("framework_id"), 999);
        provisions.replace(3, provision);
        tables.insert(QStringLiteral("provisions"), provisions);
        package.insert(QStringLiteral("tables"), tables);
        QTest::newRow("dangling reference")
            << bytes(package) << QStringLiteral("$.tables.provisions[3].framework_id: refers to frameworks id 999");
        package = samplePackage();
        edit(package, QStringLiteral("mappings"), QStringLiteral("id"), 1,
             {{QStringLiteral("relationship"), QStringLiteral("equal")}, {QStringLiteral("strength"), 5}});
        QTest::newRow("equal with strength 5") << bytes(package) << QStringLiteral("$.tables.mappings[0]: ");
        package = samplePackage();
        edit(package, QStringLiteral("provisions"), QStringLiteral("id"), 19, {{QStringLiteral("parent_id"), 20}});
        QTest::newRow("loop of parents") << bytes(package)
                                         << QStringLiteral(".parent_id: the parents of this row lead back to it");
        package = samplePackage();
        edit(package, QStringLiteral("provisions"), QStringLiteral("id"), 2, {{QStringLiteral("parent_id"), 20}});
        QTest::newRow("parent in another framework")
            << bytes(package) << QStringLiteral("$.tables.provisions[1].parent_id");
    }

    void badPackagesAreRefusedWithThePath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        TestDatabase fixture(TestDatabase::Content::Sample);
        const QByteArray before = fixture.snapshot();
        const Result<ImportPlan> plan = PackageMerge::plan(fixture.db(), json, QStringLiteral("bad.json"));
        QVERIFY(!plan.ok());
        QVERIFY2(plan.message().startsWith(QStringLiteral("bad.json: ")), qPrintable(plan.message()));
        QVERIFY2(plan.message().contains(expected), qPrintable(plan.message()));
        QCOMPARE(fixture.snapshot(), before);
    }

    void largeFilesAreRefusedBeforeReading()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        const QString path = fixture.dir() + QStringLiteral("/huge.json");
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(DatasetPackage::MaxImportBytes + 1)); // sparse: nothing to read in it
        }
        const QByteArray before = fixture.snapshot();
        const Result<ImportPlan> plan = PackageMerge::planFile(fixture.db(), path);
        QVERIFY(!plan.ok());
        QVERIFY2(plan.message().contains(QStringLiteral("64 MB")), qPrintable(plan.message()));
        QVERIFY(plan.message().startsWith(path));
        TestDatabase empty(TestDatabase::Content::ReferenceData);
        const Status imported = DatasetPackage::importFile(empty.db(), path);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.message().contains(QStringLiteral("64 MB")), qPrintable(imported.message()));
        QCOMPARE(fixture.snapshot(), before);

        const QString missing = fixture.dir() + QStringLiteral("/missing.json");
        QVERIFY(PackageMerge::planFile(fixture.db(), missing).message().contains(missing));
    }

    void planFileReadsThePackage()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        const QString path = fixture.dir() + QStringLiteral("/additions.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes(packageWithAdditions()));
        file.close();
        const Result<ImportPlan> plan = PackageMerge::planFile(fixture.db(), path);
        QVERIFY2(plan.ok(), qPrintable(plan.message()));
        QCOMPARE(plan->sourceName, path);
        QCOMPARE(plan->report.count(Outcome::Added), 6);
        QVERIFY(plan->changes.text().contains(QStringLiteral("additions.json")));
    }

    void cancelPlansNothing_data()
    {
        QTest::addColumn<int>("stopAt"); // -1: at the end
        QTest::newRow("at the start") << 0;
        QTest::newRow("at the end") << -1;
    }

    void cancelPlansNothing()
    {
        QFETCH(int, stopAt);
        TestDatabase fixture(TestDatabase::Content::Sample);
        const QByteArray before = fixture.snapshot();
        QList<QPair<qint64, qint64>> calls;
        const Result<ImportPlan> plan =
            PackageMerge::plan(fixture.db(), bytes(packageWithAdditions()), QStringLiteral("partner.json"),
                               [&](qint64 done, qint64 total) {
                                   calls.append({done, total});
                                   return stopAt < 0 ? done < total : done > stopAt;
                               });
        QVERIFY(!plan.ok());
        QCOMPARE(plan.message(), ChangeSet::cancelledMessage());
        QVERIFY(!calls.isEmpty());
        QCOMPARE(calls.constFirst().first, qint64(0));
        QCOMPARE(calls.constFirst().second, qint64(totalRows(packageWithAdditions())));
        if (stopAt < 0)
            QCOMPARE(calls.constLast().first, calls.constLast().second);
        QCOMPARE(fixture.snapshot(), before);
    }
};

QTEST_GUILESS_MAIN(TestPackageMerge)
#include "tst_packagemerge.moc"
