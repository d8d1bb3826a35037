#include "models/reports/BriefBuilder.h"
#include "models/storage/DialogueRepository.h"
#include "models/storage/RecordStore.h"
#include "tests/support/RecordFixtures.h"
#include "tests/support/TestDatabase.h"

#include <QtTest>

using namespace crosswalk;

namespace {

QVariant orNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QVariant dateOrNull(const QString& date)
{
    return date.isEmpty() ? QVariant() : QVariant(date);
}

QString kindName(BriefPoint::Kind kind)
{
    switch (kind) {
    case BriefPoint::Kind::CommitmentAtRisk:
        return QStringLiteral("at-risk");
    case BriefPoint::Kind::SevereGap:
        return QStringLiteral("severe-gap");
    case BriefPoint::Kind::DueBeforeNextRound:
        return QStringLiteral("due-soon");
    case BriefPoint::Kind::UnverifiedFact:
        return QStringLiteral("unverified");
    }
    return QString();
}

QString changeName(BriefChange::Kind kind)
{
    switch (kind) {
    case BriefChange::Kind::CommitmentChanged:
        return QStringLiteral("commitment");
    case BriefChange::Kind::GapOpened:
        return QStringLiteral("gap-opened");
    case BriefChange::Kind::GapClosed:
        return QStringLiteral("gap-closed");
    case BriefChange::Kind::MappingAdded:
        return QStringLiteral("mapping-added");
    case BriefChange::Kind::MappingApproved:
        return QStringLiteral("mapping-approved");
    case BriefChange::Kind::ProgrammeStarted:
        return QStringLiteral("programme-started");
    case BriefChange::Kind::ProgrammeEnded:
        return QStringLiteral("programme-ended");
    }
    return QString();
}

/// "kind code" for each point, in order.
QStringList pointsOf(const BriefContent& content)
{
    QStringList points;
    for (const BriefPoint& point : content.points)
        points << kindName(point.kind) + QLatin1Char(' ') + point.source.code;
    return points;
}

/// "date kind subject" for each change, in order.
QStringList changesOf(const BriefContent& content)
{
    QStringList changes;
    for (const BriefChange& change : content.changes)
        changes << change.date + QLatin1Char(' ') + changeName(change.kind) + QLatin1Char(' ') + change.subject;
    return changes;
}

template <typename T> QStringList codesOf(const QList<T>& items)
{
    QStringList codes;
    for (const T& item : items)
        codes << item.code;
    return codes;
}

QStringList mappingsOf(const BriefContent& content)
{
    QStringList mappings;
    for (const BriefMapping& mapping : content.mappings)
        mappings << mapping.source.code;
    return mappings;
}

} // namespace

/// A database whose brief is worked out by hand (see init()): the dialogue D2 (round 2 of the series
/// "JP-NATO", date to be confirmed) between JP and NATO, its previous round D1 (2024-01-15), and the
/// commitments, gaps, programmes and mappings around them. The brief is generated on 2026-03-01, so the
/// period of the changes is 2024-01-15 to 2026-03-01 and the next round is taken as 2026-09-01.
class TestBriefBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_fixture.reset(); }

    void coverNamesDialogueCounterpartAndToBeConfirmedDate();
    void previousRoundByRoundNumberAndNextRoundEstimated();
    void nextRoundFromTheSeriesWhenDated();
    void previousRoundByDateWhenRoundsAreMissing();
    void pointsToRaiseByKindThenDueDateOrSeverity();
    void pointsCarryTheirRecords();
    void changesSinceThePreviousRoundWithDates();
    void commitmentChangeShowsTheEntryBefore();
    void auditEditsCountAsChanges();
    void openCommitmentsByDueDateWithOverdueMarked();
    void gapsBySeverityThenCode();
    void programmesCurrentOrEndedSinceThePreviousRound();
    void mappingsAppendixBetweenTheParties();
    void coverageOfTheBusiestPair();
    void keyFigures();
    void delegationsByParty();
    void documentMarkingIsTheHighestIncluded();
    void markingLimitLeavesOutRecordsAbove();
    void minimumMarkingRaisesTheDocumentMarking();
    void dialogueAboveTheLimitIsRefused();
    void unknownDialogueNamesTheId();
    void emptyDatabaseSaysThereAreNoDialogues();
    void noMappingsBetweenThePartiesLeavesCoverageOut();
    void naturalOrderOfCodes();
    void sampleLatestJapanNatoDialogue();

private:
    Database& db() { return m_fixture->db(); }
    BriefRequest request(std::optional<Tlp> limit = std::nullopt) const;
    BriefContent build(const BriefRequest& request);
    qint64 party(const QString& code, const QString& kind = QStringLiteral("state"), qint64 parent = 0);
    qint64 framework(const QString& code, qint64 issuer);
    qint64 provision(qint64 frameworkId, const QString& code, int sortOrder);
    qint64 dialogue(const QString& code, const QString& series, std::optional<int> round, const QString& date,
                    const QVariantMap& extra = {});
    qint64 commitment(const QString& code, const QString& status, qint64 lead, qint64 counterpart, const QString& due,
                      const QVariantMap& extra = {});
    void update(qint64 commitmentId, const QString& date, const QString& status, int progress,
                const QString& note = QString());
    qint64 gap(const QString& code, qint64 provisionId, qint64 owner, const QString& severity, const QString& status,
               const QVariantMap& extra = {});
    qint64 programme(const QString& code, const QString& status, qint64 lead, const QString& start, const QString& end,
                     const QList<qint64>& partners = {});
    qint64 mapping(qint64 source, qint64 target, const QString& relationship, std::optional<int> strength,
                   const QVariantMap& extra = {});

    std::unique_ptr<test::TestDatabase> m_fixture;
    qint64 m_jp = 0;
    qint64 m_mod = 0;
    qint64 m_nato = 0;
    qint64 m_au = 0;
    qint64 m_d1 = 0;
    qint64 m_d2 = 0;
    qint64 m_t1 = 0;
    qint64 m_t2 = 0;
    qint64 m_t3 = 0;
    qint64 m_k4 = 0;
    QDate m_today{2026, 3, 1};
};

