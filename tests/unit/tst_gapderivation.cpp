// GapDerivation (DESIGN.md section 3): uncovered and partly covered leaves without a gap are offered
// as new gaps; which gaps block a suggestion (status, owner); the planned gap rows; creating them twice
// never duplicates them; undo brings the suggestions back.

#include "models/analysis/CoverageEngine.h"
#include "models/analysis/GapDerivation.h"
#include "models/commands/ChangePlanner.h"
#include "models/storage/AnalysisQueries.h"
#include "models/storage/RecordStore.h"
#include "tests/support/RecordFixtures.h"
#include "tests/support/TestDatabase.h"

#include <QtTest>

using namespace crosswalk;
using crosswalk::test::TestDatabase;

namespace crosswalk {
/// Lets QCOMPARE print a gap kind by its key.
char* toString(GapKind kind)
{
    return qstrdup(qPrintable(toKey(kind)));
}
} // namespace crosswalk

namespace {

const QString OpenedDate = QStringLiteral("2026-12-01");

/// A database with the sample and the analysis of one source against one target.
struct Analysis
{
    TestDatabase fixture{TestDatabase::Content::Sample};
    QString source;
    QString target;

    Analysis(QString sourceCode, QString targetCode) : source(std::move(sourceCode)), target(std::move(targetCode)) {}

    Database& db() { return fixture.db(); }

    /// The report as the database is now (aborts the test program when the codes do not resolve).
    CoverageReport report()
    {
        const Result<CoverageScope> scope = CoverageScope::resolve(db(), source, target);
        if (!scope)
            qFatal("cannot resolve %s against %s: %s", qPrintable(source), qPrintable(target),
                   qPrintable(scope.message()));
        return CoverageEngine::compute(db(), *scope);
    }

    QList<GapSuggestion> suggestions() { return GapDerivation::suggestions(db(), report()); }

    /// The codes of the suggested provisions, in order.
    QStringList suggestedCodes()
    {
        const CoverageReport current = report();
        QStringList codes;
        for (const GapSuggestion& suggestion : GapDerivation::suggestions(db(), current))
            codes << current.item(suggestion.provisionId)->code;
        return codes;
    }

    qint64 frameworkId(const QString& code)
    {
        return RecordStore(db()).idForCode(QStringLiteral("frameworks"), code).value_or(0);
    }
    qint64 provisionId(const QString& code)
    {
        return RecordStore(db()).idForCode(QStringLiteral("provisions"), code, frameworkId(target)).value_or(0);
    }
    QList<qint64> provisionIds(const QStringList& codes)
    {
        QList<qint64> ids;
        for (const QString& code : codes)
            ids << provisionId(code);
        return ids;
    }
    qint64 partyId(const QString& code)
    {
        return RecordStore(db()).idForCode(QStringLiteral("parties"), code).value_or(0);
    }
    qint64 gapId(const QString& code) { return RecordStore(db()).idForCode(QStringLiteral("gaps"), code).value_or(0); }
    QVariantMap gap(const QString& code)
    {
        return RecordStore(db()).fetch(QStringLiteral("gaps"), gapId(code)).value_or(QVariantMap());
    }
    qint64 gapCount() { return RecordStore(db()).count(QStringLiteral("gaps")); }

    /// Changes a gap the way the program does (planned, validated, applied).
    bool updateGap(const QString& code, const QVariantMap& values)
    {
        const Result<ChangeSet> change = ChangePlanner(db()).update(QStringLiteral("gaps"), gapId(code), values);
        if (!change) {
            qWarning("%s", qPrintable(change.message()));
            return false;
        }
        const Status applied = change->apply(db());
        if (!applied)
            qWarning("%s", qPrintable(applied.message()));
        return applied.ok();
    }
};

QStringList strings(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* s : list)
        result << QString::fromLatin1(s);
    return result;
}

} // namespace

