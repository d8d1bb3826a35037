#include "models/exchange/DatasetPackage.h"

#include "models/domain/IsoDate.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "models/storage/TableCatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <cmath>

namespace crosswalk {

namespace {

/// One JSON value as compact text (strings escaped the way QJsonDocument does).
QString jsonText(const QVariant& value)
{
    if (value.isNull())
        return QStringLiteral("null");
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 17);
    default: {
        const QByteArray array = QJsonDocument(QJsonArray{QJsonValue(value.toString())}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(array.mid(1, array.size() - 2));
    }
    }
}

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

/// Validates a package completely before anything is written; collects the rows to insert.
class PackageReader
{
public:
    explicit PackageReader(QString sourceName) : m_source(std::move(sourceName)) {}

    Status read(const QByteArray& json)
    {
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
                        DatasetPackage::tr("expected \"%1\": this is not a Crosswalk dataset package").arg(DatasetPackage::formatName()));
        const QJsonValue version = root.value(QStringLiteral("format_version"));
        if (!version.isDouble())
            return fail(QStringLiteral("$.format_version"), DatasetPackage::tr("a whole number is required"));
        if (version.toDouble() != DatasetPackage::FormatVersion)
            return fail(QStringLiteral("$.format_version"),
                        DatasetPackage::tr("version %1 is not supported (this program reads version %2)")
                            .arg(version.toDouble())
                            .arg(DatasetPackage::FormatVersion));
        for (const char* key : {"title", "description"}) {
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
                    return fail(path + QStringLiteral(".id"), DatasetPackage::tr("the id %1 is used twice").arg(id.toInteger()));
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

    struct PendingRow
    {
        QString table;
        QString path;
        QVariantMap values;
    };
    const QList<PendingRow>& rows() const { return m_rows; }

    Status fail(const QString& path, const QString& problem) const
    {
        return Status::failure(QStringLiteral("%1: %2: %3").arg(m_source, path, problem));
    }

private:
    static bool isWholeNumber(const QJsonValue& value)
    {
        return value.isDouble() && std::floor(value.toDouble()) == value.toDouble() &&
               std::abs(value.toDouble()) < 9.0e15;
    }

    static QString rowPath(const TableSpec& spec, int index)
    {
        return QStringLiteral("$.tables.%1[%2]").arg(spec.name).arg(index);
    }

    static QString uniqueKey(const TableSpec& spec, const QVariantMap& row)
    {
        if (!spec.hasId)
            return QStringLiteral("(%1, %2)")
                .arg(row.value(spec.columns[0].name).toString(), row.value(spec.columns[1].name).toString());
        if (spec.codeColumn.isEmpty())
            return QString();
        const QString code = row.value(spec.codeColumn).toString();
        if (spec.hasColumn(QStringLiteral("framework_id")))
            return DatasetPackage::tr("code %1 in framework %2").arg(code, row.value(QStringLiteral("framework_id")).toString());
        return DatasetPackage::tr("code %1").arg(code);
    }

    Status readRow(const TableSpec& spec, int index, const QJsonValue& value, QVariantMap& row) const
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

    Status readField(const TableSpec& spec, const ColumnSpec& column, const QString& path, const QJsonValue& field,
                     QVariantMap& row) const
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
                return fail(path, DatasetPackage::tr("refers to %1 id %2, which is not in the package").arg(column.refTable).arg(id));
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
                return fail(path, DatasetPackage::tr("\"%1\" is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)").arg(text));
            break;
        case ColumnType::Timestamp:
            if (!IsoDate::isValidTimestamp(text))
                return fail(path, DatasetPackage::tr("\"%1\" is not an ISO 8601 UTC time (YYYY-MM-DDTHH:MM:SSZ)").arg(text));
            break;
        case ColumnType::Enum:
            if (!column.enumKeys.contains(text))
                return fail(path, DatasetPackage::tr("\"%1\" is not one of: %2").arg(text, column.enumKeys.join(QLatin1String(", "))));
            break;
        default:
            break;
        }
        row.insert(column.name, text);
        return {};
    }

    QString m_source;
    QHash<QString, QSet<qint64>> m_ids;
    QList<PendingRow> m_rows;
};

