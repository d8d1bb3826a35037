#include "models/storage/MappingRepository.h"
#include "tests/support/RecordFixtures.h"
#include "tests/support/TestDatabase.h"

#include <QtTest>

using namespace crosswalk;

class TestMappingRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<test::TestDatabase>();
        m_repository = std::make_unique<MappingRepository>(m_fixture->db());
        Database& db = m_fixture->db();
        const qint64 japan = test::addFramework(db, QStringLiteral("JP"));
        const qint64 nato = test::addFramework(db, QStringLiteral("NATO"));
        m_source = {test::addProvision(db, japan, QStringLiteral("J1")),
                    test::addProvision(db, japan, QStringLiteral("J2"))};
        m_target = {test::addProvision(db, nato, QStringLiteral("N1")),
                    test::addProvision(db, nato, QStringLiteral("N2"))};
    }

    void mappingRoundTripsEveryField()
    {
        Mapping first = mapping(0, 0, Relationship::Equal, 10);
        first.rationale = Rationale::Syntactic;
        first.justification = QStringLiteral("Same wording");
        first.notes = QStringLiteral("notes 1");
        first.reviewStatus = ReviewStatus::Complete;
        first.author = QStringLiteral("A. Author");
        first.reviewer = QStringLiteral("R. Reviewer");
        first.reviewDate = QStringLiteral("2025-06-30");
        first.marking = Tlp::Green;
        first.caveat = QStringLiteral("caveat 1");
        Mapping second = mapping(1, 1, Relationship::IntersectsWith, std::nullopt);
        second.rationale = Rationale::Functional;
        second.justification = QStringLiteral("Partly overlapping");
        second.notes = QStringLiteral("notes 2");
        second.reviewStatus = ReviewStatus::Deprecated;
        second.author = QStringLiteral("B. Author");
        second.reviewer = QString();
        second.reviewDate = QString();
        second.marking = Tlp::Amber;
        second.caveat = QStringLiteral("caveat 2");
        test::checkRoundTrip<Mapping>(m_fixture->db(), QStringLiteral("mappings"),
                                      {[&](Mapping& m) { return m_repository->insert(m); },
                                       [&](qint64 id) { return m_repository->mapping(id); },
                                       [&](const Mapping& m) { return m_repository->update(m); },
                                       [&](qint64 id) { return m_repository->remove(id); }},
                                      first, second);
    }

    void listsBySourceAndByTarget()
    {
        Mapping a = mapping(0, 0, Relationship::SubsetOf, 5);
        Mapping b = mapping(0, 1, Relationship::SupersetOf, 8);
        Mapping c = mapping(1, 1, Relationship::NoRelationship, 0);
        for (Mapping* m : {&a, &b, &c})
            QVERIFY(m_repository->insert(*m).ok());
        QCOMPARE(m_repository->mappings(), (QList<Mapping>{a, b, c}));
        QCOMPARE(m_repository->mappingsBySource(m_source[0]), (QList<Mapping>{a, b}));
        QCOMPARE(m_repository->mappingsByTarget(m_target[1]), (QList<Mapping>{b, c}));
        QCOMPARE(m_repository->mappingsByTarget(m_source[0]), QList<Mapping>());
    }

    void refusesInvalidMappingsBeforeWriting_data()
    {
        QTest::addColumn<int>("relationship");
        QTest::addColumn<int>("strength");
        QTest::addColumn<QString>("reviewDate");
        QTest::addColumn<QString>("message");
        const auto row = [](const char* name, Relationship r, int strength, const char* date, const char* message) {
            QTest::newRow(name) << static_cast<int>(r) << strength << QString::fromLatin1(date)
                                << QString::fromLatin1(message);
        };
        row("strength 11", Relationship::SubsetOf, 11, "", "Strength must be between 0 and 10");
        row("equal 7", Relationship::Equal, 7, "", "Strength must be 10 for 'equal'");
        row("no relationship 3", Relationship::NoRelationship, 3, "", "Strength must be 0 for 'no relationship'");
        row("intersects 0", Relationship::IntersectsWith, 0, "",
            "Strength must be between 1 and 9 for 'intersects with'");
        row("month review date", Relationship::SubsetOf, 5, "2025-06",
            "Review date 2025-06 is not an ISO 8601 date (YYYY-MM-DD)");
    }

    void refusesInvalidMappingsBeforeWriting()
    {
        QFETCH(int, relationship);
        QFETCH(int, strength);
        QFETCH(QString, reviewDate);
        QFETCH(QString, message);
        const QByteArray before = m_fixture->snapshot();
        Mapping invalid = mapping(0, 0, static_cast<Relationship>(relationship), strength);
        invalid.reviewDate = reviewDate;
        QCOMPARE(m_repository->insert(invalid).message(), message);
        QCOMPARE(m_fixture->snapshot(), before);
    }

    void refusesMappingAProvisionToItselfAndDuplicates()
    {
        Mapping self = mapping(0, 0, Relationship::Equal, 10);
        self.targetProvisionId = self.sourceProvisionId;
        QCOMPARE(m_repository->insert(self).message(), QStringLiteral("A provision cannot be mapped to itself"));
        Mapping original = mapping(0, 0, Relationship::Equal, 10);
        QVERIFY(m_repository->insert(original).ok());
        const QByteArray before = m_fixture->snapshot();
        Mapping duplicate = mapping(0, 0, Relationship::SubsetOf, 4);
        const Status refused = m_repository->insert(duplicate);
        QVERIFY2(refused.message().contains(QStringLiteral("UNIQUE constraint failed")), qPrintable(refused.message()));
        QCOMPARE(m_fixture->snapshot(), before);
    }

    void exclusionRoundTripsEveryField()
    {
        Database& db = m_fixture->db();
        const qint64 japan = test::addParty(db, QStringLiteral("JP"));
        const qint64 australia = test::addParty(db, QStringLiteral("AU"));
        Applicability first;
        first.provisionId = m_target[0];
        first.partyId = japan;
        first.justification = QStringLiteral("Article 5 applies to members only");
        first.source = QStringLiteral("Washington Treaty");
        first.marking = Tlp::Clear;
        first.caveat = QStringLiteral("caveat 1");
        Applicability second;
        second.provisionId = m_target[1];
        second.partyId = australia;
        second.justification = QStringLiteral("Not a member");
        second.source = QStringLiteral("source 2");
        second.marking = Tlp::Amber;
        second.caveat = QStringLiteral("caveat 2");
        test::checkRoundTrip<Applicability>(db, QStringLiteral("applicability"),
                                            {[&](Applicability& a) { return m_repository->insertExclusion(a); },
                                             [&](qint64 id) { return m_repository->exclusion(id); },
                                             [&](const Applicability& a) { return m_repository->updateExclusion(a); },
                                             [&](qint64 id) { return m_repository->removeExclusion(id); }},
                                            first, second);
        Applicability unjustified = second;
        unjustified.id = 0;
        unjustified.justification.clear();
        QCOMPARE(m_repository->insertExclusion(unjustified).message(), QStringLiteral("Justification is required"));
        QCOMPARE(m_repository->exclusions(), QList<Applicability>());
    }

private:
    Mapping mapping(int source, int target, Relationship relationship, std::optional<int> strength) const
    {
        Mapping m;
        m.sourceProvisionId = m_source[source];
        m.targetProvisionId = m_target[target];
        m.relationship = relationship;
        m.strength = strength;
        return m;
    }

    std::unique_ptr<test::TestDatabase> m_fixture;
    std::unique_ptr<MappingRepository> m_repository;
    QList<qint64> m_source;
    QList<qint64> m_target;
};

QTEST_GUILESS_MAIN(TestMappingRepository)
#include "tst_mappingrepository.moc"
