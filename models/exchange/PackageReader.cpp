#include "models/exchange/PackageReader.h"

#include "models/domain/IsoDate.h"
#include "models/exchange/DatasetPackage.h"
#include "models/storage/RecordStore.h"
#include "models/storage/TableCatalog.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace crosswalk {

namespace {

QString lineAndColumn(const QByteArray& json, int offset, int& column)
{
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    column = offset - lineStart + 1;
    return QString::number(line);
}

} // namespace

Status PackageReader::read(const QByteArray& json)
{
    m_ids.clear();
    m_rows.clear();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        int column = 0;
        const QString line = lineAndColumn(json, parseError.offset, column);
        return Status::failure(DatasetPackage::tr("%1: not valid JSON at line %2, column %3: %4")
                                   .arg(m_source, line)
                                   .arg(column)
                                   .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return fail(QStringLiteral("$"), DatasetPackage::tr("the package must be a JSON object"));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != DatasetPackage::formatName())
        return fail(QStringLiteral("$.format"),
                    DatasetPackage::tr("expected \"%1\": this is not a Crosswalk dataset package")
                        .arg(DatasetPackage::formatName()));
    const QJsonValue version = root.value(QStringLiteral("format_version"));
    if (!version.isDouble())
        return fail(QStringLiteral("$.format_version"), DatasetPackage::tr("a whole number is required"));
    if (version.toDouble() != DatasetPackage::FormatVersion)
        return fail(QStringLiteral("$.format_version"),
                    DatasetPackage::tr("version %1 is not supported (this program reads version %2)")
                        .arg(version.toDouble())
                        .arg(DatasetPackage::FormatVersion));
    for (const char* key : {"title", "description", "marking"}) {
        const QJsonValue value = root.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isString())
            return fail(QStringLiteral("$.") + QLatin1String(key), DatasetPackage::tr("text is required"));
    }
    const QJsonValue tablesValue = root.value(QStringLiteral("tables"));
    if (!tablesValue.isObject())
        return fail(QStringLiteral("$.tables"), DatasetPackage::tr("an object holding the tables is required"));
    const QJsonObject tables = tablesValue.toObject();
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        if (!TableCatalog::table(it.key()))
            return fail(QStringLiteral("$.tables.") + it.key(), DatasetPackage::tr("unknown table"));
        if (!it.value().isArray())
            return fail(QStringLiteral("$.tables.") + it.key(), DatasetPackage::tr("an array of rows is required"));
    }
    // First pass: the ids of every table, so that references (also to later rows) can be checked.
    for (const TableSpec& spec : TableCatalog::tables()) {
        if (!spec.hasId)
            continue;
        const QJsonArray rows = tables.value(spec.name).toArray();
        QSet<qint64>& ids = m_ids[spec.name];
        for (int i = 0; i < rows.size(); ++i) {
            const QString path = rowPath(spec, i);
            if (!rows.at(i).isObject())
                return fail(path, DatasetPackage::tr("a row must be a JSON object"));
            const QJsonValue id = rows.at(i).toObject().value(QStringLiteral("id"));
            if (!isWholeNumber(id) || id.toDouble() < 1)
                return fail(path + QStringLiteral(".id"), DatasetPackage::tr("a positive whole number is required"));
            if (ids.contains(id.toInteger()))
                return fail(path + QStringLiteral(".id"),
                            DatasetPackage::tr("the id %1 is used twice").arg(id.toInteger()));
            ids.insert(id.toInteger());
        }
    }
    for (const TableSpec& spec : TableCatalog::tables()) {
        const QJsonArray rows = tables.value(spec.name).toArray();
        QSet<QString> keys;
        for (int i = 0; i < rows.size(); ++i) {
            QVariantMap row;
            const Status status = readRow(spec, i, rows.at(i), row);
            if (!status)
                return status;
            const QString key = uniqueKey(spec, row);
            if (!key.isEmpty()) {
                if (keys.contains(key))
                    return fail(rowPath(spec, i), DatasetPackage::tr("duplicates %1 of an earlier row").arg(key));
                keys.insert(key);
            }
            m_rows.append({spec.name, rowPath(spec, i), row});
        }
    }
    return {};
}

Status PackageReader::fail(const QString& path, const QString& problem) const
{
    return Status::failure(QStringLiteral("%1: %2: %3").arg(m_source, path, problem));
}