qint64 TestBriefBuilder::party(const QString& code, const QString& kind, qint64 parent)
{
    return test::addRow(db(), QStringLiteral("parties"),
                        {{QStringLiteral("code"), code},
                         {QStringLiteral("name_en"), QString(QStringLiteral("Party ") + code)},
                         {QStringLiteral("name_orig"), QString(code + QStringLiteral("（日本語）"))},
                         {QStringLiteral("kind"), kind},
                         {QStringLiteral("parent_id"), orNull(parent)}});
}

qint64 TestBriefBuilder::framework(const QString& code, qint64 issuer)
{
    return test::addRow(db(), QStringLiteral("frameworks"),
                        {{QStringLiteral("code"), code},
                         {QStringLiteral("title_en"), QString(QStringLiteral("Framework ") + code)},
                         {QStringLiteral("kind"), QStringLiteral("strategy")},
                         {QStringLiteral("status"), QStringLiteral("adopted")},
                         {QStringLiteral("verification"), QStringLiteral("official")},
                         {QStringLiteral("issuer_party_id"), orNull(issuer)}});
}

qint64 TestBriefBuilder::provision(qint64 frameworkId, const QString& code, int sortOrder)
{
    return test::addRow(db(), QStringLiteral("provisions"),
                        {{QStringLiteral("framework_id"), frameworkId},
                         {QStringLiteral("sort_order"), sortOrder},
                         {QStringLiteral("code"), code},
                         {QStringLiteral("title_en"), QString(QStringLiteral("Provision ") + code)},
                         {QStringLiteral("title_orig"), QString(QStringLiteral("条項") + code)},
                         {QStringLiteral("verification"), QStringLiteral("official")}});
}

qint64 TestBriefBuilder::dialogue(const QString& code, const QString& series, std::optional<int> round,
                                  const QString& date, const QVariantMap& extra)
{
    QVariantMap row{{QStringLiteral("code"), code},
                    {QStringLiteral("title_en"), QString(QStringLiteral("Dialogue ") + code)},
                    {QStringLiteral("kind"), QStringLiteral("cyber_dialogue")},
                    {QStringLiteral("series"), series},
                    {QStringLiteral("round_number"), round ? QVariant(*round) : QVariant()},
                    {QStringLiteral("dialogue_date"), dateOrNull(date)},
                    {QStringLiteral("verification"), QStringLiteral("official")}};
    row.insert(extra);
    const qint64 id = test::addRow(db(), QStringLiteral("dialogues"), row);
    test::addLink(db(), QStringLiteral("dialogue_parties"), id, m_jp);
    test::addLink(db(), QStringLiteral("dialogue_parties"), id, m_nato);
    return id;
}

qint64 TestBriefBuilder::commitment(const QString& code, const QString& status, qint64 lead, qint64 counterpart,
                                    const QString& due, const QVariantMap& extra)
{
    QVariantMap row{{QStringLiteral("code"), code},
                    {QStringLiteral("title_en"), QString(QStringLiteral("Commitment ") + code)},
                    {QStringLiteral("status"), status},
                    {QStringLiteral("lead_party_id"), orNull(lead)},
                    {QStringLiteral("counterpart_party_id"), orNull(counterpart)},
                    {QStringLiteral("due_date"), dateOrNull(due)},
                    {QStringLiteral("source"), QString(QStringLiteral("https://example.org/") + code)},
                    {QStringLiteral("verification"), QStringLiteral("official")}};
    row.insert(extra);
    return test::addRow(db(), QStringLiteral("commitments"), row);
}

void TestBriefBuilder::update(qint64 commitmentId, const QString& date, const QString& status, int progress,
                              const QString& note)
{
    test::addRow(db(), QStringLiteral("commitment_updates"),
                 {{QStringLiteral("commitment_id"), commitmentId},
                  {QStringLiteral("update_date"), date},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("progress"), progress},
                  {QStringLiteral("note_en"), note},
                  {QStringLiteral("verification"), QStringLiteral("official")}});
}

qint64 TestBriefBuilder::gap(const QString& code, qint64 provisionId, qint64 owner, const QString& severity,
                             const QString& status, const QVariantMap& extra)
{
    QVariantMap row{{QStringLiteral("code"), code},
                    {QStringLiteral("title_en"), QString(QStringLiteral("Gap ") + code)},
                    {QStringLiteral("kind"), QStringLiteral("uncovered")},
                    {QStringLiteral("severity"), severity},
                    {QStringLiteral("status"), status},
                    {QStringLiteral("provision_id"), orNull(provisionId)},
                    {QStringLiteral("owner_party_id"), orNull(owner)},
                    {QStringLiteral("verification"), QStringLiteral("official")}};
    row.insert(extra);
    return test::addRow(db(), QStringLiteral("gaps"), row);
}

qint64 TestBriefBuilder::programme(const QString& code, const QString& status, qint64 lead, const QString& start,
                                   const QString& end, const QList<qint64>& partners)
{
    const qint64 id = test::addRow(db(), QStringLiteral("programmes"),
                                   {{QStringLiteral("code"), code},
                                    {QStringLiteral("name_en"), QString(QStringLiteral("Programme ") + code)},
                                    {QStringLiteral("kind"), QStringLiteral("training")},
                                    {QStringLiteral("status"), status},
                                    {QStringLiteral("lead_party_id"), orNull(lead)},
                                    {QStringLiteral("start_date"), dateOrNull(start)},
                                    {QStringLiteral("end_date"), dateOrNull(end)},
                                    {QStringLiteral("verification"), QStringLiteral("official")}});
    for (const qint64 partner : partners)
        test::addLink(db(), QStringLiteral("programme_partners"), id, partner);
    return id;
}

qint64 TestBriefBuilder::mapping(qint64 source, qint64 target, const QString& relationship, std::optional<int> strength,
                                 const QVariantMap& extra)
{
    QVariantMap row{{QStringLiteral("source_provision_id"), source},
                    {QStringLiteral("target_provision_id"), target},
                    {QStringLiteral("relationship"), relationship},
                    {QStringLiteral("rationale"), QStringLiteral("semantic")},
                    {QStringLiteral("strength"), strength ? QVariant(*strength) : QVariant()},
                    {QStringLiteral("justification"), QStringLiteral("because")}};
    row.insert(extra);
    return test::addRow(db(), QStringLiteral("mappings"), row);
}

