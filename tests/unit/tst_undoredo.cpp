#include "models/commands/ChangePlanner.h"
#include "models/commands/ChangeSetCommand.h"
#include "models/storage/AuditLog.h"
#include "models/storage/RecordStore.h"
#include "tests/support/TestDatabase.h"

#include <QUndoStack>
#include <QtTest>

using namespace crosswalk;
using test::TestDatabase;

class TestUndoRedo : public QObject
{
    Q_OBJECT

private:
    /// Every row of every table, to compare whole database states (the audit log only grows).
    static QMap<QString, QList<QVariantMap>> state(Database& db)
    {
        QMap<QString, QList<QVariantMap>> result;
        RecordStore store(db);
        for (const TableSpec& spec : TableCatalog::tables())
            result.insert(spec.name, store.fetchAll(spec.name));
        return result;
    }

    static qint64 idOf(Database& db, const char* table, const char* code)
    {
        return RecordStore(db).idForCode(QLatin1String(table), QLatin1String(code)).value_or(0);
    }

    static void push(QUndoStack& stack, Database& db, const Result<ChangeSet>& changes)
    {
        QVERIFY2(changes.ok(), qPrintable(changes.message()));
        const Status pushed = ChangeSetCommand::push(stack, db, changes.value());
        QVERIFY2(pushed.ok(), qPrintable(pushed.message()));
    }

private Q_SLOTS:
    void editDeleteRelinkThenUndoEverything()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        Database& db = fixture.db();
        const auto start = state(db);
        ChangePlanner planner(db);
        QUndoStack stack;
        RecordStore store(db);

        const qint64 c3 = idOf(db, "commitments", "C3");
        const qint64 g3 = idOf(db, "gaps", "G3");
        const qint64 cb1 = idOf(db, "programmes", "CB1");
        push(stack, db, planner.update(QStringLiteral("commitments"), c3,
                                       {{QStringLiteral("title_en"), QStringLiteral("Dedicated line in service")},
                                        {QStringLiteral("progress"), 80}}));
        QCOMPARE(store.fetch(QStringLiteral("commitments"), c3)->value(QStringLiteral("progress")).toInt(), 80);

        push(stack, db, planner.unlink(QStringLiteral("commitment_gaps"), c3, g3));
        push(stack, db, planner.link(QStringLiteral("commitment_programmes"), c3, cb1));
        QCOMPARE(store.linked(QStringLiteral("commitment_programmes"), c3), QList<qint64>{cb1});

        // Deleting a framework takes its provisions, their mappings and the exclusion along, and clears
        // the references of commitments and gaps that stay.
        const qint64 cdp = idOf(db, "frameworks", "NATO-CDP2016");
        const auto deletion = planner.remove(QStringLiteral("frameworks"), cdp);
        QVERIFY2(deletion.ok(), qPrintable(deletion.message()));
        QVERIFY(deletion->consequences.size() > 7);
        QVERIFY(deletion->consequences.join(QLatin1Char('\n')).contains(QStringLiteral("NATO-CDP2016:C4")));
        const Status applied = ChangeSetCommand::push(stack, db, deletion->changes);
        QVERIFY2(applied.ok(), qPrintable(applied.message()));
        QVERIFY(!store.fetch(QStringLiteral("frameworks"), cdp));
        QCOMPARE(store.fetchAll(QStringLiteral("provisions"), QStringLiteral("framework_id"), cdp).size(), 0);
        QCOMPARE(db.check().value(), QStringList());

        const qint64 c1 = idOf(db, "commitments", "C1");
        push(stack, db, planner.remove(QStringLiteral("commitments"), c1).value().changes);
        push(stack, db,
             planner.addCommitmentUpdate({{QStringLiteral("commitment_id"), c3},
                                          {QStringLiteral("update_date"), QStringLiteral("2026-11-20")},
                                          {QStringLiteral("status"), QStringLiteral("done")},
                                          {QStringLiteral("progress"), 100},
                                          {QStringLiteral("source"), QStringLiteral("test")}}));
        QCOMPARE(store.fetch(QStringLiteral("commitments"), c3)->value(QStringLiteral("status")).toString(),
                 QStringLiteral("done"));

