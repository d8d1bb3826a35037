#include "models/analysis/CoverageEngine.h"
#include "models/analysis/CrosswalkMatrix.h"
#include "tests/support/RecordFixtures.h"
#include "tests/support/TestDatabase.h"

#include <QtTest>

using namespace crosswalk;
using crosswalk::test::addRow;
using crosswalk::test::TestDatabase;

namespace {

QList<qint64> ids(std::initializer_list<qint64> list)
{
    return QList<qint64>(list);
}

/// Two source frameworks of party P (SA with nested groups, SB) against a target T with nested groups:
///
///   SA  A1 "Ch. 1 — General" > A1.1, A1.2 > A1.2.a      T  T1 "1 — First" > T1.1, T1.2, T1.3
///       A2                                                  T2 > T2.1, T2.2
///   SB  B1 > B1.1                                           T3 (marked not applicable to P)
///
/// Mappings (strength in brackets):
///   m1 A1.1 equal T1.1 (10)            m6 T1.3 superset of B1 (4), stored the other way round
///   m2 A1.2.a intersects with T1.2 (6) m7 A2 intersects with T2.1 (9)
///   m3 T2 subset of A1 (8), inverted   m8 A2 no relationship T1.3 (0)
///   m4 B1.1 no relationship T3 (0)     m9 A2 subset of T2.2 (7)
///   m5 A2 equal T3 (10), deprecated
struct Fixture
{
    TestDatabase database;
    qint64 party = 0;
    qint64 sa = 0, sb = 0, t = 0;
    qint64 a1 = 0, a11 = 0, a12 = 0, a12a = 0, a2 = 0, b1 = 0, b11 = 0;
    qint64 t1 = 0, t11 = 0, t12 = 0, t13 = 0, t2 = 0, t21 = 0, t22 = 0, t3 = 0;
    qint64 m1 = 0, m2 = 0, m3 = 0, m4 = 0, m5 = 0, m6 = 0, m7 = 0, m8 = 0, m9 = 0;

    Fixture()
    {
        Database& db = database.db();
        party = test::addParty(db, QStringLiteral("P"));
        const qint64 other = test::addParty(db, QStringLiteral("Q"));
        sa = framework(QStringLiteral("SA"), party);
        sb = framework(QStringLiteral("SB"), party);
        t = framework(QStringLiteral("T"), other);

        a1 = provision(sa, QStringLiteral("A1"), 0, 1, QStringLiteral("Ch. 1"), QStringLiteral("General"));
        a11 = provision(sa, QStringLiteral("A1.1"), a1, 1);
        a12 = provision(sa, QStringLiteral("A1.2"), a1, 2);
        a12a = provision(sa, QStringLiteral("A1.2.a"), a12, 1);
        a2 = provision(sa, QStringLiteral("A2"), 0, 2);
        b1 = provision(sb, QStringLiteral("B1"), 0, 1);
        b11 = provision(sb, QStringLiteral("B1.1"), b1, 1);

        t1 = provision(t, QStringLiteral("T1"), 0, 1, QStringLiteral("1"), QStringLiteral("First"));
        t11 = provision(t, QStringLiteral("T1.1"), t1, 1);
        t12 = provision(t, QStringLiteral("T1.2"), t1, 2);
        t13 = provision(t, QStringLiteral("T1.3"), t1, 3);
        t2 = provision(t, QStringLiteral("T2"), 0, 2);
        t21 = provision(t, QStringLiteral("T2.1"), t2, 1);
        t22 = provision(t, QStringLiteral("T2.2"), t2, 2);
        t3 = provision(t, QStringLiteral("T3"), 0, 3);

        m1 = mapping(a11, "equal", t11, 10);
        m2 = mapping(a12a, "intersects_with", t12, 6);
        m3 = mapping(t2, "subset_of", a1, 8);
        m4 = mapping(b11, "no_relationship", t3, 0);
        m5 = mapping(a2, "equal", t3, 10, "deprecated");
        m6 = mapping(t13, "superset_of", b1, 4);
        m7 = mapping(a2, "intersects_with", t21, 9);
        m8 = mapping(a2, "no_relationship", t13, 0);
        m9 = mapping(a2, "subset_of", t22, 7);

        addRow(db, QStringLiteral("applicability"),
               {{QStringLiteral("provision_id"), t3},
                {QStringLiteral("party_id"), party},
                {QStringLiteral("justification"), QStringLiteral("Not for P")}});
    }

