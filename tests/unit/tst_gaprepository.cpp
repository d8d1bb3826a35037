#include "models/storage/GapRepository.h"
#include "tests/support/RecordFixtures.h"
#include "tests/support/TestDatabase.h"

#include <QtTest>

using namespace crosswalk;

class TestGapRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<test::TestDatabase>();
        m_repository = std::make_unique<GapRepository>(m_fixture->db());
        Database& db = m_fixture->db();
        const qint64 framework = test::addFramework(db, QStringLiteral("NATO"));
        m_provisions = {test::addProvision(db, framework, QStringLiteral("N1")),
                        test::addProvision(db, framework, QStringLiteral("N2"))};
        m_parties = {test::addParty(db, QStringLiteral("JP")), test::addParty(db, QStringLiteral("NCO"))};
        m_themes = {test::addTheme(db, QStringLiteral("T1")), test::addTheme(db, QStringLiteral("T2"))};
    }

    void roundTripsEveryFieldWithThemes()
    {
        Gap first = gap(QStringLiteral("G-1"), m_provisions[0]);
        first.titleOrig = QStringLiteral("重要インフラ防護の不足");
        first.description = QStringLiteral("description 1");
        first.kind = GapKind::Partial;
        first.severity = Severity::Critical;
        first.status = GapStatus::Mitigating;
        first.ownerPartyId = m_parties[0];
        first.dueDate = QStringLiteral("2026-03-31");
        first.openedDate = QStringLiteral("2024-10");
        first.closedDate = QStringLiteral("2025");
        first.source = QStringLiteral("source 1");
        first.verification = Verification::Official;
        first.verificationNote = QStringLiteral("note 1");
        first.marking = Tlp::Amber;
        first.caveat = QStringLiteral("caveat 1");
        first.themeIds = {m_themes[0]};
        Gap second = gap(QStringLiteral("G-2"), std::nullopt);
        second.titleOrig = QStringLiteral("orig 2");
        second.description = QStringLiteral("description 2");
        second.kind = GapKind::Capacity;
        second.severity = Severity::Low;
        second.status = GapStatus::Accepted;
        second.ownerPartyId = m_parties[1];
        second.dueDate = QString();
        second.openedDate = QStringLiteral("2025-01-01");
        second.closedDate = QString();
        second.source = QStringLiteral("source 2");
        second.verification = Verification::Secondary;
        second.verificationNote = QStringLiteral("note 2");
        second.marking = Tlp::Green;
        second.caveat = QStringLiteral("caveat 2");
        second.themeIds = {m_themes[0], m_themes[1]};
        test::checkRoundTrip<Gap>(m_fixture->db(), QStringLiteral("gaps"),
                                  {[&](Gap& g) { return m_repository->insert(g); },
                                   [&](qint64 id) { return m_repository->gap(id); },
                                   [&](const Gap& g) { return m_repository->update(g); },
                                   [&](qint64 id) { return m_repository->remove(id); }},
                                  first, second);
    }

    void findsTheOpenGapOfAProvision()
    {
        QCOMPARE(m_repository->openGapFor(m_provisions[0]), std::optional<qint64>());
        Gap closed = gap(QStringLiteral("CLOSED"), m_provisions[0]);
        closed.status = GapStatus::Closed;
        Gap accepted = gap(QStringLiteral("ACCEPTED"), m_provisions[0]);
        accepted.status = GapStatus::Accepted;
        Gap elsewhere = gap(QStringLiteral("ELSEWHERE"), m_provisions[1]);
        for (Gap* g : {&closed, &accepted, &elsewhere})
            QVERIFY(m_repository->insert(*g).ok());
        QCOMPARE(m_repository->openGapFor(m_provisions[0]), std::optional<qint64>());
        Gap mitigating = gap(QStringLiteral("MITIGATING"), m_provisions[0]);
        mitigating.status = GapStatus::Mitigating;
        QVERIFY(m_repository->insert(mitigating).ok());
        QCOMPARE(m_repository->openGapFor(m_provisions[0]), std::optional<qint64>(mitigating.id));
        QCOMPARE(m_repository->openGapFor(m_provisions[1]), std::optional<qint64>(elsewhere.id));
        QCOMPARE(m_repository->gapsForProvision(m_provisions[0]), (QList<Gap>{closed, accepted, mitigating}));
        QCOMPARE(m_repository->gapByCode(QStringLiteral("ELSEWHERE")), std::optional<Gap>(elsewhere));
        QCOMPARE(m_repository->gaps().size(), 4);
    }

    void removesAllLinksWithTheGap()
    {
        Database& db = m_fixture->db();
        const qint64 commitment = test::addCommitment(db, QStringLiteral("C"));
        const qint64 programme = test::addProgramme(db, QStringLiteral("P"));
        Gap g = gap(QStringLiteral("G"), m_provisions[0]);
        g.themeIds = {m_themes[1]};
        QVERIFY(m_repository->insert(g).ok());
        test::addLink(db, QStringLiteral("commitment_gaps"), commitment, g.id);
        test::addLink(db, QStringLiteral("programme_gaps"), programme, g.id);
        QVERIFY(m_repository->remove(g.id).ok());
        RecordStore store(db);
        for (const char* table : {"gap_themes", "commitment_gaps", "programme_gaps"})
            QCOMPARE(store.count(QString::fromLatin1(table)), 0);
        QCOMPARE(test::auditActions(db, QStringLiteral("commitment_gaps"), commitment),
                 (QStringList{QStringLiteral("create"), QStringLiteral("delete")}));
        QCOMPARE(AuditLog(db).verify(), QList<qint64>());
    }

    void refusesInvalidValuesBeforeWriting()
    {
        const QByteArray before = m_fixture->snapshot();
        Gap g = gap(QStringLiteral("G"), m_provisions[0]);
        g.openedDate = QStringLiteral("2025-03-01");
        g.closedDate = QStringLiteral("2025-02-28");
        QCOMPARE(m_repository->insert(g).message(), QStringLiteral("Closed date is before opened date"));
        g.closedDate.clear();
        g.dueDate = QStringLiteral("2024-13-01");
        QCOMPARE(m_repository->insert(g).message(), QStringLiteral("Due date 2024-13-01 is not an ISO 8601 date"));
        g.dueDate.clear();
        g.provisionId = 999;
        QVERIFY(m_repository->insert(g).message().contains(QStringLiteral("FOREIGN KEY")));
        QCOMPARE(m_fixture->snapshot(), before);
    }

private:
    static Gap gap(const QString& code, std::optional<qint64> provisionId)
    {
        Gap g;
        g.code = code;
        g.titleEn = code + QStringLiteral(" title");
        g.provisionId = provisionId;
        return g;
    }

    std::unique_ptr<test::TestDatabase> m_fixture;
    std::unique_ptr<GapRepository> m_repository;
    QList<qint64> m_provisions;
    QList<qint64> m_parties;
    QList<qint64> m_themes;
};

QTEST_GUILESS_MAIN(TestGapRepository)
#include "tst_gaprepository.moc"
