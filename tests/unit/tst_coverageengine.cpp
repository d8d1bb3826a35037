// CoverageEngine (DESIGN.md section 3, Coverage): the relationship table, mappings stored either way
// round, scores, ignored review states, roll-up over trees, inheritance from parents, not-applicable
// marks and parent cycles, on small inputs built by hand; CoverageScope::resolve and the engine's
// reading of the sample database.

#include "models/analysis/CoverageEngine.h"
#include "models/analysis/CoverageScope.h"
#include "models/storage/AnalysisQueries.h"
#include "models/storage/RecordStore.h"
#include "tests/support/RecordFixtures.h"
#include "tests/support/TestDatabase.h"

#include <QtTest>

#include <optional>

using namespace crosswalk;
using crosswalk::test::TestDatabase;

namespace crosswalk {
/// Lets QCOMPARE print a status by its key.
char* toString(CoverageStatus status)
{
    return qstrdup(qPrintable(toKey(status)));
}
} // namespace crosswalk

namespace {

// Ids of the hand-built inputs: target provisions below 100, source provisions from 100 on.
constexpr qint64 TargetFramework = 1;
constexpr qint64 SourceFramework = 2;
constexpr qint64 Source = 100;
constexpr int NoStrength = -1;

ProvisionRow provision(qint64 id, const QString& code, qint64 parentId = 0, int sortOrder = 0)
{
    ProvisionRow row;
    row.id = id;
    row.frameworkId = TargetFramework;
    row.parentId = parentId;
    row.sortOrder = sortOrder;
    row.code = code;
    row.titleEn = QStringLiteral("Title of ") + code;
    return row;
}

MappingRow mapping(qint64 id, qint64 sourceProvision, Relationship relationship, qint64 targetProvision,
                   int strength = NoStrength, ReviewStatus review = ReviewStatus::Draft)
{
    MappingRow row;
    row.id = id;
    row.sourceProvisionId = sourceProvision;
    row.targetProvisionId = targetProvision;
    row.relationship = relationship;
    if (strength != NoStrength)
        row.strength = strength;
    row.reviewStatus = review;
    return row;
}

ExclusionRow exclusion(qint64 id, qint64 provisionId, const QString& justification)
{
    ExclusionRow row;
    row.id = id;
    row.provisionId = provisionId;
    row.partyId = 1;
    row.justification = justification;
    return row;
}

CoverageScope handScope()
{
    CoverageScope scope;
    scope.targetFrameworkId = TargetFramework;
    scope.targetCode = QStringLiteral("T");
    scope.sourceFrameworkIds = {SourceFramework};
    scope.sourceCode = QStringLiteral("S");
    return scope;
}

CoverageReport compute(const CoverageEngine::Input& input)
{
    return CoverageEngine::compute(handScope(), input);
}

/// The item of the provision with the code (the test fails with a null item when there is none).
const CoverageItem* itemByCode(const CoverageReport& report, const QString& code)
{
    for (const CoverageItem& item : report.items()) {
        if (item.code == code)
            return &item;
    }
    return nullptr;
}

QStringList codes(const CoverageReport& report)
{
    QStringList result;
    for (const CoverageItem& item : report.items())
        result << item.code;
    return result;
}

QList<int> depths(const CoverageReport& report)
{
    QList<int> result;
    for (const CoverageItem& item : report.items())
        result << item.depth;
    return result;
}

CoverageCounts counts(int covered, int partial, int uncovered, int notApplicable, double scoreSum)
{
    CoverageCounts c;
    c.covered = covered;
    c.partial = partial;
    c.uncovered = uncovered;
    c.notApplicable = notApplicable;
    c.scoreSum = scoreSum;
    return c;
}

/// Compares counts field by field (scores with a tolerance), so that a failure names the field.
void compareCounts(const CoverageCounts& actual, const CoverageCounts& expected, const char* file, int line)
{
    QTest::qCompare(actual.covered, expected.covered, "covered", "expected covered", file, line);
    QTest::qCompare(actual.partial, expected.partial, "partial", "expected partial", file, line);
    QTest::qCompare(actual.uncovered, expected.uncovered, "uncovered", "expected uncovered", file, line);
    QTest::qCompare(actual.notApplicable, expected.notApplicable, "notApplicable", "expected notApplicable", file,
                    line);
    QTest::qCompare(actual.scoreSum, expected.scoreSum, "scoreSum", "expected scoreSum", file, line);
}
#define COMPARE_COUNTS(actual, expected)                                                                               \
    do {                                                                                                               \
        compareCounts(actual, expected, __FILE__, __LINE__);                                                           \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

qint64 idOf(Database& db, const QString& table, const QString& code, qint64 frameworkId = 0)
{
    return RecordStore(db).idForCode(table, code, frameworkId).value_or(0);
}

qint64 addFrameworkIssuedBy(Database& db, const QString& code, qint64 issuer)
{
    return test::addRow(db, QStringLiteral("frameworks"),
                        {{QStringLiteral("code"), code},
                         {QStringLiteral("title_en"), code},
                         {QStringLiteral("kind"), QStringLiteral("strategy")},
                         {QStringLiteral("status"), QStringLiteral("adopted")},
                         {QStringLiteral("issuer_party_id"), issuer}});
}

} // namespace

class TestCoverageEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // One provision, one mapping.
    void relationshipTable_data();
    void relationshipTable();
    void mappingStoredTheOtherWayRound_data();
    void mappingStoredTheOtherWayRound();
    void partialScore_data();
    void partialScore();
    void bestOfSeveral_data();
    void bestOfSeveral();
    void deprecatedAndSupersededIgnored();
    void mappingsOutsideTheTargetSkipped();

    // Trees.
    void rollUpPerParentAndFramework();
    void parentStatus_data();
    void parentStatus();
    void treeOrderAndDepth();
    void coveredInheritedFromParent();
    void partialInheritedOnlyByLeavesWithoutMapping();
    void nearestPartialAncestorDecides();
    void parentOutsideTheFrameworkIsTopLevel();
    void parentCycleDoesNotHang();

    // Not applicable.
    void notApplicableOwnMark();
    void notApplicableInheritedFromParent();
    void nothingApplicableHasNoScore();
    void emptyFramework();
    void countsHelpers();

    // Through the database.
    void resolvePartyCode();
    void resolveFrameworkCode();
    void resolvePrefixesAndNumbers();
    void resolveUnknownCodes_data();
    void resolveUnknownCodes();
    void resolveSameFrameworkRefused();
    void partyScopeIncludesAgenciesAndExcludesTarget();
    void parentPartyExclusionAppliesToAgency();
    void sampleCoverage();
};

// --- one provision, one mapping -----------------------------------------------------------------

