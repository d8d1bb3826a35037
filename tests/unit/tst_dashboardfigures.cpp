#include "models/analysis/CoverageEngine.h"
#include "models/analysis/DashboardFigures.h"
#include "tests/support/RecordFixtures.h"
#include "tests/support/TestDatabase.h"

#include <QtTest>

using namespace crosswalk;

namespace crosswalk {
char* toString(const KeyCount& value)
{
    return QTest::toString(QStringLiteral("%1 (%2): %3").arg(value.label, value.key).arg(value.count));
}
} // namespace crosswalk

namespace {

QVariant orNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QList<int> countsOf(const QList<KeyCount>& counts)
{
    QList<int> values;
    for (const KeyCount& count : counts)
        values << count.count;
    return values;
}

QStringList keysOf(const QList<KeyCount>& counts)
{
    QStringList keys;
    for (const KeyCount& count : counts)
        keys << count.key;
    return keys;
}

QStringList labelsOf(const QList<KeyCount>& counts)
{
    QStringList labels;
    for (const KeyCount& count : counts)
        labels << count.label;
    return labels;
}

template <typename T> QStringList codesOf(const QList<T>& records)
{
    QStringList codes;
    for (const T& record : records)
        codes << record.code;
    return codes;
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

} // namespace

/// A small database whose figures are worked out by hand:
///
/// - parties JP (with agency AG), NATO, AU; framework SRC (JP) covers TGT (NATO); FREE has no issuer;
/// - TGT: G1 (G1a covered by an "equal", G1b partly by "intersects with" strength 6), G2 (a leaf, not
///   covered), G3 (covered by a "superset of" on the group: G3a, G3b covered; G3c not applicable to JP);
/// - commitments K1..K6, programmes PR1..PR5, gaps GA..GG (see init()).
class TestDashboardFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_fixture.reset(); }

    void coverageByTargetGroup();
    void headlineNamesTargetSourceAndScore();
    void commitmentsByStatusFollowTheScopesParties();
    void commitmentsByThemeMostFirstNoThemeLast();
    void gapsOnTheTargetOrOnNoProvision();
    void timelineOfDueDatesWithOverdue();
    void overdueDependsOnToday();
    void programmePeriods();
    void sourceFrameworkWithoutIssuerLimitsNothingByParty();
    void withoutScopeEverythingCounts();
    void emptyDatabaseHasZeroFigures();
    void groupLabelIsShortened();
    void sampleJapanAgainstNatoCdp();

private:
    Database& db() { return m_fixture->db(); }
    qint64 addCommitment(const QString& code, const QString& status, qint64 lead, qint64 counterpart,
                         const QString& due, const QList<qint64>& themes);
    qint64 addProgramme(const QString& code, const QString& status, qint64 lead, const QString& start,
                        const QString& end, const QList<qint64>& partners);
    qint64 addGap(const QString& code, qint64 provision, qint64 owner, const QString& severity, const QString& status);
    CoverageScope jpScope();

    std::unique_ptr<test::TestDatabase> m_fixture;
    qint64 m_jp = 0;
    qint64 m_agency = 0;
    qint64 m_nato = 0;
    qint64 m_au = 0;
    qint64 m_target = 0;
    qint64 m_free = 0;
    QList<qint64> m_groups;
    QDate m_today{2026, 3, 1};
};

qint64 TestDashboardFigures::addCommitment(const QString& code, const QString& status, qint64 lead, qint64 counterpart,
                                           const QString& due, const QList<qint64>& themes)
{
    const qint64 id = test::addRow(db(), QStringLiteral("commitments"),
                                   {{QStringLiteral("code"), code},
                                    {QStringLiteral("title_en"), QString(QStringLiteral("Commitment ") + code)},
                                    {QStringLiteral("status"), status},
                                    {QStringLiteral("lead_party_id"), orNull(lead)},
                                    {QStringLiteral("counterpart_party_id"), orNull(counterpart)},
                                    {QStringLiteral("due_date"), due.isEmpty() ? QVariant() : QVariant(due)}});
    for (const qint64 theme : themes)
        test::addLink(db(), QStringLiteral("commitment_themes"), id, theme);
    return id;
}