    qint64 framework(const QString& code, qint64 issuer)
    {
        return addRow(database.db(), QStringLiteral("frameworks"),
                      {{QStringLiteral("code"), code},
                       {QStringLiteral("title_en"), code},
                       {QStringLiteral("kind"), QStringLiteral("law")},
                       {QStringLiteral("status"), QStringLiteral("adopted")},
                       {QStringLiteral("issuer_party_id"), issuer}});
    }

    qint64 provision(qint64 frameworkId, const QString& code, qint64 parentId, int sortOrder,
                     const QString& refLabel = QString(), const QString& title = QString())
    {
        return addRow(database.db(), QStringLiteral("provisions"),
                      {{QStringLiteral("framework_id"), frameworkId},
                       {QStringLiteral("parent_id"), parentId > 0 ? QVariant(parentId) : QVariant()},
                       {QStringLiteral("sort_order"), sortOrder},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("ref_label"), refLabel},
                       {QStringLiteral("title_en"), title.isEmpty() ? code : title}});
    }

    qint64 mapping(qint64 source, const char* relationship, qint64 target, int strength, const char* status = "draft")
    {
        return addRow(database.db(), QStringLiteral("mappings"),
                      {{QStringLiteral("source_provision_id"), source},
                       {QStringLiteral("target_provision_id"), target},
                       {QStringLiteral("relationship"), QString::fromLatin1(relationship)},
                       {QStringLiteral("rationale"), QStringLiteral("semantic")},
                       {QStringLiteral("strength"), strength},
                       {QStringLiteral("review_status"), QString::fromLatin1(status)}});
    }

    CrosswalkMatrix partyMatrix()
    {
        const Result<CoverageScope> scope = CoverageScope::forParty(database.db(), party, t);
        if (!scope)
            qFatal("no scope: %s", qPrintable(scope.message()));
        return CrosswalkMatrix::compute(database.db(), *scope);
    }
};

CoverageCounts counts(int covered, int partial, int uncovered, int notApplicable, double scoreSum)
{
    CoverageCounts result;
    result.covered = covered;
    result.partial = partial;
    result.uncovered = uncovered;
    result.notApplicable = notApplicable;
    result.scoreSum = scoreSum;
    return result;
}

/// Compares the counts, the score sum up to rounding.
bool sameCounts(const CoverageCounts& actual, const CoverageCounts& expected)
{
    return actual.covered == expected.covered && actual.partial == expected.partial &&
           actual.uncovered == expected.uncovered && actual.notApplicable == expected.notApplicable &&
           qAbs(actual.scoreSum - expected.scoreSum) < 1e-9;
}

QString describe(const CoverageCounts& c)
{
    return QStringLiteral("covered %1, partial %2, uncovered %3, n/a %4, score sum %5")
        .arg(c.covered)
        .arg(c.partial)
        .arg(c.uncovered)
        .arg(c.notApplicable)
        .arg(c.scoreSum);
}

ProvisionRow row(qint64 id, qint64 frameworkId, qint64 parentId, const char* code)
{
    ProvisionRow result;
    result.id = id;
    result.frameworkId = frameworkId;
    result.parentId = parentId;
    result.code = QString::fromLatin1(code);
    result.titleEn = result.code;
    return result;
}

} // namespace

Q_DECLARE_METATYPE(std::optional<Relationship>)
Q_DECLARE_METATYPE(std::optional<int>)
Q_DECLARE_METATYPE(MatrixCoverage)

class TestCrosswalkMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsOfTwoSourceFrameworks();
    void cells_data();
    void cells();
    void rowTotals();
    void columnTotalsFollowTheCoverageReport();
    void mappingsReadFromTheSourceSide();
    void deprecatedMappingsLeftOut();
    void oneSourceFrameworkLabelsWithoutCode();
    void parentCycleFormsOneGroup();
    void classifyThresholds_data();
    void classifyThresholds();
    void rankOrder();
    void emptyScope();
};

void TestCrosswalkMatrix::groupsOfTwoSourceFrameworks()
{
    Fixture f;
    const CrosswalkMatrix matrix = f.partyMatrix();
    QCOMPARE(matrix.rowCount(), 3);
    QCOMPARE(matrix.columnCount(), 3);

    QStringList rowLabels;
    for (const MatrixGroup& group : matrix.rows())
        rowLabels << group.label();
    QCOMPARE(rowLabels, (QStringList{QStringLiteral("SA Ch. 1 — General"), QStringLiteral("SA A2 — A2"),
                                     QStringLiteral("SB B1 — B1")}));
    QStringList columnLabels;
    for (const MatrixGroup& group : matrix.columns())
        columnLabels << group.label();
    QCOMPARE(columnLabels,
             (QStringList{QStringLiteral("1 — First"), QStringLiteral("T2 — T2"), QStringLiteral("T3 — T3")}));

    const MatrixGroup& a1 = matrix.rows().at(0);
    QCOMPARE(a1.provisionId, f.a1);
    QCOMPARE(a1.frameworkId, f.sa);
    QCOMPARE(a1.frameworkCode, QStringLiteral("SA"));
    QCOMPARE(a1.reference, QStringLiteral("SA Ch. 1"));
    QCOMPARE(a1.title(), QStringLiteral("General"));
    QCOMPARE(a1.provisionCount, 4); // A1, A1.1, A1.2 and A1.2.a
    QCOMPARE(matrix.rows().at(2).provisionCount, 2);
    QCOMPARE(matrix.columns().at(0).provisionCount, 4);
    QCOMPARE(matrix.columns().at(2).provisionCount, 1);

    QCOMPARE(matrix.rowOfGroup(f.b1), 2);
    QCOMPARE(matrix.rowOfGroup(f.b11), -1);
    QCOMPARE(matrix.columnOfGroup(f.t2), 1);
    QCOMPARE(matrix.provisionCode(f.a12a), QStringLiteral("SA:A1.2.a"));
    QCOMPARE(matrix.provisionCode(f.t22), QStringLiteral("T:T2.2"));
    QCOMPARE(matrix.provisionCode(999), QString());
}

void TestCrosswalkMatrix::cells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QList<qint64>>("mappings");
    QTest::addColumn<std::optional<Relationship>>("strongest");
    QTest::addColumn<std::optional<int>>("bestStrength");
    QTest::addColumn<CoverageCounts>("coverage");
    QTest::addColumn<MatrixCoverage>("coverageClass");

    // Filled in cells() from the fixture's ids: the list holds the names' positions m1..m9.
    const std::optional<Relationship> none;
    // T1.1 covered, T1.2 partly (0.6), T1.3 uncovered: 1.6 of 3.
    QTest::newRow("A1 x T1") << 0 << 0 << ids({1, 2}) << std::optional(Relationship::Equal) << std::optional(10)
                             << counts(1, 1, 1, 0, 1.6) << MatrixCoverage::Medium;
    // T2 subset of A1 reads A1 superset of T2: T2.1 and T2.2 covered through their parent.
    QTest::newRow("A1 x T2") << 0 << 1 << ids({3}) << std::optional(Relationship::SupersetOf) << std::optional(8)
                             << counts(2, 0, 0, 0, 2.0) << MatrixCoverage::Full;
    // Empty cells: the target group as no mapping leaves it (T3 is not applicable).
    QTest::newRow("A1 x T3") << 0 << 2 << ids({}) << none << std::optional<int>() << counts(0, 0, 0, 1, 0.0)
                             << MatrixCoverage::Empty;
    QTest::newRow("A2 x T1") << 1 << 0 << ids({8}) << std::optional(Relationship::NoRelationship) << std::optional(0)
                             << counts(0, 0, 3, 0, 0.0) << MatrixCoverage::NoCoverage;
    // 0.9 + 0.7 of 2; the strongest is "subset of" although "intersects with" has the best strength.
    QTest::newRow("A2 x T2") << 1 << 1 << ids({7, 9}) << std::optional(Relationship::SubsetOf) << std::optional(9)
                             << counts(0, 2, 0, 0, 1.6) << MatrixCoverage::High;
    // Only the deprecated m5.
    QTest::newRow("A2 x T3") << 1 << 2 << ids({}) << none << std::optional<int>() << counts(0, 0, 0, 1, 0.0)
                             << MatrixCoverage::Empty;
    // T1.3 superset of B1 reads B1 subset of T1.3: 0.4 of 3.
    QTest::newRow("B1 x T1") << 2 << 0 << ids({6}) << std::optional(Relationship::SubsetOf) << std::optional(4)
                             << counts(0, 1, 2, 0, 0.4) << MatrixCoverage::Low;
    QTest::newRow("B1 x T2") << 2 << 1 << ids({}) << none << std::optional<int>() << counts(0, 0, 2, 0, 0.0)
                             << MatrixCoverage::Empty;
    QTest::newRow("B1 x T3") << 2 << 2 << ids({4}) << std::optional(Relationship::NoRelationship) << std::optional(0)
                             << counts(0, 0, 0, 1, 0.0) << MatrixCoverage::NotApplicable;
}