void TestBriefBuilder::init()
{
    m_fixture = std::make_unique<test::TestDatabase>(test::TestDatabase::Content::ReferenceData);
    m_jp = party(QStringLiteral("JP"));
    m_mod = party(QStringLiteral("JP-MOD"), QStringLiteral("agency"), m_jp);
    m_nato = party(QStringLiteral("NATO"), QStringLiteral("alliance"));
    m_au = party(QStringLiteral("AU"));

    const qint64 src = framework(QStringLiteral("SRC"), m_mod); // an agency's framework is JP's
    const qint64 tgt = framework(QStringLiteral("TGT"), m_nato);
    const qint64 other = framework(QStringLiteral("OTHER"), m_nato);
    const qint64 auf = framework(QStringLiteral("AUF"), m_au);
    const qint64 s1 = provision(src, QStringLiteral("S1"), 0);
    const qint64 s2 = provision(src, QStringLiteral("S2"), 1);
    m_t1 = provision(tgt, QStringLiteral("T1"), 0);
    m_t2 = provision(tgt, QStringLiteral("T2"), 1);
    m_t3 = provision(tgt, QStringLiteral("T3"), 2);
    const qint64 o1 = provision(other, QStringLiteral("O1"), 0);
    const qint64 a1 = provision(auf, QStringLiteral("A1"), 0);

    const QString earlier = QStringLiteral("2023-01-01T09:00:00Z");
    mapping(s1, m_t1, QStringLiteral("equal"), 10, {{QStringLiteral("created_at"), "2025-03-01T10:00:00Z"}});
    mapping(s2, m_t2, QStringLiteral("intersects_with"), 6,
            {{QStringLiteral("created_at"), earlier},
             {QStringLiteral("review_status"), QStringLiteral("complete")},
             {QStringLiteral("reviewer"), QStringLiteral("R")},
             {QStringLiteral("review_date"), QStringLiteral("2025-04-02")}});
    mapping(s2, m_t3, QStringLiteral("subset_of"), 4,
            {{QStringLiteral("created_at"), earlier}, {QStringLiteral("marking"), QStringLiteral("RED")}});
    mapping(s1, o1, QStringLiteral("intersects_with"), 3, {{QStringLiteral("created_at"), earlier}});
    mapping(a1, m_t3, QStringLiteral("equal"), 10, {{QStringLiteral("created_at"), earlier}});
    mapping(s2, o1, QStringLiteral("intersects_with"), 5,
            {{QStringLiteral("created_at"), earlier}, {QStringLiteral("review_status"), QStringLiteral("deprecated")}});

    m_d1 = dialogue(QStringLiteral("D1"), QStringLiteral("JP-NATO"), 1, QStringLiteral("2024-01-15"));
    // Later than D1 but without a round number: D1 is still the previous round of D2.
    dialogue(QStringLiteral("D0"), QStringLiteral("JP-NATO"), std::nullopt, QStringLiteral("2024-06-01"));
    m_d2 = dialogue(QStringLiteral("D2"), QStringLiteral("JP-NATO"), 2, QString(),
                    {{QStringLiteral("title_orig"), QStringLiteral("第2回対話")},
                     {QStringLiteral("date_note"), QStringLiteral("to be confirmed")},
                     {QStringLiteral("place"), QStringLiteral("Brussels")},
                     {QStringLiteral("objectives_en"), QStringLiteral("Agree next steps.")},
                     {QStringLiteral("objectives_orig"), QStringLiteral("次の段階に合意する。")},
                     {QStringLiteral("key_messages_en"), QStringLiteral("We deliver.")},
                     {QStringLiteral("verification"), QStringLiteral("unverified")},
                     {QStringLiteral("verification_note"), QStringLiteral("single report")},
                     {QStringLiteral("source"), QStringLiteral("https://example.org/d2")}});
    dialogue(QStringLiteral("OTHER-SERIES"), QStringLiteral("JP-AU"), 1, QStringLiteral("2025-01-01"));

    const qint64 k1 = commitment(QStringLiteral("K1"), QStringLiteral("in_progress"), m_jp, m_nato,
                                 QStringLiteral("2025-12-31"), {{QStringLiteral("progress"), 25}});
    const qint64 k2 = commitment(QStringLiteral("K2"), QStringLiteral("stalled"), m_nato, 0, QString());
    commitment(QStringLiteral("K3"), QStringLiteral("agreed"), m_jp, m_nato, QStringLiteral("2026-06"),
               {{QStringLiteral("verification"), QStringLiteral("unverified")},
                {QStringLiteral("verification_note"), QStringLiteral("date reported by one source")}});
    m_k4 = commitment(QStringLiteral("K4"), QStringLiteral("agreed"), m_jp, m_nato, QStringLiteral("2027"));
    commitment(QStringLiteral("K5"), QStringLiteral("proposed"), m_mod, 0, QStringLiteral("2025-01"));
    commitment(QStringLiteral("K6"), QStringLiteral("agreed"), m_au, 0, QStringLiteral("2025-01"));
    commitment(QStringLiteral("K7"), QStringLiteral("done"), m_jp, m_nato, QStringLiteral("2025-01"));
    commitment(QStringLiteral("KA"), QStringLiteral("agreed"), m_jp, m_nato, QStringLiteral("2025-06"),
               {{QStringLiteral("marking"), QStringLiteral("AMBER")}, {QStringLiteral("caveat"), "JP ONLY"}});
    // Made at the previous round, with nobody named as counterpart: a commitment with the counterpart.
    commitment(QStringLiteral("K8"), QStringLiteral("agreed"), 0, 0, QStringLiteral("2026-04-30"),
               {{QStringLiteral("origin_dialogue_id"), m_d1}});

    update(k1, QStringLiteral("2023-12-01"), QStringLiteral("agreed"), 0, QStringLiteral("agreed at the summit"));
    update(k1, QStringLiteral("2024-07-11"), QStringLiteral("in_progress"), 25, QStringLiteral("line prepared"));
    update(m_k4, QStringLiteral("2024-01-15"), QStringLiteral("agreed"), 0);
    update(k2, QStringLiteral("2025-02"), QStringLiteral("stalled"), 10);
    update(k2, QStringLiteral("2026-05-01"), QStringLiteral("stalled"), 10); // after the generation date

    gap(QStringLiteral("GA"), m_t2, m_jp, QStringLiteral("critical"), QStringLiteral("open"),
        {{QStringLiteral("opened_date"), QStringLiteral("2025-05-05")}});
    gap(QStringLiteral("GB"), 0, m_jp, QStringLiteral("high"), QStringLiteral("mitigating"));
    gap(QStringLiteral("GC"), 0, m_mod, QStringLiteral("medium"), QStringLiteral("closed"),
        {{QStringLiteral("opened_date"), QStringLiteral("2023-05")},
         {QStringLiteral("closed_date"), QStringLiteral("2025-08-20")}});
    gap(QStringLiteral("GD"), 0, m_jp, QStringLiteral("low"), QStringLiteral("open"),
        {{QStringLiteral("verification"), QStringLiteral("unverified")}});
    gap(QStringLiteral("GE"), 0, m_au, QStringLiteral("critical"), QStringLiteral("open"));
    gap(QStringLiteral("GF"), 0, 0, QStringLiteral("medium"), QStringLiteral("open"));
    gap(QStringLiteral("GX"), 0, m_jp, QStringLiteral("high"), QStringLiteral("open"),
        {{QStringLiteral("marking"), QStringLiteral("AMBER")}});
    gap(QStringLiteral("GN"), m_t1, 0, QStringLiteral("low"), QStringLiteral("accepted")); // on NATO's framework

    programme(QStringLiteral("P1"), QStringLiteral("active"), m_mod, QStringLiteral("2025-09-01"), QString(), {m_nato});
    programme(QStringLiteral("P2"), QStringLiteral("completed"), m_nato, QStringLiteral("2022"),
              QStringLiteral("2024-12"));
    programme(QStringLiteral("P3"), QStringLiteral("completed"), m_nato, QStringLiteral("2019"),
              QStringLiteral("2020"));
    programme(QStringLiteral("P4"), QStringLiteral("active"), m_au, QStringLiteral("2025"), QString());

    test::addRow(db(), QStringLiteral("delegates"),
                 {{QStringLiteral("dialogue_id"), m_d2},
                  {QStringLiteral("party_id"), m_nato},
                  {QStringLiteral("name"), QStringLiteral("N. Head")},
                  {QStringLiteral("role"), QStringLiteral("head")}});
    test::addRow(db(), QStringLiteral("delegates"),
                 {{QStringLiteral("dialogue_id"), m_d2},
                  {QStringLiteral("party_id"), m_jp},
                  {QStringLiteral("sort_order"), 1},
                  {QStringLiteral("name"), QStringLiteral("J. Member")},
                  {QStringLiteral("marking"), QStringLiteral("GREEN")}});
    test::addRow(db(), QStringLiteral("delegates"),
                 {{QStringLiteral("dialogue_id"), m_d2},
                  {QStringLiteral("party_id"), m_jp},
                  {QStringLiteral("sort_order"), 0},
                  {QStringLiteral("name"), QStringLiteral("J. Head")},
                  {QStringLiteral("position"), QStringLiteral("Ambassador")},
                  {QStringLiteral("role"), QStringLiteral("head")}});
}