void TestCoverageEngine::relationshipTable_data()
{
    QTest::addColumn<std::optional<Relationship>>("relationship"); // none: no mapping at all
    QTest::addColumn<int>("strength");
    QTest::addColumn<CoverageStatus>("status");
    QTest::addColumn<double>("score");
    QTest::addColumn<bool>("reviewedUnrelated");

    QTest::newRow("equal") << std::optional(Relationship::Equal) << 10 << CoverageStatus::Covered << 1.0 << false;
    QTest::newRow("superset of") << std::optional(Relationship::SupersetOf) << 6 << CoverageStatus::Covered << 1.0
                                 << false;
    QTest::newRow("subset of") << std::optional(Relationship::SubsetOf) << 7 << CoverageStatus::Partial << 0.7 << false;
    QTest::newRow("intersects with") << std::optional(Relationship::IntersectsWith) << 4 << CoverageStatus::Partial
                                     << 0.4 << false;
    QTest::newRow("no relationship") << std::optional(Relationship::NoRelationship) << 0 << CoverageStatus::Uncovered
                                     << 0.0 << true;
    QTest::newRow("no mapping") << std::optional<Relationship>() << NoStrength << CoverageStatus::Uncovered << 0.0
                                << false;
}

void TestCoverageEngine::relationshipTable()
{
    QFETCH(std::optional<Relationship>, relationship);
    QFETCH(int, strength);
    QFETCH(CoverageStatus, status);
    QFETCH(double, score);
    QFETCH(bool, reviewedUnrelated);

    CoverageEngine::Input input;
    input.targetProvisions = {provision(1, QStringLiteral("T1"))};
    if (relationship)
        input.mappings = {mapping(7, Source, *relationship, 1, strength)};
    const CoverageReport report = compute(input);

    QCOMPARE(report.items().size(), 1);
    const CoverageItem& item = report.items().constFirst();
    QCOMPARE(item.provisionId, qint64(1));
    QCOMPARE(item.isLeaf, true);
    QCOMPARE(item.status, status);
    QCOMPARE(item.score, score);
    QCOMPARE(item.reviewedUnrelated, reviewedUnrelated);
    QCOMPARE(item.decidingMappingId, relationship ? qint64(7) : qint64(0));
    QCOMPARE(item.inheritedFromProvisionId, qint64(0));
    QCOMPARE(item.mappingIds, relationship ? QList<qint64>{7} : QList<qint64>());
    QCOMPARE(item.counts.count(status), 1);
    QCOMPARE(item.counts.total(), 1);
    QCOMPARE(report.totals(), item.counts);
    QCOMPARE(report.totals().score(), score);
    QCOMPARE(report.totals().hasScore(), true);
    QCOMPARE(report.ignoredMappings(), 0);
}

void TestCoverageEngine::mappingStoredTheOtherWayRound_data()
{
    // The mapping reads "target-side provision REL source-side provision"; seen from the target it is
    // inverted: "T subset of S" is "S superset of T".
    QTest::addColumn<Relationship>("stored");
    QTest::addColumn<CoverageStatus>("status");
    QTest::addColumn<double>("score");

    QTest::newRow("T equal S") << Relationship::Equal << CoverageStatus::Covered << 1.0;
    QTest::newRow("T subset of S: covered") << Relationship::SubsetOf << CoverageStatus::Covered << 1.0;
    QTest::newRow("T superset of S: partial") << Relationship::SupersetOf << CoverageStatus::Partial << 0.8;
    QTest::newRow("T intersects with S") << Relationship::IntersectsWith << CoverageStatus::Partial << 0.8;
    QTest::newRow("T no relationship S") << Relationship::NoRelationship << CoverageStatus::Uncovered << 0.0;
}

void TestCoverageEngine::mappingStoredTheOtherWayRound()
{
    QFETCH(Relationship, stored);
    QFETCH(CoverageStatus, status);
    QFETCH(double, score);

    CoverageEngine::Input input;
    input.targetProvisions = {provision(1, QStringLiteral("T1"))};
    input.mappings = {mapping(3, 1, stored, Source, 8)};
    const CoverageReport report = compute(input);

    const CoverageItem* item = report.item(1);
    QVERIFY(item);
    QCOMPARE(item->status, status);
    QCOMPARE(item->score, score);
    QCOMPARE(item->decidingMappingId, qint64(3));
    QCOMPARE(item->mappingIds, QList<qint64>{3});
    QCOMPARE(item->reviewedUnrelated, stored == Relationship::NoRelationship);
}

void TestCoverageEngine::partialScore_data()
{
    QTest::addColumn<Relationship>("relationship");
    QTest::addColumn<int>("strength");
    QTest::addColumn<double>("score");

    QTest::newRow("subset of, 9") << Relationship::SubsetOf << 9 << 0.9;
    QTest::newRow("subset of, 1") << Relationship::SubsetOf << 1 << 0.1;
    QTest::newRow("intersects with, 5") << Relationship::IntersectsWith << 5 << 0.5;
    QTest::newRow("subset of, no strength") << Relationship::SubsetOf << NoStrength << 0.5;
    QTest::newRow("intersects with, no strength") << Relationship::IntersectsWith << NoStrength << 0.5;
    // A covering mapping scores 1 whatever its strength says.
    QTest::newRow("superset of, 3") << Relationship::SupersetOf << 3 << 1.0;
    QTest::newRow("equal, no strength") << Relationship::Equal << NoStrength << 1.0;
}

void TestCoverageEngine::partialScore()
{
    QFETCH(Relationship, relationship);
    QFETCH(int, strength);
    QFETCH(double, score);

    CoverageEngine::Input input;
    input.targetProvisions = {provision(1, QStringLiteral("T1")), provision(2, QStringLiteral("T2"))};
    input.mappings = {mapping(1, Source, relationship, 1, strength)};
    const CoverageReport report = compute(input);
    QCOMPARE(report.item(1)->score, score);
    // The framework's score is the mean over its two leaves (the second one uncovered).
    QCOMPARE(report.totals().scoreSum, score);
    QCOMPARE(report.totals().score(), score / 2);
    const bool covering = relationship == Relationship::Equal || relationship == Relationship::SupersetOf;
    QCOMPARE(report.totals().coveredShare(), covering ? 0.5 : 0.0);
}

void TestCoverageEngine::bestOfSeveral_data()
{
    // Mappings on target provision 1 (ids 11, 12, 13 in that order), and what decides.
    QTest::addColumn<QList<Relationship>>("relationships");
    QTest::addColumn<QList<int>>("strengths");
    QTest::addColumn<CoverageStatus>("status");
    QTest::addColumn<qint64>("deciding");
    QTest::addColumn<double>("score");
    QTest::addColumn<bool>("reviewedUnrelated");

    using R = Relationship;
    QTest::newRow("strongest partial") << QList<R>{R::IntersectsWith, R::SubsetOf, R::IntersectsWith}
                                       << QList<int>{3, 8, 6} << CoverageStatus::Partial << qint64(12) << 0.8 << false;
    QTest::newRow("no strength counts as 5") << QList<R>{R::SubsetOf, R::IntersectsWith} << QList<int>{3, NoStrength}
                                             << CoverageStatus::Partial << qint64(12) << 0.5 << false;
    QTest::newRow("equal strengths: the oldest") << QList<R>{R::IntersectsWith, R::SubsetOf} << QList<int>{6, 6}
                                                 << CoverageStatus::Partial << qint64(11) << 0.6 << false;
    QTest::newRow("covered beats a stronger partial") << QList<R>{R::SubsetOf, R::SupersetOf} << QList<int>{9, 2}
                                                      << CoverageStatus::Covered << qint64(12) << 1.0 << false;
    QTest::newRow("strongest covering mapping")
        << QList<R>{R::SupersetOf, R::SupersetOf, R::Equal} << QList<int>{6, 8, NoStrength} << CoverageStatus::Covered
        << qint64(12) << 1.0 << false;
    QTest::newRow("covered beats no relationship") << QList<R>{R::NoRelationship, R::Equal} << QList<int>{0, 10}
                                                   << CoverageStatus::Covered << qint64(12) << 1.0 << false;
    QTest::newRow("partial beats no relationship") << QList<R>{R::NoRelationship, R::IntersectsWith} << QList<int>{0, 4}
                                                   << CoverageStatus::Partial << qint64(12) << 0.4 << false;
    QTest::newRow("only no relationship") << QList<R>{R::NoRelationship, R::NoRelationship} << QList<int>{0, 0}
                                          << CoverageStatus::Uncovered << qint64(11) << 0.0 << true;
}

