#pragma once

// Helpers for the repository tests: minimal rows written straight through RecordStore (independent of
// the repositories under test), and a round trip that checks every field of a domain type.

#include "models/storage/AuditLog.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"

#include <QtTest>

#include <algorithm>
#include <functional>

namespace crosswalk {

/// Lets QCOMPARE print domain values (found by argument-dependent lookup): the row as JSON.
template <typename T>
requires requires(const T& value)
{
    value.toRow();
}
char* toString(const T& value)
{
    return QTest::toString(AuditLog::toJson(value.toRow()));
}

} // namespace crosswalk

namespace crosswalk::test {

/// Inserts a row (missing columns take their defaults); aborts the test program when that fails.
inline qint64 addRow(Database& db, const QString& table, const QVariantMap& row)
{
    const Result<qint64> id = RecordStore(db).insert(table, row);
    if (!id)
        qFatal("cannot add a test row to %s: %s", qPrintable(table), qPrintable(id.message()));
    return *id;
}

inline qint64 addTheme(Database& db, const QString& code)
{
    return addRow(db, QStringLiteral("themes"), {{QStringLiteral("code"), code}, {QStringLiteral("name_en"), code}});
}

inline qint64 addParty(Database& db, const QString& code)
{
    return addRow(db, QStringLiteral("parties"),
                  {{QStringLiteral("code"), code},
                   {QStringLiteral("name_en"), code},
                   {QStringLiteral("kind"), QStringLiteral("state")}});
}

inline qint64 addFramework(Database& db, const QString& code)
{
    return addRow(db, QStringLiteral("frameworks"),
                  {{QStringLiteral("code"), code},
                   {QStringLiteral("title_en"), code},
                   {QStringLiteral("kind"), QStringLiteral("law")},
                   {QStringLiteral("status"), QStringLiteral("adopted")}});
}

inline qint64 addProvision(Database& db, qint64 frameworkId, const QString& code,
                           std::optional<qint64> parentId = std::nullopt, int sortOrder = 0)
{
    return addRow(db, QStringLiteral("provisions"),
                  {{QStringLiteral("framework_id"), frameworkId},
                   {QStringLiteral("parent_id"), parentId ? QVariant(*parentId) : QVariant()},
                   {QStringLiteral("sort_order"), sortOrder},
                   {QStringLiteral("code"), code},
                   {QStringLiteral("title_en"), code}});
}

inline qint64 addDialogue(Database& db, const QString& code)
{
    return addRow(db, QStringLiteral("dialogues"),
                  {{QStringLiteral("code"), code},
                   {QStringLiteral("title_en"), code},
                   {QStringLiteral("kind"), QStringLiteral("cyber_dialogue")}});
}

inline qint64 addCommitment(Database& db, const QString& code, std::optional<qint64> dialogueId = std::nullopt)
{
    return addRow(db, QStringLiteral("commitments"),
                  {{QStringLiteral("code"), code},
                   {QStringLiteral("title_en"), code},
                   {QStringLiteral("status"), QStringLiteral("agreed")},
                   {QStringLiteral("origin_dialogue_id"), dialogueId ? QVariant(*dialogueId) : QVariant()}});
}

inline qint64 addProgramme(Database& db, const QString& code)
{
    return addRow(db, QStringLiteral("programmes"),
                  {{QStringLiteral("code"), code},
                   {QStringLiteral("name_en"), code},
                   {QStringLiteral("kind"), QStringLiteral("training")},
                   {QStringLiteral("status"), QStringLiteral("active")}});
}

inline qint64 addGap(Database& db, const QString& code, std::optional<qint64> provisionId = std::nullopt,
                     const QString& status = QStringLiteral("open"))
{
    return addRow(db, QStringLiteral("gaps"),
                  {{QStringLiteral("code"), code},
                   {QStringLiteral("title_en"), code},
                   {QStringLiteral("kind"), QStringLiteral("uncovered")},
                   {QStringLiteral("severity"), QStringLiteral("high")},
                   {QStringLiteral("status"), status},
                   {QStringLiteral("provision_id"), provisionId ? QVariant(*provisionId) : QVariant()}});
}

inline void addLink(Database& db, const QString& table, qint64 left, qint64 right)
{
    if (!RecordStore(db).link(table, left, right))
        qFatal("cannot add a test link to %s", qPrintable(table));
}

/// The actions ("create", "update", "delete") of the audit entries of one record, oldest first.
inline QStringList auditActions(Database& db, const QString& table, qint64 id)
{
    QStringList actions;
    for (const AuditEntry& entry : AuditLog(db).entries(table, id))
        actions << entry.action;
    return actions;
}

inline QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

/// The stored form of an expected value: with the id and timestamps the database gave it.
template <typename T> T stamped(T expected, const T& stored)
{
    expected.id = stored.id;
    expected.createdAt = stored.createdAt;
    expected.updatedAt = stored.updatedAt;
    return expected;
}

/// Compares two rows column by column, so that a failure names the column (QCOMPARE's own expansion).
inline void compareRows(const QVariantMap& actual, const QVariantMap& expected, const char* file, int line)
{
    for (const QString& column : expected.keys()) {
        const QByteArray actualName = "stored " + column.toLatin1();
        const QByteArray expectedName = "expected " + column.toLatin1();
        if (!QTest::qCompare(actual.value(column), expected.value(column), actualName.constData(),
                             expectedName.constData(), file, line))
            return;
    }
}

/// The operations of a repository for one domain type.
template <typename T> struct Crud
{
    std::function<Status(T&)> insert;
    std::function<std::optional<T>(qint64)> find;
    std::function<Status(const T&)> update;
    std::function<Status(qint64)> remove;
};

/// Inserts first and reads it back, replaces every field with second's and reads it back, removes it and
/// finds it gone; each step compared with operator==, audited, and the audit chain intact. first and
/// second must differ in every column, so that the update is known to reach each one.
template <typename T> void checkRoundTrip(Database& db, const QString& table, const Crud<T>& crud, T first, T second)
{
    const TableSpec* spec = TableCatalog::table(table);
    QVERIFY(spec);
    QCOMPARE(sorted(first.toRow().keys()), sorted(spec->columnNames()));
    const QVariantMap firstRow = first.toRow();
    const QVariantMap secondRow = second.toRow();
    for (const QString& column : spec->columnNames()) {
        if (column != QLatin1String("id") && column != QLatin1String("created_at") &&
            column != QLatin1String("updated_at"))
            QVERIFY2(firstRow.value(column) != secondRow.value(column),
                     qPrintable(column + QStringLiteral(" is not changed")));
    }

    T inserted = first;
    const Status insertedStatus = crud.insert(inserted);
    QVERIFY2(insertedStatus.ok(), qPrintable(insertedStatus.message()));
    QVERIFY(inserted.id > 0);
    const std::optional<T> stored = crud.find(inserted.id);
    QVERIFY(stored);
    compareRows(stored->toRow(), stamped(first, *stored).toRow(), __FILE__, __LINE__);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(*stored, stamped(first, *stored));
    QCOMPARE(inserted, *stored);

    second.id = inserted.id;
    const Status updatedStatus = crud.update(second);
    QVERIFY2(updatedStatus.ok(), qPrintable(updatedStatus.message()));
    const std::optional<T> updated = crud.find(inserted.id);
    QVERIFY(updated);
    compareRows(updated->toRow(), stamped(second, *updated).toRow(), __FILE__, __LINE__);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(*updated, stamped(second, *updated));
    QCOMPARE(updated->createdAt, stored->createdAt);

    const Status removedStatus = crud.remove(inserted.id);
    QVERIFY2(removedStatus.ok(), qPrintable(removedStatus.message()));
    QVERIFY(!crud.find(inserted.id));
    QCOMPARE(crud.remove(inserted.id).ok(), false);

    QCOMPARE(auditActions(db, table, inserted.id),
             (QStringList{QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("delete")}));
    QCOMPARE(AuditLog(db).verify(), QList<qint64>());
}

} // namespace crosswalk::test