void TestCrosswalkMatrix::cells()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QList<qint64>, mappings);
    QFETCH(std::optional<Relationship>, strongest);
    QFETCH(std::optional<int>, bestStrength);
    QFETCH(CoverageCounts, coverage);
    QFETCH(MatrixCoverage, coverageClass);

    Fixture f;
    const QList<qint64> byNumber{0, f.m1, f.m2, f.m3, f.m4, f.m5, f.m6, f.m7, f.m8, f.m9};
    QList<qint64> expectedIds;
    for (const qint64 number : mappings)
        expectedIds << byNumber.at(number);

    const CrosswalkMatrix matrix = f.partyMatrix();
    const MatrixCell& cell = matrix.cell(row, column);
    QCOMPARE(cell.mappingIds, expectedIds);
    QCOMPARE(cell.count(), expectedIds.size());
    QCOMPARE(cell.strongest, strongest);
    QCOMPARE(cell.bestStrength, bestStrength);
    QVERIFY2(sameCounts(cell.coverage, coverage), qPrintable(describe(cell.coverage)));
    QCOMPARE(cell.coverageClass, coverageClass);
}

void TestCrosswalkMatrix::rowTotals()
{
    Fixture f;
    const CrosswalkMatrix matrix = f.partyMatrix();

    // A1 over the whole target: T1.1, T2.1, T2.2 covered, T1.2 partly (0.6), T1.3 uncovered, T3 n/a.
    const MatrixCell& a1 = matrix.rowTotal(0);
    QCOMPARE(a1.mappingIds, (QList<qint64>{f.m1, f.m2, f.m3}));
    QCOMPARE(a1.strongest, std::optional(Relationship::Equal));
    QCOMPARE(a1.bestStrength, std::optional(10));
    QVERIFY2(sameCounts(a1.coverage, counts(3, 1, 1, 1, 3.6)), qPrintable(describe(a1.coverage)));
    QCOMPARE(a1.coverageClass, MatrixCoverage::High); // 3.6 of 5

    const MatrixCell& a2 = matrix.rowTotal(1);
    QCOMPARE(a2.mappingIds, (QList<qint64>{f.m7, f.m8, f.m9}));
    QCOMPARE(a2.strongest, std::optional(Relationship::SubsetOf));
    QCOMPARE(a2.bestStrength, std::optional(9));
    QVERIFY2(sameCounts(a2.coverage, counts(0, 2, 3, 1, 1.6)), qPrintable(describe(a2.coverage)));
    QCOMPARE(a2.coverageClass, MatrixCoverage::Low); // 1.6 of 5

    const MatrixCell& b1 = matrix.rowTotal(2);
    QCOMPARE(b1.mappingIds, (QList<qint64>{f.m4, f.m6}));
    QCOMPARE(b1.strongest, std::optional(Relationship::SubsetOf));
    QCOMPARE(b1.bestStrength, std::optional(4));
    QVERIFY2(sameCounts(b1.coverage, counts(0, 1, 4, 1, 0.4)), qPrintable(describe(b1.coverage)));
    QCOMPARE(b1.coverageClass, MatrixCoverage::Low);
}

