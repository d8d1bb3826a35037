// DatasetPackage::exportSelection: the chosen frameworks and what they need, records at or below a
// marking, both together; records needing left-out records are left out, optional references cleared.

#include "models/exchange/DatasetPackage.h"
#include "models/storage/RecordStore.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace crosswalk;
using test::TestDatabase;

class TestPackageSelection : public QObject
{
    Q_OBJECT

private:
    static qint64 idOf(Database& db, const char* table, const char* code)
    {
        return RecordStore(db).idForCode(QLatin1String(table), QLatin1String(code)).value_or(0);
    }

    static qint64 provisionId(Database& db, const char* framework, const char* code)
    {
        return RecordStore(db)
            .idForCode(QStringLiteral("provisions"), QLatin1String(code), idOf(db, "frameworks", framework))
            .value_or(0);
    }

    /// Sets columns of a stored row (in a transaction of its own).
    static void set(Database& db, const QString& table, qint64 id, const QVariantMap& values)
    {
        Transaction transaction(db);
        QVERIFY(RecordStore(db).update(table, id, values).ok());
        QVERIFY(transaction.commit().ok());
    }

    static QJsonObject exported(Database& db, const PackageSelection& selection)
    {
        const Result<QByteArray> json = DatasetPackage::exportSelection(db, selection);
        if (!json) {
            qWarning("%s", qPrintable(json.message()));
            return {};
        }
        return QJsonDocument::fromJson(*json).object();
    }

    static QJsonArray rowsOf(const QJsonObject& package, const char* table)
    {
        return package.value(QStringLiteral("tables")).toObject().value(QLatin1String(table)).toArray();
    }

    /// The ids of a table's rows in a package.
    static QSet<qint64> idsOf(const QJsonObject& package, const char* table)
    {
        QSet<qint64> ids;
        for (const QJsonValue& row : rowsOf(package, table))
            ids.insert(row.toObject().value(QStringLiteral("id")).toInteger());
        return ids;
    }

    /// The ids of the stored rows whose column holds one of the values.
    static QSet<qint64> storedIds(Database& db, const QString& table,
                                  const std::function<bool(const QVariantMap&)>& test)
    {
        QSet<qint64> ids;
        for (const QVariantMap& row : RecordStore(db).fetchAll(table)) {
            if (test(row))
                ids.insert(row.value(QStringLiteral("id")).toLongLong());
        }
        return ids;
    }

    static QJsonObject rowWithId(const QJsonObject& package, const char* table, qint64 id)
    {
        for (const QJsonValue& row : rowsOf(package, table)) {
            if (row.toObject().value(QStringLiteral("id")).toInteger() == id)
                return row.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void frameworksOnlyHoldWhatTheyNeed()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        Database& db = fixture.db();
        const qint64 crcsa = idOf(db, "frameworks", "JP-CRCSA");
        const qint64 cdp = idOf(db, "frameworks", "NATO-CDP2016");
        PackageSelection selection;
        selection.frameworkIds = {crcsa, cdp};
        const QJsonObject package = exported(db, selection);
        QVERIFY(!package.isEmpty());

        QVERIFY2(package.value(QStringLiteral("title")).toString().contains(QStringLiteral("selection")),
                 qPrintable(package.value(QStringLiteral("title")).toString()));
        QVERIFY(package.value(QStringLiteral("title")).toString().contains(QStringLiteral("NATO-CDP2016")));
        QCOMPARE(package.value(QStringLiteral("marking")).toString(), QStringLiteral("TLP:CLEAR"));
        QCOMPARE(idsOf(package, "frameworks"), (QSet<qint64>{crcsa, cdp}));
        const QSet<qint64> provisions = storedIds(db, QStringLiteral("provisions"), [&](const QVariantMap& row) {
            const qint64 framework = row.value(QStringLiteral("framework_id")).toLongLong();
            return framework == crcsa || framework == cdp;
        });
        QCOMPARE(provisions.size(), 12 + 7);
        QCOMPARE(idsOf(package, "provisions"), provisions);
        const QSet<qint64> mappings = storedIds(db, QStringLiteral("mappings"), [&](const QVariantMap& row) {
            return provisions.contains(row.value(QStringLiteral("source_provision_id")).toLongLong()) &&
                   provisions.contains(row.value(QStringLiteral("target_provision_id")).toLongLong());
        });
        QCOMPARE(mappings.size(), 8); // CH02 -> C4 and CH10 -> C1..C7
        QCOMPARE(idsOf(package, "mappings"), mappings);
        // The issuers only: no agencies, no other states.
        QCOMPARE(idsOf(package, "parties"), (QSet<qint64>{idOf(db, "parties", "JP"), idOf(db, "parties", "NATO")}));
        QCOMPARE(rowsOf(package, "themes").size(), 11);
        for (const char* table : {"applicability", "dialogues", "dialogue_parties", "commitments", "commitment_updates",
                                  "programmes", "gaps", "commitment_provisions", "gap_themes"})
            QVERIFY2(rowsOf(package, table).isEmpty(), table);
    }

    void applicabilityBringsItsPartyAndTheParentParty()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        Database& db = fixture.db();
        // The not-applicable mark of NATO-SC2022 B, given to an agency of Japan.
        set(db, QStringLiteral("applicability"), 1, {{QStringLiteral("party_id"), idOf(db, "parties", "JP-NCO")}});
        PackageSelection selection;
        selection.frameworkIds = {idOf(db, "frameworks", "NATO-SC2022")};
        const QJsonObject package = exported(db, selection);
        QCOMPARE(idsOf(package, "applicability"), QSet<qint64>{1});
        QCOMPARE(idsOf(package, "parties"),
                 (QSet<qint64>{idOf(db, "parties", "NATO"), idOf(db, "parties", "JP-NCO"), idOf(db, "parties", "JP")}));
        // Mappings from JP-CRCSA-REL to NATO-SC2022 have one end outside the selection.
        QVERIFY(rowsOf(package, "mappings").isEmpty());
        QCOMPARE(rowsOf(package, "provisions").size(), 3);
    }

