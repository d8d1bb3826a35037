#include "models/storage/CommitmentRepository.h"
#include "tests/support/RecordFixtures.h"
#include "tests/support/TestDatabase.h"

#include <QtTest>

using namespace crosswalk;

class TestCommitmentRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<test::TestDatabase>();
        m_repository = std::make_unique<CommitmentRepository>(m_fixture->db());
        Database& db = m_fixture->db();
        const qint64 framework = test::addFramework(db, QStringLiteral("F"));
        m_parties.clear();
        m_dialogues.clear();
        m_provisions.clear();
        m_themes.clear();
        for (const QString& suffix : {QStringLiteral("1"), QStringLiteral("2")}) {
            m_parties << test::addParty(db, QStringLiteral("P") + suffix);
            m_dialogues << test::addDialogue(db, QStringLiteral("D") + suffix);
            m_provisions << test::addProvision(db, framework, QStringLiteral("A") + suffix);
            m_themes << test::addTheme(db, QStringLiteral("T") + suffix);
        }
    }

    void commitmentRoundTripsEveryFieldAndItsThemes()
    {
        Commitment first = commitment(QStringLiteral("C-1"));
        first.titleOrig = QStringLiteral("情報共有の強化");
        first.description = QStringLiteral("description 1");
        first.originDialogueId = m_dialogues[0];
        first.originProvisionId = m_provisions[0];
        first.originNote = QStringLiteral("joint statement, para 4");
        first.leadPartyId = m_parties[0];
        first.counterpartPartyId = m_parties[1];
        first.dueDate = QStringLiteral("2026");
        first.status = CommitmentStatus::Agreed;
        first.progress = 10;
        first.source = QStringLiteral("source 1");
        first.verification = Verification::Official;
        first.verificationNote = QStringLiteral("note 1");
        first.marking = Tlp::Green;
        first.caveat = QStringLiteral("caveat 1");
        first.themeIds = {m_themes[0], m_themes[1]};
        Commitment second = commitment(QStringLiteral("C-2"));
        second.titleOrig = QStringLiteral("orig 2");
        second.description = QStringLiteral("description 2");
        second.originDialogueId = m_dialogues[1];
        second.originProvisionId = std::nullopt;
        second.originNote = QStringLiteral("origin 2");
        second.leadPartyId = m_parties[1];
        second.counterpartPartyId = std::nullopt;
        second.dueDate = QString();
        second.status = CommitmentStatus::InProgress;
        second.progress = 55;
        second.source = QStringLiteral("source 2");
        second.verification = Verification::Secondary;
        second.verificationNote = QStringLiteral("note 2");
        second.marking = Tlp::Amber;
        second.caveat = QStringLiteral("caveat 2");
        second.themeIds = {m_themes[1]};
        test::checkRoundTrip<Commitment>(m_fixture->db(), QStringLiteral("commitments"),
                                         {[&](Commitment& c) { return m_repository->insert(c); },
                                          [&](qint64 id) { return m_repository->commitment(id); },
                                          [&](const Commitment& c) { return m_repository->update(c); },
                                          [&](qint64 id) { return m_repository->remove(id); }},
                                         first, second);
    }

    void updateRoundTripsEveryField()
    {
        Commitment c = commitment(QStringLiteral("C"));
        QVERIFY(m_repository->insert(c).ok());
        Commitment other = commitment(QStringLiteral("OTHER"));
        QVERIFY(m_repository->insert(other).ok());
        CommitmentUpdate first = update(c.id, QStringLiteral("2025-03-01"), CommitmentStatus::InProgress, 30);
        first.noteEn = QStringLiteral("Pilot started");
        first.noteOrig = QStringLiteral("試行開始");
        first.source = QStringLiteral("source 1");
        first.verification = Verification::Official;
        first.verificationNote = QStringLiteral("note 1");
        first.marking = Tlp::Green;
        first.caveat = QStringLiteral("caveat 1");
        CommitmentUpdate second = update(other.id, QStringLiteral("2025-09"), CommitmentStatus::Stalled, 35);
        second.noteEn = QStringLiteral("Budget delayed");
        second.noteOrig = QStringLiteral("note orig 2");
        second.source = QStringLiteral("source 2");
        second.verification = Verification::Unverified;
        second.verificationNote = QStringLiteral("note 2");
        second.marking = Tlp::Red;
        second.caveat = QStringLiteral("caveat 2");
        test::checkRoundTrip<CommitmentUpdate>(m_fixture->db(), QStringLiteral("commitment_updates"),
                                               {[&](CommitmentUpdate& u) { return m_repository->addUpdate(u); },
                                                [&](qint64 id) { return m_repository->commitmentUpdate(id); },
                                                [&](const CommitmentUpdate& u) { return m_repository->editUpdate(u); },
                                                [&](qint64 id) { return m_repository->removeUpdate(id); }},
                                               first, second);
    }

    void theLatestUpdateSetsStatusAndProgress()
    {
        Commitment c = commitment(QStringLiteral("C"));
        QVERIFY(m_repository->insert(c).ok());
        CommitmentUpdate march = update(c.id, QStringLiteral("2025-03-01"), CommitmentStatus::InProgress, 40);
        QVERIFY(m_repository->addUpdate(march).ok());
        QCOMPARE(m_repository->commitment(c.id)->status, CommitmentStatus::InProgress);
        QCOMPARE(m_repository->commitment(c.id)->progress, 40);
        QCOMPARE(test::auditActions(m_fixture->db(), QStringLiteral("commitments"), c.id),
                 (QStringList{QStringLiteral("create"), QStringLiteral("update")}));

        CommitmentUpdate january = update(c.id, QStringLiteral("2025-01-15"), CommitmentStatus::Agreed, 0);
        QVERIFY(m_repository->addUpdate(january).ok());
        QCOMPARE(m_repository->commitment(c.id)->status, CommitmentStatus::InProgress);
        QCOMPARE(m_repository->commitment(c.id)->progress, 40);

        CommitmentUpdate june = update(c.id, QStringLiteral("2025-06-30"), CommitmentStatus::Done, 100);
        QVERIFY(m_repository->addUpdate(june).ok());
        QCOMPARE(m_repository->commitment(c.id)->status, CommitmentStatus::Done);
        QCOMPARE(m_repository->commitment(c.id)->progress, 100);
        QCOMPARE(m_repository->updates(c.id), (QList<CommitmentUpdate>{january, march, june}));

        QVERIFY(m_repository->removeUpdate(june.id).ok());
        QCOMPARE(m_repository->updates(c.id), (QList<CommitmentUpdate>{january, march}));
        QCOMPARE(m_repository->commitment(c.id)->status, CommitmentStatus::Done);
    }

    void aRefusedUpdateChangesNothing()
    {
        Commitment c = commitment(QStringLiteral("C"));
        QVERIFY(m_repository->insert(c).ok());
        const QByteArray before = m_fixture->snapshot();
        CommitmentUpdate tooMuch = update(c.id, QStringLiteral("2025-03-01"), CommitmentStatus::Done, 101);
        QCOMPARE(m_repository->addUpdate(tooMuch).message(), QStringLiteral("Progress must be between 0 and 100"));
        CommitmentUpdate undated = update(c.id, QString(), CommitmentStatus::Done, 100);
        QCOMPARE(m_repository->addUpdate(undated).message(), QStringLiteral("Date is required"));
        CommitmentUpdate orphan = update(999, QStringLiteral("2025-03-01"), CommitmentStatus::Done, 100);
        QVERIFY(m_repository->addUpdate(orphan).message().contains(QStringLiteral("FOREIGN KEY")));
        Commitment badDue = c;
        badDue.dueDate = QStringLiteral("2024-13-01");
        QCOMPARE(m_repository->update(badDue).message(), QStringLiteral("Due date 2024-13-01 is not an ISO 8601 date"));
        QCOMPARE(m_fixture->snapshot(), before);
    }

    void linksAndUnlinksInBothDirections_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("table");
        QTest::newRow("gap") << static_cast<int>(CommitmentRepository::Link::Gap) << QStringLiteral("commitment_gaps");
        QTest::newRow("programme") << static_cast<int>(CommitmentRepository::Link::Programme)
                                   << QStringLiteral("commitment_programmes");
        QTest::newRow("provision") << static_cast<int>(CommitmentRepository::Link::Provision)
                                   << QStringLiteral("commitment_provisions");
    }

    void linksAndUnlinksInBothDirections()
    {
        QFETCH(int, kind);
        QFETCH(QString, table);
        const auto link = static_cast<CommitmentRepository::Link>(kind);
        Database& db = m_fixture->db();
        QList<qint64> others = m_provisions;
        if (link == CommitmentRepository::Link::Gap)
            others = {test::addGap(db, QStringLiteral("G1")), test::addGap(db, QStringLiteral("G2"))};
        if (link == CommitmentRepository::Link::Programme)
            others = {test::addProgramme(db, QStringLiteral("PR1")), test::addProgramme(db, QStringLiteral("PR2"))};
        Commitment a = commitment(QStringLiteral("A"));
        Commitment b = commitment(QStringLiteral("B"));
        QVERIFY(m_repository->insert(a).ok());
        QVERIFY(m_repository->insert(b).ok());

        QVERIFY(m_repository->link(link, a.id, others[1]).ok());
        QVERIFY(m_repository->link(link, a.id, others[0]).ok());
        QVERIFY(m_repository->link(link, b.id, others[0]).ok());
        QCOMPARE(m_repository->linked(link, a.id), others);
        QCOMPARE(m_repository->commitmentsLinkedTo(link, others[0]), (QList<qint64>{a.id, b.id}));
        const QByteArray before = m_fixture->snapshot();
        QCOMPARE(m_repository->link(link, a.id, others[0]).ok(), false);
        QCOMPARE(m_fixture->snapshot(), before);

        QVERIFY(m_repository->unlink(link, a.id, others[0]).ok());
        QCOMPARE(m_repository->linked(link, a.id), QList<qint64>{others[1]});
        QCOMPARE(m_repository->commitmentsLinkedTo(link, others[0]), QList<qint64>{b.id});
        QCOMPARE(m_repository->unlink(link, a.id, others[0]).ok(), false);
        QCOMPARE(test::auditActions(db, table, a.id),
                 (QStringList{QStringLiteral("create"), QStringLiteral("create"), QStringLiteral("delete")}));
        QCOMPARE(AuditLog(db).verify(), QList<qint64>());
    }

    void removesUpdatesAndLinksWithTheCommitment()
    {
        Database& db = m_fixture->db();
        const qint64 gap = test::addGap(db, QStringLiteral("G"));
        const qint64 programme = test::addProgramme(db, QStringLiteral("PR"));
        Commitment c = commitment(QStringLiteral("C"));
        c.themeIds = {m_themes[0]};
        QVERIFY(m_repository->insert(c).ok());
        CommitmentUpdate u = update(c.id, QStringLiteral("2025"), CommitmentStatus::Agreed, 5);
        QVERIFY(m_repository->addUpdate(u).ok());
        QVERIFY(m_repository->link(CommitmentRepository::Link::Gap, c.id, gap).ok());
        QVERIFY(m_repository->link(CommitmentRepository::Link::Programme, c.id, programme).ok());
        QVERIFY(m_repository->link(CommitmentRepository::Link::Provision, c.id, m_provisions[0]).ok());

        QVERIFY(m_repository->remove(c.id).ok());
        QCOMPARE(m_repository->commitment(c.id), std::optional<Commitment>());
        QCOMPARE(m_repository->updates(c.id), QList<CommitmentUpdate>());
        RecordStore store(db);
        for (const char* table :
             {"commitment_themes", "commitment_gaps", "commitment_programmes", "commitment_provisions"})
            QCOMPARE(store.count(QString::fromLatin1(table)), 0);
        QVERIFY(store.fetch(QStringLiteral("gaps"), gap));
        QVERIFY(store.fetch(QStringLiteral("programmes"), programme));
        QCOMPARE(test::auditActions(db, QStringLiteral("commitment_updates"), u.id),
                 (QStringList{QStringLiteral("create"), QStringLiteral("delete")}));
        QCOMPARE(AuditLog(db).verify(), QList<qint64>());
    }

    void listsCommitmentsByCodeAndOrigin()
    {
        Commitment a = commitment(QStringLiteral("A"));
        a.originDialogueId = m_dialogues[1];
        Commitment b = commitment(QStringLiteral("B"));
        QVERIFY(m_repository->insert(a).ok());
        QVERIFY(m_repository->insert(b).ok());
        QCOMPARE(m_repository->commitments(), (QList<Commitment>{a, b}));
        QCOMPARE(m_repository->commitmentsFromDialogue(m_dialogues[1]), QList<Commitment>{a});
        QCOMPARE(m_repository->commitmentByCode(QStringLiteral("B")), std::optional<Commitment>(b));
    }

private:
    static Commitment commitment(const QString& code)
    {
        Commitment c;
        c.code = code;
        c.titleEn = code + QStringLiteral(" title");
        return c;
    }

    static CommitmentUpdate update(qint64 commitmentId, const QString& date, CommitmentStatus status, int progress)
    {
        CommitmentUpdate u;
        u.commitmentId = commitmentId;
        u.updateDate = date;
        u.status = status;
        u.progress = progress;
        return u;
    }

    std::unique_ptr<test::TestDatabase> m_fixture;
    std::unique_ptr<CommitmentRepository> m_repository;
    QList<qint64> m_parties;
    QList<qint64> m_dialogues;
    QList<qint64> m_provisions;
    QList<qint64> m_themes;
};

QTEST_GUILESS_MAIN(TestCommitmentRepository)
#include "tst_commitmentrepository.moc"