Result<QByteArray> PackageReader::readFile(const QString& path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Result<QByteArray>::failure(DatasetPackage::tr("%1: no such file").arg(path));
    // Resources report their size too; a file above the limit is refused before it is read.
    if (maxBytes > 0 && info.size() > maxBytes)
        return Result<QByteArray>::failure(
            DatasetPackage::tr("%1: the file is %2 MB; packages larger than %3 MB are not read")
                .arg(path)
                .arg(static_cast<double>(info.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                .arg(maxBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(DatasetPackage::tr("%1: cannot be read: %2").arg(path, file.errorString()));
    return file.readAll();
}

bool PackageReader::isWholeNumber(const QJsonValue& value)
{
    return value.isDouble() && std::floor(value.toDouble()) == value.toDouble() && std::abs(value.toDouble()) < 9.0e15;
}

QString PackageReader::rowPath(const TableSpec& spec, int index)
{
    return QStringLiteral("$.tables.%1[%2]").arg(spec.name).arg(index);
}

QString PackageReader::uniqueKey(const TableSpec& spec, const QVariantMap& row)
{
    if (!spec.hasId)
        return QStringLiteral("(%1, %2)")
            .arg(row.value(spec.columns[0].name).toString(), row.value(spec.columns[1].name).toString());
    if (spec.codeColumn.isEmpty())
        return QString();
    const QString code = row.value(spec.codeColumn).toString();
    if (spec.hasColumn(QStringLiteral("framework_id")))
        return DatasetPackage::tr("code %1 in framework %2")
            .arg(code, row.value(QStringLiteral("framework_id")).toString());
    return DatasetPackage::tr("code %1").arg(code);
}

Status PackageReader::readRow(const TableSpec& spec, int index, const QJsonValue& value, QVariantMap& row) const
{
    const QString path = rowPath(spec, index);
    if (!value.isObject())
        return fail(path, DatasetPackage::tr("a row must be a JSON object"));
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!spec.hasColumn(it.key()))
            return fail(path + QLatin1Char('.') + it.key(), DatasetPackage::tr("unknown field"));
    }
    for (const ColumnSpec& column : spec.columns) {
        const QString fieldPath = path + QLatin1Char('.') + column.name;
        const QJsonValue field = object.value(column.name);
        if (field.isUndefined()) {
            if (column.type == ColumnType::Timestamp)
                continue; // set to the import time
            if (!column.defaultValue.isValid())
                return fail(fieldPath, DatasetPackage::tr("required field is missing"));
            row.insert(column.name, column.defaultValue);
            continue;
        }
        if (field.isNull()) {
            if (!column.nullable)
                return fail(fieldPath, DatasetPackage::tr("must not be null"));
            row.insert(column.name, RecordStore::normalise(column, QVariant()));
            continue;
        }
        const Status status = readField(spec, column, fieldPath, field, row);
        if (!status)
            return status;
    }
    return {};
}

Status PackageReader::readField(const TableSpec& spec, const ColumnSpec& column, const QString& path,
                                const QJsonValue& field, QVariantMap& row) const
{
    switch (column.type) {
    case ColumnType::Id:
        row.insert(column.name, field.toInteger());
        return {};
    case ColumnType::Integer:
        if (!isWholeNumber(field))
            return fail(path, DatasetPackage::tr("a whole number is required"));
        if (column.hasRange && (field.toInteger() < column.minimum || field.toInteger() > column.maximum))
            return fail(path, DatasetPackage::tr("%1 is outside the range %2 to %3")
                                  .arg(field.toInteger())
                                  .arg(column.minimum)
                                  .arg(column.maximum));
        row.insert(column.name, field.toInteger());
        return {};
    case ColumnType::Real:
        if (!field.isDouble())
            return fail(path, DatasetPackage::tr("a number is required"));
        row.insert(column.name, field.toDouble());
        return {};
    case ColumnType::Ref: {
        if (!isWholeNumber(field))
            return fail(path, DatasetPackage::tr("the id of a row in %1 is required").arg(column.refTable));
        const qint64 id = field.toInteger();
        if (!m_ids.value(column.refTable).contains(id))
            return fail(
                path,
                DatasetPackage::tr("refers to %1 id %2, which is not in the package").arg(column.refTable).arg(id));
        if (spec.hasId && column.refTable == spec.name && id == row.value(QStringLiteral("id")).toLongLong())
            return fail(path, DatasetPackage::tr("a row cannot refer to itself"));
        row.insert(column.name, id);
        return {};
    }
    default:
        break;
    }
    if (!field.isString())
        return fail(path, DatasetPackage::tr("text is required"));
    const QString text = field.toString();
    switch (column.type) {
    case ColumnType::Text:
        if (!column.defaultValue.isValid() && text.trimmed().isEmpty())
            return fail(path, DatasetPackage::tr("must not be empty"));
        break;
    case ColumnType::Date:
        if (!IsoDate::isValid(text))
            return fail(path,
                        DatasetPackage::tr("\"%1\" is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)").arg(text));
        break;
    case ColumnType::Timestamp:
        if (!IsoDate::isValidTimestamp(text))
            return fail(path,
                        DatasetPackage::tr("\"%1\" is not an ISO 8601 UTC time (YYYY-MM-DDTHH:MM:SSZ)").arg(text));
        break;
    case ColumnType::Enum:
        if (!column.enumKeys.contains(text))
            return fail(
                path,
                DatasetPackage::tr("\"%1\" is not one of: %2").arg(text, column.enumKeys.join(QLatin1String(", "))));
        break;
    default:
        break;
    }
    row.insert(column.name, text);
    return {};
}

} // namespace crosswalk