void TestCoverageEngine::bestOfSeveral()
{
    QFETCH(QList<Relationship>, relationships);
    QFETCH(QList<int>, strengths);
    QFETCH(CoverageStatus, status);
    QFETCH(qint64, deciding);
    QFETCH(double, score);
    QFETCH(bool, reviewedUnrelated);

    CoverageEngine::Input input;
    input.targetProvisions = {provision(1, QStringLiteral("T1"))};
    QList<qint64> ids;
    for (int i = 0; i < relationships.size(); ++i) {
        // Each mapping from another source provision.
        input.mappings << mapping(11 + i, Source + i, relationships.at(i), 1, strengths.at(i));
        ids << 11 + i;
    }
    const CoverageReport report = compute(input);
    const CoverageItem* item = report.item(1);
    QVERIFY(item);
    QCOMPARE(item->status, status);
    QCOMPARE(item->decidingMappingId, deciding);
    QCOMPARE(item->score, score);
    QCOMPARE(item->reviewedUnrelated, reviewedUnrelated);
    QCOMPARE(item->mappingIds, ids);
}

void TestCoverageEngine::deprecatedAndSupersededIgnored()
{
    CoverageEngine::Input input;
    input.targetProvisions = {provision(1, QStringLiteral("T1")), provision(2, QStringLiteral("T2")),
                              provision(3, QStringLiteral("T3"))};
    input.mappings = {
        // T1: a deprecated "equal" does not cover; the draft "intersects" decides.
        mapping(1, Source, Relationship::Equal, 1, 10, ReviewStatus::Deprecated),
        mapping(2, Source + 1, Relationship::IntersectsWith, 1, 4, ReviewStatus::Draft),
        // T2: only a superseded mapping: uncovered, not reviewed.
        mapping(3, Source, Relationship::SupersetOf, 2, 8, ReviewStatus::Superseded),
        // T3: a complete (reviewed) mapping counts like a draft.
        mapping(4, Source, Relationship::SupersetOf, 3, 8, ReviewStatus::Complete),
    };
    const CoverageReport report = compute(input);
    QCOMPARE(report.ignoredMappings(), 2);

    QCOMPARE(report.item(1)->status, CoverageStatus::Partial);
    QCOMPARE(report.item(1)->decidingMappingId, qint64(2));
    QCOMPARE(report.item(1)->score, 0.4);
    QCOMPARE(report.item(1)->mappingIds, QList<qint64>{2});

    QCOMPARE(report.item(2)->status, CoverageStatus::Uncovered);
    QCOMPARE(report.item(2)->decidingMappingId, qint64(0));
    QCOMPARE(report.item(2)->reviewedUnrelated, false);
    QCOMPARE(report.item(2)->mappingIds, QList<qint64>());

    QCOMPARE(report.item(3)->status, CoverageStatus::Covered);
    QCOMPARE(report.item(3)->decidingMappingId, qint64(4));
    COMPARE_COUNTS(report.totals(), counts(1, 1, 1, 0, 1.4));
}

void TestCoverageEngine::mappingsOutsideTheTargetSkipped()
{
    CoverageEngine::Input input;
    input.targetProvisions = {provision(1, QStringLiteral("T1"))};
    // Neither end is a target provision: nothing to count, and not an ignored mapping either.
    input.mappings = {mapping(1, Source, Relationship::Equal, Source + 1, 10)};
    const CoverageReport report = compute(input);
    QCOMPARE(report.item(1)->status, CoverageStatus::Uncovered);
    QCOMPARE(report.item(1)->mappingIds, QList<qint64>());
    QCOMPARE(report.ignoredMappings(), 0);
}

// --- trees -----------------------------------------------------------------------------------------

namespace {

/// A  (1)        B   (5)               C (10)
///   A.1 (2)       B.1   (6)
///   A.2 (3)         B.1.a (7)
///   A.3 (4)         B.1.b (8)
///                 B.2   (9)
CoverageEngine::Input tree()
{
    CoverageEngine::Input input;
    input.targetProvisions = {
        provision(1, QStringLiteral("A"), 0, 1),     provision(2, QStringLiteral("A.1"), 1, 1),
        provision(3, QStringLiteral("A.2"), 1, 2),   provision(4, QStringLiteral("A.3"), 1, 3),
        provision(5, QStringLiteral("B"), 0, 2),     provision(6, QStringLiteral("B.1"), 5, 1),
        provision(7, QStringLiteral("B.1.a"), 6, 1), provision(8, QStringLiteral("B.1.b"), 6, 2),
        provision(9, QStringLiteral("B.2"), 5, 2),   provision(10, QStringLiteral("C"), 0, 3),
    };
    return input;
}

} // namespace

