#include "models/storage/Database.h"

#include <QAtomicInt>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace crosswalk {

namespace {
QAtomicInt connectionCounter;

QString sqlError(const QSqlQuery& query)
{
    return query.lastError().text();
}
} // namespace

Database::Database(QObject* parent)
    : QObject(parent),
      m_connectionName(QStringLiteral("crosswalk-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
    m_userName = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

Database::~Database()
{
    close();
}

int Database::peekSchemaVersion(const QString& path, QString* problem)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return 0;
    if (!file.open(QIODevice::ReadOnly)) {
        if (problem)
            *problem = QObject::tr("%1 cannot be read: %2").arg(path, file.errorString());
        return -1;
    }
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        if (problem)
            *problem = QObject::tr("%1 is not a Crosswalk database (not an SQLite file)").arg(path);
        return -1;
    }
    return static_cast<int>(qFromBigEndian<quint32>(header.constData() + 60));
}

Status Database::open(const QString& path)
{
    close();
    QString problem;
    const int version = peekSchemaVersion(path, &problem);
    if (version < 0)
        return Status::failure(problem);
    if (version > CurrentSchemaVersion) {
        return Status::failure(tr("%1 was written by a newer version of Crosswalk (schema version %2; this program "
                                  "reads up to %3). It was not changed.")
                                   .arg(path)
                                   .arg(version)
                                   .arg(CurrentSchemaVersion));
    }
    const QFileInfo info(path);
    if (!info.exists() && !info.absoluteDir().exists())
        return Status::failure(tr("%1 cannot be created: the folder %2 does not exist")
                                   .arg(path, info.absoluteDir().path()));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString message = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        return Status::failure(tr("%1 cannot be opened: %2").arg(path, message));
    }
    m_path = path;
    QSqlQuery pragma(db);
    for (const char* statement : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
        if (!pragma.exec(QString::fromLatin1(statement))) {
            const QString message = sqlError(pragma);
            close();
            return Status::failure(tr("%1 cannot be opened: %2").arg(path, message));
        }
    }
    const Status migrated = migrate();
    if (!migrated) {
        close();
        return migrated;
    }
    return {};
}

void Database::close()
{
    m_statements.clear();
    m_failedStatement.reset();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_path.clear();
    m_depth = 0;
    m_failed = false;
    m_pendingChanges.clear();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool Database::foreignKeysEnforced() const
{
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next() && query.value(0).toInt() == 1;
}

QString Database::journalMode() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next())
        return query.value(0).toString();
    return QString();
}

Status Database::applyScript(const QString& resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("The schema script %1 is missing from this build").arg(resource));
    const QString script = QString::fromUtf8(file.readAll());
    QString statement;
    QSqlQuery query(connection());
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty())
            continue;
        statement += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            if (!query.exec(statement))
                return Status::failure(tr("Schema upgrade failed: %1").arg(sqlError(query)));
            statement.clear();
        }
    }
    return {};
}

Status Database::migrate()
{
    const int from = schemaVersion();
    if (from == CurrentSchemaVersion)
        return {};
    // Each step upgrades version N-1 to N in its own transaction, so that a failed step leaves the
    // file at the last complete version.
    static const char* const steps[CurrentSchemaVersion] = {":/crosswalk/sql/schema_v1.sql",
                                                                 ":/crosswalk/sql/schema_v2.sql"};
    for (int version = from + 1; version <= CurrentSchemaVersion; ++version) {
        Transaction transaction(*this);
        if (!transaction.isActive())
            return Status::failure(tr("%1 cannot be upgraded: %2").arg(m_path, connection().lastError().text()));
        const Status applied = applyScript(QString::fromLatin1(steps[version - 1]));
        if (!applied)
            return applied;
        QSqlQuery query(connection());
        // PRAGMA does not take bound values; the version is a compile-time integer.
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
            return Status::failure(tr("Schema upgrade failed: %1").arg(sqlError(query)));
        const Status committed = transaction.commit();
        if (!committed)
            return committed;
    }
    return {};
}

bool Database::holdsOnlyReferenceData() const
{
    QSqlQuery query(connection());
    const char* const tables[] = {"parties",     "frameworks",         "provisions", "mappings", "applicability",
                                  "dialogues",   "delegates",          "commitments", "commitment_updates",
                                  "programmes",  "gaps"};
    for (const char* table : tables) {
        if (!query.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(QLatin1String(table))) || query.next())
            return false;
    }
    return true;
}

Status Database::saveCopy(const QString& targetPath) const
{
    if (QFileInfo(targetPath).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return Status::failure(tr("%1 is the open database; a copy needs another file name").arg(targetPath));
    if (QFileInfo::exists(targetPath) && !QFile::remove(targetPath))
        return Status::failure(tr("%1 cannot be replaced").arg(targetPath));
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(targetPath);
    if (!query.exec())
        return Status::failure(tr("A copy cannot be written to %1: %2").arg(targetPath, sqlError(query)));
    return {};
}

Status Database::checkpoint()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return Status::failure(sqlError(query));
    return {};
}

Result<QStringList> Database::check() const
{
    QStringList problems;
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return Result<QStringList>::failure(sqlError(query));
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << tr("integrity: %1").arg(line);
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Result<QStringList>::failure(sqlError(query));
    while (query.next()) {
        problems << tr("foreign key: row %1 of %2 refers to a missing row of %3")
                        .arg(query.value(1).toString(), query.value(0).toString(), query.value(2).toString());
    }
    return problems;
}

bool Database::beginTransaction()
{
    if (m_depth == 0) {
        QSqlQuery query(connection());
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return false;
        m_failed = false;
        m_pendingChanges.clear();
        m_auditTail.clear();
    }
    ++m_depth;
    return true;
}

bool Database::commitTransaction()
{
    if (m_depth <= 0)
        return false;
    if (--m_depth > 0)
        return !m_failed;
    QSqlQuery query(connection());
    if (m_failed || !query.exec(QStringLiteral("COMMIT"))) {
        query.exec(QStringLiteral("ROLLBACK"));
        m_pendingChanges.clear();
        return false;
    }
    const QStringList changes = m_pendingChanges;
    m_pendingChanges.clear();
    m_auditTail.clear();
    for (const QString& table : changes)
        Q_EMIT changed(table);
    return true;
}

void Database::rollbackTransaction()
{
    if (m_depth <= 0)
        return;
    if (--m_depth > 0) {
        m_failed = true; // an inner failure dooms the whole outer transaction
        return;
    }
    QSqlQuery query(connection());
    query.exec(QStringLiteral("ROLLBACK"));
    m_failed = false;
    m_pendingChanges.clear();
    m_auditTail.clear();
}

Status Database::deferForeignKeys()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
        return Status::failure(sqlError(query));
    return {};
}

QSqlQuery& Database::prepared(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(connection());
        if (!query->prepare(sql)) {
            m_failedStatement = std::move(query); // not cached: prepared again next time
            return *m_failedStatement;
        }
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    it->second->finish();
    return *it->second;
}

void Database::notifyChanged(const QString& table)
{
    if (m_depth > 0) {
        if (!m_pendingChanges.contains(table))
            m_pendingChanges << table;
        return;
    }
    Q_EMIT changed(table);
}

Transaction::Transaction(Database& db) : m_db(db)
{
    m_active = m_db.beginTransaction();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollbackTransaction();
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(QObject::tr("No transaction is open"));
    m_active = false;
    if (!m_db.commitTransaction())
        return Status::failure(QObject::tr("The change could not be saved: %1").arg(m_db.connection().lastError().text()));
    return {};
}

} // namespace crosswalk