void TestCrosswalkMatrix::columnTotalsFollowTheCoverageReport()
{
    Fixture f;
    const CrosswalkMatrix matrix = f.partyMatrix();

    // T1.1 covered (m1), T1.2 partly (m2, 0.6), T1.3 partly (m6, 0.4; m8 says unrelated): 2.0 of 3.
    const MatrixCell& t1 = matrix.columnTotal(0);
    QCOMPARE(t1.mappingIds, (QList<qint64>{f.m1, f.m2, f.m6, f.m8}));
    QCOMPARE(t1.strongest, std::optional(Relationship::Equal));
    QVERIFY2(sameCounts(t1.coverage, counts(1, 2, 0, 0, 2.0)), qPrintable(describe(t1.coverage)));
    QCOMPARE(t1.coverageClass, MatrixCoverage::High); // exactly two thirds

    const MatrixCell& t2 = matrix.columnTotal(1);
    QCOMPARE(t2.mappingIds, (QList<qint64>{f.m3, f.m7, f.m9}));
    QCOMPARE(t2.strongest, std::optional(Relationship::SupersetOf));
    QCOMPARE(t2.bestStrength, std::optional(9));
    QVERIFY2(sameCounts(t2.coverage, counts(2, 0, 0, 0, 2.0)), qPrintable(describe(t2.coverage)));
    QCOMPARE(t2.coverageClass, MatrixCoverage::Full);

    const MatrixCell& t3 = matrix.columnTotal(2);
    QCOMPARE(t3.mappingIds, (QList<qint64>{f.m4}));
    QCOMPARE(t3.coverageClass, MatrixCoverage::NotApplicable);

    const MatrixCell& total = matrix.total();
    QCOMPARE(total.mappingIds, (QList<qint64>{f.m1, f.m2, f.m3, f.m4, f.m6, f.m7, f.m8, f.m9}));
    QCOMPARE(total.strongest, std::optional(Relationship::Equal));
    QCOMPARE(total.bestStrength, std::optional(10));
    QVERIFY2(sameCounts(total.coverage, counts(3, 2, 0, 1, 4.0)), qPrintable(describe(total.coverage)));
    QCOMPARE(total.coverageClass, MatrixCoverage::High);

    // The same figures as the coverage engine gives for the scope.
    const CoverageReport report = CoverageEngine::compute(f.database.db(), matrix.scope());
    QCOMPARE(report.totals().covered, total.coverage.covered);
    QCOMPARE(report.totals().partial, total.coverage.partial);
    QCOMPARE(report.item(f.t1)->counts.partial, t1.coverage.partial);
}

void TestCrosswalkMatrix::mappingsReadFromTheSourceSide()
{
    Fixture f;
    const CrosswalkMatrix matrix = f.partyMatrix();
    QCOMPARE(matrix.mappings().size(), 8);

    const MatrixMapping* m3 = matrix.mapping(f.m3);
    QVERIFY(m3);
    QCOMPARE(m3->inverted, true);
    QCOMPARE(m3->sourceProvisionId, f.a1);
    QCOMPARE(m3->targetProvisionId, f.t2);
    QCOMPARE(m3->relationship, Relationship::SupersetOf);
    QCOMPARE(m3->strength, std::optional(8));
    QCOMPARE(m3->row, 0);
    QCOMPARE(m3->column, 1);

    const MatrixMapping* m2 = matrix.mapping(f.m2);
    QVERIFY(m2);
    QCOMPARE(m2->inverted, false);
    QCOMPARE(m2->sourceProvisionId, f.a12a);
    QCOMPARE(m2->targetProvisionId, f.t12);
    QCOMPARE(m2->relationship, Relationship::IntersectsWith);
    QCOMPARE(m2->reviewStatus, ReviewStatus::Draft);
    QCOMPARE(m2->row, 0);
    QCOMPARE(m2->column, 0);

    // "Intersects with" reads the same both ways.
    const MatrixMapping* m6 = matrix.mapping(f.m6);
    QVERIFY(m6);
    QCOMPARE(m6->relationship, Relationship::SubsetOf);
    QCOMPARE(m6->sourceProvisionId, f.b1);
    QCOMPARE(m6->row, 2);
}