BriefRequest TestBriefBuilder::request(std::optional<Tlp> limit) const
{
    BriefRequest r;
    r.dialogueId = m_d2;
    r.author = QStringLiteral("A. Analyst");
    r.generatedOn = m_today;
    r.maxMarking = limit;
    return r;
}

BriefContent TestBriefBuilder::build(const BriefRequest& r)
{
    const Result<BriefContent> content = BriefBuilder::build(db(), r);
    if (!content)
        qWarning("%s", qPrintable(content.message()));
    return content ? *content : BriefContent();
}

void TestBriefBuilder::coverNamesDialogueCounterpartAndToBeConfirmedDate()
{
    const BriefContent c = build(request());
    QCOMPARE(c.cover.code, QStringLiteral("D2"));
    QCOMPARE(c.cover.title.english, QStringLiteral("Dialogue D2"));
    QCOMPARE(c.cover.title.original, QStringLiteral("第2回対話"));
    QCOMPARE(c.cover.date, QString()); // to be confirmed
    QCOMPARE(c.cover.dateNote, QStringLiteral("to be confirmed"));
    QCOMPARE(c.cover.place, QStringLiteral("Brussels"));
    QCOMPARE(c.cover.author, QStringLiteral("A. Analyst"));
    QCOMPARE(c.cover.generatedOn, m_today);
    QCOMPARE(c.cover.roundNumber, std::optional<int>(2));
    QVERIFY(c.cover.ownParty);
    QCOMPARE(c.cover.ownParty->code, QStringLiteral("JP"));
    QCOMPARE(c.cover.counterparts.size(), 1);
    QCOMPARE(c.cover.counterparts.first().code, QStringLiteral("NATO"));
    QCOMPARE(c.cover.source.table, QStringLiteral("dialogues"));
    QCOMPARE(c.cover.source.id, m_d2);
    QCOMPARE(c.objectives.objectives.english, QStringLiteral("Agree next steps."));
    QCOMPARE(c.objectives.objectives.original, QStringLiteral("次の段階に合意する。"));
    QCOMPARE(c.objectives.keyMessages.english, QStringLiteral("We deliver."));
}

void TestBriefBuilder::previousRoundByRoundNumberAndNextRoundEstimated()
{
    const BriefContent c = build(request());
    QVERIFY(c.hasPreviousRound);
    QVERIFY(c.previousRound);
    QCOMPARE(c.previousRound->source.code, QStringLiteral("D1"));
    QCOMPARE(c.periodStart, QDate(2024, 1, 15));
    QCOMPARE(c.periodEnd, m_today); // the date is to be confirmed: up to the generation date
    QCOMPARE(c.nextRound, QDate(2026, 9, 1));
    QVERIFY(c.nextRoundEstimated);
}

