#include "models/storage/AuditLog.h"
#include "models/storage/RecordStore.h"
#include "tests/support/TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace crosswalk;

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesRowsAsJsonThatReadsBackExactly()
    {
        const QString awkward = QStringLiteral("quote \" backslash \\ newline\n tab\t bell\a unit\x1f 日本語 😀 \u2028");
        const QVariantMap row{{QStringLiteral("text"), awkward},
                              {QStringLiteral("id"), qlonglong(9007199254740991LL)},
                              {QStringLiteral("negative"), -3},
                              {QStringLiteral("real"), 2.5},
                              {QStringLiteral("empty"), QString(QLatin1String(""))},
                              {QStringLiteral("null"), QVariant(QMetaType::fromType<QString>())}};
        const QString json = AuditLog::toJson(row);
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(json.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object.value(QStringLiteral("text")).toString(), awkward);
        QCOMPARE(object.value(QStringLiteral("id")).toInteger(), 9007199254740991LL);
        QCOMPARE(object.value(QStringLiteral("negative")).toInteger(), -3);
        QCOMPARE(object.value(QStringLiteral("real")).toDouble(), 2.5);
        QCOMPARE(object.value(QStringLiteral("empty")).toString(), QString());
        QVERIFY(object.value(QStringLiteral("null")).isNull());
        QCOMPARE(object.size(), row.size());
        // The same text as QJsonDocument writes for such a row (keys sorted, compact).
        const QVariantMap simple{{QStringLiteral("b"), QStringLiteral("x\"y")}, {QStringLiteral("a"), qlonglong(1)}};
        QCOMPARE(AuditLog::toJson(simple), QStringLiteral("{\"a\":1,\"b\":\"x\\\"y\"}"));
        QCOMPARE(AuditLog::toJson({}), QString());
    }

    void recordsCreateUpdateDeleteWithBeforeAndAfter()
    {
        test::TestDatabase fixture;
        fixture.db().setUserName(QStringLiteral("analyst"));
        RecordStore store(fixture.db());
        qint64 id = 0;
        {
            Transaction t(fixture.db());
            const auto inserted = store.insert(QStringLiteral("themes"), {{QStringLiteral("code"), QStringLiteral("t")},
                                                                         {QStringLiteral("name_en"), QStringLiteral("T")}});
            QVERIFY(inserted.ok());
            id = inserted.value();
            QVERIFY(t.commit().ok());
        }
        {
            Transaction t(fixture.db());
            QVERIFY(store.update(QStringLiteral("themes"), id, {{QStringLiteral("name_en"), QStringLiteral("Renamed")}}).ok());
            QVERIFY(t.commit().ok());
        }
        {
            Transaction t(fixture.db());
            QVERIFY(store.remove(QStringLiteral("themes"), id).ok());
            QVERIFY(t.commit().ok());
        }
        AuditLog audit(fixture.db());
        const QList<AuditEntry> entries = audit.entries(QStringLiteral("themes"), id);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].action, QStringLiteral("create"));
        QCOMPARE(entries[0].beforeJson, QString());
        QCOMPARE(entries[0].userName, QStringLiteral("analyst"));
        QCOMPARE(entries[1].action, QStringLiteral("update"));
        const QJsonObject before = QJsonDocument::fromJson(entries[1].beforeJson.toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(entries[1].afterJson.toUtf8()).object();
        QCOMPARE(before.value(QStringLiteral("name_en")).toString(), QStringLiteral("T"));
        QCOMPARE(after.value(QStringLiteral("name_en")).toString(), QStringLiteral("Renamed"));
        QCOMPARE(after.value(QStringLiteral("code")).toString(), QStringLiteral("t"));
        QCOMPARE(entries[2].action, QStringLiteral("delete"));
        QCOMPARE(entries[2].afterJson, QString());
        QCOMPARE(audit.verify(), QList<qint64>());
    }

    void aRolledBackWriteLeavesNoEntry()
    {
        test::TestDatabase fixture;
        RecordStore store(fixture.db());
        {
            Transaction t(fixture.db());
            QVERIFY(store.insert(QStringLiteral("themes"), {{QStringLiteral("code"), QStringLiteral("t")},
                                                           {QStringLiteral("name_en"), QStringLiteral("T")}})
                        .ok());
        }
        QCOMPARE(AuditLog(fixture.db()).count(), 0);
    }

    void tamperingBreaksTheChain()
    {
        test::TestDatabase fixture;
        RecordStore store(fixture.db());
        {
            Transaction t(fixture.db());
            for (const char* code : {"a", "b", "c"}) {
                QVERIFY(store.insert(QStringLiteral("themes"), {{QStringLiteral("code"), QString::fromLatin1(code)},
                                                               {QStringLiteral("name_en"), QStringLiteral("N")}})
                            .ok());
            }
            QVERIFY(t.commit().ok());
        }
        AuditLog audit(fixture.db());
        QList<AuditEntry> entries = audit.entries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(audit.verify(), QList<qint64>());
        AuditEntry forged = entries[1];
        forged.afterJson.replace(QStringLiteral("\"b\""), QStringLiteral("\"z\""));
        QVERIFY(AuditLog::computeHash(forged) != forged.hash);
        forged.hash = AuditLog::computeHash(forged);
        // a re-hashed forged entry still breaks the link to the next entry
        QVERIFY(forged.hash != entries[2].prevHash);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