void TestCoverageEngine::rollUpPerParentAndFramework()
{
    CoverageEngine::Input input = tree();
    input.mappings = {
        mapping(1, Source, Relationship::Equal, 2, 10),             // A.1 covered, 1
        mapping(2, Source + 1, Relationship::IntersectsWith, 3, 6), // A.2 partial, 0.6
        // A.3: no mapping, 0
        mapping(3, Source + 2, Relationship::SubsetOf, 7, 4),       // B.1.a partial, 0.4
        mapping(4, Source + 3, Relationship::NoRelationship, 8, 0), // B.1.b reviewed, 0
        // B.2: no mapping, 0
        mapping(5, 10, Relationship::SubsetOf, Source + 4, 7), // C covered (stored the other way round), 1
    };
    const CoverageReport report = compute(input);
    QCOMPARE(report.items().size(), 10);

    const CoverageItem* a = itemByCode(report, QStringLiteral("A"));
    QVERIFY(a);
    QCOMPARE(a->isLeaf, false);
    COMPARE_COUNTS(a->counts, counts(1, 1, 1, 0, 1.6));
    QCOMPARE(a->status, CoverageStatus::Partial);
    QCOMPARE(a->score, 1.6 / 3);
    QCOMPARE(a->decidingMappingId, qint64(0)); // A has no mapping of its own
    QCOMPARE(a->mappingIds, QList<qint64>());

    const CoverageItem* b1 = itemByCode(report, QStringLiteral("B.1"));
    QVERIFY(b1);
    COMPARE_COUNTS(b1->counts, counts(0, 1, 1, 0, 0.4));
    QCOMPARE(b1->status, CoverageStatus::Partial);
    QCOMPARE(b1->score, 0.2);

    const CoverageItem* b = itemByCode(report, QStringLiteral("B"));
    QVERIFY(b);
    COMPARE_COUNTS(b->counts, counts(0, 1, 2, 0, 0.4));
    QCOMPARE(b->status, CoverageStatus::Partial);
    QCOMPARE(b->score, 0.4 / 3);

    const CoverageItem* b1b = itemByCode(report, QStringLiteral("B.1.b"));
    QCOMPARE(b1b->status, CoverageStatus::Uncovered);
    QCOMPARE(b1b->reviewedUnrelated, true);
    QCOMPARE(itemByCode(report, QStringLiteral("B.2"))->reviewedUnrelated, false);

    const CoverageItem* c = itemByCode(report, QStringLiteral("C"));
    QCOMPARE(c->isLeaf, true);
    QCOMPARE(c->status, CoverageStatus::Covered);
    QCOMPARE(c->decidingMappingId, qint64(5));

    // The framework: each leaf once (7 leaves), parents not counted themselves.
    COMPARE_COUNTS(report.totals(), counts(2, 2, 3, 0, 3.0));
    QCOMPARE(report.totals().applicable(), 7);
    QCOMPARE(report.totals().total(), 7);
    QCOMPARE(report.totals().score(), 3.0 / 7);
    QCOMPARE(report.totals().coveredShare(), 2.0 / 7);

    // Groups and children.
    QStringList groupCodes;
    for (const CoverageItem* group : report.groups())
        groupCodes << group->code;
    QCOMPARE(groupCodes, (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    QStringList childCodes;
    for (const CoverageItem* child : report.children(5))
        childCodes << child->code;
    QCOMPARE(childCodes, (QStringList{QStringLiteral("B.1"), QStringLiteral("B.2")}));
    QCOMPARE(report.item(6)->parentId, qint64(5));
    QCOMPARE(report.item(5)->parentId, qint64(0));
    QCOMPARE(report.item(99), nullptr);
}

void TestCoverageEngine::parentStatus_data()
{
    // Two leaves under one parent (no mapping of its own): their statuses and the parent's.
    QTest::addColumn<std::optional<Relationship>>("first");
    QTest::addColumn<std::optional<Relationship>>("second");
    QTest::addColumn<bool>("secondNotApplicable");
    QTest::addColumn<CoverageStatus>("parent");

    using R = std::optional<Relationship>;
    const R none;
    QTest::newRow("all covered") << R(Relationship::Equal) << R(Relationship::SupersetOf) << false
                                 << CoverageStatus::Covered;
    QTest::newRow("covered and uncovered") << R(Relationship::Equal) << none << false << CoverageStatus::Partial;
    QTest::newRow("covered and partial") << R(Relationship::Equal) << R(Relationship::SubsetOf) << false
                                         << CoverageStatus::Partial;
    QTest::newRow("partial and uncovered")
        << R(Relationship::IntersectsWith) << none << false << CoverageStatus::Partial;
    QTest::newRow("all partial") << R(Relationship::IntersectsWith) << R(Relationship::SubsetOf) << false
                                 << CoverageStatus::Partial;
    QTest::newRow("all uncovered") << R(Relationship::NoRelationship) << none << false << CoverageStatus::Uncovered;
    QTest::newRow("covered and not applicable") << R(Relationship::Equal) << none << true << CoverageStatus::Covered;
    QTest::newRow("uncovered and not applicable")
        << none << R(Relationship::Equal) << true << CoverageStatus::Uncovered;
}

void TestCoverageEngine::parentStatus()
{
    QFETCH(std::optional<Relationship>, first);
    QFETCH(std::optional<Relationship>, second);
    QFETCH(bool, secondNotApplicable);
    QFETCH(CoverageStatus, parent);

    CoverageEngine::Input input;
    input.targetProvisions = {provision(1, QStringLiteral("P")), provision(2, QStringLiteral("P.1"), 1, 1),
                              provision(3, QStringLiteral("P.2"), 1, 2)};
    if (first)
        input.mappings << mapping(1, Source, *first, 2, 5);
    if (second)
        input.mappings << mapping(2, Source + 1, *second, 3, 5);
    if (secondNotApplicable)
        input.exclusions << exclusion(1, 3, QStringLiteral("Not for us"));
    const CoverageReport report = compute(input);
    QCOMPARE(report.item(1)->status, parent);
    QCOMPARE(report.item(1)->isLeaf, false);
    QCOMPARE(report.item(1)->counts.total(), 2);
    QCOMPARE(report.item(1)->counts.applicable(), secondNotApplicable ? 1 : 2);
}

void TestCoverageEngine::treeOrderAndDepth()
{
    CoverageEngine::Input input = tree();
    // Order in the input does not matter: children before parents, siblings out of sort order.
    std::reverse(input.targetProvisions.begin(), input.targetProvisions.end());
    const CoverageReport report = compute(input);
    QCOMPARE(codes(report),
             (QStringList{QStringLiteral("A"), QStringLiteral("A.1"), QStringLiteral("A.2"), QStringLiteral("A.3"),
                          QStringLiteral("B"), QStringLiteral("B.1"), QStringLiteral("B.1.a"), QStringLiteral("B.1.b"),
                          QStringLiteral("B.2"), QStringLiteral("C")}));
    QCOMPARE(depths(report), (QList<int>{0, 1, 1, 1, 0, 1, 2, 2, 1, 0}));
    QList<bool> leaves;
    for (const CoverageItem& item : report.items())
        leaves << item.isLeaf;
    QCOMPARE(leaves, (QList<bool>{false, true, true, true, false, false, true, true, true, true}));
    QCOMPARE(report.item(7)->titleEn, QStringLiteral("Title of B.1.a"));

    // Equal sort orders: by id, as the database reads them.
    CoverageEngine::Input same;
    same.targetProvisions = {provision(3, QStringLiteral("third")), provision(1, QStringLiteral("first")),
                             provision(2, QStringLiteral("second"))};
    QCOMPARE(codes(compute(same)),
             (QStringList{QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third")}));
}

void TestCoverageEngine::coveredInheritedFromParent()
{
    // P (1) is covered by mapping 50; what covers a chapter covers its articles.
    //   P.1 (2): no mapping           -> covered, inherited from P
    //   P.2 (3): own intersects        -> covered, inherited (covered beats partial)
    //   P.3 (4): own no relationship   -> covered, inherited
    //   Q   (5): no mapping, parent of
    //     Q.1 (6): no mapping          -> covered, inherited from P (not from Q)
    //   P.4 (7): own equal             -> covered by its own mapping
    CoverageEngine::Input input;
    input.targetProvisions = {provision(1, QStringLiteral("P")),         provision(2, QStringLiteral("P.1"), 1, 1),
                              provision(3, QStringLiteral("P.2"), 1, 2), provision(4, QStringLiteral("P.3"), 1, 3),
                              provision(5, QStringLiteral("Q"), 1, 4),   provision(6, QStringLiteral("Q.1"), 5, 1),
                              provision(7, QStringLiteral("P.4"), 1, 5)};
    input.mappings = {mapping(50, Source, Relationship::SupersetOf, 1, 7),
                      mapping(51, Source + 1, Relationship::IntersectsWith, 3, 9),
                      mapping(52, Source + 2, Relationship::NoRelationship, 4, 0),
                      mapping(53, Source + 3, Relationship::Equal, 7, 10)};
    const CoverageReport report = compute(input);

    const CoverageItem* p = report.item(1);
    QCOMPARE(p->status, CoverageStatus::Covered);
    QCOMPARE(p->decidingMappingId, qint64(50));
    QCOMPARE(p->inheritedFromProvisionId, qint64(0));
    QCOMPARE(p->mappingIds, QList<qint64>{50});
    QCOMPARE(p->score, 1.0);
    COMPARE_COUNTS(p->counts, counts(5, 0, 0, 0, 5.0));

    for (const qint64 id : {2, 3, 4, 6}) {
        const CoverageItem* item = report.item(id);
        QVERIFY2(item->status == CoverageStatus::Covered, qPrintable(item->code));
        QCOMPARE(item->decidingMappingId, qint64(50));
        QCOMPARE(item->inheritedFromProvisionId, qint64(1));
        QCOMPARE(item->score, 1.0);
        QCOMPARE(item->reviewedUnrelated, false);
    }
    QCOMPARE(report.item(3)->mappingIds, QList<qint64>{51}); // its own mappings are still listed

    // A parent without a mapping of its own that is covered from above says so too.
    const CoverageItem* q = report.item(5);
    QCOMPARE(q->status, CoverageStatus::Covered);
    QCOMPARE(q->decidingMappingId, qint64(50));
    QCOMPARE(q->inheritedFromProvisionId, qint64(1));

    const CoverageItem* p4 = report.item(7);
    QCOMPARE(p4->decidingMappingId, qint64(53));
    QCOMPARE(p4->inheritedFromProvisionId, qint64(0));
}

void TestCoverageEngine::partialInheritedOnlyByLeavesWithoutMapping()
{
    // P (1) intersects with a source provision, strength 7 (mapping 60).
    //   P.1 (2): no mapping           -> partial 0.7, inherited from P
    //   P.2 (3): own subset of, 3     -> partial 0.3, its own (weaker, but its own)
    //   P.3 (4): own no relationship  -> uncovered, reviewed (own beats inherited partial)
    //   P.4 (5): own equal            -> covered
    CoverageEngine::Input input;
    input.targetProvisions = {provision(1, QStringLiteral("P")), provision(2, QStringLiteral("P.1"), 1, 1),
                              provision(3, QStringLiteral("P.2"), 1, 2), provision(4, QStringLiteral("P.3"), 1, 3),
                              provision(5, QStringLiteral("P.4"), 1, 4)};
    input.mappings = {mapping(60, Source, Relationship::IntersectsWith, 1, 7),
                      mapping(61, Source + 1, Relationship::SubsetOf, 3, 3),
                      mapping(62, Source + 2, Relationship::NoRelationship, 4, 0),
                      mapping(63, Source + 3, Relationship::Equal, 5, 10)};
    const CoverageReport report = compute(input);

    QCOMPARE(report.item(2)->status, CoverageStatus::Partial);
    QCOMPARE(report.item(2)->score, 0.7);
    QCOMPARE(report.item(2)->decidingMappingId, qint64(60));
    QCOMPARE(report.item(2)->inheritedFromProvisionId, qint64(1));
    QCOMPARE(report.item(2)->mappingIds, QList<qint64>());

    QCOMPARE(report.item(3)->status, CoverageStatus::Partial);
    QCOMPARE(report.item(3)->score, 0.3);
    QCOMPARE(report.item(3)->decidingMappingId, qint64(61));
    QCOMPARE(report.item(3)->inheritedFromProvisionId, qint64(0));

    QCOMPARE(report.item(4)->status, CoverageStatus::Uncovered);
    QCOMPARE(report.item(4)->reviewedUnrelated, true);
    QCOMPARE(report.item(4)->decidingMappingId, qint64(62));
    QCOMPARE(report.item(4)->inheritedFromProvisionId, qint64(0));
    QCOMPARE(report.item(4)->score, 0.0);

    QCOMPARE(report.item(5)->status, CoverageStatus::Covered);
    QCOMPARE(report.item(5)->decidingMappingId, qint64(63));

    // The parent rolls up its leaves; its deciding mapping is its own.
    const CoverageItem* p = report.item(1);
    QCOMPARE(p->status, CoverageStatus::Partial);
    QCOMPARE(p->decidingMappingId, qint64(60));
    COMPARE_COUNTS(p->counts, counts(1, 2, 1, 0, 2.0));
    QCOMPARE(p->score, 0.5);
    COMPARE_COUNTS(report.totals(), p->counts);
}

void TestCoverageEngine::nearestPartialAncestorDecides()
{
    // P (1, partial 0.8) > Q (2, partial 0.2) > Q.1 (3, no mapping): Q.1 takes Q's, the nearest.
    // P > R (4, no mapping) > R.1 (5, no mapping): R.1 takes P's.
    CoverageEngine::Input input;
    input.targetProvisions = {provision(1, QStringLiteral("P")), provision(2, QStringLiteral("Q"), 1, 1),
                              provision(3, QStringLiteral("Q.1"), 2, 1), provision(4, QStringLiteral("R"), 1, 2),
                              provision(5, QStringLiteral("R.1"), 4, 1)};
    input.mappings = {mapping(70, Source, Relationship::SubsetOf, 1, 8),
                      mapping(71, Source + 1, Relationship::IntersectsWith, 2, 2)};
    const CoverageReport report = compute(input);
    QCOMPARE(report.item(3)->status, CoverageStatus::Partial);
    QCOMPARE(report.item(3)->decidingMappingId, qint64(71));
    QCOMPARE(report.item(3)->inheritedFromProvisionId, qint64(2));
    QCOMPARE(report.item(3)->score, 0.2);
    QCOMPARE(report.item(5)->decidingMappingId, qint64(70));
    QCOMPARE(report.item(5)->inheritedFromProvisionId, qint64(1));
    QCOMPARE(report.item(5)->score, 0.8);
    COMPARE_COUNTS(report.totals(), counts(0, 2, 0, 0, 1.0));
    QCOMPARE(report.totals().score(), 0.5);
}

void TestCoverageEngine::parentOutsideTheFrameworkIsTopLevel()
{
    CoverageEngine::Input input;
    input.targetProvisions = {provision(1, QStringLiteral("T1"), 555), provision(2, QStringLiteral("T2"), 1)};
    const CoverageReport report = compute(input);
    QCOMPARE(codes(report), (QStringList{QStringLiteral("T1"), QStringLiteral("T2")}));
    QCOMPARE(report.item(1)->parentId, qint64(0));
    QCOMPARE(report.item(1)->depth, 0);
    QCOMPARE(report.item(2)->parentId, qint64(1));
    QCOMPARE(report.groups().size(), 1);
    QCOMPARE(report.totals().total(), 1);
}

void TestCoverageEngine::parentCycleDoesNotHang()
{
    // 1 and 2 are each other's parent, 3 is its own parent, 4 is below 1, 5 is an ordinary top-level leaf.
    CoverageEngine::Input input;
    input.targetProvisions = {provision(1, QStringLiteral("X"), 2, 1), provision(2, QStringLiteral("Y"), 1, 2),
                              provision(3, QStringLiteral("Z"), 3, 3), provision(4, QStringLiteral("X.1"), 1, 4),
                              provision(5, QStringLiteral("W"), 0, 5)};
    input.mappings = {mapping(1, Source, Relationship::Equal, 4, 10), mapping(2, Source, Relationship::Equal, 3, 10)};
    const CoverageReport report = compute(input);

    QCOMPARE(report.items().size(), 5);
    QList<qint64> ids;
    for (const CoverageItem& item : report.items())
        ids << item.provisionId;
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, (QList<qint64>{1, 2, 3, 4, 5}));
    for (const qint64 id : ids)
        QVERIFY(report.item(id));
    // Every leaf counts once in the totals: X.1 (covered), Z (covered, alone in its cycle), W and the
    // cycle's last member (uncovered).
    QCOMPARE(report.totals().total(), 4);
    QCOMPARE(report.totals().covered, 2);
    QCOMPARE(report.item(4)->status, CoverageStatus::Covered);
    QCOMPARE(report.item(3)->status, CoverageStatus::Covered);
}

// --- not applicable --------------------------------------------------------------------------------

void TestCoverageEngine::notApplicableOwnMark()
{
    CoverageEngine::Input input;
    input.targetProvisions = {provision(1, QStringLiteral("T1")), provision(2, QStringLiteral("T2")),
                              provision(3, QStringLiteral("T3"))};
    // T1 is marked, even though a mapping would cover it; T2 is covered, T3 partly.
    input.mappings = {mapping(1, Source, Relationship::Equal, 1, 10), mapping(2, Source, Relationship::Equal, 2, 10),
                      mapping(3, Source, Relationship::IntersectsWith, 3, 4)};
    input.exclusions = {exclusion(1, 1, QStringLiteral("Article 5 does not apply"))};
    const CoverageReport report = compute(input);

    const CoverageItem* t1 = report.item(1);
    QCOMPARE(t1->status, CoverageStatus::NotApplicable);
    QCOMPARE(t1->exclusionJustification, QStringLiteral("Article 5 does not apply"));
    QCOMPARE(t1->exclusionProvisionId, qint64(1));
    QCOMPARE(t1->score, 0.0);
    COMPARE_COUNTS(t1->counts, counts(0, 0, 0, 1, 0.0));
    QCOMPARE(report.item(2)->exclusionJustification, QString());
    QCOMPARE(report.item(2)->exclusionProvisionId, qint64(0));

    // Out of the denominator: two applicable leaves, (1 + 0.4) / 2.
    COMPARE_COUNTS(report.totals(), counts(1, 1, 0, 1, 1.4));
    QCOMPARE(report.totals().applicable(), 2);
    QCOMPARE(report.totals().total(), 3);
    QCOMPARE(report.totals().score(), 0.7);
    QCOMPARE(report.totals().coveredShare(), 0.5);
}

void TestCoverageEngine::notApplicableInheritedFromParent()
{
    // P (1) is marked; its leaves P.1 and P.2 and the grandchild Q.1 inherit the mark. R (5) is not.
    CoverageEngine::Input input;
    input.targetProvisions = {provision(1, QStringLiteral("P"), 0, 1), provision(2, QStringLiteral("P.1"), 1, 1),
                              provision(3, QStringLiteral("Q"), 1, 2), provision(4, QStringLiteral("Q.1"), 3, 1),
                              provision(5, QStringLiteral("R"), 0, 2)};
    input.mappings = {mapping(1, Source, Relationship::Equal, 2, 10), mapping(2, Source, Relationship::Equal, 5, 10)};
    input.exclusions = {exclusion(1, 1, QStringLiteral("Members only"))};
    const CoverageReport report = compute(input);

    for (const qint64 id : {2, 4}) {
        const CoverageItem* item = report.item(id);
        QVERIFY2(item->status == CoverageStatus::NotApplicable, qPrintable(item->code));
        QCOMPARE(item->exclusionJustification, QStringLiteral("Members only"));
        QCOMPARE(item->exclusionProvisionId, qint64(1));
    }
    // All-N/A parents are not applicable, and carry the mark too.
    for (const qint64 id : {1, 3}) {
        const CoverageItem* item = report.item(id);
        QVERIFY2(item->status == CoverageStatus::NotApplicable, qPrintable(item->code));
        QCOMPARE(item->exclusionJustification, QStringLiteral("Members only"));
        QCOMPARE(item->counts.applicable(), 0);
        QCOMPARE(item->counts.hasScore(), false);
    }
    QCOMPARE(report.item(5)->status, CoverageStatus::Covered);
    COMPARE_COUNTS(report.totals(), counts(1, 0, 0, 2, 1.0));
    QCOMPARE(report.totals().score(), 1.0);
}

void TestCoverageEngine::nothingApplicableHasNoScore()
{
    CoverageEngine::Input input;
    input.targetProvisions = {provision(1, QStringLiteral("T1")), provision(2, QStringLiteral("T2"))};
    input.mappings = {mapping(1, Source, Relationship::Equal, 1, 10)};
    input.exclusions = {exclusion(1, 1, QStringLiteral("a")), exclusion(2, 2, QStringLiteral("b"))};
    const CoverageReport report = compute(input);
    COMPARE_COUNTS(report.totals(), counts(0, 0, 0, 2, 0.0));
    QCOMPARE(report.totals().hasScore(), false);
    QCOMPARE(report.totals().score(), 0.0);
    QCOMPARE(report.totals().coveredShare(), 0.0);
    QCOMPARE(report.item(2)->exclusionJustification, QStringLiteral("b"));
}

void TestCoverageEngine::emptyFramework()
{
    const CoverageReport report = compute(CoverageEngine::Input());
    QCOMPARE(report.items().size(), 0);
    QCOMPARE(report.groups().size(), 0);
    QCOMPARE(report.totals(), CoverageCounts());
    QCOMPARE(report.totals().hasScore(), false);
    QCOMPARE(report.scope().targetCode, QStringLiteral("T"));
}

void TestCoverageEngine::countsHelpers()
{
    CoverageCounts a = counts(2, 1, 3, 1, 2.5);
    QCOMPARE(a.count(CoverageStatus::Covered), 2);
    QCOMPARE(a.count(CoverageStatus::Partial), 1);
    QCOMPARE(a.count(CoverageStatus::Uncovered), 3);
    QCOMPARE(a.count(CoverageStatus::NotApplicable), 1);
    QCOMPARE(a.applicable(), 6);
    QCOMPARE(a.total(), 7);
    QCOMPARE(a.score(), 2.5 / 6);
    QCOMPARE(a.coveredShare(), 2.0 / 6);
    a.add(counts(1, 0, 0, 2, 1.0));
    COMPARE_COUNTS(a, counts(3, 1, 3, 3, 3.5));
}

// --- through the database --------------------------------------------------------------------------

void TestCoverageEngine::resolvePartyCode()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    Database& db = fixture.db();
    const Result<CoverageScope> scope =
        CoverageScope::resolve(db, QStringLiteral("JP"), QStringLiteral("NATO-CDP2016"));
    QVERIFY2(scope.ok(), qPrintable(scope.message()));
    QCOMPARE(scope->sourceIsParty, true);
    QCOMPARE(scope->sourceCode, QStringLiteral("JP"));
    QCOMPARE(scope->targetCode, QStringLiteral("NATO-CDP2016"));
    QCOMPARE(scope->targetFrameworkId, idOf(db, QStringLiteral("frameworks"), QStringLiteral("NATO-CDP2016")));
    const qint64 jp = idOf(db, QStringLiteral("parties"), QStringLiteral("JP"));
    QCOMPARE(scope->partyId, jp);
    QCOMPARE(scope->applicablePartyIds, QList<qint64>{jp});
    // Every framework Japan issued, by code.
    QList<qint64> expected;
    for (const char* code : {"JP-CRCSA", "JP-CRCSA-REL", "JP-CSS2025", "JP-NSS2022"})
        expected << idOf(db, QStringLiteral("frameworks"), QString::fromLatin1(code));
    QCOMPARE(scope->sourceFrameworkIds, expected);
}

void TestCoverageEngine::resolveFrameworkCode()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    Database& db = fixture.db();
    const Result<CoverageScope> scope =
        CoverageScope::resolve(db, QStringLiteral(" JP-CRCSA "), QStringLiteral("NATO-CDP2016"));
    QVERIFY2(scope.ok(), qPrintable(scope.message()));
    QCOMPARE(scope->sourceIsParty, false);
    QCOMPARE(scope->sourceCode, QStringLiteral("JP-CRCSA"));
    QCOMPARE(scope->sourceFrameworkIds,
             QList<qint64>{idOf(db, QStringLiteral("frameworks"), QStringLiteral("JP-CRCSA"))});
    // The issuer decides which marks and gaps count.
    const qint64 jp = idOf(db, QStringLiteral("parties"), QStringLiteral("JP"));
    QCOMPARE(scope->partyId, jp);
    QCOMPARE(scope->applicablePartyIds, QList<qint64>{jp});

    // A framework without issuer: no party.
    const Result<CoverageScope> nist =
        CoverageScope::resolve(db, QStringLiteral("NIST-CSF2"), QStringLiteral("NATO-CDP2016"));
    QVERIFY2(nist.ok(), qPrintable(nist.message()));
    QCOMPARE(nist->partyId, qint64(0));
    QCOMPARE(nist->applicablePartyIds, QList<qint64>());
}

void TestCoverageEngine::resolvePrefixesAndNumbers()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    Database& db = fixture.db();
    const qint64 jpParty = idOf(db, QStringLiteral("parties"), QStringLiteral("JP"));
    // A framework whose code is also a party's code.
    const qint64 jpFramework = test::addFramework(db, QStringLiteral("JP"));
    const QString target = QStringLiteral("NATO-CDP2016");

    const Result<CoverageScope> ambiguous = CoverageScope::resolve(db, QStringLiteral("JP"), target);
    QVERIFY(!ambiguous.ok());
    QVERIFY2(ambiguous.message().contains(QStringLiteral("party:JP")), qPrintable(ambiguous.message()));
    QVERIFY2(ambiguous.message().contains(QStringLiteral("framework:JP")), qPrintable(ambiguous.message()));

    const Result<CoverageScope> party = CoverageScope::resolve(db, QStringLiteral("party:JP"), target);
    QVERIFY2(party.ok(), qPrintable(party.message()));
    QCOMPARE(party->sourceIsParty, true);
    QCOMPARE(party->partyId, jpParty);

    const Result<CoverageScope> framework = CoverageScope::resolve(db, QStringLiteral("framework:JP"), target);
    QVERIFY2(framework.ok(), qPrintable(framework.message()));
    QCOMPARE(framework->sourceIsParty, false);
    QCOMPARE(framework->sourceFrameworkIds, QList<qint64>{jpFramework});
    QCOMPARE(framework->partyId, qint64(0));

    // A prefix limits the lookup to its kind.
    const Result<CoverageScope> noSuchFramework =
        CoverageScope::resolve(db, QStringLiteral("framework:JP-NCO"), target);
    QVERIFY(!noSuchFramework.ok());
    QVERIFY2(noSuchFramework.message().contains(QStringLiteral("JP-NCO")), qPrintable(noSuchFramework.message()));
    QVERIFY(CoverageScope::resolve(db, QStringLiteral("party:JP-NCO"), target).ok());
    QVERIFY(!CoverageScope::resolve(db, QStringLiteral("party:JP-CRCSA"), target).ok());

    // Numeric ids.
    const qint64 crcsa = idOf(db, QStringLiteral("frameworks"), QStringLiteral("JP-CRCSA"));
    const qint64 cdp = idOf(db, QStringLiteral("frameworks"), target);
    const Result<CoverageScope> byId =
        CoverageScope::resolve(db, QStringLiteral("framework:%1").arg(crcsa), QString::number(cdp));
    QVERIFY2(byId.ok(), qPrintable(byId.message()));
    QCOMPARE(byId->sourceFrameworkIds, QList<qint64>{crcsa});
    QCOMPARE(byId->targetFrameworkId, cdp);
    QCOMPARE(byId->targetCode, target);
}

void TestCoverageEngine::resolveUnknownCodes_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("named"); // what the message must name

    QTest::newRow("unknown source") << QStringLiteral("XX-NOPE") << QStringLiteral("NATO-CDP2016")
                                    << QStringLiteral("\"XX-NOPE\"");
    QTest::newRow("unknown target") << QStringLiteral("JP") << QStringLiteral("NATO-NOPE")
                                    << QStringLiteral("\"NATO-NOPE\"");
    QTest::newRow("target is a party") << QStringLiteral("JP") << QStringLiteral("NATO") << QStringLiteral("\"NATO\"");
    QTest::newRow("unknown party prefix")
        << QStringLiteral("party:ZZ") << QStringLiteral("NATO-CDP2016") << QStringLiteral("\"ZZ\"");
    QTest::newRow("empty source") << QString() << QStringLiteral("NATO-CDP2016") << QStringLiteral("source");
    QTest::newRow("prefix only") << QStringLiteral("party:") << QStringLiteral("NATO-CDP2016")
                                 << QStringLiteral("source");
    QTest::newRow("empty target") << QStringLiteral("JP") << QStringLiteral("  ") << QStringLiteral("target");
}

