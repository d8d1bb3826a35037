#include "models/storage/FrameworkRepository.h"
#include "tests/support/RecordFixtures.h"
#include "tests/support/TestDatabase.h"

#include <QtTest>

using namespace crosswalk;

namespace {
Provision provision(qint64 frameworkId, const QString& code, std::optional<qint64> parentId = std::nullopt,
                    int sortOrder = 0)
{
    Provision p;
    p.frameworkId = frameworkId;
    p.code = code;
    p.titleEn = code + QStringLiteral(" title");
    p.parentId = parentId;
    p.sortOrder = sortOrder;
    return p;
}

QStringList codes(const QList<Provision>& provisions)
{
    QStringList list;
    for (const Provision& p : provisions)
        list << p.code;
    return list;
}
} // namespace

class TestFrameworkRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<test::TestDatabase>();
        m_repository = std::make_unique<FrameworkRepository>(m_fixture->db());
        m_framework = test::addFramework(m_fixture->db(), QStringLiteral("JP-ACT"));
    }

    void frameworkRoundTripsEveryField()
    {
        Database& db = m_fixture->db();
        const qint64 japan = test::addParty(db, QStringLiteral("JP"));
        Framework first;
        first.code = QStringLiteral("JP-ACD");
        first.titleEn = QStringLiteral("Active Cyber Defence Act");
        first.titleOrig = QStringLiteral("能動的サイバー防御法");
        first.shortName = QStringLiteral("ACD Act");
        first.language = QStringLiteral("ja");
        first.kind = FrameworkKind::Law;
        first.issuerPartyId = japan;
        first.adoptedDate = QStringLiteral("2025-05");
        first.status = FrameworkStatus::Adopted;
        first.version = QStringLiteral("1");
        first.description = QStringLiteral("Law No. 42 of 2025");
        first.oscalUuid = QStringLiteral("6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e");
        first.source = QStringLiteral("https://elaws.e-gov.go.jp/");
        first.verification = Verification::Official;
        first.verificationNote = QStringLiteral("Gazette");
        first.marking = Tlp::Green;
        first.caveat = QStringLiteral("caveat 1");
        Framework second;
        second.code = QStringLiteral("NATO-CDP");
        second.titleEn = QStringLiteral("Cyber Defence Pledge");
        second.titleOrig = QStringLiteral("Pledge (orig)");
        second.shortName = QStringLiteral("CDP");
        second.language = QStringLiteral("en");
        second.kind = FrameworkKind::Pledge;
        second.issuerPartyId = std::nullopt;
        second.adoptedDate = QString();
        second.status = FrameworkStatus::InForce;
        second.version = QStringLiteral("2");
        second.description = QStringLiteral("Warsaw summit");
        second.oscalUuid = QStringLiteral("0a1b2c3d-4e5f-4a6b-9c8d-7e6f5a4b3c2d");
        second.source = QStringLiteral("https://www.nato.int/");
        second.verification = Verification::Secondary;
        second.verificationNote = QStringLiteral("Summary");
        second.marking = Tlp::AmberStrict;
        second.caveat = QStringLiteral("caveat 2");
        test::checkRoundTrip<Framework>(db, QStringLiteral("frameworks"),
                                        {[&](Framework& f) { return m_repository->insertFramework(f); },
                                         [&](qint64 id) { return m_repository->framework(id); },
                                         [&](const Framework& f) { return m_repository->updateFramework(f); },
                                         [&](qint64 id) { return m_repository->removeFramework(id); }},
                                        first, second);
    }

    void provisionRoundTripsEveryField()
    {
        Database& db = m_fixture->db();
        const qint64 chapter1 = test::addProvision(db, m_framework, QStringLiteral("CH1"));
        const qint64 other = test::addFramework(db, QStringLiteral("OTHER"));
        Provision first = provision(m_framework, QStringLiteral("ART5"), chapter1, 3);
        first.refLabel = QStringLiteral("Art. 5");
        first.titleOrig = QStringLiteral("第五条");
        first.summaryEn = QStringLiteral("Reporting of incidents");
        first.summaryOrig = QStringLiteral("インシデント報告");
        first.effectiveDate = QStringLiteral("2026-05-01");
        first.source = QStringLiteral("source 1");
        first.verification = Verification::Official;
        first.verificationNote = QStringLiteral("note 1");
        first.marking = Tlp::Amber;
        first.caveat = QStringLiteral("caveat 1");
        Provision second = provision(other, QStringLiteral("5.1"), std::nullopt, 7);
        second.refLabel = QStringLiteral("5(1)");
        second.titleOrig = QStringLiteral("orig 2");
        second.summaryEn = QStringLiteral("summary 2");
        second.summaryOrig = QStringLiteral("summary orig 2");
        second.effectiveDate = QString();
        second.source = QStringLiteral("source 2");
        second.verification = Verification::Secondary;
        second.verificationNote = QStringLiteral("note 2");
        second.marking = Tlp::Red;
        second.caveat = QStringLiteral("caveat 2");
        test::checkRoundTrip<Provision>(db, QStringLiteral("provisions"),
                                        {[&](Provision& p) { return m_repository->insertProvision(p); },
                                         [&](qint64 id) { return m_repository->provision(id); },
                                         [&](const Provision& p) { return m_repository->updateProvision(p); },
                                         [&](qint64 id) { return m_repository->removeProvision(id); }},
                                        first, second);
    }

    void findsByCode()
    {
        const qint64 other = test::addFramework(m_fixture->db(), QStringLiteral("OTHER"));
        const qint64 here = test::addProvision(m_fixture->db(), m_framework, QStringLiteral("A1"));
        const qint64 there = test::addProvision(m_fixture->db(), other, QStringLiteral("A1"));
        QCOMPARE(m_repository->frameworkByCode(QStringLiteral("OTHER"))->id, other);
        QCOMPARE(m_repository->provisionByCode(m_framework, QStringLiteral("A1"))->id, here);
        QCOMPARE(m_repository->provisionByCode(other, QStringLiteral("A1"))->id, there);
        QCOMPARE(m_repository->provisionByCode(other, QStringLiteral("A2")), std::optional<Provision>());
        QCOMPARE(m_repository->frameworks().size(), 2);
    }

    void listsProvisionsByParentThenSortOrder()
    {
        Database& db = m_fixture->db();
        const qint64 b = test::addProvision(db, m_framework, QStringLiteral("B"), std::nullopt, 2);
        const qint64 a = test::addProvision(db, m_framework, QStringLiteral("A"), std::nullopt, 1);
        test::addProvision(db, m_framework, QStringLiteral("B.2"), b, 2);
        test::addProvision(db, m_framework, QStringLiteral("B.1"), b, 1);
        test::addProvision(db, m_framework, QStringLiteral("A.1"), a, 1);
        test::addProvision(db, test::addFramework(db, QStringLiteral("OTHER")), QStringLiteral("X"));
        QCOMPARE(codes(m_repository->provisions(m_framework)),
                 (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("B.1"), QStringLiteral("B.2"),
                              QStringLiteral("A.1")}));
        QCOMPARE(codes(m_repository->children(m_framework, std::nullopt)),
                 (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(codes(m_repository->children(m_framework, b)),
                 (QStringList{QStringLiteral("B.1"), QStringLiteral("B.2")}));
    }

    void refusesAParentInAnotherFrameworkOrACycle()
    {
        Database& db = m_fixture->db();
        const qint64 foreign =
            test::addProvision(db, test::addFramework(db, QStringLiteral("OTHER")), QStringLiteral("F"));
        const QByteArray before = m_fixture->snapshot();
        Provision misplaced = provision(m_framework, QStringLiteral("M"), foreign);
        QCOMPARE(m_repository->insertProvision(misplaced).message(),
                 QStringLiteral("The parent provision F belongs to another framework"));
        QCOMPARE(m_fixture->snapshot(), before);

        Provision top = provision(m_framework, QStringLiteral("TOP"));
        QVERIFY(m_repository->insertProvision(top).ok());
        Provision middle = provision(m_framework, QStringLiteral("MID"), top.id);
        QVERIFY(m_repository->insertProvision(middle).ok());
        Provision leaf = provision(m_framework, QStringLiteral("LEAF"), middle.id);
        QVERIFY(m_repository->insertProvision(leaf).ok());
        top.parentId = leaf.id;
        QCOMPARE(m_repository->updateProvision(top).message(),
                 QStringLiteral("The provision cannot be placed under itself or under one of its own descendants"));
        top.parentId = std::nullopt;
        top.frameworkId = test::addFramework(db, QStringLiteral("THIRD"));
        QCOMPARE(m_repository->updateProvision(top).message(),
                 QStringLiteral("The provision TOP cannot move to another framework: it has child provisions MID"));
        leaf.parentId = top.id;
        QVERIFY(m_repository->updateProvision(leaf).ok());
        QCOMPARE(m_repository->provision(leaf.id)->parentId, std::optional<qint64>(top.id));
    }

    void refusesRemovingAProvisionWithChildrenOrReferences()
    {
        Database& db = m_fixture->db();
        const qint64 parent = test::addProvision(db, m_framework, QStringLiteral("P"));
        const qint64 child = test::addProvision(db, m_framework, QStringLiteral("P.1"), parent);
        const qint64 target =
            test::addProvision(db, test::addFramework(db, QStringLiteral("NATO")), QStringLiteral("T"));
        const qint64 mapping = test::addRow(db, QStringLiteral("mappings"),
                                            {{QStringLiteral("source_provision_id"), child},
                                             {QStringLiteral("target_provision_id"), target},
                                             {QStringLiteral("relationship"), QStringLiteral("subset_of")},
                                             {QStringLiteral("rationale"), QStringLiteral("semantic")}});
        test::addGap(db, QStringLiteral("G-1"), child);
        const QByteArray before = m_fixture->snapshot();
        QCOMPARE(m_repository->removeProvision(parent).message(),
                 QStringLiteral("The provision P cannot be deleted: it has child provisions P.1"));
        QCOMPARE(m_repository->removeProvision(child).message(),
                 QStringLiteral("The provision P.1 cannot be deleted: it is used by mapping %1, gap G-1").arg(mapping));
        QCOMPARE(m_fixture->snapshot(), before);
    }

    void removesAFrameworkWithItsProvisionsChildrenFirst()
    {
        Database& db = m_fixture->db();
        const qint64 root = test::addProvision(db, m_framework, QStringLiteral("R"));
        const qint64 article = test::addProvision(db, m_framework, QStringLiteral("R.1"), root);
        const qint64 paragraph = test::addProvision(db, m_framework, QStringLiteral("R.1.a"), article);
        const qint64 sibling = test::addProvision(db, m_framework, QStringLiteral("S"));
        const qint64 kept = test::addProvision(db, test::addFramework(db, QStringLiteral("KEEP")), QStringLiteral("K"));
        // Inserted out of order: the child row is older than its parent's sibling, so id order is not depth order.
        const qint64 late = test::addProvision(db, m_framework, QStringLiteral("S.1"), sibling);
        const qint64 auditBefore = AuditLog(db).count();

        QVERIFY(m_repository->removeFramework(m_framework).ok());
        QCOMPARE(m_repository->framework(m_framework), std::optional<Framework>());
        QCOMPARE(m_repository->provisions(m_framework), QList<Provision>());
        QVERIFY(m_repository->provision(kept));

        QList<qint64> deletedProvisions;
        const QList<AuditEntry> entries = AuditLog(db).entries();
        for (const AuditEntry& entry : entries.mid(auditBefore)) {
            QCOMPARE(entry.action, QStringLiteral("delete"));
            if (entry.entity == QLatin1String("provisions"))
                deletedProvisions << entry.entityId;
        }
        QCOMPARE(deletedProvisions, (QList<qint64>{paragraph, article, late, root, sibling}));
        QCOMPARE(test::auditActions(db, QStringLiteral("frameworks"), m_framework),
                 (QStringList{QStringLiteral("create"), QStringLiteral("delete")}));
        QCOMPARE(AuditLog(db).verify(), QList<qint64>());
    }

    void refusesRemovingAFrameworkWhoseProvisionsAreUsed()
    {
        Database& db = m_fixture->db();
        const qint64 root = test::addProvision(db, m_framework, QStringLiteral("R"));
        const qint64 child = test::addProvision(db, m_framework, QStringLiteral("R.1"), root);
        const qint64 commitment = test::addCommitment(db, QStringLiteral("C-1"));
        test::addLink(db, QStringLiteral("commitment_provisions"), commitment, child);
        const QByteArray before = m_fixture->snapshot();
        QCOMPARE(m_repository->removeFramework(m_framework).message(),
                 QStringLiteral("The framework JP-ACT cannot be deleted: its provisions are used by commitment C-1"));
        QCOMPARE(m_fixture->snapshot(), before);
        QCOMPARE(m_repository->provisions(m_framework).size(), 2);
    }

    void refusesInvalidValuesBeforeWriting()
    {
        const QByteArray before = m_fixture->snapshot();
        Framework framework;
        framework.code = QStringLiteral("F");
        framework.titleEn = QStringLiteral("F");
        framework.adoptedDate = QStringLiteral("2024-13-01");
        QCOMPARE(m_repository->insertFramework(framework).message(),
                 QStringLiteral("Adopted date 2024-13-01 is not an ISO 8601 date"));
        Provision noTitle = provision(m_framework, QStringLiteral("X"));
        noTitle.titleEn.clear();
        QCOMPARE(m_repository->insertProvision(noTitle).message(), QStringLiteral("English title is required"));
        QCOMPARE(m_fixture->snapshot(), before);
    }

private:
    std::unique_ptr<test::TestDatabase> m_fixture;
    std::unique_ptr<FrameworkRepository> m_repository;
    qint64 m_framework = 0;
};

QTEST_GUILESS_MAIN(TestFrameworkRepository)
#include "tst_frameworkrepository.moc"