void TestBriefBuilder::nextRoundFromTheSeriesWhenDated()
{
    dialogue(QStringLiteral("D3"), QStringLiteral("JP-NATO"), 3, QStringLiteral("2026-05-20"));
    const BriefContent c = build(request());
    QCOMPARE(c.nextRound, QDate(2026, 5, 20));
    QVERIFY(!c.nextRoundEstimated);
    // K3 (due June 2026) is no longer due before the next round; K8 (due April 2026) still is.
    QVERIFY(!pointsOf(c).contains(QStringLiteral("due-soon K3")));
    QVERIFY(pointsOf(c).contains(QStringLiteral("due-soon K8")));

    // The brief of round 3 (dated in the past of its generation): the period ends on its generation date.
    BriefRequest r = request();
    r.dialogueId = *RecordStore(db()).idForCode(QStringLiteral("dialogues"), QStringLiteral("D3"));
    r.generatedOn = QDate(2026, 6, 30);
    const BriefContent third = build(r);
    QCOMPARE(third.previousRound->source.code, QStringLiteral("D2"));
    QVERIFY(!third.periodStart.isValid()); // D2 has no date: changes cannot be listed
    QVERIFY(third.changes.isEmpty());
    QCOMPARE(third.nextRound, QDate(2026, 11, 20)); // six months after its own date
}

void TestBriefBuilder::previousRoundByDateWhenRoundsAreMissing()
{
    const qint64 a = dialogue(QStringLiteral("X1"), QStringLiteral("Talks"), std::nullopt, QStringLiteral("2022-03"));
    const qint64 b =
        dialogue(QStringLiteral("X2"), QStringLiteral("Talks"), std::nullopt, QStringLiteral("2024-02-02"));
    const qint64 c =
        dialogue(QStringLiteral("X3"), QStringLiteral("Talks"), std::nullopt, QStringLiteral("2025-10-10"));
    Q_UNUSED(a)
    BriefRequest r = request();
    r.dialogueId = c;
    const BriefContent brief = build(r);
    QVERIFY(brief.previousRound);
    QCOMPARE(brief.previousRound->source.id, b);
    QCOMPARE(brief.periodStart, QDate(2024, 2, 2));
    QCOMPARE(brief.periodEnd, m_today); // the dialogue is past: up to the generation date

    // Without any other round there is no previous round, and no changes.
    r.dialogueId = dialogue(QStringLiteral("SOLO"), QString(), std::nullopt, QStringLiteral("2025-01-01"));
    const BriefContent solo = build(r);
    QVERIFY(!solo.hasPreviousRound);
    QVERIFY(!solo.previousRound);
    QVERIFY(solo.changes.isEmpty());
}

void TestBriefBuilder::pointsToRaiseByKindThenDueDateOrSeverity()
{
    const BriefContent c = build(request());
    // At risk: overdue KA (June 2025), K1 (2025-12-31), stalled K2 (no due date, last). K5 is overdue but
    // JP's own (no counterpart), so it is no point to raise. Severe gaps: critical GA, then high GB and GX.
    // Due before the next round (2026-09-01): K8 (April 2026), K3 (June 2026); K4 (2027) is not.
    // Unverified: the dialogue, then K3, then GD.
    QCOMPARE(
        pointsOf(c),
        (QStringList{QStringLiteral("at-risk KA"), QStringLiteral("at-risk K1"), QStringLiteral("at-risk K2"),
                     QStringLiteral("severe-gap GA"), QStringLiteral("severe-gap GB"), QStringLiteral("severe-gap GX"),
                     QStringLiteral("due-soon K8"), QStringLiteral("due-soon K3"), QStringLiteral("unverified D2"),
                     QStringLiteral("unverified K3"), QStringLiteral("unverified GD")}));
    QVERIFY(c.points[0].overdue);
    QVERIFY(!c.points[0].stalled);
    QVERIFY(c.points[2].stalled);
    QVERIFY(!c.points[2].overdue);
    QCOMPARE(c.points[3].severity, std::optional<Severity>(Severity::Critical));
}

void TestBriefBuilder::pointsCarryTheirRecords()
{
    const BriefContent c = build(request());
    for (const BriefPoint& point : c.points) {
        QVERIFY2(point.source.id > 0, qPrintable(point.source.code));
        QVERIFY2(!point.source.table.isEmpty(), qPrintable(point.source.code));
    }
    const BriefPoint& k1 = c.points[1];
    QCOMPARE(k1.source.table, QStringLiteral("commitments"));
    QCOMPARE(k1.source.citation, QStringLiteral("https://example.org/K1"));
    QCOMPARE(k1.title.english, QStringLiteral("Commitment K1"));
    QCOMPARE(k1.dueDate, QStringLiteral("2025-12-31"));
    QCOMPARE(k1.status, std::optional<CommitmentStatus>(CommitmentStatus::InProgress));
    QCOMPARE(k1.progress, 25);
    const BriefPoint& dialoguePoint = c.points[8];
    QCOMPARE(dialoguePoint.source.table, QStringLiteral("dialogues"));
    QVERIFY(dialoguePoint.source.isUnverified());
    QCOMPARE(dialoguePoint.source.verificationNote, QStringLiteral("single report"));
    const BriefPoint& gd = c.points.last();
    QCOMPARE(gd.source.table, QStringLiteral("gaps"));
    QVERIFY(gd.source.isUnverified());
}

void TestBriefBuilder::changesSinceThePreviousRoundWithDates()
{
    const BriefContent c = build(request());
    QCOMPARE(changesOf(c),
             (QStringList{QStringLiteral("2024-01-15 commitment K4"), QStringLiteral("2024-07-11 commitment K1"),
                          QStringLiteral("2024-12 programme-ended P2"), QStringLiteral("2025-02 commitment K2"),
                          QStringLiteral("2025-03-01 mapping-added SRC S1 \u2192 TGT T1"),
                          QStringLiteral("2025-04-02 mapping-approved SRC S2 \u2192 TGT T2"),
                          QStringLiteral("2025-05-05 gap-opened GA"), QStringLiteral("2025-08-20 gap-closed GC"),
                          QStringLiteral("2025-09-01 programme-started P1")}));
    const BriefChange& added = c.changes[4];
    QCOMPARE(added.relationship, std::optional<Relationship>(Relationship::Equal));
    QCOMPARE(added.source.table, QStringLiteral("mappings"));
    QCOMPARE(c.changes[2].source.table, QStringLiteral("programmes"));
    QCOMPARE(c.changes[6].source.table, QStringLiteral("gaps"));
}