        const auto edited = state(db);
        QCOMPARE(stack.count(), 6);
        while (stack.canUndo())
            stack.undo();
        QCOMPARE(state(db), start);
        QCOMPARE(db.check().value(), QStringList());

        while (stack.canRedo())
            stack.redo();
        const auto redone = state(db);
        // Redo writes the same rows again; only the times of the rows it wrote may differ.
        QCOMPARE(redone.keys(), edited.keys());
        for (const QString& table : redone.keys())
            QCOMPARE(redone.value(table).size(), edited.value(table).size());
        QCOMPARE(store.fetch(QStringLiteral("commitments"), c3)->value(QStringLiteral("status")).toString(),
                 QStringLiteral("done"));
        QCOMPARE(AuditLog(db).verify(), QList<qint64>());
    }

    void invalidEditsAreRefusedNamingTheField()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        ChangePlanner planner(fixture.db());
        const auto badDate = planner.update(QStringLiteral("commitments"), 1, {{QStringLiteral("due_date"), QStringLiteral("2024-13-01")}});
        QVERIFY(!badDate.ok());
        QVERIFY2(badDate.message().startsWith(QStringLiteral("Due date: ")), qPrintable(badDate.message()));
        const auto duplicate = planner.insert(QStringLiteral("gaps"), {{QStringLiteral("code"), QStringLiteral("G1")},
                                                                      {QStringLiteral("title_en"), QStringLiteral("x")},
                                                                      {QStringLiteral("kind"), QStringLiteral("capacity")},
                                                                      {QStringLiteral("severity"), QStringLiteral("low")},
                                                                      {QStringLiteral("status"), QStringLiteral("open")}});
        QVERIFY(!duplicate.ok());
        QVERIFY2(duplicate.message().contains(QStringLiteral("Code: \"G1\" is already used")), qPrintable(duplicate.message()));
        const auto endBeforeStart = planner.update(QStringLiteral("programmes"), 1,
                                                   {{QStringLiteral("start_date"), QStringLiteral("2024-05-01")},
                                                    {QStringLiteral("end_date"), QStringLiteral("2024-04-30")}});
        QVERIFY(!endBeforeStart.ok());
        QVERIFY2(endBeforeStart.message().contains(QStringLiteral("End date: is before the start date")),
                 qPrintable(endBeforeStart.message()));
    }

    void aConcurrentChangeMakesUndoFailSafely()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        Database& db = fixture.db();
        ChangePlanner planner(db);
        QUndoStack stack;
        QString failure;
        const auto onFailure = [&failure](const QString& message) { failure = message; };
        const qint64 c2 = idOf(db, "commitments", "C2");
        QVERIFY(ChangeSetCommand::push(stack, db,
                                       planner.update(QStringLiteral("commitments"), c2, {{QStringLiteral("progress"), 70}})
                                           .value(),
                                       onFailure)
                    .ok());

        // A second connection (another window or process) edits the same commitment.
        Database other;
        QVERIFY(other.open(fixture.path()).ok());
        QVERIFY(ChangePlanner(other).update(QStringLiteral("commitments"), c2, {{QStringLiteral("progress"), 75}})
                    .value()
                    .apply(other)
                    .ok());

        auto* command = new ChangeSetCommand(db, planner.update(QStringLiteral("commitments"), c2,
                                                                {{QStringLiteral("progress"), 10}}).value(),
                                             onFailure);
        stack.push(command); // planned against progress 75: applies
        QVERIFY(failure.isEmpty());
        stack.undo();        // back to 75
        QVERIFY(failure.isEmpty());
        stack.undo();        // would restore 50, but the row now holds 75, not the 70 it wrote
        QVERIFY2(failure.contains(QStringLiteral("was changed by someone else")), qPrintable(failure));
        QCOMPARE(stack.count(), 1); // the failed command was dropped
        QCOMPARE(RecordStore(db).fetch(QStringLiteral("commitments"), c2)->value(QStringLiteral("progress")).toInt(), 75);
    }
};

QTEST_GUILESS_MAIN(TestUndoRedo)
#include "tst_undoredo.moc"