Status importPackage(Database& db, const QByteArray& json, const QString& sourceName)
{
    PackageReader reader(sourceName);
    const Status valid = reader.read(json);
    if (!valid)
        return valid;
    if (!db.holdsOnlyReferenceData())
        return Status::failure(DatasetPackage::tr("%1: a package can only be imported into a new database (one that holds no "
                                  "records besides reference data); %2 already holds records")
                                   .arg(sourceName, db.path()));
    RecordStore store(db);
    Transaction transaction(db);
    if (!transaction.isActive())
        return Status::failure(DatasetPackage::tr("%1: the database is busy or read-only").arg(db.path()));
    // Rows may refer to rows later in the same table (a provision's parent); checked at commit.
    const Status deferred = db.deferForeignKeys();
    if (!deferred)
        return deferred;
    // The package's themes replace the reference themes of a new database.
    for (const QVariantMap& theme : store.fetchAll(QStringLiteral("themes"))) {
        const Status removed = store.remove(QStringLiteral("themes"), theme.value(QStringLiteral("id")).toLongLong());
        if (!removed)
            return Status::failure(QStringLiteral("%1: %2").arg(sourceName, removed.message()));
    }
    for (const auto& row : reader.rows()) {
        const TableSpec* spec = TableCatalog::table(row.table);
        if (spec->hasId) {
            const Result<qint64> inserted = store.insert(row.table, row.values);
            if (!inserted)
                return reader.fail(row.path, inserted.message());
        } else {
            const Status linked = store.link(row.table, row.values.value(spec->columns[0].name).toLongLong(),
                                             row.values.value(spec->columns[1].name).toLongLong());
            if (!linked)
                return reader.fail(row.path, linked.message());
        }
    }
    const Status committed = transaction.commit();
    if (!committed)
        return Status::failure(QStringLiteral("%1: %2").arg(sourceName, committed.message()));
    return {};
}

Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return Result<QByteArray>::failure(DatasetPackage::tr("%1: no such file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(DatasetPackage::tr("%1: cannot be read: %2").arg(path, file.errorString()));
    return file.readAll();
}

} // namespace

Status DatasetPackage::initialise(Database& db, Seed seed)
{
    const QString resource = seed == Seed::Sample ? sampleResource() : referenceDataResource();
    const Result<QByteArray> json = readFile(resource);
    if (!json)
        return json.status();
    return importPackage(db, *json, resource);
}

QByteArray DatasetPackage::exportJson(Database& db, const QString& title, const QString& description)
{
    RecordStore store(db);
    QString out;
    out += QStringLiteral("{\n  \"format\": %1,\n  \"format_version\": %2,\n  \"title\": %3,\n  \"description\": %4,\n")
               .arg(jsonText(formatName()))
               .arg(FormatVersion)
               .arg(jsonText(title.isEmpty() ? DatasetPackage::tr("Crosswalk dataset") : title), jsonText(description));
    out += QStringLiteral("  \"tables\": {");
    const auto& tables = TableCatalog::tables();
    for (std::size_t t = 0; t < tables.size(); ++t) {
        const TableSpec& spec = tables[t];
        out += (t == 0 ? QStringLiteral("\n    ") : QStringLiteral(",\n    ")) + jsonText(spec.name) +
               QStringLiteral(": [");
        const QList<QVariantMap> rows = store.fetchAll(spec.name);
        for (int r = 0; r < rows.size(); ++r) {
            out += (r == 0 ? QStringLiteral("\n      {") : QStringLiteral(",\n      {"));
            for (std::size_t c = 0; c < spec.columns.size(); ++c) {
                if (c > 0)
                    out += QStringLiteral(", ");
                out += jsonText(spec.columns[c].name) + QStringLiteral(": ") +
                       jsonText(rows[r].value(spec.columns[c].name));
            }
            out += QLatin1Char('}');
        }
        out += rows.isEmpty() ? QStringLiteral("]") : QStringLiteral("\n    ]");
    }
    out += QStringLiteral("\n  }\n}\n");
    return out.toUtf8();
}

Status DatasetPackage::exportToFile(Database& db, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(DatasetPackage::tr("%1: cannot be written: %2").arg(path, file.errorString()));
    file.write(exportJson(db));
    if (!file.commit())
        return Status::failure(DatasetPackage::tr("%1: cannot be written: %2").arg(path, file.errorString()));
    return {};
}

Status DatasetPackage::importJson(Database& db, const QByteArray& json, const QString& sourceName)
{
    return importPackage(db, json, sourceName);
}

Status DatasetPackage::importFile(Database& db, const QString& path)
{
    const Result<QByteArray> json = readFile(path);
    if (!json)
        return json.status();
    return importPackage(db, *json, path);
}

QMap<QString, int> DatasetPackage::rowCounts(const QByteArray& json)
{
    QMap<QString, int> counts;
    const QJsonObject tables = QJsonDocument::fromJson(json).object().value(QStringLiteral("tables")).toObject();
    for (auto it = tables.begin(); it != tables.end(); ++it)
        counts.insert(it.key(), static_cast<int>(it.value().toArray().size()));
    return counts;
}

} // namespace crosswalk
