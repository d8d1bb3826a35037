// The database itself refuses invalid rows (CHECK, FOREIGN KEY, UNIQUE), whatever the domain types'
// validate() would say: rows are written straight through RecordStore, and each refused write inside a
// Transaction leaves the file's bytes unchanged.

#include "models/storage/RecordStore.h"
#include "tests/support/RecordFixtures.h"
#include "tests/support/TestDatabase.h"

#include <QtTest>

using namespace crosswalk;

namespace {
// init() creates these rows first in an empty database, so their ids are known.
constexpr qint64 firstProvision = 1;
constexpr qint64 secondProvision = 2;

/// A valid row of each table; each case changes one thing about it.
QVariantMap validRow(const QString& table)
{
    const QString code = QStringLiteral("code");
    if (table == QLatin1String("mappings")) {
        return {{QStringLiteral("source_provision_id"), firstProvision},
                {QStringLiteral("target_provision_id"), secondProvision},
                {QStringLiteral("relationship"), QStringLiteral("subset_of")},
                {QStringLiteral("rationale"), QStringLiteral("semantic")},
                {QStringLiteral("strength"), 5}};
    }
    if (table == QLatin1String("commitments")) {
        return {{code, QStringLiteral("C-1")},
                {QStringLiteral("title_en"), QStringLiteral("C")},
                {QStringLiteral("status"), QStringLiteral("agreed")},
                {QStringLiteral("progress"), 0}};
    }
    if (table == QLatin1String("gaps")) {
        return {{code, QStringLiteral("G-1")},
                {QStringLiteral("title_en"), QStringLiteral("G")},
                {QStringLiteral("kind"), QStringLiteral("uncovered")},
                {QStringLiteral("severity"), QStringLiteral("high")},
                {QStringLiteral("status"), QStringLiteral("open")},
                {QStringLiteral("provision_id"), firstProvision},
                {QStringLiteral("opened_date"), QStringLiteral("2025-01-01")}};
    }
    if (table == QLatin1String("programmes")) {
        return {{code, QStringLiteral("P-1")},
                {QStringLiteral("name_en"), QStringLiteral("P")},
                {QStringLiteral("kind"), QStringLiteral("training")},
                {QStringLiteral("status"), QStringLiteral("active")},
                {QStringLiteral("start_date"), QStringLiteral("2025-01-01")},
                {QStringLiteral("end_date"), QStringLiteral("2025-12-31")}};
    }
    return {{code, QStringLiteral("fresh")}, {QStringLiteral("name_en"), QStringLiteral("Fresh")}}; // themes
}

QVariantMap changed(QVariantMap row, const QVariantMap& changes)
{
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        row.insert(it.key(), it.value());
    return row;
}
} // namespace