void TestCrosswalkMatrix::deprecatedMappingsLeftOut()
{
    Fixture f;
    CrosswalkMatrix matrix = f.partyMatrix();
    QCOMPARE(matrix.ignoredMappings(), 1);
    QCOMPARE(matrix.mapping(f.m5), nullptr);
    QVERIFY(matrix.cell(1, 2).isEmpty());

    // Marked superseded, m3 leaves its cell, and T2 is no longer covered through it.
    QVERIFY(RecordStore(f.database.db())
                .update(QStringLiteral("mappings"), f.m3,
                        {{QStringLiteral("review_status"), QStringLiteral("superseded")}}));
    matrix = f.partyMatrix();
    QCOMPARE(matrix.ignoredMappings(), 2);
    QVERIFY(matrix.cell(0, 1).isEmpty());
    QCOMPARE(matrix.cell(0, 1).coverageClass, MatrixCoverage::Empty);
    QCOMPARE(matrix.columnTotal(1).mappingIds, (QList<qint64>{f.m7, f.m9}));
    QCOMPARE(matrix.columnTotal(1).coverageClass, MatrixCoverage::High); // 0.9 + 0.7 of 2
}

void TestCrosswalkMatrix::oneSourceFrameworkLabelsWithoutCode()
{
    Fixture f;
    const Result<CoverageScope> scope = CoverageScope::forFramework(f.database.db(), f.sb, f.t);
    QVERIFY(scope);
    const CrosswalkMatrix matrix = CrosswalkMatrix::compute(f.database.db(), *scope);
    QCOMPARE(matrix.rowCount(), 1);
    QCOMPARE(matrix.rows().at(0).label(), QStringLiteral("B1 — B1"));
    QCOMPARE(matrix.columnCount(), 3);
    QCOMPARE(matrix.cell(0, 0).mappingIds, (QList<qint64>{f.m6}));
    QCOMPARE(matrix.cell(0, 2).mappingIds, (QList<qint64>{f.m4}));
    QCOMPARE(matrix.total().count(), 2);
    QCOMPARE(matrix.ignoredMappings(), 0);
}

void TestCrosswalkMatrix::parentCycleFormsOneGroup()
{
    // Source 1: S1 > S2 at the top; S3 and S4 are each other's parent, S5 hangs below S4.
    CrosswalkMatrix::Input input;
    input.sourceProvisions = {row(1, 1, 0, "S1"), row(2, 1, 1, "S2"), row(3, 1, 4, "S3"), row(4, 1, 3, "S4"),
                              row(5, 1, 4, "S5")};
    // Target 2: T1, and T2 whose parent is a provision of another framework (so it is at the top).
    input.targetProvisions = {row(11, 2, 0, "T1"), row(12, 2, 2, "T2")};
    MappingRow mapping;
    mapping.id = 7;
    mapping.sourceProvisionId = 5;
    mapping.targetProvisionId = 12;
    mapping.relationship = Relationship::Equal;
    mapping.strength = 10;
    input.mappings = {mapping};
    input.frameworkCodes = {{1, QStringLiteral("S")}, {2, QStringLiteral("T")}};
    CoverageScope scope;
    scope.targetFrameworkId = 2;
    scope.sourceFrameworkIds = {1};

    const CrosswalkMatrix matrix = CrosswalkMatrix::compute(scope, input);
    QCOMPARE(matrix.rowCount(), 2);
    QCOMPARE(matrix.rows().at(0).provisionId, 1);
    QCOMPARE(matrix.rows().at(0).provisionCount, 2);
    QCOMPARE(matrix.rows().at(1).provisionId, 3); // the cycle's first member leads
    QCOMPARE(matrix.rows().at(1).provisionCount, 3);
    QCOMPARE(matrix.columnCount(), 2);
    QCOMPARE(matrix.columns().at(1).provisionId, 12);
    QCOMPARE(matrix.cell(1, 1).mappingIds, (QList<qint64>{7}));
    QCOMPARE(matrix.cell(1, 1).coverageClass, MatrixCoverage::Full);
    QCOMPARE(matrix.provisionCode(5), QStringLiteral("S:S5"));
}

