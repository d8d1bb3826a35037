#include "models/storage/AuditLog.h"

#include "models/domain/IsoDate.h"
#include "models/storage/Database.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace crosswalk {

AuditLog::AuditLog(Database& db) : m_db(db) {}

QString AuditLog::toJson(const QVariantMap& row)
{
    if (row.isEmpty())
        return QString();
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(row)).toJson(QJsonDocument::Compact));
}

QString AuditLog::computeHash(const AuditEntry& e)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList parts{e.prevHash,   e.at,       e.userName, e.action, e.entity, QString::number(e.entityId),
                            e.beforeJson, e.afterJson};
    for (const QString& part : parts) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

Status AuditLog::append(const QString& action, const QString& entity, qint64 entityId, const QVariantMap& before,
                        const QVariantMap& after)
{
    AuditEntry e;
    e.at = IsoDate::nowTimestamp();
    e.userName = m_db.userName();
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.beforeJson = toJson(before);
    e.afterJson = toJson(after);

    e.prevHash = m_db.auditTail();
    if (e.prevHash.isEmpty()) {
        QSqlQuery query(m_db.connection());
        if (!query.exec(QStringLiteral("SELECT hash FROM audit_entries ORDER BY id DESC LIMIT 1")))
            return Status::failure(QObject::tr("The audit log cannot be read: %1").arg(query.lastError().text()));
        if (query.next())
            e.prevHash = query.value(0).toString();
    }
    e.hash = computeHash(e);

    QSqlQuery& query =
        m_db.prepared(QStringLiteral("INSERT INTO audit_entries (at, user_name, action, entity, entity_id, before_json, "
                                     "after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value :
         {QVariant(e.at), QVariant(e.userName), QVariant(e.action), QVariant(e.entity), QVariant(e.entityId),
          QVariant(e.beforeJson), QVariant(e.afterJson), QVariant(e.prevHash), QVariant(e.hash)})
        query.addBindValue(value.typeId() == QMetaType::QString && value.toString().isNull() ? QStringLiteral("")
                                                                                             : value);
    if (!query.exec())
        return Status::failure(QObject::tr("The audit log cannot be written: %1").arg(query.lastError().text()));
    m_db.setAuditTail(e.hash);
    return {};
}

QList<AuditEntry> AuditLog::entries(const QString& entity, qint64 entityId) const
{
    QSqlQuery query(m_db.connection());
    if (entity.isEmpty()) {
        query.prepare(QStringLiteral("SELECT %1 FROM audit_entries ORDER BY id").arg(selectedColumns()));
    } else {
        query.prepare(QStringLiteral("SELECT %1 FROM audit_entries WHERE entity = ? AND entity_id = ? ORDER BY id")
                          .arg(selectedColumns()));
        query.addBindValue(entity);
        query.addBindValue(entityId);
    }
    QList<AuditEntry> result;
    if (!query.exec())
        return result;
    while (query.next()) {
        result << entryAt(query);
    }
    return result;
}

qint64 AuditLog::count() const
{
    QSqlQuery query(m_db.connection());
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_entries")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

QList<qint64> AuditLog::verify() const
{
    QList<qint64> broken;
    QString previous;
    for (const AuditEntry& e : entries()) {
        if (e.prevHash != previous || computeHash(e) != e.hash)
            broken << e.id;
        previous = e.hash;
    }
    return broken;
}

QString AuditLog::selectedColumns()
{
    return QStringLiteral("id, at, user_name, action, entity, entity_id, before_json, after_json, prev_hash, hash");
}

AuditEntry AuditLog::entryAt(const QSqlQuery& query)
{
    AuditEntry e;
    e.id = query.value(0).toLongLong();
    e.at = query.value(1).toString();
    e.userName = query.value(2).toString();
    e.action = query.value(3).toString();
    e.entity = query.value(4).toString();
    e.entityId = query.value(5).toLongLong();
    e.beforeJson = query.value(6).toString();
    e.afterJson = query.value(7).toString();
    e.prevHash = query.value(8).toString();
    e.hash = query.value(9).toString();
    return e;
}

} // namespace crosswalk