qint64 TestDashboardFigures::addProgramme(const QString& code, const QString& status, qint64 lead, const QString& start,
                                          const QString& end, const QList<qint64>& partners)
{
    const qint64 id = test::addRow(db(), QStringLiteral("programmes"),
                                   {{QStringLiteral("code"), code},
                                    {QStringLiteral("name_en"), QString(QStringLiteral("Programme ") + code)},
                                    {QStringLiteral("kind"), QStringLiteral("training")},
                                    {QStringLiteral("status"), status},
                                    {QStringLiteral("lead_party_id"), orNull(lead)},
                                    {QStringLiteral("start_date"), start.isEmpty() ? QVariant() : QVariant(start)},
                                    {QStringLiteral("end_date"), end.isEmpty() ? QVariant() : QVariant(end)}});
    for (const qint64 partner : partners)
        test::addLink(db(), QStringLiteral("programme_partners"), id, partner);
    return id;
}

qint64 TestDashboardFigures::addGap(const QString& code, qint64 provision, qint64 owner, const QString& severity,
                                    const QString& status)
{
    return test::addRow(db(), QStringLiteral("gaps"),
                        {{QStringLiteral("code"), code},
                         {QStringLiteral("title_en"), QString(QStringLiteral("Gap ") + code)},
                         {QStringLiteral("kind"), QStringLiteral("uncovered")},
                         {QStringLiteral("severity"), severity},
                         {QStringLiteral("status"), status},
                         {QStringLiteral("provision_id"), orNull(provision)},
                         {QStringLiteral("owner_party_id"), orNull(owner)}});
}

CoverageScope TestDashboardFigures::jpScope()
{
    const Result<CoverageScope> scope = CoverageScope::forParty(db(), m_jp, m_target);
    if (!scope)
        qFatal("no scope: %s", qPrintable(scope.message()));
    return *scope;
}

