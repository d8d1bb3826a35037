#include "models/storage/AuditLog.h"

#include "models/domain/IsoDate.h"
#include "models/storage/Database.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace crosswalk {

AuditLog::AuditLog(Database& db) : m_db(db) {}

namespace {

void appendJsonString(QString& out, const QString& text)
{
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}

} // namespace

QString AuditLog::toJson(const QVariantMap& row)
{
    // A row holds only scalar values (text, whole numbers, reals, NULL), written by hand: this runs for
    // every row an import writes, and QJsonDocument costs several times more. Keys come in QVariantMap
    // order (sorted), as QJsonDocument writes them.
    if (row.isEmpty())
        return QString();
    QString out;
    out.reserve(64 + row.size() * 24);
    out += QLatin1Char('{');
    bool first = true;
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        if (!first)
            out += QLatin1Char(',');
        first = false;
        appendJsonString(out, it.key());
        out += QLatin1Char(':');
        const QVariant& value = it.value();
        if (value.isNull()) {
            out += QLatin1String("null");
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Long:
            out += QString::number(value.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float: {
            const double number = value.toDouble();
            if (qIsFinite(number))
                out += QString::number(number, 'g', QLocale::FloatingPointShortest);
            else
                out += QLatin1String("null");
            break;
        }
        case QMetaType::Bool:
            out += value.toBool() ? QLatin1String("true") : QLatin1String("false");
            break;
        default:
            appendJsonString(out, value.toString());
        }
    }
    out += QLatin1Char('}');
    return out;
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
