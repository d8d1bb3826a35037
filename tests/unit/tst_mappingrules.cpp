// The rules a new or edited mapping must keep (issue 4, bad input): no provision mapped to itself, no
// second mapping of the same pair, a strength that agrees with the relationship, no mapping within one
// framework unless asked for, and a reviewed mapping names its reviewer and a full review date. Each is
// refused by ChangePlanner with a message naming the field, and nothing is written.
#include "models/commands/ChangePlanner.h"
#include "models/storage/RecordStore.h"
#include "tests/support/RecordFixtures.h"
#include "tests/support/TestDatabase.h"

#include <QtTest>

using namespace crosswalk;

class TestMappingRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<test::TestDatabase>();
        Database& db = m_fixture->db();
        const qint64 japan = test::addFramework(db, QStringLiteral("JP"));
        const qint64 nato = test::addFramework(db, QStringLiteral("NATO"));
        m_j1 = test::addProvision(db, japan, QStringLiteral("J1"));
        m_j2 = test::addProvision(db, japan, QStringLiteral("J2"));
        m_n1 = test::addProvision(db, nato, QStringLiteral("N1"));
    }

    void acceptsAValidMapping()
    {
        const Result<ChangeSet> plan =
            ChangePlanner(m_fixture->db()).insert(QStringLiteral("mappings"), row(m_j1, m_n1));
        QVERIFY2(plan.ok(), qPrintable(plan.message()));
        QVERIFY(plan->apply(m_fixture->db()).ok());
        QCOMPARE(RecordStore(m_fixture->db()).count(QStringLiteral("mappings")), 1);
    }

    void refusesBadMappings_data()
    {
        QTest::addColumn<QVariantMap>("values");
        QTest::addColumn<QString>("expected");
        QTest::newRow("itself") << QVariantMap{{QStringLiteral("target_provision_id"), -1}}
                                << QStringLiteral("cannot be mapped to itself");
        QTest::newRow("equal not 10") << QVariantMap{{QStringLiteral("relationship"), QStringLiteral("equal")},
                                                     {QStringLiteral("strength"), 7}}
                                      << QStringLiteral("Strength: must be 10");
        QTest::newRow("equal without strength")
            << QVariantMap{{QStringLiteral("relationship"), QStringLiteral("equal")},
                           {QStringLiteral("strength"), QVariant()}}
            << QStringLiteral("Strength: must be 10");
        QTest::newRow("no relationship not 0")
            << QVariantMap{{QStringLiteral("relationship"), QStringLiteral("no_relationship")},
                           {QStringLiteral("strength"), 3}}
            << QStringLiteral("Strength: must be 0");
        QTest::newRow("partial with 10") << QVariantMap{{QStringLiteral("strength"), 10}}
                                         << QStringLiteral("Strength: must be between 1 and 9");
        QTest::newRow("partial with 0") << QVariantMap{{QStringLiteral("strength"), 0}}
                                        << QStringLiteral("Strength: must be between 1 and 9");
        QTest::newRow("within one framework")
            << QVariantMap{{QStringLiteral("target_provision_id"), -2}} << QStringLiteral("same framework");
        QTest::newRow("partial review date")
            << QVariantMap{{QStringLiteral("review_date"), QStringLiteral("2026-05")}} << QStringLiteral("full date");
        QTest::newRow("complete without reviewer")
            << QVariantMap{{QStringLiteral("review_status"), QStringLiteral("complete")},
                           {QStringLiteral("review_date"), QStringLiteral("2026-05-01")}}
            << QStringLiteral("Reviewer: is required");
        QTest::newRow("complete without date")
            << QVariantMap{{QStringLiteral("review_status"), QStringLiteral("complete")},
                           {QStringLiteral("reviewer"), QStringLiteral("R")}}
            << QStringLiteral("is required for a reviewed");
    }

    void refusesBadMappings()
    {
        QFETCH(QVariantMap, values);
        QFETCH(QString, expected);
        QVariantMap mapping = row(m_j1, m_n1);
        for (auto it = values.begin(); it != values.end(); ++it)
            mapping.insert(it.key(), it.value());
        // -1: the source itself; -2: another provision of the source's framework.
        if (mapping.value(QStringLiteral("target_provision_id")).toLongLong() == -1)
            mapping.insert(QStringLiteral("target_provision_id"), m_j1);
        if (mapping.value(QStringLiteral("target_provision_id")).toLongLong() == -2)
            mapping.insert(QStringLiteral("target_provision_id"), m_j2);
        const QByteArray before = m_fixture->snapshot();
        const Result<ChangeSet> plan = ChangePlanner(m_fixture->db()).insert(QStringLiteral("mappings"), mapping);
        QVERIFY(!plan.ok());
        QVERIFY2(plan.message().contains(expected), qPrintable(plan.message()));
        QCOMPARE(m_fixture->snapshot(), before);
    }

    void refusesASecondMappingOfThePair()
    {
        ChangePlanner planner(m_fixture->db());
        QVERIFY(planner.insert(QStringLiteral("mappings"), row(m_j1, m_n1))->apply(m_fixture->db()).ok());
        QVariantMap again = row(m_j1, m_n1);
        again.insert(QStringLiteral("relationship"), QStringLiteral("subset_of"));
        const Result<ChangeSet> plan = planner.insert(QStringLiteral("mappings"), again);
        QVERIFY(!plan.ok());
        QVERIFY2(plan.message().contains(QStringLiteral("already mapped")), qPrintable(plan.message()));
    }

    void mappingWithinOneFrameworkWhenAskedFor()
    {
        ChangePlanner planner(m_fixture->db());
        planner.setAllowMappingsWithinFramework(true);
        const Result<ChangeSet> plan = planner.insert(QStringLiteral("mappings"), row(m_j1, m_j2));
        QVERIFY2(plan.ok(), qPrintable(plan.message()));
        QVERIFY(plan->apply(m_fixture->db()).ok());
        // Once made, it stays editable without the option.
        const qint64 id = plan->changes().first().after.value(QStringLiteral("id")).toLongLong();
        const Result<ChangeSet> edit =
            ChangePlanner(m_fixture->db()).update(QStringLiteral("mappings"), id, {{QStringLiteral("strength"), 4}});
        QVERIFY2(edit.ok(), qPrintable(edit.message()));
    }

private:
    static QVariantMap row(qint64 source, qint64 target)
    {
        return {{QStringLiteral("source_provision_id"), source},
                {QStringLiteral("target_provision_id"), target},
                {QStringLiteral("relationship"), QStringLiteral("intersects_with")},
                {QStringLiteral("rationale"), QStringLiteral("semantic")},
                {QStringLiteral("strength"), 5}};
    }

    std::unique_ptr<test::TestDatabase> m_fixture;
    qint64 m_j1 = 0;
    qint64 m_j2 = 0;
    qint64 m_n1 = 0;
};

QTEST_GUILESS_MAIN(TestMappingRules)
#include "tst_mappingrules.moc"