class TestGapDerivation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleSuggestions();
    void onlyLeavesAreSuggested();
    void planCreatesGapRows();
    void appliedPlanIsNotOfferedAgain();
    void planningTheSameProvisionsAgainFails();
    void planLeavesOutWhatIsNotSuggested();
    void closedGapDoesNotBlock();
    void openMitigatingAndAcceptedGapsBlock_data();
    void openMitigatingAndAcceptedGapsBlock();
    void gapOfAnotherPartyDoesNotBlock();
    void gapWithoutOwnerBlocks();
    void gapsOfParentAndAgenciesBlock();
    void sourceWithoutParty();
    void codesFollowTheHighest();
    void undoRestoresTheSuggestions();
    void creatingEverythingLeavesNothing();
};

void TestGapDerivation::sampleSuggestions()
{
    Analysis a(QStringLiteral("JP"), QStringLiteral("NATO-CDP2016"));
    // The sample as these expectations read it: G1 on C2 and G2 on C7, open, owned by JP.
    const qint64 jp = a.partyId(QStringLiteral("JP"));
    QCOMPARE(a.gap(QStringLiteral("G1")).value(QStringLiteral("provision_id")).toLongLong(),
             a.provisionId(QStringLiteral("C2")));
    QCOMPARE(a.gap(QStringLiteral("G2")).value(QStringLiteral("provision_id")).toLongLong(),
             a.provisionId(QStringLiteral("C7")));
    for (const GapRow& gap : AnalysisQueries(a.db()).gapsOn(a.frameworkId(QStringLiteral("NATO-CDP2016")))) {
        QCOMPARE(gap.status, GapStatus::Open);
        QCOMPARE(gap.ownerPartyId, jp);
    }

    const CoverageReport report = a.report();
    const QList<GapSuggestion> suggestions = GapDerivation::suggestions(a.db(), report);
    QCOMPARE(a.suggestedCodes(), strings({"C1", "C3", "C4", "C5", "C6"}));
    const QStringList references = strings({"1", "3", "4", "5", "6"});
    const QList<double> scores{0.5, 0.6, 0.5, 0.6, 0.6};
    for (int i = 0; i < suggestions.size(); ++i) {
        const GapSuggestion& suggestion = suggestions.at(i);
        const CoverageItem* item = report.item(suggestion.provisionId);
        QVERIFY(item);
        QCOMPARE(suggestion.kind, GapKind::Partial);
        QCOMPARE(suggestion.reference, references.at(i));
        QCOMPARE(suggestion.score, scores.at(i));
        QCOMPARE(suggestion.titleEn, item->titleEn);
        QCOMPARE(suggestion.titleOrig, item->titleOrig);
        QCOMPARE(suggestion.decidingMappingId, item->decidingMappingId);
        QVERIFY(suggestion.decidingMappingId > 0);
    }
}

void TestGapDerivation::onlyLeavesAreSuggested()
{
    // NATO against Japan's 2025 strategy (pillars P1-P3 with measures): JP's gap G5 on P2(3) does not
    // count for NATO, and the pillars themselves are never offered.
    Analysis a(QStringLiteral("NATO"), QStringLiteral("JP-CSS2025"));
    const QStringList expected =
        strings({"P1-1", "P1-2", "P1-3", "P2-1", "P2-2", "P2-3", "P2-4", "P2-5", "P3-1", "P3-2", "P3-3"});
    QCOMPARE(a.suggestedCodes(), expected);
    const CoverageReport report = a.report();
    for (const GapSuggestion& suggestion : GapDerivation::suggestions(a.db(), report)) {
        const QString code = report.item(suggestion.provisionId)->code;
        const bool partial = code == QLatin1String("P1-3") || code == QLatin1String("P3-1");
        QCOMPARE(suggestion.kind, partial ? GapKind::Partial : GapKind::Uncovered);
        QVERIFY(report.item(suggestion.provisionId)->isLeaf);
    }
}