void TestDashboardFigures::init()
{
    m_fixture = std::make_unique<test::TestDatabase>();
    Database& d = db();
    m_jp = test::addParty(d, QStringLiteral("JP"));
    m_agency = test::addRow(d, QStringLiteral("parties"),
                            {{QStringLiteral("code"), QStringLiteral("AG")},
                             {QStringLiteral("name_en"), QStringLiteral("Agency")},
                             {QStringLiteral("kind"), QStringLiteral("agency")},
                             {QStringLiteral("parent_id"), m_jp}});
    m_nato = test::addParty(d, QStringLiteral("NATO"));
    m_au = test::addParty(d, QStringLiteral("AU"));

    const auto framework = [&](const QString& code, qint64 issuer) {
        return test::addRow(d, QStringLiteral("frameworks"),
                            {{QStringLiteral("code"), code},
                             {QStringLiteral("title_en"), code},
                             {QStringLiteral("kind"), QStringLiteral("strategy")},
                             {QStringLiteral("status"), QStringLiteral("adopted")},
                             {QStringLiteral("issuer_party_id"), orNull(issuer)}});
    };
    const qint64 source = framework(QStringLiteral("SRC"), m_jp);
    m_target = framework(QStringLiteral("TGT"), m_nato);
    m_free = framework(QStringLiteral("FREE"), 0);

    const qint64 g1 = test::addProvision(d, m_target, QStringLiteral("G1"), std::nullopt, 1);
    const qint64 g1a = test::addProvision(d, m_target, QStringLiteral("G1a"), g1, 1);
    const qint64 g1b = test::addProvision(d, m_target, QStringLiteral("G1b"), g1, 2);
    const qint64 g2 = test::addProvision(d, m_target, QStringLiteral("G2"), std::nullopt, 2);
    const qint64 g3 = test::addProvision(d, m_target, QStringLiteral("G3"), std::nullopt, 3);
    test::addProvision(d, m_target, QStringLiteral("G3a"), g3, 1);
    test::addProvision(d, m_target, QStringLiteral("G3b"), g3, 2);
    const qint64 g3c = test::addProvision(d, m_target, QStringLiteral("G3c"), g3, 3);
    m_groups = {g1, g2, g3};
    const qint64 s1 = test::addProvision(d, source, QStringLiteral("S1"));
    const qint64 s2 = test::addProvision(d, source, QStringLiteral("S2"));
    const qint64 s3 = test::addProvision(d, source, QStringLiteral("S3"));
    const qint64 f1 = test::addProvision(d, m_free, QStringLiteral("F1"));

    const auto map = [&](qint64 from, qint64 to, const QString& relationship, int strength) {
        test::addRow(d, QStringLiteral("mappings"),
                     {{QStringLiteral("source_provision_id"), from},
                      {QStringLiteral("target_provision_id"), to},
                      {QStringLiteral("relationship"), relationship},
                      {QStringLiteral("rationale"), QStringLiteral("semantic")},
                      {QStringLiteral("strength"), strength}});
    };
    map(s1, g1a, QStringLiteral("equal"), 10);
    map(s2, g1b, QStringLiteral("intersects_with"), 6);
    map(s3, g3, QStringLiteral("superset_of"), 8);
    map(f1, g2, QStringLiteral("subset_of"), 4);
    test::addRow(d, QStringLiteral("applicability"),
                 {{QStringLiteral("provision_id"), g3c},
                  {QStringLiteral("party_id"), m_jp},
                  {QStringLiteral("justification"), QStringLiteral("Not a member")}});

    const qint64 info = test::addRow(d, QStringLiteral("themes"),
                                     {{QStringLiteral("code"), QStringLiteral("info")},
                                      {QStringLiteral("name_en"), QStringLiteral("Information sharing")}});
    const qint64 exercises = test::addRow(d, QStringLiteral("themes"),
                                          {{QStringLiteral("code"), QStringLiteral("exercises")},
                                           {QStringLiteral("name_en"), QStringLiteral("Joint exercises")}});
    test::addRow(
        d, QStringLiteral("themes"),
        {{QStringLiteral("code"), QStringLiteral("unused")}, {QStringLiteral("name_en"), QStringLiteral("Unused")}});

    addCommitment(QStringLiteral("K1"), QStringLiteral("agreed"), m_jp, 0, QStringLiteral("2025"), {info, exercises});
    addCommitment(QStringLiteral("K2"), QStringLiteral("done"), m_agency, 0, QStringLiteral("2025-06"), {exercises});
    addCommitment(QStringLiteral("K3"), QStringLiteral("in_progress"), m_nato, m_jp, QStringLiteral("2026-02-28"),
                  {info});
    addCommitment(QStringLiteral("K4"), QStringLiteral("stalled"), m_jp, 0, QStringLiteral("2026-03"), {});
    addCommitment(QStringLiteral("K5"), QStringLiteral("proposed"), m_au, m_nato, QString(), {info});
    addCommitment(QStringLiteral("K6"), QStringLiteral("dropped"), 0, 0, QStringLiteral("2020"), {});

    addProgramme(QStringLiteral("PR1"), QStringLiteral("active"), m_jp, QStringLiteral("2024-04"),
                 QStringLiteral("2026"), {});
    addProgramme(QStringLiteral("PR2"), QStringLiteral("planned"), m_nato, QStringLiteral("2025"), QString(),
                 {m_agency});
    addProgramme(QStringLiteral("PR3"), QStringLiteral("active"), m_au, QStringLiteral("2023"), QString(), {m_nato});
    addProgramme(QStringLiteral("PR4"), QStringLiteral("planned"), m_jp, QString(), QString(), {});
    addProgramme(QStringLiteral("PR5"), QStringLiteral("completed"), 0, QString(), QStringLiteral("2022-05"), {});

    addGap(QStringLiteral("GA"), g1a, m_jp, QStringLiteral("high"), QStringLiteral("open"));
    addGap(QStringLiteral("GB"), g2, m_au, QStringLiteral("critical"), QStringLiteral("open"));
    addGap(QStringLiteral("GC"), 0, 0, QStringLiteral("low"), QStringLiteral("closed"));
    addGap(QStringLiteral("GD"), s1, m_jp, QStringLiteral("medium"), QStringLiteral("open"));
    addGap(QStringLiteral("GE"), 0, m_agency, QStringLiteral("medium"), QStringLiteral("mitigating"));
    addGap(QStringLiteral("GG"), g2, m_jp, QStringLiteral("critical"), QStringLiteral("accepted"));
}