void TestCrosswalkMatrix::classifyThresholds_data()
{
    QTest::addColumn<CoverageCounts>("counts");
    QTest::addColumn<bool>("hasMappings");
    QTest::addColumn<MatrixCoverage>("expected");

    QTest::newRow("no mappings") << counts(1, 0, 0, 0, 1) << false << MatrixCoverage::Empty;
    QTest::newRow("nothing applicable") << counts(0, 0, 0, 2, 0) << true << MatrixCoverage::NotApplicable;
    QTest::newRow("all covered") << counts(2, 0, 0, 1, 2) << true << MatrixCoverage::Full;
    QTest::newRow("only unrelated") << counts(0, 0, 2, 0, 0) << true << MatrixCoverage::NoCoverage;
    QTest::newRow("partial without score") << counts(0, 1, 0, 0, 0) << true << MatrixCoverage::Low;
    QTest::newRow("just below a third") << counts(0, 1, 2, 0, 0.99) << true << MatrixCoverage::Low;
    QTest::newRow("one of three") << counts(1, 0, 2, 0, 1) << true << MatrixCoverage::Medium;
    QTest::newRow("half") << counts(0, 1, 0, 0, 0.5) << true << MatrixCoverage::Medium;
    QTest::newRow("two of three") << counts(2, 0, 1, 0, 2) << true << MatrixCoverage::High;
    QTest::newRow("strong partial") << counts(0, 1, 0, 0, 0.9) << true << MatrixCoverage::High;
}

void TestCrosswalkMatrix::classifyThresholds()
{
    QFETCH(CoverageCounts, counts);
    QFETCH(bool, hasMappings);
    QFETCH(MatrixCoverage, expected);
    QCOMPARE(CrosswalkMatrix::classify(counts, hasMappings), expected);
}

void TestCrosswalkMatrix::rankOrder()
{
    QCOMPARE_GT(CrosswalkMatrix::rank(Relationship::Equal), CrosswalkMatrix::rank(Relationship::SupersetOf));
    QCOMPARE_GT(CrosswalkMatrix::rank(Relationship::SupersetOf), CrosswalkMatrix::rank(Relationship::SubsetOf));
    QCOMPARE_GT(CrosswalkMatrix::rank(Relationship::SubsetOf), CrosswalkMatrix::rank(Relationship::IntersectsWith));
    QCOMPARE_GT(CrosswalkMatrix::rank(Relationship::IntersectsWith),
                CrosswalkMatrix::rank(Relationship::NoRelationship));
}

void TestCrosswalkMatrix::emptyScope()
{
    const CrosswalkMatrix matrix = CrosswalkMatrix::compute(CoverageScope(), CrosswalkMatrix::Input());
    QCOMPARE(matrix.rowCount(), 0);
    QCOMPARE(matrix.columnCount(), 0);
    QVERIFY(matrix.total().isEmpty());
    QCOMPARE(matrix.total().coverageClass, MatrixCoverage::Empty);
    QCOMPARE(matrix.mapping(1), nullptr);
}

QTEST_GUILESS_MAIN(TestCrosswalkMatrix)
#include "tst_crosswalkmatrix.moc"