void TestCoverageEngine::resolveUnknownCodes()
{
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(QString, named);
    TestDatabase fixture(TestDatabase::Content::Sample);
    const Result<CoverageScope> scope = CoverageScope::resolve(fixture.db(), source, target);
    QVERIFY(!scope.ok());
    QVERIFY2(scope.message().contains(named, Qt::CaseInsensitive), qPrintable(scope.message()));
}

void TestCoverageEngine::resolveSameFrameworkRefused()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    const Result<CoverageScope> scope =
        CoverageScope::resolve(fixture.db(), QStringLiteral("NATO-CDP2016"), QStringLiteral("NATO-CDP2016"));
    QVERIFY(!scope.ok());
    QVERIFY2(scope.message().contains(QStringLiteral("NATO-CDP2016")), qPrintable(scope.message()));
    QVERIFY2(scope.message().contains(QStringLiteral("same")), qPrintable(scope.message()));
}

void TestCoverageEngine::partyScopeIncludesAgenciesAndExcludesTarget()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    Database& db = fixture.db();
    const qint64 nco = idOf(db, QStringLiteral("parties"), QStringLiteral("JP-NCO"));
    const qint64 ncoFramework = addFrameworkIssuedBy(db, QStringLiteral("JP-NCO-PLAN"), nco);

    const Result<CoverageScope> jp = CoverageScope::resolve(db, QStringLiteral("JP"), QStringLiteral("NATO-CDP2016"));
    QVERIFY2(jp.ok(), qPrintable(jp.message()));
    QVERIFY(jp->sourceFrameworkIds.contains(ncoFramework));
    QCOMPARE(jp->sourceFrameworkIds.size(), 5);

    // The agency's own scope: its frameworks only, marks of its parent state apply.
    const Result<CoverageScope> agency =
        CoverageScope::resolve(db, QStringLiteral("JP-NCO"), QStringLiteral("NATO-CDP2016"));
    QVERIFY2(agency.ok(), qPrintable(agency.message()));
    QCOMPARE(agency->sourceFrameworkIds, QList<qint64>{ncoFramework});
    QCOMPARE(agency->partyId, nco);
    QCOMPARE(agency->applicablePartyIds,
             (QList<qint64>{idOf(db, QStringLiteral("parties"), QStringLiteral("JP")), nco}));

    // A party that issued the target: every other framework of it, never the target itself.
    const qint64 cdp = idOf(db, QStringLiteral("frameworks"), QStringLiteral("NATO-CDP2016"));
    const Result<CoverageScope> nato =
        CoverageScope::resolve(db, QStringLiteral("NATO"), QStringLiteral("NATO-CDP2016"));
    QVERIFY2(nato.ok(), qPrintable(nato.message()));
    QVERIFY(!nato->sourceFrameworkIds.contains(cdp));
    QList<qint64> expected;
    for (const char* code : {"NATO-CCDP2021", "NATO-JP-ITPP", "NATO-SC2022", "NATO-VIL2023", "NATO-WAS2024"})
        expected << idOf(db, QStringLiteral("frameworks"), QString::fromLatin1(code));
    QCOMPARE(nato->sourceFrameworkIds, expected);
}

