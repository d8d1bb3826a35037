#pragma once

#include "models/domain/Result.h"

#include <QList>
#include <QString>
#include <QVariantMap>

class QSqlQuery;

namespace crosswalk {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QString at;
    QString userName;
    QString action; ///< create, update, delete
    QString entity; ///< table name
    qint64 entityId = 0;
    QString beforeJson;
    QString afterJson;
    QString prevHash;
    QString hash;
};

/// The append-only audit table. Each entry carries the hash of the previous one, so that an edited
/// or removed entry breaks the chain and verify() reports it.
class AuditLog
{
public:
    explicit AuditLog(Database& db);

    /// Appends an entry; part of the caller's transaction.
    Status append(const QString& action, const QString& entity, qint64 entityId, const QVariantMap& before,
                  const QVariantMap& after);

    QList<AuditEntry> entries(const QString& entity = QString(), qint64 entityId = 0) const;
    qint64 count() const;

    /// Recomputes the chain; returns the ids of entries whose hash does not match (empty = intact).
    QList<qint64> verify() const;

    static QString toJson(const QVariantMap& row);
    static QString computeHash(const AuditEntry& entry);
    /// The columns every audit read selects, in the order entryAt() reads them.
    static QString selectedColumns();
    /// The entry in the current row of a query that selected selectedColumns().
    static AuditEntry entryAt(const QSqlQuery& query);

private:
    Database& m_db;
};

} // namespace crosswalk