void TestBriefBuilder::commitmentChangeShowsTheEntryBefore()
{
    const BriefContent c = build(request());
    const BriefChange& k4 = c.changes[0];
    QVERIFY(!k4.statusBefore); // the first entry of its history
    QCOMPARE(k4.statusAfter, std::optional<CommitmentStatus>(CommitmentStatus::Agreed));
    const BriefChange& k1 = c.changes[1];
    QCOMPARE(k1.statusBefore, std::optional<CommitmentStatus>(CommitmentStatus::Agreed));
    QCOMPARE(k1.progressBefore, std::optional<int>(0));
    QCOMPARE(k1.statusAfter, std::optional<CommitmentStatus>(CommitmentStatus::InProgress));
    QCOMPARE(k1.progressAfter, std::optional<int>(25));
    QCOMPARE(k1.note.english, QStringLiteral("line prepared"));
    QCOMPARE(k1.source.table, QStringLiteral("commitment_updates"));
    QCOMPARE(k1.title.english, QStringLiteral("Commitment K1"));
}

void TestBriefBuilder::auditEditsCountAsChanges()
{
    // Edits made today through the store, without history entries or closing dates: read from the audit log.
    RecordStore store(db());
    QVERIFY(
        store.update(QStringLiteral("commitments"), m_k4,
                     {{QStringLiteral("status"), QStringLiteral("in_progress")}, {QStringLiteral("progress"), 40}}));
    const qint64 gb = *store.idForCode(QStringLiteral("gaps"), QStringLiteral("GB"));
    QVERIFY(store.update(QStringLiteral("gaps"), gb, {{QStringLiteral("status"), QStringLiteral("closed")}}));
    // An edit recorded as history the same day is not listed twice.
    const qint64 k1 = *store.idForCode(QStringLiteral("commitments"), QStringLiteral("K1"));
    update(k1, QDate::currentDate().toString(Qt::ISODate), QStringLiteral("in_progress"), 60);
    QVERIFY(store.update(QStringLiteral("commitments"), k1, {{QStringLiteral("progress"), 60}}));

    BriefRequest r = request();
    r.generatedOn = QDate::currentDate();
    const BriefContent c = build(r);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QStringList changes = changesOf(c);
    QVERIFY2(changes.contains(today + QStringLiteral(" commitment K4")), qPrintable(changes.join(u'\n')));
    QVERIFY2(changes.contains(today + QStringLiteral(" gap-closed GB")), qPrintable(changes.join(u'\n')));
    QCOMPARE(changes.count(today + QStringLiteral(" commitment K1")), 1);
    for (const BriefChange& change : c.changes) {
        if (change.subject == QLatin1String("K4") && change.date == today) {
            QCOMPARE(change.source.table, QStringLiteral("audit_entries"));
            QCOMPARE(change.statusBefore, std::optional<CommitmentStatus>(CommitmentStatus::Agreed));
            QCOMPARE(change.statusAfter, std::optional<CommitmentStatus>(CommitmentStatus::InProgress));
            QCOMPARE(change.progressAfter, std::optional<int>(40));
        }
    }
}

void TestBriefBuilder::openCommitmentsByDueDateWithOverdueMarked()
{
    const BriefContent c = build(request());
    // Open commitments of the parties by deadline, unknown last; K6 is Australia's, K7 is done.
    QCOMPARE(codesOf(c.commitments),
             (QStringList{QStringLiteral("K5"), QStringLiteral("KA"), QStringLiteral("K1"), QStringLiteral("K8"),
                          QStringLiteral("K3"), QStringLiteral("K4"), QStringLiteral("K2")}));
    QList<bool> overdue;
    for (const BriefCommitment& commitment : c.commitments)
        overdue << commitment.overdue;
    QCOMPARE(overdue, (QList<bool>{true, true, true, false, false, false, false}));
    QCOMPARE(c.commitments[2].lead.english, QStringLiteral("Party JP"));
    QCOMPARE(c.commitments[2].counterpart.english, QStringLiteral("Party NATO"));
}

void TestBriefBuilder::gapsBySeverityThenCode()
{
    const BriefContent c = build(request());
    // Unresolved gaps of the parties: GE is Australia's, GC closed, GN accepted.
    QCOMPARE(codesOf(c.gaps), (QStringList{QStringLiteral("GA"), QStringLiteral("GB"), QStringLiteral("GX"),
                                           QStringLiteral("GF"), QStringLiteral("GD")}));
    QVERIFY(c.gaps.first().provision);
    QCOMPARE(c.gaps.first().provision->reference(), QStringLiteral("TGT T2"));
    QCOMPARE(c.gaps.first().provision->title.original, QStringLiteral("条項T2"));
    QCOMPARE(c.otherOpenGaps, 0);

    for (int i = 0; i < BriefBuilder::TopGapCount; ++i)
        gap(QStringLiteral("GZ%1").arg(i), 0, m_jp, QStringLiteral("low"), QStringLiteral("open"));
    const BriefContent more = build(request());
    QCOMPARE(more.gaps.size(), BriefBuilder::TopGapCount);
    QCOMPARE(more.otherOpenGaps, 5);
    QCOMPARE(more.figures.openGaps, 15);
    QCOMPARE(more.gaps.last().code, QStringLiteral("GZ4")); // after GD: low severity, natural order
}

void TestBriefBuilder::programmesCurrentOrEndedSinceThePreviousRound()
{
    const BriefContent c = build(request());
    // P2 ended in the period; P3 ended long before; P4 is Australia's.
    QCOMPARE(codesOf(c.programmes), (QStringList{QStringLiteral("P2"), QStringLiteral("P1")}));
    QCOMPARE(c.programmes[1].lead.english, QStringLiteral("Party JP-MOD"));
    QCOMPARE(c.programmes[1].partners.size(), 1);
    QCOMPARE(c.programmes[1].partners.first().english, QStringLiteral("Party NATO"));
}

void TestBriefBuilder::mappingsAppendixBetweenTheParties()
{
    const BriefContent c = build(request());
    // By source, then target; the Australian and the deprecated mappings are not part of it.
    QCOMPARE(mappingsOf(c),
             (QStringList{QStringLiteral("SRC S1 \u2192 OTHER O1"), QStringLiteral("SRC S1 \u2192 TGT T1"),
                          QStringLiteral("SRC S2 \u2192 TGT T2"), QStringLiteral("SRC S2 \u2192 TGT T3")}));
    const BriefMapping& m = c.mappings[2];
    QCOMPARE(m.relationship, Relationship::IntersectsWith);
    QCOMPARE(m.strength, std::optional<int>(6));
    QCOMPARE(m.rationale, Rationale::Semantic);
    QCOMPARE(m.justification, QStringLiteral("because"));
    QCOMPARE(m.reviewStatus, ReviewStatus::Complete);
    QCOMPARE(m.reviewDate, QStringLiteral("2025-04-02"));
    QCOMPARE(m.sourceProvision.title.english, QStringLiteral("Provision S2"));
    QCOMPARE(m.targetProvision.title.original, QStringLiteral("条項T2"));
}