    void markingOnlyLeavesOutWhatIsMarkedHigher()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        Database& db = fixture.db();
        const qint64 cd2 = idOf(db, "dialogues", "JP-NATO-CD2"); // GREEN in the sample
        const qint64 mofa = idOf(db, "parties", "JP-MOFA");
        set(db, QStringLiteral("parties"), mofa, {{QStringLiteral("marking"), QStringLiteral("RED")}});
        const qint64 c5 = idOf(db, "commitments", "C5");
        set(db, QStringLiteral("commitments"), c5, {{QStringLiteral("marking"), QStringLiteral("AMBER+STRICT")}});

        PackageSelection clear;
        clear.maxMarking = Tlp::Clear;
        const QJsonObject clearPackage = exported(db, clear);
        QVERIFY(!idsOf(clearPackage, "dialogues").contains(cd2));
        QCOMPARE(rowsOf(clearPackage, "dialogues").size(), 6);
        QVERIFY(!idsOf(clearPackage, "parties").contains(mofa));
        QVERIFY(!idsOf(clearPackage, "commitments").contains(c5));
        QCOMPARE(clearPackage.value(QStringLiteral("marking")).toString(), QStringLiteral("TLP:CLEAR"));
        QVERIFY(clearPackage.value(QStringLiteral("title")).toString().contains(QStringLiteral("selection")));
        QVERIFY(clearPackage.value(QStringLiteral("title")).toString().contains(QStringLiteral("TLP:CLEAR")));
        // Every record other than these three is there.
        QCOMPARE(rowsOf(clearPackage, "frameworks").size(), 14);
        QCOMPARE(rowsOf(clearPackage, "provisions").size(), 52);
        QCOMPARE(rowsOf(clearPackage, "mappings").size(), 19);
        QCOMPARE(rowsOf(clearPackage, "commitments").size(), 5);

        PackageSelection amber;
        amber.maxMarking = Tlp::Amber;
        const QJsonObject amberPackage = exported(db, amber);
        QVERIFY(idsOf(amberPackage, "dialogues").contains(cd2));
        QVERIFY(!idsOf(amberPackage, "commitments").contains(c5));
        QVERIFY(!idsOf(amberPackage, "parties").contains(mofa));
        QCOMPARE(amberPackage.value(QStringLiteral("marking")).toString(), QStringLiteral("TLP:GREEN"));