void TestCoverageEngine::parentPartyExclusionAppliesToAgency()
{
    // The sample marks NATO-SC2022 (b) not applicable to JP.
    TestDatabase fixture(TestDatabase::Content::Sample);
    Database& db = fixture.db();
    const qint64 sc = idOf(db, QStringLiteral("frameworks"), QStringLiteral("NATO-SC2022"));
    const qint64 b = idOf(db, QStringLiteral("provisions"), QStringLiteral("B"), sc);
    QVERIFY(b > 0);

    for (const QString& source : {QStringLiteral("JP"), QStringLiteral("JP-NCO"), QStringLiteral("JP-CRCSA-REL")}) {
        const Result<CoverageScope> scope = CoverageScope::resolve(db, source, QStringLiteral("NATO-SC2022"));
        QVERIFY2(scope.ok(), qPrintable(scope.message()));
        const CoverageReport report = CoverageEngine::compute(db, *scope);
        const CoverageItem* item = report.item(b);
        QVERIFY(item);
        QVERIFY2(item->status == CoverageStatus::NotApplicable, qPrintable(source));
        QVERIFY(item->exclusionJustification.startsWith(QStringLiteral("Japan is not party to the Washington")));
        QCOMPARE(item->exclusionProvisionId, b);
        QCOMPARE(report.totals().notApplicable, 1);
    }
    // Not for another party.
    const Result<CoverageScope> au = CoverageScope::resolve(db, QStringLiteral("AU"), QStringLiteral("NATO-SC2022"));
    QVERIFY2(au.ok(), qPrintable(au.message()));
    const CoverageReport report = CoverageEngine::compute(db, *au);
    QCOMPARE(report.item(b)->status, CoverageStatus::Uncovered);
    QCOMPARE(report.item(b)->exclusionJustification, QString());
    QCOMPARE(report.totals().notApplicable, 0);
}