void TestGapDerivation::planCreatesGapRows()
{
    Analysis a(QStringLiteral("JP"), QStringLiteral("NATO-CDP2016"));
    const CoverageReport report = a.report();
    const QByteArray before = a.fixture.snapshot();
    const Result<ChangeSet> plan =
        GapDerivation::plan(a.db(), report, a.provisionIds(strings({"C3", "C1"})), OpenedDate);
    QVERIFY2(plan.ok(), qPrintable(plan.message()));
    // Planning writes nothing.
    QCOMPARE(a.fixture.snapshot(), before);
    QCOMPARE(plan->changes().size(), 2);
    QCOMPARE(plan->text(), QStringLiteral("Create 2 gaps"));
    for (const RowChange& change : plan->changes()) {
        QCOMPARE(change.table, QStringLiteral("gaps"));
        QVERIFY(change.isInsert());
    }

    const qint64 gapsBefore = a.gapCount();
    const Status applied = plan->apply(a.db());
    QVERIFY2(applied.ok(), qPrintable(applied.message()));
    QCOMPARE(a.gapCount(), gapsBefore + 2);

    // In tree order, numbered after the highest code in use (G5).
    const qint64 jp = a.partyId(QStringLiteral("JP"));
    const QStringList provisions = strings({"C1", "C3"});
    const QStringList codes = strings({"G6", "G7"});
    for (int i = 0; i < codes.size(); ++i) {
        const QVariantMap gap = a.gap(codes.at(i));
        QVERIFY2(!gap.isEmpty(), qPrintable(codes.at(i)));
        QCOMPARE(gap.value(QStringLiteral("provision_id")).toLongLong(), a.provisionId(provisions.at(i)));
        QCOMPARE(gap.value(QStringLiteral("kind")).toString(), QStringLiteral("partial"));
        QCOMPARE(gap.value(QStringLiteral("severity")).toString(), QStringLiteral("medium"));
        QCOMPARE(gap.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(gap.value(QStringLiteral("owner_party_id")).toLongLong(), jp);
        QCOMPARE(gap.value(QStringLiteral("opened_date")).toString(), OpenedDate);
        QCOMPARE(gap.value(QStringLiteral("closed_date")).isNull(), true);
        const QString title = gap.value(QStringLiteral("title_en")).toString();
        QVERIFY2(title.contains(QStringLiteral("NATO-CDP2016")), qPrintable(title));
        QVERIFY2(title.contains(report.item(a.provisionId(provisions.at(i)))->titleEn), qPrintable(title));
    }

    // One gap: its code in the change's text.
    const Result<ChangeSet> single =
        GapDerivation::plan(a.db(), a.report(), a.provisionIds(strings({"C4"})), OpenedDate);
    QVERIFY2(single.ok(), qPrintable(single.message()));
    QCOMPARE(single->text(), QStringLiteral("Create gap G8"));
}

void TestGapDerivation::appliedPlanIsNotOfferedAgain()
{
    Analysis a(QStringLiteral("JP"), QStringLiteral("NATO-CDP2016"));
    const Result<ChangeSet> plan =
        GapDerivation::plan(a.db(), a.report(), a.provisionIds(strings({"C1", "C5"})), OpenedDate);
    QVERIFY2(plan.ok(), qPrintable(plan.message()));
    QVERIFY(plan->apply(a.db()).ok());
    QCOMPARE(a.suggestedCodes(), strings({"C3", "C4", "C6"}));
}

void TestGapDerivation::planningTheSameProvisionsAgainFails()
{
    Analysis a(QStringLiteral("JP"), QStringLiteral("NATO-CDP2016"));
    const CoverageReport stale = a.report(); // computed before the gaps exist
    const QList<qint64> chosen = a.provisionIds(strings({"C1", "C3"}));
    const Result<ChangeSet> first = GapDerivation::plan(a.db(), stale, chosen, OpenedDate);
    QVERIFY2(first.ok(), qPrintable(first.message()));
    QVERIFY(first->apply(a.db()).ok());
    const qint64 gaps = a.gapCount();
    const QByteArray before = a.fixture.snapshot();

    // With the old report and with a new one alike.
    for (const CoverageReport& report : {stale, a.report()}) {
        const Result<ChangeSet> again = GapDerivation::plan(a.db(), report, chosen, OpenedDate);
        QVERIFY(!again.ok());
        QCOMPARE(
            again.message(),
            QStringLiteral("None of the chosen provisions needs a new gap: each is covered or already has a gap."));
    }
    // Applying the first plan a second time is refused as well (its rows exist now).
    QVERIFY(!first->apply(a.db()).ok());
    QCOMPARE(a.gapCount(), gaps);
    QCOMPARE(a.fixture.snapshot(), before);

    // Nothing chosen at all.
    QVERIFY(!GapDerivation::plan(a.db(), a.report(), {}, OpenedDate).ok());
}

void TestGapDerivation::planLeavesOutWhatIsNotSuggested()
{
    Analysis a(QStringLiteral("JP"), QStringLiteral("NATO-CDP2016"));
    // C2 has G1; 99999 is no provision; C4 is the only one left.
    QList<qint64> chosen = a.provisionIds(strings({"C2", "C4"}));
    chosen << 99999;
    const Result<ChangeSet> plan = GapDerivation::plan(a.db(), a.report(), chosen, OpenedDate);
    QVERIFY2(plan.ok(), qPrintable(plan.message()));
    QCOMPARE(plan->changes().size(), 1);
    QCOMPARE(plan->changes().constFirst().after.value(QStringLiteral("provision_id")).toLongLong(),
             a.provisionId(QStringLiteral("C4")));
}

void TestGapDerivation::closedGapDoesNotBlock()
{
    Analysis a(QStringLiteral("JP"), QStringLiteral("NATO-CDP2016"));
    QVERIFY(a.updateGap(QStringLiteral("G1"), {{QStringLiteral("status"), QStringLiteral("closed")},
                                               {QStringLiteral("closed_date"), QStringLiteral("2026-11-30")}}));
    QCOMPARE(a.suggestedCodes(), strings({"C1", "C2", "C3", "C4", "C5", "C6"}));
    const QList<GapSuggestion> suggestions = a.suggestions();
    QCOMPARE(suggestions.at(1).kind, GapKind::Uncovered);
    QCOMPARE(suggestions.at(1).score, 0.0);

    // A new gap for the provision that is uncovered again.
    const Result<ChangeSet> plan = GapDerivation::plan(a.db(), a.report(), a.provisionIds(strings({"C2"})), OpenedDate);
    QVERIFY2(plan.ok(), qPrintable(plan.message()));
    QVERIFY(plan->apply(a.db()).ok());
    QCOMPARE(a.gap(QStringLiteral("G6")).value(QStringLiteral("kind")).toString(), QStringLiteral("uncovered"));
    QCOMPARE(a.suggestedCodes(), strings({"C1", "C3", "C4", "C5", "C6"}));
}

void TestGapDerivation::openMitigatingAndAcceptedGapsBlock_data()
{
    QTest::addColumn<QString>("status");
    QTest::newRow("open") << QStringLiteral("open");
    QTest::newRow("mitigating") << QStringLiteral("mitigating");
    QTest::newRow("accepted") << QStringLiteral("accepted");
}

void TestGapDerivation::openMitigatingAndAcceptedGapsBlock()
{
    QFETCH(QString, status);
    Analysis a(QStringLiteral("JP"), QStringLiteral("NATO-CDP2016"));
    QVERIFY(a.updateGap(QStringLiteral("G1"), {{QStringLiteral("status"), status}}));
    QVERIFY(!a.suggestedCodes().contains(QStringLiteral("C2")));
}

void TestGapDerivation::gapOfAnotherPartyDoesNotBlock()
{
    Analysis a(QStringLiteral("JP"), QStringLiteral("NATO-CDP2016"));
    QVERIFY(a.updateGap(QStringLiteral("G2"), {{QStringLiteral("owner_party_id"), a.partyId(QStringLiteral("NATO"))}}));
    QCOMPARE(a.suggestedCodes(), strings({"C1", "C3", "C4", "C5", "C6", "C7"}));
}

void TestGapDerivation::gapWithoutOwnerBlocks()
{
    Analysis a(QStringLiteral("JP"), QStringLiteral("NATO-CDP2016"));
    QVERIFY(a.updateGap(QStringLiteral("G2"), {{QStringLiteral("owner_party_id"), QVariant()}}));
    QVERIFY(a.gap(QStringLiteral("G2")).value(QStringLiteral("owner_party_id")).isNull());
    QCOMPARE(a.suggestedCodes(), strings({"C1", "C3", "C4", "C5", "C6"}));
}

void TestGapDerivation::gapsOfParentAndAgenciesBlock()
{
    // A gap owned by an agency of JP counts for JP.
    Analysis a(QStringLiteral("JP"), QStringLiteral("NATO-CDP2016"));
    QVERIFY(
        a.updateGap(QStringLiteral("G1"), {{QStringLiteral("owner_party_id"), a.partyId(QStringLiteral("JP-NCO"))}}));
    QCOMPARE(a.suggestedCodes(), strings({"C1", "C3", "C4", "C5", "C6"}));

    // JP's gaps count for its agency. JP-NCO issued no framework: everything is uncovered for it.
    Analysis agency(QStringLiteral("JP-NCO"), QStringLiteral("NATO-CDP2016"));
    QCOMPARE(agency.suggestedCodes(), strings({"C1", "C3", "C4", "C5", "C6"}));
    for (const GapSuggestion& suggestion : agency.suggestions())
        QCOMPARE(suggestion.kind, GapKind::Uncovered);
    // An agency's new gaps are its own.
    const Result<ChangeSet> plan =
        GapDerivation::plan(agency.db(), agency.report(), agency.provisionIds(strings({"C1"})), OpenedDate);
    QVERIFY2(plan.ok(), qPrintable(plan.message()));
    QVERIFY(plan->apply(agency.db()).ok());
    QCOMPARE(agency.gap(QStringLiteral("G6")).value(QStringLiteral("owner_party_id")).toLongLong(),
             agency.partyId(QStringLiteral("JP-NCO")));
    QCOMPARE(agency.gap(QStringLiteral("G6")).value(QStringLiteral("kind")).toString(), QStringLiteral("uncovered"));

    // A framework source counts as its issuer: JP-CRCSA's scope is JP's.
    Analysis framework(QStringLiteral("JP-CRCSA"), QStringLiteral("NATO-CDP2016"));
    QCOMPARE(framework.suggestedCodes(), strings({"C1", "C3", "C4", "C5", "C6"}));
}

void TestGapDerivation::sourceWithoutParty()
{
    // NIST-CSF2 has no issuer: every gap that is not closed counts, and new gaps have no owner.
    Analysis a(QStringLiteral("NIST-CSF2"), QStringLiteral("NATO-CDP2016"));
    QVERIFY(a.updateGap(QStringLiteral("G2"), {{QStringLiteral("owner_party_id"), a.partyId(QStringLiteral("NATO"))}}));
    QCOMPARE(a.suggestedCodes(), strings({"C1", "C3", "C4", "C5", "C6"}));
    const Result<ChangeSet> plan = GapDerivation::plan(a.db(), a.report(), a.provisionIds(strings({"C6"})), OpenedDate);
    QVERIFY2(plan.ok(), qPrintable(plan.message()));
    QVERIFY(plan->apply(a.db()).ok());
    const QVariantMap gap = a.gap(QStringLiteral("G6"));
    QCOMPARE(gap.value(QStringLiteral("owner_party_id")).isNull(), true);
    QCOMPARE(gap.value(QStringLiteral("kind")).toString(), QStringLiteral("uncovered"));
    QVERIFY2(gap.value(QStringLiteral("description")).toString().contains(QStringLiteral("NIST-CSF2")),
             qPrintable(gap.value(QStringLiteral("description")).toString()));
}

void TestGapDerivation::codesFollowTheHighest()
{
    Analysis a(QStringLiteral("JP"), QStringLiteral("NATO-CDP2016"));
    // Codes that are not G<number> do not count; G41 is the highest.
    test::addGap(a.db(), QStringLiteral("G41"));
    test::addGap(a.db(), QStringLiteral("GAP-99"));
    test::addGap(a.db(), QStringLiteral("G100x"));
    test::addGap(a.db(), QStringLiteral("G9"));
    const Result<ChangeSet> plan =
        GapDerivation::plan(a.db(), a.report(), a.provisionIds(strings({"C4", "C6"})), OpenedDate);
    QVERIFY2(plan.ok(), qPrintable(plan.message()));
    QStringList codes;
    for (const RowChange& change : plan->changes())
        codes << change.after.value(QStringLiteral("code")).toString();
    QCOMPARE(codes, strings({"G42", "G43"}));
}

void TestGapDerivation::undoRestoresTheSuggestions()
{
    Analysis a(QStringLiteral("JP"), QStringLiteral("NATO-CDP2016"));
    const QStringList original = a.suggestedCodes();
    const qint64 gaps = a.gapCount();
    const Result<ChangeSet> plan =
        GapDerivation::plan(a.db(), a.report(), a.provisionIds(strings({"C1", "C3", "C6"})), OpenedDate);
    QVERIFY2(plan.ok(), qPrintable(plan.message()));
    QVERIFY(plan->apply(a.db()).ok());
    QCOMPARE(a.suggestedCodes(), strings({"C4", "C5"}));

    const Status undone = plan->inverted().apply(a.db());
    QVERIFY2(undone.ok(), qPrintable(undone.message()));
    QCOMPARE(a.gapCount(), gaps);
    QCOMPARE(a.gapId(QStringLiteral("G6")), qint64(0));
    QCOMPARE(a.suggestedCodes(), original);

    // Redo: the same gaps again, still no duplicate.
    QVERIFY(plan->apply(a.db()).ok());
    QCOMPARE(a.gapCount(), gaps + 3);
    QCOMPARE(a.suggestedCodes(), strings({"C4", "C5"}));
}

void TestGapDerivation::creatingEverythingLeavesNothing()
{
    Analysis a(QStringLiteral("JP"), QStringLiteral("NATO-CDP2016"));
    QList<qint64> all;
    for (const GapSuggestion& suggestion : a.suggestions())
        all << suggestion.provisionId;
    QCOMPARE(all.size(), 5);
    const Result<ChangeSet> plan = GapDerivation::plan(a.db(), a.report(), all, OpenedDate);
    QVERIFY2(plan.ok(), qPrintable(plan.message()));
    QVERIFY(plan->apply(a.db()).ok());
    QCOMPARE(a.suggestions().size(), 0);

    // Every provision of the target has exactly one gap that is not closed.
    QHash<qint64, int> perProvision;
    for (const GapRow& gap : AnalysisQueries(a.db()).gapsOn(a.frameworkId(QStringLiteral("NATO-CDP2016"))))
        ++perProvision[gap.provisionId];
    QCOMPARE(perProvision.size(), 7);
    for (auto it = perProvision.cbegin(); it != perProvision.cend(); ++it)
        QCOMPARE(it.value(), 1);
    QVERIFY(!GapDerivation::plan(a.db(), a.report(), all, OpenedDate).ok());
}

QTEST_GUILESS_MAIN(TestGapDerivation)
#include "tst_gapderivation.moc"