void TestDashboardFigures::coverageByTargetGroup()
{
    const DashboardFigures figures = DashboardFigures::compute(db(), jpScope(), m_today);
    QVERIFY(figures.scope);
    QCOMPARE(figures.scope->targetCode, QStringLiteral("TGT"));
    QCOMPARE(figures.coverageGroups.size(), 3);
    QCOMPARE(figures.coverageGroups[0].provisionId, m_groups[0]);
    QCOMPARE(figures.coverageGroups[0].reference, QStringLiteral("G1"));
    QCOMPARE(figures.coverageGroups[0].title, QStringLiteral("G1"));
    QCOMPARE(figures.coverageGroups[0].counts, counts(1, 1, 0, 0, 1.6));
    QCOMPARE(figures.coverageGroups[1].reference, QStringLiteral("G2"));
    QCOMPARE(figures.coverageGroups[1].counts, counts(0, 0, 1, 0, 0.0)); // F1 is not JP's
    QCOMPARE(figures.coverageGroups[2].reference, QStringLiteral("G3"));
    QCOMPARE(figures.coverageGroups[2].counts, counts(2, 0, 0, 1, 2.0));
    QCOMPARE(figures.coverageTotals, counts(3, 1, 1, 1, 3.6));
    QCOMPARE(qRound(figures.coverageTotals.score() * 100), 72);
}

void TestDashboardFigures::headlineNamesTargetSourceAndScore()
{
    QCOMPARE(DashboardFigures::compute(db(), jpScope(), m_today).headline(),
             QStringLiteral("TGT covered by JP: 3 covered, 1 partly, 1 not covered, 1 not applicable — score 72%"));
    QCOMPARE(DashboardFigures::compute(db(), m_today).headline(),
             QStringLiteral("Choose a source and a target framework to see their coverage."));
}

void TestDashboardFigures::commitmentsByStatusFollowTheScopesParties()
{
    const DashboardFigures figures = DashboardFigures::compute(db(), jpScope(), m_today);
    QCOMPARE(figures.partyIds, (QList<qint64>{m_jp, m_agency}));
    // K5 (AU with NATO) is not JP's; K2 (its agency) and K6 (nobody's) are counted.
    QCOMPARE(figures.commitmentCount, 5);
    QCOMPARE(keysOf(figures.commitmentsByStatus), allKeys<CommitmentStatus>());
    QCOMPARE(labelsOf(figures.commitmentsByStatus),
             (QStringList{QStringLiteral("Proposed"), QStringLiteral("Agreed"), QStringLiteral("In progress"),
                          QStringLiteral("Done"), QStringLiteral("Stalled"), QStringLiteral("Dropped")}));
    QCOMPARE(countsOf(figures.commitmentsByStatus), (QList<int>{0, 1, 1, 1, 1, 1}));

    // Seen from NATO (TGT as the source of another framework): K3 (NATO leads), K5 (NATO is the
    // counterpart) and the nobody's K6.
    const qint64 other = test::addFramework(db(), QStringLiteral("OTHER"));
    const Result<CoverageScope> natoScope = CoverageScope::forFramework(db(), m_target, other);
    QVERIFY2(natoScope.ok(), qPrintable(natoScope.message()));
    const DashboardFigures nato = DashboardFigures::compute(db(), *natoScope, m_today);
    QCOMPARE(nato.partyIds, (QList<qint64>{m_nato}));
    QCOMPARE(nato.commitmentCount, 3);
    QCOMPARE(countsOf(nato.commitmentsByStatus), (QList<int>{1, 0, 1, 0, 0, 1}));
}

void TestDashboardFigures::commitmentsByThemeMostFirstNoThemeLast()
{
    const DashboardFigures figures = DashboardFigures::compute(db(), jpScope(), m_today);
    // Information sharing: K1, K3; Joint exercises: K1, K2; no theme: K4, K6. "Unused" is left out.
    QCOMPARE(figures.commitmentsByTheme,
             (QList<KeyCount>{{QStringLiteral("info"), QStringLiteral("Information sharing"), 2},
                              {QStringLiteral("exercises"), QStringLiteral("Joint exercises"), 2},
                              {QString(), QStringLiteral("No theme"), 2}}));
    // Without the party limit, K5 adds to information sharing, which comes first.
    const DashboardFigures all = DashboardFigures::compute(db(), m_today);
    QCOMPARE(all.commitmentsByTheme,
             (QList<KeyCount>{{QStringLiteral("info"), QStringLiteral("Information sharing"), 3},
                              {QStringLiteral("exercises"), QStringLiteral("Joint exercises"), 2},
                              {QString(), QStringLiteral("No theme"), 2}}));
}

