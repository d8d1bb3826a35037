#include "models/exchange/DatasetPackage.h"
#include "models/exchange/DatabaseBootstrap.h"
#include "models/storage/AuditLog.h"
#include "models/storage/RecordStore.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace crosswalk;
using test::TestDatabase;

class TestDatasetPackage : public QObject
{
    Q_OBJECT

private:
    static QByteArray sampleJson()
    {
        QFile file(DatasetPackage::sampleResource());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QJsonObject sampleObject() { return QJsonDocument::fromJson(sampleJson()).object(); }

    /// Replaces one value in the sample package: tables.<table>[row].<field> = value.
    static QByteArray sampleWith(const QString& table, int row, const QString& field, const QJsonValue& value)
    {
        QJsonObject root = sampleObject();
        QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
        QJsonArray rows = tables.value(table).toArray();
        QJsonObject object = rows.at(row).toObject();
        if (value.isUndefined())
            object.remove(field);
        else
            object.insert(field, value);
        rows.replace(row, object);
        tables.insert(table, rows);
        root.insert(QStringLiteral("tables"), tables);
        return QJsonDocument(root).toJson();
    }

private Q_SLOTS:
    void sampleLoadsWithTheCountsOfItsFile()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        const QJsonObject tables = sampleObject().value(QStringLiteral("tables")).toObject();
        QVERIFY(tables.size() > 10);
        RecordStore store(fixture.db());
        for (auto it = tables.begin(); it != tables.end(); ++it)
            QCOMPARE(store.count(it.key()), it.value().toArray().size());
        // The facts the first case is about are there, with their sources and labels.
        QCOMPARE(store.count(QStringLiteral("frameworks")), 14);
        QCOMPARE(store.count(QStringLiteral("commitments")), 6);
        const auto crcsa = store.idForCode(QStringLiteral("frameworks"), QStringLiteral("JP-CRCSA"));
        QVERIFY(crcsa.has_value());
        const auto framework = store.fetch(QStringLiteral("frameworks"), *crcsa);
        QCOMPARE(framework->value(QStringLiteral("verification")).toString(), QStringLiteral("official"));
        QVERIFY(framework->value(QStringLiteral("source")).toString().startsWith(QStringLiteral("https://")));
        const auto chapters = store.fetchAll(QStringLiteral("provisions"), QStringLiteral("framework_id"), *crcsa);
        QCOMPARE(chapters.size(), 12);
        const auto cd2 = store.fetch(QStringLiteral("dialogues"),
                                     *store.idForCode(QStringLiteral("dialogues"), QStringLiteral("JP-NATO-CD2")));
        QCOMPARE(cd2->value(QStringLiteral("verification")).toString(), QStringLiteral("unverified"));
        QVERIFY(cd2->value(QStringLiteral("dialogue_date")).isNull());
    }

