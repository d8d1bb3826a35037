#include "models/commands/ChangePlanner.h"
#include "models/storage/RecordSearch.h"
#include "models/storage/RecordStore.h"
#include "tests/support/TestDatabase.h"

#include <QtTest>

using namespace crosswalk;
using test::TestDatabase;

namespace {
QStringList codes(const QList<SearchResult>& results)
{
    QStringList list;
    for (const SearchResult& result : results)
        list << result.table + QLatin1Char('/') + result.code;
    return list;
}
} // namespace

class TestRecordSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsAFrameworkByCodeIgnoringCase()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        const QList<SearchResult> results = RecordSearch(fixture.db()).search(QStringLiteral("crcsa"));
        QVERIFY(results.size() >= 2);
        // Code matches come first: the two frameworks whose codes contain the text.
        QCOMPARE(codes(results).mid(0, 2),
                 QStringList({QStringLiteral("frameworks/JP-CRCSA"), QStringLiteral("frameworks/JP-CRCSA-REL")}));
        const SearchResult& first = results.first();
        QCOMPARE(first.id,
                 *RecordStore(fixture.db()).idForCode(QStringLiteral("frameworks"), QStringLiteral("JP-CRCSA")));
        QCOMPARE(first.title, QStringLiteral("Cyber Response Capability Strengthening Act (Act No. 42 of 2025)"));
        QCOMPARE(first.originalTitle, QStringLiteral("重要電子計算機に対する不正な行為による被害の防止に関する法律"));
    }

    void exactCodeBeforePrefixBeforeTitle()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        ChangePlanner planner(fixture.db());
        // A gap whose code starts with "C1" and one whose title mentions it.
        for (const auto& [code, title] : {std::pair{"C12-X", "Spare parts"}, std::pair{"G10", "Follow up on c1"}}) {
            const auto gap =
                planner.insert(QStringLiteral("gaps"), {{QStringLiteral("code"), QString::fromUtf8(code)},
                                                        {QStringLiteral("title_en"), QString::fromUtf8(title)},
                                                        {QStringLiteral("kind"), QStringLiteral("capacity")},
                                                        {QStringLiteral("severity"), QStringLiteral("low")},
                                                        {QStringLiteral("status"), QStringLiteral("open")}});
            QVERIFY2(gap.ok(), qPrintable(gap.message()));
            QVERIFY(gap->apply(fixture.db()).ok());
        }
        // Exact codes first (entities in order: the provision C1 of the Cyber Defence Pledge, then the
        // commitment C1), then codes that start with the text, then matches in titles.
        QCOMPARE(codes(RecordSearch(fixture.db()).search(QStringLiteral("c1"))),
                 QStringList({QStringLiteral("provisions/NATO-CDP2016:C1"), QStringLiteral("commitments/C1"),
                              QStringLiteral("gaps/C12-X"), QStringLiteral("gaps/G10")}));
    }

    void findsByEnglishTitle()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        const QList<SearchResult> results = RecordSearch(fixture.db()).search(QStringLiteral("LOCKED shields"));
        QCOMPARE(codes(results), QStringList({QStringLiteral("programmes/CB4")}));
        QCOMPARE(results.first().title, QStringLiteral("Japanese participation in Locked Shields"));
    }

    void findsByJapaneseTitle()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        const QList<SearchResult> results = RecordSearch(fixture.db()).search(QStringLiteral("総則"));
        QVERIFY(!results.isEmpty());
        QCOMPARE(results.first().table, QStringLiteral("provisions"));
        QCOMPARE(results.first().code, QStringLiteral("JP-CRCSA:CH01"));
        QCOMPARE(results.first().originalTitle, QStringLiteral("総則"));
        QCOMPARE(results.first().title, QStringLiteral("General provisions"));
    }

    void findsBySummaryAndEveryEntity()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        ChangePlanner planner(fixture.db());
        const auto gap = planner.insert(QStringLiteral("gaps"),
                                        {{QStringLiteral("code"), QStringLiteral("G9")},
                                         {QStringLiteral("title_en"), QStringLiteral("Harbour pilots")},
                                         {QStringLiteral("description"), QStringLiteral("The zebra-crossing problem")},
                                         {QStringLiteral("kind"), QStringLiteral("capacity")},
                                         {QStringLiteral("severity"), QStringLiteral("low")},
                                         {QStringLiteral("status"), QStringLiteral("open")}});
        QVERIFY2(gap.ok(), qPrintable(gap.message()));
        QVERIFY(gap->apply(fixture.db()).ok());
        QCOMPARE(codes(RecordSearch(fixture.db()).search(QStringLiteral("ZEBRA"))),
                 QStringList({QStringLiteral("gaps/G9")}));

        // Parties by name (the Korean strategy's title names the country too).
        QVERIFY(codes(RecordSearch(fixture.db()).search(QStringLiteral("Republic of Korea")))
                    .contains(QStringLiteral("parties/KR")));
        QCOMPARE(codes(RecordSearch(fixture.db()).search(QStringLiteral("zero trust"))).first(),
                 QStringLiteral("themes/zero-trust"));
        QCOMPARE(RecordSearch::tables().size(), 8);
    }

    void limitsTheResults()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        RecordSearch search(fixture.db());
        const QList<SearchResult> all = search.search(QStringLiteral("a"), 1000);
        QVERIFY(all.size() > 20);
        const QList<SearchResult> five = search.search(QStringLiteral("a"), 5);
        QCOMPARE(five.size(), 5);
        QCOMPARE(five, all.mid(0, 5));
        QCOMPARE(search.search(QStringLiteral("a"), 0).size(), 0);
        QVERIFY(search.search(QStringLiteral("a")).size() <= RecordSearch::DefaultLimit);
    }

    void blankTextFindsNothing()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        QCOMPARE(RecordSearch(fixture.db()).search(QString()).size(), 0);
        QCOMPARE(RecordSearch(fixture.db()).search(QStringLiteral("   ")).size(), 0);
        QCOMPARE(RecordSearch(fixture.db()).search(QStringLiteral("no such text anywhere")).size(), 0);
    }

    void wildcardsAndQuotesAreLiteral()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        RecordSearch search(fixture.db());
        // LIKE wildcards match only themselves.
        QCOMPARE(search.search(QStringLiteral("%")).size(), 0);
        QCOMPARE(search.search(QStringLiteral("_")).size(), 0);
        QCOMPARE(search.search(QStringLiteral("\\")).size(), 0);
        // A quote neither breaks the statement nor changes anything.
        const qint64 before = RecordStore(fixture.db()).count(QStringLiteral("frameworks"));
        QCOMPARE(search.search(QStringLiteral("'; DROP TABLE frameworks; --")).size(), 0);
        QCOMPARE(search.search(QStringLiteral("x' OR '1'='1")).size(), 0);
        QCOMPARE(RecordStore(fixture.db()).count(QStringLiteral("frameworks")), before);
        // A quote that is part of a title is found.
        const QList<SearchResult> zealand = search.search(QStringLiteral("Zealand's"));
        QCOMPARE(codes(zealand), QStringList({QStringLiteral("frameworks/NZ-CSS2019")}));
        QVERIFY(fixture.db().check()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecordSearch)
#include "tst_recordsearch.moc"