class TestSchemaConstraints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<test::TestDatabase>();
        Database& db = m_fixture->db();
        const qint64 framework = test::addFramework(db, QStringLiteral("F"));
        QCOMPARE(test::addProvision(db, framework, QStringLiteral("A1")), firstProvision);
        QCOMPARE(test::addProvision(db, framework, QStringLiteral("A2")), secondProvision);
        test::addTheme(db, QStringLiteral("existing"));
    }

    void acceptsTheValidRows_data()
    {
        QTest::addColumn<QString>("table");
        for (const char* table : {"mappings", "commitments", "gaps", "programmes", "themes"})
            QTest::newRow(table) << QString::fromLatin1(table);
    }

    void acceptsTheValidRows()
    {
        QFETCH(QString, table);
        const Result<qint64> written = RecordStore(m_fixture->db()).insert(table, validRow(table));
        QVERIFY2(written.ok(), qPrintable(written.message()));
        QCOMPARE(RecordStore(m_fixture->db()).fetch(table, *written).has_value(), true);
    }

    void refusesInvalidRowsAndChangesNothing_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QVariantMap>("changes");
        QTest::addColumn<QString>("refusal");
        const QString check = QStringLiteral("CHECK constraint failed");
        const QString foreignKey = QStringLiteral("FOREIGN KEY constraint failed");
        const QString mappings = QStringLiteral("mappings");
        const QString strength = QStringLiteral("strength");
        const QString relationship = QStringLiteral("relationship");
        QTest::newRow("strength 11") << mappings << QVariantMap{{strength, 11}} << check;
        QTest::newRow("equal with strength 7")
            << mappings << QVariantMap{{relationship, QStringLiteral("equal")}, {strength, 7}} << check;
        QTest::newRow("no relationship with strength 3")
            << mappings << QVariantMap{{relationship, QStringLiteral("no_relationship")}, {strength, 3}} << check;
        QTest::newRow("intersects with, strength 0")
            << mappings << QVariantMap{{relationship, QStringLiteral("intersects_with")}, {strength, 0}} << check;
        QTest::newRow("provision mapped to itself")
            << mappings << QVariantMap{{QStringLiteral("target_provision_id"), firstProvision}} << check;
        QTest::newRow("progress 101") << QStringLiteral("commitments") << QVariantMap{{QStringLiteral("progress"), 101}}
                                      << check;
        QTest::newRow("unknown enum value")
            << QStringLiteral("commitments") << QVariantMap{{QStringLiteral("status"), QStringLiteral("finished")}}
            << check;
        QTest::newRow("unknown marking") << QStringLiteral("themes")
                                         << QVariantMap{{QStringLiteral("marking"), QStringLiteral("SECRET")}}
                                         << foreignKey;
        QTest::newRow("dangling foreign key")
            << QStringLiteral("gaps") << QVariantMap{{QStringLiteral("provision_id"), 9999}} << foreignKey;
        QTest::newRow("closed before opened")
            << QStringLiteral("gaps") << QVariantMap{{QStringLiteral("closed_date"), QStringLiteral("2024-12-31")}}
            << check;
        QTest::newRow("end before start")
            << QStringLiteral("programmes") << QVariantMap{{QStringLiteral("end_date"), QStringLiteral("2024-12-31")}}
            << check;
        QTest::newRow("duplicate code") << QStringLiteral("themes")
                                        << QVariantMap{{QStringLiteral("code"), QStringLiteral("existing")}}
                                        << QStringLiteral("UNIQUE constraint failed: themes.code");
    }

    void refusesInvalidRowsAndChangesNothing()
    {
        QFETCH(QString, table);
        QFETCH(QVariantMap, changes);
        QFETCH(QString, refusal);
        Database& db = m_fixture->db();
        const QByteArray before = m_fixture->snapshot();
        {
            Transaction transaction(db);
            const Result<qint64> written = RecordStore(db).insert(table, changed(validRow(table), changes));
            QCOMPARE(written.ok(), false);
            QVERIFY2(written.message().contains(refusal), qPrintable(written.message()));
        }
        QCOMPARE(db.transactionDepth(), 0);
        QCOMPARE(m_fixture->snapshot(), before);
    }

    void refusesAnInvalidUpdateAndChangesNothing()
    {
        Database& db = m_fixture->db();
        RecordStore store(db);
        const Result<qint64> mapping = store.insert(QStringLiteral("mappings"), validRow(QStringLiteral("mappings")));
        QVERIFY(mapping.ok());
        const QByteArray before = m_fixture->snapshot();
        {
            Transaction transaction(db);
            const Status updated = store.update(
                QStringLiteral("mappings"), *mapping,
                changed(validRow(QStringLiteral("mappings")),
                        {{QStringLiteral("relationship"), QStringLiteral("equal")}, {QStringLiteral("strength"), 9}}));
            QVERIFY2(updated.message().contains(QStringLiteral("CHECK constraint failed")),
                     qPrintable(updated.message()));
        }
        QCOMPARE(m_fixture->snapshot(), before);
        QCOMPARE(store.fetch(QStringLiteral("mappings"), *mapping)->value(QStringLiteral("strength")), QVariant(5LL));
    }

private:
    std::unique_ptr<test::TestDatabase> m_fixture;
};

QTEST_GUILESS_MAIN(TestSchemaConstraints)
#include "tst_schemaconstraints.moc"
