#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>
#include <QTemporaryDir>
#include <QtTest>

using namespace crosswalk;

class TestDatabaseFile : public QObject
{
    Q_OBJECT

private:
    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void migratesAnEmptyFileToTheCurrentVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.db"));
        QFile(path).open(QIODevice::WriteOnly); // an empty file, as a file dialog may leave behind
        QCOMPARE(Database::peekSchemaVersion(path), 0);
        Database db;
        const Status opened = db.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QCOMPARE(db.schemaVersion(), Database::CurrentSchemaVersion);
        for (const TableSpec& spec : TableCatalog::tables())
            QCOMPARE(RecordStore(db).count(spec.name), 0);
        db.close();
        QCOMPARE(Database::peekSchemaVersion(path), Database::CurrentSchemaVersion);
    }

    void upgradesAVersionOneFileKeepingItsRecords()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.db"));
        {
            // A version 1 file: today's schema without the columns version 2 added.
            Database db;
            QVERIFY(db.open(path).ok());
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO frameworks (id, code, title_en, kind, status, created_at, "
                                              "updated_at) VALUES (1, 'F', 'Framework', 'law', 'adopted', "
                                              "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
            QVERIFY2(query.exec(QStringLiteral("ALTER TABLE frameworks DROP COLUMN oscal_uuid")),
                     qPrintable(query.lastError().text()));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 1")));
        }
        QCOMPARE(Database::peekSchemaVersion(path), 1);
        Database db;
        const Status opened = db.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QCOMPARE(db.schemaVersion(), 2);
        const std::optional<QVariantMap> framework = RecordStore(db).fetch(QStringLiteral("frameworks"), 1);
        QVERIFY(framework.has_value());
        QCOMPARE(framework->value(QStringLiteral("code")).toString(), QStringLiteral("F"));
        QCOMPARE(framework->value(QStringLiteral("oscal_uuid")).toString(), QString());
    }

    void reopensWithoutMigratingAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("again.db"));
        {
            Database db;
            QVERIFY(db.open(path).ok());
            RecordStore store(db);
            Transaction t(db);
            QVERIFY(store.insert(QStringLiteral("themes"), {{QStringLiteral("code"), QStringLiteral("x")},
                                                            {QStringLiteral("name_en"), QStringLiteral("X")}})
                        .ok());
            QVERIFY(t.commit().ok());
        }
        Database db;
        QVERIFY(db.open(path).ok());
        QCOMPARE(RecordStore(db).count(QStringLiteral("themes")), 1);
    }

    void enforcesForeignKeysAndUsesWal()
    {
        test::TestDatabase fixture;
        QCOMPARE(fixture.db().foreignKeysEnforced(), true);
        QCOMPARE(fixture.db().journalMode(), QStringLiteral("wal"));
    }

    void refusesAFileThatIsNotSqlite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are my notes, not a database.\n");
        file.close();
        const QByteArray before = readAll(path);

        Database db;
        const Status opened = db.open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.message().contains(path), qPrintable(opened.message()));
        QVERIFY2(opened.message().contains(QStringLiteral("not a Crosswalk database")), qPrintable(opened.message()));
        QVERIFY(!db.isOpen());
        QCOMPARE(readAll(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesAFileFromANewerVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.db"));
        {
            Database db;
            QVERIFY(db.open(path).ok());
            QVERIFY(db.checkpoint().ok());
        }
        {
            // user_version is the big-endian integer at offset 60 of the SQLite header
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(60));
            const quint32 future = qToBigEndian<quint32>(Database::CurrentSchemaVersion + 1);
            file.write(reinterpret_cast<const char*>(&future), sizeof future);
        }
        QCOMPARE(Database::peekSchemaVersion(path), Database::CurrentSchemaVersion + 1);
        const QByteArray before = readAll(path);
        Database db;
        const Status opened = db.open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.message().contains(QStringLiteral("newer version")), qPrintable(opened.message()));
        QCOMPARE(readAll(path), before);
    }

    void nestedTransactionFailureRollsBackTheOuterOne()
    {
        test::TestDatabase fixture;
        RecordStore store(fixture.db());
        const QByteArray before = fixture.snapshot();
        {
            Transaction outer(fixture.db());
            QVERIFY(store.insert(QStringLiteral("themes"), {{QStringLiteral("code"), QStringLiteral("a")},
                                                            {QStringLiteral("name_en"), QStringLiteral("A")}})
                        .ok());
            {
                Transaction inner(fixture.db());
                // inner is destroyed without commit: the outer transaction must fail as a whole
            }
            QVERIFY(!outer.commit().ok());
        }
        QCOMPARE(store.count(QStringLiteral("themes")), 0);
        QCOMPARE(fixture.snapshot(), before);
    }

    void savesACopy()
    {
        test::TestDatabase fixture(test::TestDatabase::Content::ReferenceData);
        const QString copy = fixture.dir() + QStringLiteral("/copy.db");
        QVERIFY(fixture.db().saveCopy(copy).ok());
        Database other;
        QVERIFY(other.open(copy).ok());
        QCOMPARE(RecordStore(other).count(QStringLiteral("themes")), 11);
    }

    void checkReportsNoProblemsOnAGoodFile()
    {
        test::TestDatabase fixture(test::TestDatabase::Content::Sample);
        const Result<QStringList> problems = fixture.db().check();
        QVERIFY(problems.ok());
        QCOMPARE(problems.value(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseFile)
#include "tst_database.moc"