void TestBriefBuilder::coverageOfTheBusiestPair()
{
    const BriefContent c = build(request());
    QVERIFY(c.coverage.available);
    QCOMPARE(c.coverage.targetCode, QStringLiteral("TGT"));
    QCOMPARE(c.coverage.sourceParty.code, QStringLiteral("JP"));
    QCOMPARE(c.coverage.totals.covered, 1);
    QCOMPARE(c.coverage.totals.partial, 2);
    QCOMPARE(c.coverage.totals.uncovered, 0);
    QCOMPARE(c.coverage.groups.size(), 3);
    QCOMPARE(c.coverage.groups.first().reference, QStringLiteral("T1"));
}

void TestBriefBuilder::keyFigures()
{
    const BriefContent c = build(request());
    QList<int> bySeverity;
    for (const auto& count : c.figures.openGapsBySeverity)
        bySeverity << count.count;
    QCOMPARE(bySeverity, (QList<int>{1, 2, 1, 1})); // critical GA; high GB, GX; medium GF; low GD
    QCOMPARE(c.figures.openGapsBySeverity.first().key, Severity::Critical);
    QCOMPARE(c.figures.openGaps, 5);
    QList<int> byStatus;
    for (const auto& count : c.figures.commitmentsByStatus)
        byStatus << count.count;
    // proposed K5; agreed K3, K4, KA, K8; in progress K1; done K7; stalled K2; dropped none
    QCOMPARE(byStatus, (QList<int>{1, 4, 1, 1, 1, 0}));
    QCOMPARE(c.figures.commitments, 8);
    QCOMPARE(c.figures.openCommitments, 7);
    QCOMPARE(c.figures.overdueCommitments, 3);
    QCOMPARE(c.figures.programmes, 2);
    QCOMPARE(c.figures.mappings, 4);
}

void TestBriefBuilder::delegationsByParty()
{
    const BriefContent c = build(request());
    QCOMPARE(c.delegations.size(), 2);
    QCOMPARE(c.delegations[0].party.code, QStringLiteral("JP"));
    QCOMPARE(c.delegations[0].delegates.size(), 2);
    QCOMPARE(c.delegations[0].delegates[0].name, QStringLiteral("J. Head"));
    QCOMPARE(c.delegations[0].delegates[0].position, QStringLiteral("Ambassador"));
    QCOMPARE(c.delegations[0].delegates[0].role, DelegateRole::Head);
    QCOMPARE(c.delegations[0].delegates[1].name, QStringLiteral("J. Member"));
    QCOMPARE(c.delegations[1].party.code, QStringLiteral("NATO"));
}

void TestBriefBuilder::documentMarkingIsTheHighestIncluded()
{
    const BriefContent c = build(request());
    QCOMPARE(c.marking, Tlp::Red); // the RED mapping
    QCOMPARE(c.caveats, QStringList{QStringLiteral("JP ONLY")});
    QVERIFY(!c.limited);
    QCOMPARE(c.leftOut, 0);
}

void TestBriefBuilder::markingLimitLeavesOutRecordsAbove()
{
    const BriefContent amber = build(request(Tlp::Amber));
    QVERIFY(amber.limited);
    QCOMPARE(amber.leftOut, 1); // the RED mapping
    QCOMPARE(amber.marking, Tlp::Amber);
    QVERIFY(!mappingsOf(amber).contains(QStringLiteral("SRC S2 \u2192 TGT T3")));
    QCOMPARE(amber.coverage.totals.partial, 1); // T3 lost its (RED) mapping
    QCOMPARE(amber.coverage.totals.uncovered, 1);

    const BriefContent green = build(request(Tlp::Green));
    QVERIFY(green.limited);
    QCOMPARE(*green.limit, Tlp::Green);
    QCOMPARE(green.leftOut, 3);          // KA, GX and the RED mapping
    QCOMPARE(green.marking, Tlp::Green); // the GREEN delegate
    QVERIFY(green.caveats.isEmpty());
    QVERIFY(!codesOf(green.commitments).contains(QStringLiteral("KA")));
    QVERIFY(!codesOf(green.gaps).contains(QStringLiteral("GX")));
    QVERIFY(!pointsOf(green).contains(QStringLiteral("at-risk KA")));
    QVERIFY(!pointsOf(green).contains(QStringLiteral("severe-gap GX")));
    QCOMPARE(green.figures.commitments, 7);
    QCOMPARE(green.figures.openGapsBySeverity[1].count, 1); // high: GB only

    const BriefContent clear = build(request(Tlp::Clear));
    QCOMPARE(clear.leftOut, 4); // and the GREEN delegate
    QCOMPARE(clear.marking, Tlp::Clear);
    QCOMPARE(clear.delegations[0].delegates.size(), 1);

    const BriefContent red = build(request(Tlp::Red));
    QVERIFY(!red.limited); // nothing is above RED
    QCOMPARE(red.leftOut, 0);
    QCOMPARE(*red.limit, Tlp::Red);
}

void TestBriefBuilder::minimumMarkingRaisesTheDocumentMarking()
{
    BriefRequest r = request(Tlp::Green);
    r.minimumMarking = Tlp::AmberStrict;
    QCOMPARE(build(r).marking, Tlp::AmberStrict);
    r.maxMarking.reset();
    r.minimumMarking = Tlp::Green;
    QCOMPARE(build(r).marking, Tlp::Red); // never lowered
}

void TestBriefBuilder::dialogueAboveTheLimitIsRefused()
{
    QVERIFY(RecordStore(db()).update(QStringLiteral("dialogues"), m_d2,
                                     {{QStringLiteral("marking"), QStringLiteral("AMBER")}}));
    const Result<BriefContent> refused = BriefBuilder::build(db(), request(Tlp::Green));
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains(QStringLiteral("D2")), qPrintable(refused.message()));
    QVERIFY(BriefBuilder::build(db(), request(Tlp::Amber)));
}