void TestCoverageEngine::sampleCoverage()
{
    // JP against NATO-CDP2016 (seven flat commitments), as the sample's mappings give it:
    //   C1 JP-NSS2022 LEVEL intersects (5) and JP-CRCSA CH10 no relationship   partial 0.5
    //   C2 CH10 no relationship                                                 uncovered, reviewed
    //   C3 JP-CRCSA-REL NCO intersects (6)                                      partial 0.6
    //   C4 JP-CRCSA CH02 intersects (5)                                         partial 0.5
    //   C5, C6 JP-CSS2025 P3-1 intersects (6)                                   partial 0.6
    //   C7 CH10 no relationship                                                 uncovered, reviewed
    TestDatabase fixture(TestDatabase::Content::Sample);
    Database& db = fixture.db();
    const Result<CoverageScope> scope =
        CoverageScope::resolve(db, QStringLiteral("JP"), QStringLiteral("NATO-CDP2016"));
    QVERIFY2(scope.ok(), qPrintable(scope.message()));
    const CoverageEngine::Input input = CoverageEngine::read(db, *scope);
    QCOMPARE(input.targetProvisions.size(), 7);
    QCOMPARE(input.exclusions.size(), 0);
    const CoverageReport report = CoverageEngine::compute(db, *scope);
    QCOMPARE(codes(report),
             (QStringList{QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("C3"), QStringLiteral("C4"),
                          QStringLiteral("C5"), QStringLiteral("C6"), QStringLiteral("C7")}));
    const QList<CoverageStatus> statuses{CoverageStatus::Partial,  CoverageStatus::Uncovered, CoverageStatus::Partial,
                                         CoverageStatus::Partial,  CoverageStatus::Partial,   CoverageStatus::Partial,
                                         CoverageStatus::Uncovered};
    const QList<double> scores{0.5, 0.0, 0.6, 0.5, 0.6, 0.6, 0.0};
    for (int i = 0; i < report.items().size(); ++i) {
        QCOMPARE(report.items().at(i).status, statuses.at(i));
        QCOMPARE(report.items().at(i).score, scores.at(i));
    }
    QCOMPARE(report.items().at(1).reviewedUnrelated, true);
    QCOMPARE(report.items().at(0).reviewedUnrelated, false);
    COMPARE_COUNTS(report.totals(), counts(0, 5, 2, 0, 2.8));
    QCOMPARE(report.totals().score(), 2.8 / 7);
    QCOMPARE(report.ignoredMappings(), 0);
}

QTEST_GUILESS_MAIN(TestCoverageEngine)
#include "tst_coverageengine.moc"