void TestDashboardFigures::gapsOnTheTargetOrOnNoProvision()
{
    const DashboardFigures figures = DashboardFigures::compute(db(), jpScope(), m_today);
    // GA (JP, on G1a), GC (no provision, no owner), GE (no provision, JP's agency), GG (JP, on G2).
    // GB is AU's; GD is on a source provision.
    QCOMPARE(figures.gapCount, 4);
    QCOMPARE(keysOf(figures.gapsByStatus), allKeys<GapStatus>());
    QCOMPARE(countsOf(figures.gapsByStatus), (QList<int>{1, 1, 1, 1}));
    // Unresolved only: GA high (open), GE medium (mitigating).
    QCOMPARE(keysOf(figures.gapsBySeverity), allKeys<Severity>());
    QCOMPARE(labelsOf(figures.gapsBySeverity), (QStringList{QStringLiteral("Low"), QStringLiteral("Medium"),
                                                            QStringLiteral("High"), QStringLiteral("Critical")}));
    QCOMPARE(countsOf(figures.gapsBySeverity), (QList<int>{0, 1, 1, 0}));
}

void TestDashboardFigures::timelineOfDueDatesWithOverdue()
{
    const DashboardFigures figures = DashboardFigures::compute(db(), jpScope(), m_today);
    // By deadline: K6 2020-12-31, K2 2025-06-30, K1 2025-12-31, K3 2026-02-28, K4 2026-03-31.
    QCOMPARE(codesOf(figures.dueCommitments),
             (QStringList{QStringLiteral("K6"), QStringLiteral("K2"), QStringLiteral("K1"), QStringLiteral("K3"),
                          QStringLiteral("K4")}));
    const DueCommitment& k1 = figures.dueCommitments[2];
    QCOMPARE(k1.dueDate, QStringLiteral("2025"));
    QCOMPARE(k1.earliest, QDate(2025, 1, 1));
    QCOMPARE(k1.latest, QDate(2025, 12, 31));
    QCOMPARE(k1.status, CommitmentStatus::Agreed);
    QCOMPARE(k1.title, QStringLiteral("Commitment K1"));
    QCOMPARE(figures.dueCommitments[1].earliest, QDate(2025, 6, 1));
    QCOMPARE(figures.dueCommitments[1].latest, QDate(2025, 6, 30));
    // K6 (dropped) and K2 (done) are past but not overdue; K4's month is not over.
    QCOMPARE(codesOf(figures.overdueCommitments()), (QStringList{QStringLiteral("K1"), QStringLiteral("K3")}));
    QCOMPARE(figures.dueCommitments[0].overdue, false);
    QCOMPARE(figures.dueCommitments[4].overdue, false);
}

void TestDashboardFigures::overdueDependsOnToday()
{
    const CoverageScope scope = jpScope();
    // On its deadline a commitment is not overdue yet.
    QCOMPARE(codesOf(DashboardFigures::compute(db(), scope, QDate(2026, 2, 28)).overdueCommitments()),
             (QStringList{QStringLiteral("K1")}));
    QCOMPARE(codesOf(DashboardFigures::compute(db(), scope, QDate(2026, 4, 1)).overdueCommitments()),
             (QStringList{QStringLiteral("K1"), QStringLiteral("K3"), QStringLiteral("K4")}));
    QCOMPARE(codesOf(DashboardFigures::compute(db(), scope, QDate(2025, 1, 1)).overdueCommitments()), QStringList());
}

