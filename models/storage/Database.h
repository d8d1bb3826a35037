#pragma once

#include "models/domain/Result.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

namespace crosswalk {

/// One open Crosswalk database file: a named QSQLITE connection with foreign keys enforced, WAL
/// journal and the schema migrated to the current version. A file that is not SQLite, or whose
/// schema is newer than this program, is refused and left untouched.
class Database : public QObject
{
    Q_OBJECT

public:
    static constexpr int CurrentSchemaVersion = 2;

    explicit Database(QObject* parent = nullptr);
    ~Database() override;

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens (creating when missing) and migrates the file at path.
    Status open(const QString& path);
    void close();
    bool isOpen() const;

    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    bool foreignKeysEnforced() const;
    QString journalMode() const;

    /// The name recorded in audit entries for changes made through this connection.
    QString userName() const { return m_userName; }
    void setUserName(const QString& name) { m_userName = name; }

    /// True when the database holds nothing but reference data (themes).
    bool holdsOnlyReferenceData() const;

    /// Writes a consistent copy of the whole database to a new file (VACUUM INTO).
    Status saveCopy(const QString& targetPath) const;

    /// Moves everything in the write-ahead log into the main file (so the file alone is complete).
    Status checkpoint();

    /// Runs SQLite's integrity and foreign-key checks; each problem found is one line.
    Result<QStringList> check() const;

    /// Reads the schema version stored in a file's header without opening it; -1 when the file
    /// is not an SQLite database, 0 for a missing or empty file.
    static int peekSchemaVersion(const QString& path, QString* problem = nullptr);

    // Transactions nest: only the outermost begin/commit reaches the database. Use Transaction.
    bool beginTransaction();
    bool commitTransaction();
    void rollbackTransaction();
    int transactionDepth() const { return m_depth; }

    /// Within a transaction: checks foreign keys at commit instead of at each statement, so that
    /// rows may refer to rows written later in the same transaction.
    Status deferForeignKeys();

    /// The hash of the last audit entry, remembered within the current write transaction (which
    /// holds the write lock, so no other connection can append meanwhile); empty when not known.
    QString auditTail() const { return m_depth > 0 ? m_auditTail : QString(); }
    void setAuditTail(const QString& hash) { m_auditTail = m_depth > 0 ? hash : QString(); }

    /// The statement for sql, prepared once per connection and reused: callers bind every value again
    /// before exec() and call finish() once they have read what they need. Only for statements that
    /// are run to completion before the same statement is needed again (single-row reads, writes).
    /// When preparing fails, the query is inactive and lastError() says why (prepared again next time).
    QSqlQuery& prepared(const QString& sql);

    /// Called by repositories after a committed change, so that views can refresh.
    void notifyChanged(const QString& table);

Q_SIGNALS:
    void changed(const QString& table);

private:
    Status migrate();
    Status applyScript(const QString& resource);

    QString m_connectionName;
    QString m_path;
    QString m_userName;
    int m_depth = 0;
    bool m_failed = false;
    QStringList m_pendingChanges;
    QString m_auditTail;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unique_ptr<QSqlQuery> m_failedStatement;
};

/// RAII transaction: commits on commit(), rolls back when destroyed uncommitted.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    Status commit();

private:
    Database& m_db;
    bool m_active = false;
};

} // namespace crosswalk