    void everySourcedRowCarriesASourceAndALabel()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        RecordStore store(fixture.db());
        for (const TableSpec& spec : TableCatalog::tables()) {
            if (!spec.hasColumn(QStringLiteral("verification")))
                continue;
            for (const QVariantMap& row : store.fetchAll(spec.name)) {
                const QString where = spec.name + QLatin1Char(' ') + row.value(QStringLiteral("id")).toString();
                QVERIFY2(!row.value(QStringLiteral("source")).toString().trimmed().isEmpty(), qPrintable(where));
            }
        }
    }

    void importRecordsEveryRowInTheAuditLog()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        AuditLog audit(fixture.db());
        QVERIFY(audit.count() > 100);
        QCOMPARE(audit.verify(), QList<qint64>());
    }

    void exportImportExportIsIdentical()
    {
        TestDatabase first(TestDatabase::Content::Sample);
        const QByteArray exported = DatasetPackage::exportJson(first.db());
        TestDatabase second(TestDatabase::Content::ReferenceData);
        const Status imported = DatasetPackage::importJson(second.db(), exported, QStringLiteral("first.json"));
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
        const QByteArray again = DatasetPackage::exportJson(second.db());
        QCOMPARE(again, exported);
        // and the export holds the same rows as the shipped file
        QCOMPARE(DatasetPackage::rowCounts(exported), DatasetPackage::rowCounts(sampleJson()));
    }

    void exportToFileWritesThePackage()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        const QString path = fixture.dir() + QStringLiteral("/out.json");
        QVERIFY(DatasetPackage::exportToFile(fixture.db(), path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), DatasetPackage::exportJson(fixture.db()));
    }

    void badPackagesAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");

        QTest::newRow("not json") << QByteArray("{ \"format\": \"crosswalk-dataset\",\n  oops }")
                                  << QStringLiteral("not valid JSON at line 2");
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("$: the package must be a JSON object");
        QTest::newRow("other format") << QByteArray("{\"format\": \"spreadsheet\"}") << QStringLiteral("$.format");
        QJsonObject root = sampleObject();
        root.insert(QStringLiteral("format_version"), 2);
        QTest::newRow("wrong version") << QJsonDocument(root).toJson()
                                       << QStringLiteral("$.format_version: version 2 is not supported");
        QTest::newRow("missing required field")
            << sampleWith(QStringLiteral("frameworks"), 0, QStringLiteral("title_en"), QJsonValue::Undefined)
            << QStringLiteral("$.tables.frameworks[0].title_en: required field is missing");
        QTest::newRow("unknown id")
            << sampleWith(QStringLiteral("provisions"), 3, QStringLiteral("framework_id"), 999)
            << QStringLiteral("$.tables.provisions[3].framework_id: refers to frameworks id 999");
        QTest::newRow("unknown enumeration value")
            << sampleWith(QStringLiteral("gaps"), 1, QStringLiteral("severity"), QStringLiteral("dire"))
            << QStringLiteral("$.tables.gaps[1].severity: \"dire\" is not one of: low, medium, high, critical");
        QTest::newRow("strength out of range")
            << sampleWith(QStringLiteral("mappings"), 0, QStringLiteral("strength"), 11)
            << QStringLiteral("$.tables.mappings[0].strength: 11 is outside the range 0 to 10");
        QTest::newRow("constraint: equal must be 10")
            << sampleWith(QStringLiteral("mappings"), 0, QStringLiteral("relationship"), QStringLiteral("equal"))
            << QStringLiteral("$.tables.mappings[0]: ");
        QTest::newRow("bad date")
            << sampleWith(QStringLiteral("commitment_updates"), 0, QStringLiteral("update_date"),
                          QStringLiteral("21/11/2023"))
            << QStringLiteral("$.tables.commitment_updates[0].update_date: \"21/11/2023\" is not an ISO 8601 date");
        QTest::newRow("unknown field")
            << sampleWith(QStringLiteral("parties"), 0, QStringLiteral("colour"), QStringLiteral("red"))
            << QStringLiteral("$.tables.parties[0].colour: unknown field");
        QTest::newRow("duplicate code")
            << sampleWith(QStringLiteral("commitments"), 1, QStringLiteral("code"), QStringLiteral("C1"))
            << QStringLiteral("$.tables.commitments[1]: duplicates code C1");
    }

    void badPackagesAreRefusedAndChangeNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        TestDatabase fixture(TestDatabase::Content::ReferenceData);
        const QByteArray before = fixture.snapshot();
        const Status imported = DatasetPackage::importJson(fixture.db(), json, QStringLiteral("bad.json"));
        QVERIFY(!imported.ok());
        QVERIFY2(imported.message().startsWith(QStringLiteral("bad.json: ")), qPrintable(imported.message()));
        QVERIFY2(imported.message().contains(expected), qPrintable(imported.message()));
        QCOMPARE(fixture.snapshot(), before);
    }

    void importIntoADatabaseWithRecordsIsRefused()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        const QByteArray before = fixture.snapshot();
        const Status imported = DatasetPackage::importJson(fixture.db(), sampleJson(), QStringLiteral("again.json"));
        QVERIFY(!imported.ok());
        QVERIFY2(imported.message().contains(QStringLiteral("new database")), qPrintable(imported.message()));
        QCOMPARE(fixture.snapshot(), before);
    }

    void referenceDataHoldsOnlyThemes()
    {
        TestDatabase fixture(TestDatabase::Content::ReferenceData);
        RecordStore store(fixture.db());
        QCOMPARE(store.count(QStringLiteral("themes")), 11);
        QVERIFY(fixture.db().holdsOnlyReferenceData());
    }

    void createNewRefusesAnExistingFileAndLeavesNothingOnFailure()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        Database other;
        const Status created = DatabaseBootstrap::createNew(other, fixture.path(), DatasetPackage::Seed::Sample);
        QVERIFY(!created.ok());
        QVERIFY(created.message().contains(fixture.path()));
        QVERIFY(QFile::exists(fixture.path()));

        Database missing;
        const Status opened = DatabaseBootstrap::openExisting(missing, fixture.dir() + QStringLiteral("/none.db"));
        QVERIFY(!opened.ok());
        QVERIFY(!QFile::exists(fixture.dir() + QStringLiteral("/none.db")));
    }

    void openDefaultCreatesTheSampleDatabaseOnce()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Crosswalk"));
        QCoreApplication::setApplicationName(QStringLiteral("crosswalk-test-default"));
        const QString path = DatabaseBootstrap::defaultPath();
        QFile::remove(path);
        {
            Database db;
            QVERIFY(DatabaseBootstrap::openDefault(db).ok());
            QCOMPARE(db.path(), path);
            RecordStore store(db);
            QCOMPARE(store.count(QStringLiteral("frameworks")), 14);
            // a user's change survives the next start
            Transaction t(db);
            QVERIFY(store.remove(QStringLiteral("applicability"), 1).ok());
            QVERIFY(t.commit().ok());
        }
        {
            Database db;
            QVERIFY(DatabaseBootstrap::openDefault(db).ok());
            QCOMPARE(RecordStore(db).count(QStringLiteral("applicability")), 0);
        }
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
};

QTEST_GUILESS_MAIN(TestDatasetPackage)
#include "tst_datasetpackage.moc"