void TestDashboardFigures::programmePeriods()
{
    const DashboardFigures figures = DashboardFigures::compute(db(), jpScope(), m_today);
    // PR3 is AU's with NATO; PR4 has no dates; PR5 (no lead, no partner) has only an end: last.
    QCOMPARE(codesOf(figures.programmes),
             (QStringList{QStringLiteral("PR1"), QStringLiteral("PR2"), QStringLiteral("PR5")}));
    const ProgrammePeriod& pr1 = figures.programmes[0];
    QCOMPARE(pr1.startDate, QStringLiteral("2024-04"));
    QCOMPARE(pr1.endDate, QStringLiteral("2026"));
    QCOMPARE(pr1.start, QDate(2024, 4, 1));
    QCOMPARE(pr1.end, QDate(2026, 12, 31));
    QCOMPARE(pr1.status, ProgrammeStatus::Active);
    QCOMPARE(pr1.title, QStringLiteral("Programme PR1"));
    QCOMPARE(figures.programmes[1].start, QDate(2025, 1, 1));
    QVERIFY(!figures.programmes[1].end.isValid());
    QCOMPARE(figures.programmes[1].status, ProgrammeStatus::Planned);
    QVERIFY(!figures.programmes[2].start.isValid());
    QCOMPARE(figures.programmes[2].end, QDate(2022, 5, 31));
}

void TestDashboardFigures::sourceFrameworkWithoutIssuerLimitsNothingByParty()
{
    const Result<CoverageScope> scope = CoverageScope::forFramework(db(), m_free, m_target);
    QVERIFY2(scope.ok(), qPrintable(scope.message()));
    const DashboardFigures figures = DashboardFigures::compute(db(), *scope, m_today);
    QCOMPARE(figures.partyIds, QList<qint64>());
    QCOMPARE(figures.coverageTotals, counts(0, 1, 5, 0, 0.4)); // G2 partly by F1; no mark applies
    QCOMPARE(figures.commitmentCount, 6);
    QCOMPARE(codesOf(figures.programmes),
             (QStringList{QStringLiteral("PR3"), QStringLiteral("PR1"), QStringLiteral("PR2"), QStringLiteral("PR5")}));
    // Every gap on the target or on no provision: GA, GB, GC, GE, GG (not GD, on a source provision).
    QCOMPARE(figures.gapCount, 5);
    QCOMPARE(countsOf(figures.gapsByStatus), (QList<int>{2, 1, 1, 1}));
    QCOMPARE(countsOf(figures.gapsBySeverity), (QList<int>{0, 1, 1, 1}));
    QCOMPARE(figures.headline(),
             QStringLiteral("TGT covered by FREE: 0 covered, 1 partly, 5 not covered, 0 not applicable — score 7%"));
}

void TestDashboardFigures::withoutScopeEverythingCounts()
{
    const DashboardFigures figures = DashboardFigures::compute(db(), m_today);
    QVERIFY(!figures.scope);
    QCOMPARE(figures.today, m_today);
    QVERIFY(figures.coverageGroups.isEmpty());
    QCOMPARE(figures.coverageTotals, CoverageCounts());
    QCOMPARE(figures.commitmentCount, 6);
    QCOMPARE(countsOf(figures.commitmentsByStatus), (QList<int>{1, 1, 1, 1, 1, 1}));
    QCOMPARE(figures.gapCount, 6);
    QCOMPARE(countsOf(figures.gapsByStatus), (QList<int>{3, 1, 1, 1}));
    QCOMPARE(countsOf(figures.gapsBySeverity), (QList<int>{0, 2, 1, 1}));
    QCOMPARE(figures.dueCommitments.size(), 5);
    QCOMPARE(figures.programmes.size(), 4);
}

void TestDashboardFigures::emptyDatabaseHasZeroFigures()
{
    test::TestDatabase empty;
    const DashboardFigures figures = DashboardFigures::compute(empty.db(), m_today);
    QCOMPARE(figures.commitmentCount, 0);
    QCOMPARE(countsOf(figures.commitmentsByStatus), (QList<int>{0, 0, 0, 0, 0, 0}));
    QVERIFY(figures.commitmentsByTheme.isEmpty());
    QCOMPARE(figures.gapCount, 0);
    QCOMPARE(countsOf(figures.gapsBySeverity), (QList<int>{0, 0, 0, 0}));
    QCOMPARE(countsOf(figures.gapsByStatus), (QList<int>{0, 0, 0, 0}));
    QVERIFY(figures.dueCommitments.isEmpty());
    QVERIFY(figures.programmes.isEmpty());
}