        PackageSelection red;
        red.maxMarking = Tlp::Red;
        const QJsonObject redPackage = exported(db, red);
        QCOMPARE(redPackage.value(QStringLiteral("marking")).toString(), QStringLiteral("TLP:RED"));
        QCOMPARE(DatasetPackage::rowCounts(QJsonDocument(redPackage).toJson()),
                 DatasetPackage::rowCounts(DatasetPackage::exportJson(db)));
    }

    void recordsNeedingALeftOutRecordAreLeftOut()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        Database& db = fixture.db();
        const qint64 cdp = idOf(db, "frameworks", "NATO-CDP2016");
        set(db, QStringLiteral("frameworks"), cdp, {{QStringLiteral("marking"), QStringLiteral("AMBER")}});
        const qint64 c4 = idOf(db, "commitments", "C4");
        set(db, QStringLiteral("commitments"), c4, {{QStringLiteral("marking"), QStringLiteral("RED")}});
        PackageSelection selection;
        selection.maxMarking = Tlp::Green;
        const QJsonObject package = exported(db, selection);

        // The framework's provisions (framework_id is required), the mappings on them.
        const QSet<qint64> cdpProvisions = storedIds(db, QStringLiteral("provisions"), [&](const QVariantMap& row) {
            return row.value(QStringLiteral("framework_id")).toLongLong() == cdp;
        });
        QCOMPARE(cdpProvisions.size(), 7);
        QVERIFY(!idsOf(package, "frameworks").contains(cdp));
        QVERIFY(!idsOf(package, "provisions").intersects(cdpProvisions));
        QCOMPARE(rowsOf(package, "provisions").size(), 52 - 7);
        for (const QJsonValue& value : rowsOf(package, "mappings")) {
            const QJsonObject mapping = value.toObject();
            QVERIFY(!cdpProvisions.contains(mapping.value(QStringLiteral("source_provision_id")).toInteger()));
            QVERIFY(!cdpProvisions.contains(mapping.value(QStringLiteral("target_provision_id")).toInteger()));
        }
        QCOMPARE(rowsOf(package, "mappings").size(), 19 - 12);
        // The commitment's updates (commitment_id is required) and its links.
        QVERIFY(!idsOf(package, "commitments").contains(c4));
        for (const QJsonValue& value : rowsOf(package, "commitment_updates"))
            QVERIFY(value.toObject().value(QStringLiteral("commitment_id")).toInteger() != c4);
        for (const char* table :
             {"commitment_themes", "commitment_provisions", "commitment_gaps", "commitment_programmes"}) {
            for (const QJsonValue& value : rowsOf(package, table))
                QVERIFY2(value.toObject().value(QStringLiteral("commitment_id")).toInteger() != c4, table);
        }
        QVERIFY(rowsOf(package, "commitment_updates").size() <
                RecordStore(db).count(QStringLiteral("commitment_updates")));
    }

    void optionalReferencesToLeftOutRecordsAreCleared()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        Database& db = fixture.db();
        const qint64 cdp = idOf(db, "frameworks", "NATO-CDP2016");
        set(db, QStringLiteral("frameworks"), cdp, {{QStringLiteral("marking"), QStringLiteral("RED")}});
        const qint64 pillar = provisionId(db, "JP-CSS2025", "P1");
        set(db, QStringLiteral("provisions"), pillar, {{QStringLiteral("marking"), QStringLiteral("RED")}});
        const qint64 jp = idOf(db, "parties", "JP");
        set(db, QStringLiteral("parties"), jp, {{QStringLiteral("marking"), QStringLiteral("AMBER+STRICT")}});
        PackageSelection selection;
        selection.maxMarking = Tlp::Amber;
        const QJsonObject package = exported(db, selection);

        // Gaps G1 and G2 are on NATO-CDP2016 provisions: kept, without their provision.
        for (const char* code : {"G1", "G2"}) {
            const QJsonObject gap = rowWithId(package, "gaps", idOf(db, "gaps", code));
            QVERIFY2(!gap.isEmpty(), code);
            QVERIFY2(gap.value(QStringLiteral("provision_id")).isNull(), code);
        }
        QCOMPARE(rowWithId(package, "gaps", idOf(db, "gaps", "G5")).value(QStringLiteral("provision_id")).toInteger(),
                 provisionId(db, "JP-CSS2025", "P2-3"));
        // The children of the pillar left out: kept, at the top of their framework.
        QVERIFY(!idsOf(package, "provisions").contains(pillar));
        for (const char* code : {"P1-1", "P1-2", "P1-3"}) {
            const QJsonObject child = rowWithId(package, "provisions", provisionId(db, "JP-CSS2025", code));
            QVERIFY2(!child.isEmpty(), code);
            QVERIFY2(child.value(QStringLiteral("parent_id")).isNull(), code);
        }
        QCOMPARE(rowWithId(package, "provisions", provisionId(db, "JP-CSS2025", "P2-1"))
                     .value(QStringLiteral("parent_id"))
                     .toInteger(),
                 provisionId(db, "JP-CSS2025", "P2"));
        // Japan left out: its agencies lose their parent, its frameworks their issuer, the commitments
        // their lead; the not-applicable mark for Japan (party_id is required) goes.
        QVERIFY(!idsOf(package, "parties").contains(jp));
        QVERIFY(
            rowWithId(package, "parties", idOf(db, "parties", "JP-NCO")).value(QStringLiteral("parent_id")).isNull());
        QVERIFY(rowWithId(package, "frameworks", idOf(db, "frameworks", "JP-CRCSA"))
                    .value(QStringLiteral("issuer_party_id"))
                    .isNull());
        QVERIFY(rowWithId(package, "commitments", idOf(db, "commitments", "C1"))
                    .value(QStringLiteral("lead_party_id"))
                    .isNull());
        QVERIFY(rowsOf(package, "applicability").isEmpty());
        QCOMPARE(package.value(QStringLiteral("marking")).toString(), QStringLiteral("TLP:GREEN"));
    }

    void frameworksAndMarkingTogetherGiveTheIntersection()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        Database& db = fixture.db();
        const qint64 cdp = idOf(db, "frameworks", "NATO-CDP2016");
        const qint64 crcsa = idOf(db, "frameworks", "JP-CRCSA");
        const qint64 c3 = provisionId(db, "NATO-CDP2016", "C3");
        set(db, QStringLiteral("provisions"), c3, {{QStringLiteral("marking"), QStringLiteral("AMBER")}});
        const qint64 ch10c1 = [&] {
            for (const QVariantMap& m : RecordStore(db).fetchAll(QStringLiteral("mappings"))) {
                if (m.value(QStringLiteral("target_provision_id")).toLongLong() ==
                        provisionId(db, "NATO-CDP2016", "C1") &&
                    m.value(QStringLiteral("source_provision_id")).toLongLong() == provisionId(db, "JP-CRCSA", "CH10"))
                    return m.value(QStringLiteral("id")).toLongLong();
            }
            return qint64(0);
        }();
        QVERIFY(ch10c1 > 0);
        set(db, QStringLiteral("mappings"), ch10c1, {{QStringLiteral("marking"), QStringLiteral("GREEN")}});
        const qint64 nato = idOf(db, "parties", "NATO");
        set(db, QStringLiteral("parties"), nato, {{QStringLiteral("marking"), QStringLiteral("RED")}});

        PackageSelection selection;
        selection.frameworkIds = {cdp, crcsa};
        selection.maxMarking = Tlp::Clear;
        const QJsonObject package = exported(db, selection);
        QCOMPARE(idsOf(package, "frameworks"), (QSet<qint64>{cdp, crcsa}));
        QCOMPARE(rowsOf(package, "provisions").size(), 12 + 6);
        QVERIFY(!idsOf(package, "provisions").contains(c3));
        // 8 mappings between the two, less the one on C3 and the GREEN one.
        QCOMPARE(rowsOf(package, "mappings").size(), 6);
        QVERIFY(!idsOf(package, "mappings").contains(ch10c1));
        QCOMPARE(idsOf(package, "parties"), QSet<qint64>{idOf(db, "parties", "JP")});
        QVERIFY(rowWithId(package, "frameworks", cdp).value(QStringLiteral("issuer_party_id")).isNull());
        QCOMPARE(package.value(QStringLiteral("marking")).toString(), QStringLiteral("TLP:CLEAR"));
        QVERIFY(package.value(QStringLiteral("title")).toString().contains(QStringLiteral("JP-CRCSA")));
        QVERIFY(package.value(QStringLiteral("title")).toString().contains(QStringLiteral("TLP:CLEAR")));
    }

    void selectionImportsIntoANewDatabase_data()
    {
        QTest::addColumn<QStringList>("frameworks");
        QTest::addColumn<int>("maxMarking"); // -1: any
        QTest::newRow("frameworks") << QStringList{QStringLiteral("JP-CSS2025"), QStringLiteral("NATO-JP-ITPP")} << -1;
        QTest::newRow("marking") << QStringList{} << int(Tlp::Clear);
        QTest::newRow("both") << QStringList{QStringLiteral("JP-CRCSA-REL"), QStringLiteral("NATO-SC2022")}
                              << int(Tlp::Clear);
    }

    void selectionImportsIntoANewDatabase()
    {
        QFETCH(QStringList, frameworks);
        QFETCH(int, maxMarking);
        TestDatabase source(TestDatabase::Content::Sample);
        Database& db = source.db();
        // Something to leave out in each case.
        set(db, QStringLiteral("provisions"), provisionId(db, "JP-CSS2025", "P1"),
            {{QStringLiteral("marking"), QStringLiteral("RED")}});
        set(db, QStringLiteral("parties"), idOf(db, "parties", "JP"),
            {{QStringLiteral("marking"), QStringLiteral("AMBER")}});
        PackageSelection selection;
        for (const QString& code : frameworks)
            selection.frameworkIds << idOf(db, "frameworks", code.toLatin1().constData());
        if (maxMarking >= 0)
            selection.maxMarking = static_cast<Tlp>(maxMarking);
        const Result<QByteArray> json = DatasetPackage::exportSelection(db, selection);
        QVERIFY2(json.ok(), qPrintable(json.message()));
        // Deterministic: the same database gives the same bytes.
        QCOMPARE(*DatasetPackage::exportSelection(db, selection), *json);

        TestDatabase target(TestDatabase::Content::ReferenceData);
        const Status imported = DatasetPackage::importJson(target.db(), *json, QStringLiteral("selection.json"));
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
        const Result<QStringList> problems = target.db().check();
        QVERIFY(problems.ok());
        QCOMPARE(problems.value(), QStringList());
        RecordStore store(target.db());
        const QMap<QString, int> counts = DatasetPackage::rowCounts(*json);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            QCOMPARE(store.count(it.key()), it.value());
        QVERIFY(counts.value(QStringLiteral("provisions")) > 0);
    }

    void textSurvivesTheRoundTrip()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        Database& db = fixture.db();
        const QString title = QStringLiteral("\"Quoted\" \\ back\tslash\nnew line \x01 \x7f 情報 😀 \u2028 </script>");
        const qint64 crcsa = idOf(db, "frameworks", "JP-CRCSA");
        set(db, QStringLiteral("frameworks"), crcsa, {{QStringLiteral("title_en"), title}});
        PackageSelection selection;
        selection.frameworkIds = {crcsa};
        const Result<QByteArray> json = DatasetPackage::exportSelection(db, selection);
        QVERIFY(json.ok());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(*json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        TestDatabase target(TestDatabase::Content::ReferenceData);
        QVERIFY(DatasetPackage::importJson(target.db(), *json, QStringLiteral("text.json")).ok());
        QCOMPARE(RecordStore(target.db())
                     .fetch(QStringLiteral("frameworks"), crcsa)
                     ->value(QStringLiteral("title_en"))
                     .toString(),
                 title);
        // The whole export writes it the same way.
        const QByteArray whole = DatasetPackage::exportJson(db);
        QVERIFY(whole.contains(QJsonDocument(QJsonArray{title}).toJson(QJsonDocument::Compact).mid(1).chopped(1)));
    }

    void everythingIsTheWholeExport()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        const Result<QByteArray> json = DatasetPackage::exportSelection(fixture.db(), PackageSelection{});
        QVERIFY(json.ok());
        QCOMPARE(*json, DatasetPackage::exportJson(fixture.db()));
    }

    void unknownFrameworkFails()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        PackageSelection selection;
        selection.frameworkIds = {idOf(fixture.db(), "frameworks", "JP-CRCSA"), 9999};
        const Result<QByteArray> json = DatasetPackage::exportSelection(fixture.db(), selection);
        QVERIFY(!json.ok());
        QVERIFY2(json.message().contains(QStringLiteral("9999")), qPrintable(json.message()));
        const QString path = fixture.dir() + QStringLiteral("/unknown.json");
        QVERIFY(!DatasetPackage::exportSelectionToFile(fixture.db(), selection, path).ok());
        QVERIFY(!QFile::exists(path));
    }

    void toFileWritesTheSelectionAndCancelWritesNothing()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        PackageSelection selection;
        selection.maxMarking = Tlp::Clear;
        const QString path = fixture.dir() + QStringLiteral("/clear.json");
        QList<qint64> seen;
        const Status written =
            DatasetPackage::exportSelectionToFile(fixture.db(), selection, path, [&seen](qint64 done, qint64 total) {
                seen << done;
                return done <= total;
            });
        QVERIFY2(written.ok(), qPrintable(written.message()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), *DatasetPackage::exportSelection(fixture.db(), selection));
        QVERIFY(seen.size() > 2);
        QCOMPARE(seen.constFirst(), qint64(0));

        const QString cancelled = fixture.dir() + QStringLiteral("/cancelled.json");
        const Status stopped = DatasetPackage::exportSelectionToFile(fixture.db(), selection, cancelled,
                                                                     [](qint64 done, qint64) { return done == 0; });
        QVERIFY(!stopped.ok());
        QVERIFY(!QFile::exists(cancelled));
    }
};

QTEST_GUILESS_MAIN(TestPackageSelection)
#include "tst_packageselection.moc"
