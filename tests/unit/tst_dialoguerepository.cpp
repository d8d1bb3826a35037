#include "models/storage/DialogueRepository.h"
#include "tests/support/RecordFixtures.h"
#include "tests/support/TestDatabase.h"

#include <QtTest>

using namespace crosswalk;

class TestDialogueRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<test::TestDatabase>();
        m_repository = std::make_unique<DialogueRepository>(m_fixture->db());
        m_japan = test::addParty(m_fixture->db(), QStringLiteral("JP"));
        m_nato = test::addParty(m_fixture->db(), QStringLiteral("NATO"));
    }

    void dialogueRoundTripsEveryFieldAndItsParties()
    {
        Dialogue first = dialogue(QStringLiteral("JP-NATO-3"));
        first.titleOrig = QStringLiteral("第3回日NATOサイバー対話");
        first.kind = DialogueKind::CyberDialogue;
        first.series = QStringLiteral("Japan-NATO cyber dialogue");
        first.roundNumber = 3;
        first.dialogueDate = QStringLiteral("2025-02-12");
        first.dateNote = QStringLiteral("confirmed");
        first.place = QStringLiteral("Tokyo");
        first.objectivesEn = QStringLiteral("objectives");
        first.objectivesOrig = QStringLiteral("目的");
        first.keyMessagesEn = QStringLiteral("messages");
        first.keyMessagesOrig = QStringLiteral("メッセージ");
        first.outcomesEn = QStringLiteral("outcomes");
        first.outcomesOrig = QStringLiteral("成果");
        first.contentNote = QStringLiteral("from the press release");
        first.source = QStringLiteral("https://www.mofa.go.jp/");
        first.verification = Verification::Official;
        first.verificationNote = QStringLiteral("note 1");
        first.marking = Tlp::Green;
        first.caveat = QStringLiteral("caveat 1");
        first.partyIds = {m_japan, m_nato};
        Dialogue second = dialogue(QStringLiteral("JP-NATO-4"));
        second.titleOrig = QStringLiteral("orig 2");
        second.kind = DialogueKind::StaffTalks;
        second.series = QStringLiteral("staff talks");
        second.roundNumber = std::nullopt;
        second.dialogueDate = QString();
        second.dateNote = QStringLiteral("to be confirmed");
        second.place = QStringLiteral("Brussels");
        second.objectivesEn = QStringLiteral("objectives 2");
        second.objectivesOrig = QStringLiteral("objectives orig 2");
        second.keyMessagesEn = QStringLiteral("messages 2");
        second.keyMessagesOrig = QStringLiteral("messages orig 2");
        second.outcomesEn = QStringLiteral("outcomes 2");
        second.outcomesOrig = QStringLiteral("outcomes orig 2");
        second.contentNote = QStringLiteral("note 2");
        second.source = QStringLiteral("source 2");
        second.verification = Verification::Unverified;
        second.verificationNote = QStringLiteral("verification 2");
        second.marking = Tlp::Amber;
        second.caveat = QStringLiteral("caveat 2");
        second.partyIds = {m_nato};
        test::checkRoundTrip<Dialogue>(m_fixture->db(), QStringLiteral("dialogues"),
                                       {[&](Dialogue& d) { return m_repository->insert(d); },
                                        [&](qint64 id) { return m_repository->dialogue(id); },
                                        [&](const Dialogue& d) { return m_repository->update(d); },
                                        [&](qint64 id) { return m_repository->remove(id); }},
                                       first, second);
    }

    void addsAndRemovesPartyLinks()
    {
        Dialogue d = dialogue(QStringLiteral("D"));
        d.partyIds = {m_nato};
        QVERIFY(m_repository->insert(d).ok());
        d.partyIds = {m_nato, m_japan};
        QVERIFY(m_repository->update(d).ok());
        QCOMPARE(m_repository->dialogue(d.id)->partyIds, (QList<qint64>{m_japan, m_nato}));
        QCOMPARE(RecordStore(m_fixture->db()).linked(QStringLiteral("dialogue_parties"), m_japan, true),
                 QList<qint64>{d.id});
        d.partyIds = {m_japan};
        QVERIFY(m_repository->update(d).ok());
        QCOMPARE(m_repository->dialogues().constFirst().partyIds, QList<qint64>{m_japan});
        QCOMPARE(RecordStore(m_fixture->db()).linked(QStringLiteral("dialogue_parties"), m_nato, true),
                 QList<qint64>());
        // NATO linked by the insert, Japan by the first update, NATO unlinked by the second.
        QCOMPARE(test::auditActions(m_fixture->db(), QStringLiteral("dialogue_parties"), d.id),
                 (QStringList{QStringLiteral("create"), QStringLiteral("create"), QStringLiteral("delete")}));
    }

    void delegateRoundTripsEveryField()
    {
        Database& db = m_fixture->db();
        const qint64 firstDialogue = test::addDialogue(db, QStringLiteral("D1"));
        const qint64 secondDialogue = test::addDialogue(db, QStringLiteral("D2"));
        Delegate first = delegate(firstDialogue, m_japan, QStringLiteral("Ambassador A"));
        first.sortOrder = 1;
        first.position = QStringLiteral("Ambassador for Cyber Policy");
        first.role = DelegateRole::Head;
        first.marking = Tlp::Green;
        first.caveat = QStringLiteral("caveat 1");
        Delegate second = delegate(secondDialogue, m_nato, QStringLiteral("Director B"));
        second.sortOrder = 2;
        second.position = QStringLiteral("Director, Cyber Defence");
        second.role = DelegateRole::Adviser;
        second.marking = Tlp::Red;
        second.caveat = QStringLiteral("caveat 2");
        test::checkRoundTrip<Delegate>(db, QStringLiteral("delegates"),
                                       {[&](Delegate& d) { return m_repository->insertDelegate(d); },
                                        [&](qint64 id) { return m_repository->delegate(id); },
                                        [&](const Delegate& d) { return m_repository->updateDelegate(d); },
                                        [&](qint64 id) { return m_repository->removeDelegate(id); }},
                                       first, second);
    }

    void insertsDelegatesWithTheDialogueAllOrNothing()
    {
        const QByteArray before = m_fixture->snapshot();
        Dialogue refused = dialogue(QStringLiteral("D"));
        const QList<Delegate> withNameless{delegate(0, m_japan, QStringLiteral("Head")),
                                           delegate(0, m_nato, QString())};
        QCOMPARE(m_repository->insert(refused, withNameless).message(), QStringLiteral("Name is required"));
        QCOMPARE(refused.id, 0);
        QCOMPARE(m_fixture->snapshot(), before);

        Dialogue accepted = dialogue(QStringLiteral("D"));
        Delegate head = delegate(0, m_nato, QStringLiteral("Head"));
        Delegate deputy = delegate(0, m_japan, QStringLiteral("Deputy"));
        deputy.sortOrder = 2;
        Delegate member = delegate(0, m_japan, QStringLiteral("Member"));
        member.sortOrder = 1;
        QVERIFY(m_repository->insert(accepted, {head, deputy, member}).ok());
        QStringList names;
        for (const Delegate& d : m_repository->delegates(accepted.id)) {
            QCOMPARE(d.dialogueId, accepted.id);
            names << d.name;
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Member"), QStringLiteral("Deputy"), QStringLiteral("Head")}));
    }

    void removesDelegatesAndLinksWithTheDialogue()
    {
        Dialogue d = dialogue(QStringLiteral("D"));
        d.partyIds = {m_japan, m_nato};
        QVERIFY(m_repository->insert(d, {delegate(0, m_japan, QStringLiteral("A"))}).ok());
        const qint64 delegateId = m_repository->delegates(d.id).constFirst().id;
        QVERIFY(m_repository->remove(d.id).ok());
        QCOMPARE(m_repository->delegates(d.id), QList<Delegate>());
        QCOMPARE(RecordStore(m_fixture->db()).count(QStringLiteral("dialogue_parties")), 0);
        QCOMPARE(test::auditActions(m_fixture->db(), QStringLiteral("delegates"), delegateId),
                 (QStringList{QStringLiteral("create"), QStringLiteral("delete")}));
        QCOMPARE(AuditLog(m_fixture->db()).verify(), QList<qint64>());
    }

    void refusesRemovingADialogueThatCommitmentsOriginateFrom()
    {
        Dialogue d = dialogue(QStringLiteral("JP-NATO-1"));
        d.partyIds = {m_japan};
        QVERIFY(m_repository->insert(d, {delegate(0, m_japan, QStringLiteral("A"))}).ok());
        test::addCommitment(m_fixture->db(), QStringLiteral("C-9"), d.id);
        const QByteArray before = m_fixture->snapshot();
        QCOMPARE(m_repository->remove(d.id).message(),
                 QStringLiteral("The dialogue JP-NATO-1 cannot be deleted: it is used by commitment C-9"));
        QCOMPARE(m_fixture->snapshot(), before);
        QCOMPARE(m_repository->delegates(d.id).size(), 1);
    }

    void refusesInvalidValuesBeforeWriting()
    {
        const QByteArray before = m_fixture->snapshot();
        Dialogue d = dialogue(QStringLiteral("D"));
        d.roundNumber = 0;
        QCOMPARE(m_repository->insert(d).message(), QStringLiteral("Round number must be 1 or more"));
        d.roundNumber = 1;
        d.dialogueDate = QStringLiteral("2025-02-30");
        QCOMPARE(m_repository->insert(d).message(), QStringLiteral("Date 2025-02-30 is not an ISO 8601 date"));
        d.dialogueDate.clear();
        d.partyIds = {m_japan, 999};
        QVERIFY(m_repository->insert(d).message().contains(QStringLiteral("FOREIGN KEY")));
        QCOMPARE(m_fixture->snapshot(), before);
    }

private:
    static Dialogue dialogue(const QString& code)
    {
        Dialogue d;
        d.code = code;
        d.titleEn = code + QStringLiteral(" title");
        return d;
    }

    static Delegate delegate(qint64 dialogueId, qint64 partyId, const QString& name)
    {
        Delegate d;
        d.dialogueId = dialogueId;
        d.partyId = partyId;
        d.name = name;
        return d;
    }

    std::unique_ptr<test::TestDatabase> m_fixture;
    std::unique_ptr<DialogueRepository> m_repository;
    qint64 m_japan = 0;
    qint64 m_nato = 0;
};

QTEST_GUILESS_MAIN(TestDialogueRepository)
#include "tst_dialoguerepository.moc"