void TestDashboardFigures::groupLabelIsShortened()
{
    CoverageGroupFigure group;
    group.reference = QStringLiteral("C5");
    group.title = QStringLiteral("Enhance skills and awareness, from basic cyber hygiene upward");
    QCOMPARE(group.label(), QStringLiteral("C5 Enhance skills and awareness…"));
    QCOMPARE(group.label(0), QStringLiteral("C5 Enhance skills and awareness, from basic cyber hygiene upward"));
    group.title = QStringLiteral("Short");
    QCOMPARE(group.label(), QStringLiteral("C5 Short"));
    group.title.clear();
    QCOMPARE(group.label(), QStringLiteral("C5"));
}

void TestDashboardFigures::sampleJapanAgainstNatoCdp()
{
    test::TestDatabase sample(test::TestDatabase::Content::Sample);
    const Result<CoverageScope> scope =
        CoverageScope::resolve(sample.db(), QStringLiteral("JP"), QStringLiteral("NATO-CDP2016"));
    QVERIFY2(scope.ok(), qPrintable(scope.message()));
    const QDate today(2027, 6, 1);
    const DashboardFigures figures = DashboardFigures::compute(sample.db(), *scope, today);

    // The coverage figures are the engine's, group by group.
    const CoverageReport report = CoverageEngine::compute(sample.db(), *scope);
    const QList<const CoverageItem*> groups = report.groups();
    QCOMPARE(figures.coverageGroups.size(), 7);
    QCOMPARE(figures.coverageGroups.size(), groups.size());
    for (qsizetype i = 0; i < groups.size(); ++i) {
        QCOMPARE(figures.coverageGroups[i].reference, QString::number(i + 1)); // reference labels 1 to 7
        QCOMPARE(figures.coverageGroups[i].counts, groups[i]->counts);
    }
    QCOMPARE(figures.coverageTotals.covered, 0);
    QCOMPARE(figures.coverageTotals.partial, 5);
    QCOMPARE(figures.coverageTotals.uncovered, 2);
    QCOMPARE(figures.coverageTotals.notApplicable, 0);
    QCOMPARE(figures.headline(), QStringLiteral("NATO-CDP2016 covered by JP: 0 covered, 5 partly, 2 not covered, "
                                                "0 not applicable — score %1%")
                                     .arg(qRound(report.totals().score() * 100)));

    // Six commitments, all JP's: agreed C1, C4; in progress C2, C3, C6; done C5.
    QCOMPARE(figures.commitmentCount, 6);
    QCOMPARE(countsOf(figures.commitmentsByStatus), (QList<int>{0, 2, 3, 1, 0, 0}));
    QCOMPARE(labelsOf(figures.commitmentsByTheme),
             (QStringList{QStringLiteral("Policy alignment"), QStringLiteral("Critical infrastructure protection"),
                          QStringLiteral("Information sharing"), QStringLiteral("Joint exercises")}));
    QCOMPARE(countsOf(figures.commitmentsByTheme), (QList<int>{3, 1, 1, 1}));

    // G1 (C2), G2 (C7), and G3, G4 on no provision; G5 is on a Japanese provision.
    QCOMPARE(figures.gapCount, 4);
    QCOMPARE(countsOf(figures.gapsByStatus), (QList<int>{4, 0, 0, 0}));
    QCOMPARE(countsOf(figures.gapsBySeverity), (QList<int>{1, 2, 1, 0}));

    // C4 is due in 2026 (overdue by mid-2027), C6 in 2027; CB5 is NATO's alone.
    QCOMPARE(codesOf(figures.dueCommitments), (QStringList{QStringLiteral("C4"), QStringLiteral("C6")}));
    QCOMPARE(codesOf(figures.overdueCommitments()), (QStringList{QStringLiteral("C4")}));
    QCOMPARE(codesOf(figures.programmes),
             (QStringList{QStringLiteral("CB1"), QStringLiteral("CB2"), QStringLiteral("CB3"), QStringLiteral("CB4")}));
    QCOMPARE(figures.programmes[0].start, QDate(2018, 9, 14));
    QVERIFY(!figures.programmes[0].end.isValid());
}

QTEST_GUILESS_MAIN(TestDashboardFigures)
#include "tst_dashboardfigures.moc"
