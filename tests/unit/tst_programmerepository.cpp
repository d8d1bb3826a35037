#include "models/storage/ProgrammeRepository.h"
#include "tests/support/RecordFixtures.h"
#include "tests/support/TestDatabase.h"

#include <QtTest>

using namespace crosswalk;

class TestProgrammeRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<test::TestDatabase>();
        m_repository = std::make_unique<ProgrammeRepository>(m_fixture->db());
        Database& db = m_fixture->db();
        m_parties = {test::addParty(db, QStringLiteral("JP")), test::addParty(db, QStringLiteral("NATO")),
                     test::addParty(db, QStringLiteral("AU"))};
        m_themes = {test::addTheme(db, QStringLiteral("T1")), test::addTheme(db, QStringLiteral("T2"))};
    }

    void roundTripsEveryFieldWithPartnersAndThemes()
    {
        Programme first = programme(QStringLiteral("PR-1"));
        first.nameOrig = QStringLiteral("サイバー演習");
        first.kind = ProgrammeKind::Exercise;
        first.leadPartyId = m_parties[1];
        first.startDate = QStringLiteral("2025-04");
        first.endDate = QStringLiteral("2025-04-20");
        first.status = ProgrammeStatus::Active;
        first.budget = 125000.5;
        first.currency = QStringLiteral("EUR");
        first.beneficiaries = QStringLiteral("JSDF cyber units");
        first.description = QStringLiteral("Locked Shields participation");
        first.source = QStringLiteral("source 1");
        first.verification = Verification::Official;
        first.verificationNote = QStringLiteral("note 1");
        first.marking = Tlp::Green;
        first.caveat = QStringLiteral("caveat 1");
        first.partnerIds = {m_parties[0], m_parties[2]};
        first.themeIds = {m_themes[0]};
        Programme second = programme(QStringLiteral("PR-2"));
        second.nameOrig = QStringLiteral("orig 2");
        second.kind = ProgrammeKind::Funding;
        second.leadPartyId = std::nullopt;
        second.startDate = QString();
        second.endDate = QString();
        second.status = ProgrammeStatus::Cancelled;
        second.budget = std::nullopt;
        second.currency = QStringLiteral("JPY");
        second.beneficiaries = QStringLiteral("beneficiaries 2");
        second.description = QStringLiteral("description 2");
        second.source = QStringLiteral("source 2");
        second.verification = Verification::Secondary;
        second.verificationNote = QStringLiteral("note 2");
        second.marking = Tlp::Amber;
        second.caveat = QStringLiteral("caveat 2");
        second.partnerIds = {m_parties[1]};
        second.themeIds = {m_themes[0], m_themes[1]};
        test::checkRoundTrip<Programme>(m_fixture->db(), QStringLiteral("programmes"),
                                        {[&](Programme& p) { return m_repository->insert(p); },
                                         [&](qint64 id) { return m_repository->programme(id); },
                                         [&](const Programme& p) { return m_repository->update(p); },
                                         [&](qint64 id) { return m_repository->remove(id); }},
                                        first, second);
    }

    void linksGapsInBothDirections()
    {
        Database& db = m_fixture->db();
        const qint64 gap1 = test::addGap(db, QStringLiteral("G1"));
        const qint64 gap2 = test::addGap(db, QStringLiteral("G2"));
        Programme a = programme(QStringLiteral("A"));
        Programme b = programme(QStringLiteral("B"));
        QVERIFY(m_repository->insert(a).ok());
        QVERIFY(m_repository->insert(b).ok());
        QVERIFY(m_repository->linkGap(a.id, gap2).ok());
        QVERIFY(m_repository->linkGap(a.id, gap1).ok());
        QVERIFY(m_repository->linkGap(b.id, gap1).ok());
        QCOMPARE(m_repository->gapIds(a.id), (QList<qint64>{gap1, gap2}));
        QCOMPARE(m_repository->programmesForGap(gap1), (QList<qint64>{a.id, b.id}));
        QVERIFY(m_repository->unlinkGap(a.id, gap1).ok());
        QCOMPARE(m_repository->gapIds(a.id), QList<qint64>{gap2});
        QCOMPARE(m_repository->programmesForGap(gap1), QList<qint64>{b.id});
        QCOMPARE(test::auditActions(db, QStringLiteral("programme_gaps"), a.id),
                 (QStringList{QStringLiteral("create"), QStringLiteral("create"), QStringLiteral("delete")}));
        QCOMPARE(AuditLog(db).verify(), QList<qint64>());
    }

    void removesAllLinksWithTheProgramme()
    {
        Database& db = m_fixture->db();
        const qint64 gap = test::addGap(db, QStringLiteral("G"));
        const qint64 commitment = test::addCommitment(db, QStringLiteral("C"));
        Programme p = programme(QStringLiteral("P"));
        p.partnerIds = {m_parties[0]};
        p.themeIds = {m_themes[1]};
        QVERIFY(m_repository->insert(p).ok());
        QVERIFY(m_repository->linkGap(p.id, gap).ok());
        test::addLink(db, QStringLiteral("commitment_programmes"), commitment, p.id);
        QVERIFY(m_repository->remove(p.id).ok());
        RecordStore store(db);
        for (const char* table : {"programme_partners", "programme_themes", "programme_gaps", "commitment_programmes"})
            QCOMPARE(store.count(QString::fromLatin1(table)), 0);
        QCOMPARE(store.count(QStringLiteral("gaps")), 1);
        QCOMPARE(store.count(QStringLiteral("commitments")), 1);
        QCOMPARE(m_repository->programmes(), QList<Programme>());
    }

    void refusesInvalidValuesBeforeWriting()
    {
        const QByteArray before = m_fixture->snapshot();
        Programme p = programme(QStringLiteral("P"));
        p.startDate = QStringLiteral("2025-06-01");
        p.endDate = QStringLiteral("2025-05-31");
        QCOMPARE(m_repository->insert(p).message(), QStringLiteral("End date is before start date"));
        p.endDate = QStringLiteral("2025-06-30");
        p.budget = -1;
        QCOMPARE(m_repository->insert(p).message(), QStringLiteral("Budget cannot be negative"));
        p.budget = 0;
        p.partnerIds = {999};
        QVERIFY(m_repository->insert(p).message().contains(QStringLiteral("FOREIGN KEY")));
        QCOMPARE(p.id, 0);
        QCOMPARE(m_fixture->snapshot(), before);
        p.partnerIds.clear();
        QVERIFY(m_repository->insert(p).ok());
        QCOMPARE(m_repository->programmeByCode(QStringLiteral("P")), std::optional<Programme>(p));
    }

private:
    static Programme programme(const QString& code)
    {
        Programme p;
        p.code = code;
        p.nameEn = code + QStringLiteral(" name");
        return p;
    }

    std::unique_ptr<test::TestDatabase> m_fixture;
    std::unique_ptr<ProgrammeRepository> m_repository;
    QList<qint64> m_parties;
    QList<qint64> m_themes;
};

QTEST_GUILESS_MAIN(TestProgrammeRepository)
#include "tst_programmerepository.moc"
