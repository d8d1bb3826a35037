#include "models/exchange/DatasetPackage.h"

#include "models/domain/IsoDate.h"
#include "models/exchange/PackageReader.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "models/storage/TableCatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <functional>

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
        // Plain text needs no escaping (the common case, and much faster than a JSON document per value);
        // anything else is escaped exactly as QJsonDocument does.
        const QString text = value.toString();
        bool plain = true;
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u < 0x20 || u == u'"' || u == u'\\' || u == 0x7f || c.isSurrogate()) {
                plain = false;
                break;
            }
        }
        if (plain)
            return QLatin1Char('"') + text + QLatin1Char('"');
        const QByteArray array = QJsonDocument(QJsonArray{QJsonValue(value.toString())}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(array.mid(1, array.size() - 2));
    }
    }
}

Status importPackage(Database& db, const QByteArray& json, const QString& sourceName)
{
    PackageReader reader(sourceName);
    const Status valid = reader.read(json);
    if (!valid)
        return valid;
    if (!db.holdsOnlyReferenceData())
        return Status::failure(
            DatasetPackage::tr("%1: a package can only be imported into a new database (one that holds no "
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

/// Writes a package as text: the header, then each table's rows in TableCatalog order.
class PackageText
{
public:
    PackageText(const QString& title, const QString& description, const QString& marking)
    {
        m_out += QStringLiteral(
                     "{\n  \"format\": %1,\n  \"format_version\": %2,\n  \"title\": %3,\n  \"description\": %4,\n")
                     .arg(jsonText(DatasetPackage::formatName()))
                     .arg(DatasetPackage::FormatVersion)
                     .arg(jsonText(title), jsonText(description));
        if (!marking.isEmpty())
            m_out += QStringLiteral("  \"marking\": %1,\n").arg(jsonText(marking));
        m_out += QStringLiteral("  \"tables\": {");
    }

    void addTable(const TableSpec& spec, const QList<QVariantMap>& rows)
    {
        m_out += (m_tables++ == 0 ? QStringLiteral("\n    ") : QStringLiteral(",\n    ")) + jsonText(spec.name) +
                 QStringLiteral(": [");
        for (int r = 0; r < rows.size(); ++r) {
            m_out += (r == 0 ? QStringLiteral("\n      {") : QStringLiteral(",\n      {"));
            for (std::size_t c = 0; c < spec.columns.size(); ++c) {
                if (c > 0)
                    m_out += QStringLiteral(", ");
                m_out += jsonText(spec.columns[c].name) + QStringLiteral(": ") +
                         jsonText(rows[r].value(spec.columns[c].name));
            }
            m_out += QLatin1Char('}');
        }
        m_out += rows.isEmpty() ? QStringLiteral("]") : QStringLiteral("\n    ]");
    }

    QByteArray finish()
    {
        m_out += QStringLiteral("\n  }\n}\n");
        return m_out.toUtf8();
    }

private:
    QString m_out;
    int m_tables = 0;
};

/// The rank of a marking key in TLP order (CLEAR 0 ... RED 4); an unknown key counts as RED.
int markingRank(const QVariant& key)
{
    const std::optional<Tlp> level = fromKey<Tlp>(key.toString());
    return static_cast<int>(level.value_or(Tlp::Red));
}

Status writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(DatasetPackage::tr("%1: cannot be written: %2").arg(path, file.errorString()));
    file.write(bytes);
    if (!file.commit())
        return Status::failure(DatasetPackage::tr("%1: cannot be written: %2").arg(path, file.errorString()));
    return {};
}

/// Works out which rows of a database a selection holds (DatasetPackage::exportSelection).
class SelectionBuilder
{
public:
    explicit SelectionBuilder(Database& db) : m_store(db) {}

    Status build(const PackageSelection& selection, const Progress& progress)
    {
        qint64 total = 0;
        for (const TableSpec& spec : TableCatalog::tables()) {
            m_rows.insert(spec.name, m_store.fetchAll(spec.name));
            total += m_rows.value(spec.name).size();
        }
        // Twice the rows: once to choose, once to write.
        m_total = 2 * total;
        if (!reportProgress(progress, 0, m_total))
            return Status::failure(DatasetPackage::tr("Cancelled; nothing was written"));
        for (const qint64 id : selection.frameworkIds) {
            if (!byId(QStringLiteral("frameworks")).contains(id))
                return Status::failure(DatasetPackage::tr("There is no framework with the id %1").arg(id));
        }
        const int maxRank = selection.maxMarking ? static_cast<int>(*selection.maxMarking) : 4;
        const auto markedOk = [maxRank](const QVariantMap& row) {
            return markingRank(row.value(QStringLiteral("marking"))) <= maxRank;
        };
        const auto keepWhere = [this](const QString& table, const std::function<bool(const QVariantMap&)>& test) {
            QSet<qint64>& kept = m_kept[table];
            for (const QVariantMap& row : m_rows.value(table)) {
                if (test(row))
                    kept.insert(row.value(QStringLiteral("id")).toLongLong());
            }
        };
        const auto keptRef = [this](const QString& table, const QVariantMap& row, const char* column) {
            return m_kept.value(table).contains(row.value(QLatin1String(column)).toLongLong());
        };

        if (selection.frameworkIds.isEmpty()) {
            for (const TableSpec& spec : TableCatalog::tables()) {
                if (spec.hasId)
                    keepWhere(spec.name, markedOk);
            }
        } else {
            const QSet<qint64> chosen(selection.frameworkIds.cbegin(), selection.frameworkIds.cend());
            const QString provisions = QStringLiteral("provisions");
            keepWhere(QStringLiteral("themes"), markedOk);
            keepWhere(QStringLiteral("frameworks"), [&](const QVariantMap& row) {
                return chosen.contains(row.value(QStringLiteral("id")).toLongLong()) && markedOk(row);
            });
            keepWhere(provisions, [&](const QVariantMap& row) {
                return keptRef(QStringLiteral("frameworks"), row, "framework_id") && markedOk(row);
            });
            keepWhere(QStringLiteral("mappings"), [&](const QVariantMap& row) {
                return keptRef(provisions, row, "source_provision_id") &&
                       keptRef(provisions, row, "target_provision_id") && markedOk(row);
            });
            keepWhere(QStringLiteral("applicability"), [&](const QVariantMap& row) {
                return keptRef(provisions, row, "provision_id") && markedOk(row);
            });
            // The parties these records need: issuers and applicability parties, with their parents.
            const QHash<qint64, QVariantMap> parties = byId(QStringLiteral("parties"));
            QList<qint64> needed;
            for (const QVariantMap& row : m_rows.value(QStringLiteral("frameworks"))) {
                if (keptRef(QStringLiteral("frameworks"), row, "id") &&
                    !row.value(QStringLiteral("issuer_party_id")).isNull())
                    needed << row.value(QStringLiteral("issuer_party_id")).toLongLong();
            }
            for (const QVariantMap& row : m_rows.value(QStringLiteral("applicability"))) {
                if (keptRef(QStringLiteral("applicability"), row, "id"))
                    needed << row.value(QStringLiteral("party_id")).toLongLong();
            }
            QSet<qint64>& keptParties = m_kept[QStringLiteral("parties")];
            while (!needed.isEmpty()) {
                const qint64 id = needed.takeLast();
                if (keptParties.contains(id) || !parties.contains(id) || !markedOk(parties.value(id)))
                    continue;
                keptParties.insert(id);
                const QVariant parent = parties.value(id).value(QStringLiteral("parent_id"));
                if (!parent.isNull())
                    needed << parent.toLongLong();
            }
        }

        // A record that needs (a required reference) a record left out is left out too.
        for (bool changed = true; changed;) {
            changed = false;
            for (const TableSpec& spec : TableCatalog::tables()) {
                if (!spec.hasId)
                    continue;
                QSet<qint64>& kept = m_kept[spec.name];
                for (const QVariantMap& row : m_rows.value(spec.name)) {
                    const qint64 id = row.value(QStringLiteral("id")).toLongLong();
                    if (!kept.contains(id))
                        continue;
                    for (const ColumnSpec& column : spec.columns) {
                        if (column.type == ColumnType::Ref && !column.nullable &&
                            !m_kept.value(column.refTable).contains(row.value(column.name).toLongLong())) {
                            kept.remove(id);
                            changed = true;
                            break;
                        }
                    }
                }
            }
        }
        return {};
    }

    /// The rows of a table the selection holds, optional references to rows left out cleared.
    QList<QVariantMap> rows(const TableSpec& spec)
    {
        QList<QVariantMap> result;
        for (QVariantMap row : m_rows.value(spec.name)) {
            bool keep = !spec.hasId || m_kept.value(spec.name).contains(row.value(QStringLiteral("id")).toLongLong());
            for (const ColumnSpec& column : spec.columns) {
                if (!keep || column.type != ColumnType::Ref || row.value(column.name).isNull())
                    continue;
                if (m_kept.value(column.refTable).contains(row.value(column.name).toLongLong()))
                    continue;
                if (column.nullable)
                    row.insert(column.name, QVariant(QMetaType::fromType<qlonglong>()));
                else
                    keep = false;
            }
            if (!keep)
                continue;
            if (spec.hasId)
                m_highest = std::max(m_highest, markingRank(row.value(QStringLiteral("marking"))));
            result << row;
        }
        return result;
    }

    qint64 total() const { return m_total; }
    qint64 loaded(const QString& table) const { return m_rows.value(table).size(); }
    /// The highest marking of the rows returned by rows() so far.
    Tlp highest() const { return static_cast<Tlp>(m_highest); }

private:
    QHash<qint64, QVariantMap> byId(const QString& table) const
    {
        QHash<qint64, QVariantMap> rows;
        for (const QVariantMap& row : m_rows.value(table))
            rows.insert(row.value(QStringLiteral("id")).toLongLong(), row);
        return rows;
    }

    RecordStore m_store;
    QHash<QString, QList<QVariantMap>> m_rows;
    QHash<QString, QSet<qint64>> m_kept;
    qint64 m_total = 0;
    int m_highest = 0;
};

} // namespace

Status DatasetPackage::initialise(Database& db, Seed seed)
{
    const QString resource = seed == Seed::Sample ? sampleResource() : referenceDataResource();
    const Result<QByteArray> json = PackageReader::readFile(resource, 0);
    if (!json)
        return json.status();
    return importPackage(db, *json, resource);
}

QByteArray DatasetPackage::exportJson(Database& db, const QString& title, const QString& description)
{
    RecordStore store(db);
    PackageText text(title.isEmpty() ? DatasetPackage::tr("Crosswalk dataset") : title, description, QString());
    for (const TableSpec& spec : TableCatalog::tables())
        text.addTable(spec, store.fetchAll(spec.name));
    return text.finish();
}

Status DatasetPackage::exportToFile(Database& db, const QString& path)
{
    return writeFile(path, exportJson(db));
}

Result<QByteArray> DatasetPackage::exportSelection(Database& db, const PackageSelection& selection,
                                                   const QString& title, const QString& description,
                                                   const Progress& progress)
{
    if (selection.isEverything()) {
        if (!reportProgress(progress, 0, 1))
            return Result<QByteArray>::failure(DatasetPackage::tr("Cancelled; nothing was written"));
        const QByteArray json = exportJson(db, title, description);
        if (!reportProgress(progress, 1, 1))
            return Result<QByteArray>::failure(DatasetPackage::tr("Cancelled; nothing was written"));
        return json;
    }
    SelectionBuilder builder(db);
    const Status built = builder.build(selection, progress);
    if (!built)
        return Result<QByteArray>(built);

    // What the package holds, in its title and description unless the caller names them.
    RecordStore store(db);
    QStringList codes;
    for (const qint64 id : selection.frameworkIds) {
        const std::optional<QVariantMap> framework = store.fetch(QStringLiteral("frameworks"), id);
        if (framework)
            codes << framework->value(QStringLiteral("code")).toString();
    }
    QStringList parts;
    if (!codes.isEmpty())
        parts << DatasetPackage::tr("frameworks %1").arg(codes.join(QStringLiteral(", ")));
    if (selection.maxMarking)
        parts << DatasetPackage::tr("records marked TLP:%1 or lower").arg(toKey(*selection.maxMarking));
    const QString what = parts.join(QStringLiteral("; "));
    QString packageDescription = description;
    if (packageDescription.isEmpty()) {
        packageDescription =
            codes.isEmpty()
                ? DatasetPackage::tr("A selection of a Crosswalk database: %1, and the records they need.").arg(what)
                : DatasetPackage::tr(
                      "A selection of a Crosswalk database: %1, with their provisions, the mappings "
                      "between them, their applicability marks and the parties they need, and the themes.")
                      .arg(what);
    }

    QList<QPair<const TableSpec*, QList<QVariantMap>>> tables;
    qint64 done = builder.total() / 2;
    for (const TableSpec& spec : TableCatalog::tables()) {
        tables.append({&spec, builder.rows(spec)});
        done += builder.loaded(spec.name);
        if (!reportProgress(progress, done, builder.total()))
            return Result<QByteArray>::failure(DatasetPackage::tr("Cancelled; nothing was written"));
    }
    PackageText text(title.isEmpty() ? DatasetPackage::tr("Crosswalk dataset (selection: %1)").arg(what) : title,
                     packageDescription, QStringLiteral("TLP:") + toKey(builder.highest()));
    for (const auto& table : tables)
        text.addTable(*table.first, table.second);
    return text.finish();
}

Status DatasetPackage::exportSelectionToFile(Database& db, const PackageSelection& selection, const QString& path,
                                             const Progress& progress)
{
    const Result<QByteArray> json = exportSelection(db, selection, QString(), QString(), progress);
    if (!json)
        return json.status();
    return writeFile(path, *json);
}

Status DatasetPackage::importJson(Database& db, const QByteArray& json, const QString& sourceName)
{
    return importPackage(db, json, sourceName);
}

Status DatasetPackage::importFile(Database& db, const QString& path)
{
    const Result<QByteArray> json = PackageReader::readFile(path, MaxImportBytes);
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