void TestBriefBuilder::unknownDialogueNamesTheId()
{
    BriefRequest r = request();
    r.dialogueId = 4711;
    const Result<BriefContent> result = BriefBuilder::build(db(), r);
    QVERIFY(!result);
    QVERIFY2(result.message().contains(QStringLiteral("4711")), qPrintable(result.message()));
}

void TestBriefBuilder::emptyDatabaseSaysThereAreNoDialogues()
{
    test::TestDatabase empty(test::TestDatabase::Content::ReferenceData);
    BriefRequest r;
    r.dialogueId = 1;
    const Result<BriefContent> result = BriefBuilder::build(empty.db(), r);
    QVERIFY(!result);
    QVERIFY2(result.message().contains(QStringLiteral("no dialogues")), qPrintable(result.message()));
    QVERIFY2(result.message().contains(QStringLiteral("id 1")), qPrintable(result.message()));
}

void TestBriefBuilder::noMappingsBetweenThePartiesLeavesCoverageOut()
{
    // A dialogue between NATO and Australia: Australia's mapping goes to NATO's framework.
    const qint64 id = test::addRow(db(), QStringLiteral("dialogues"),
                                   {{QStringLiteral("code"), QStringLiteral("NZ")},
                                    {QStringLiteral("title_en"), QStringLiteral("JP-AU talks")},
                                    {QStringLiteral("kind"), QStringLiteral("staff_talks")}});
    test::addLink(db(), QStringLiteral("dialogue_parties"), id, m_jp);
    test::addLink(db(), QStringLiteral("dialogue_parties"), id, m_au);
    BriefRequest r = request();
    r.dialogueId = id;
    const BriefContent c = build(r);
    QVERIFY(!c.coverage.available);
    QVERIFY(c.mappings.isEmpty());
    QCOMPARE(c.cover.ownParty->code, QStringLiteral("JP")); // the lowest id without a coverage pair
    QCOMPARE(c.cover.counterparts.first().code, QStringLiteral("AU"));
    QVERIFY(!c.hasPreviousRound);
}

void TestBriefBuilder::naturalOrderOfCodes()
{
    QVERIFY(BriefBuilder::naturalLess(QStringLiteral("C2"), QStringLiteral("C10")));
    QVERIFY(!BriefBuilder::naturalLess(QStringLiteral("C10"), QStringLiteral("C2")));
    QVERIFY(BriefBuilder::naturalLess(QStringLiteral("Ch. 9"), QStringLiteral("Ch. 10")));
    QVERIFY(BriefBuilder::naturalLess(QStringLiteral("A"), QStringLiteral("b")));
    QVERIFY(BriefBuilder::naturalLess(QStringLiteral("G1"), QStringLiteral("G1a")));
    QVERIFY(!BriefBuilder::naturalLess(QStringLiteral("X"), QStringLiteral("X")));
    QVERIFY(BriefBuilder::naturalLess(QStringLiteral("P99999999999999999999998"),
                                      QStringLiteral("P99999999999999999999999")));
}

void TestBriefBuilder::sampleLatestJapanNatoDialogue()
{
    test::TestDatabase sample(test::TestDatabase::Content::Sample);
    const std::optional<Dialogue> cd2 = DialogueRepository(sample.db()).dialogueByCode(QStringLiteral("JP-NATO-CD2"));
    QVERIFY(cd2);
    BriefRequest r;
    r.dialogueId = cd2->id;
    r.generatedOn = QDate(2026, 11, 26);
    const Result<BriefContent> result = BriefBuilder::build(sample.db(), r);
    QVERIFY2(result, qPrintable(result.message()));
    const BriefContent& c = *result;

    QCOMPARE(c.cover.ownParty->code, QStringLiteral("JP"));
    QCOMPARE(c.cover.counterparts.first().code, QStringLiteral("NATO"));
    QCOMPARE(c.cover.date, QString());
    QVERIFY(!c.objectives.objectives.english.isEmpty());
    QCOMPARE(c.previousRound->source.code, QStringLiteral("JP-NATO-CD1"));
    QCOMPARE(c.periodStart, QDate(2023, 11, 21));
    QVERIFY(c.coverage.available);
    QCOMPARE(c.coverage.targetCode, QStringLiteral("NATO-CDP2016"));

    // What changed after the 1st Cyber Dialogue: C2 and C3 progressed, C5 was done, the Act was promulgated.
    const QStringList changes = changesOf(c);
    for (const QString& expected :
         {QStringLiteral("2024-07-11 commitment C3"), QStringLiteral("2024-12-06 commitment C2"),
          QStringLiteral("2025-01-16 commitment C5"), QStringLiteral("2025-05-23 commitment C6")})
        QVERIFY2(changes.contains(expected), qPrintable(expected + QStringLiteral(" not in\n") + changes.join(u'\n')));
    // The high gap G3 is a point to raise, and so is the unverified dialogue itself.
    const QStringList points = pointsOf(c);
    QVERIFY2(points.contains(QStringLiteral("severe-gap G3")), qPrintable(points.join(u'\n')));
    QVERIFY2(points.contains(QStringLiteral("unverified JP-NATO-CD2")), qPrintable(points.join(u'\n')));
    QVERIFY2(points.contains(QStringLiteral("due-soon C4")), qPrintable(points.join(u'\n')));
    QVERIFY(!c.mappings.isEmpty());
    QVERIFY(!c.commitments.isEmpty());
    QVERIFY(!c.gaps.isEmpty());

    // Every item names its record, and the sample's records all cite a source.
    for (const BriefPoint& point : c.points) {
        QVERIFY(!point.source.code.isEmpty());
        QVERIFY2(!point.source.citation.isEmpty(), qPrintable(point.source.code));
    }
    for (const BriefCommitment& commitment : c.commitments)
        QVERIFY2(!commitment.source.citation.isEmpty(), qPrintable(commitment.code));
    for (const BriefGap& gap : c.gaps)
        QVERIFY2(!gap.source.citation.isEmpty(), qPrintable(gap.code));
    for (const BriefChange& change : c.changes)
        QVERIFY2(!change.source.table.isEmpty() && change.source.id > 0, qPrintable(change.subject));
    QCOMPARE(c.marking, Tlp::Green); // the dialogue record itself is GREEN
}

QTEST_MAIN(TestBriefBuilder)
#include "tst_briefbuilder.moc"
