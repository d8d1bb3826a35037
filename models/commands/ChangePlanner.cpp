#include "models/commands/ChangePlanner.h"

#include "models/domain/IsoDate.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "models/storage/RecordValidator.h"
#include "models/storage/TableCatalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace crosswalk {

namespace {

using RowKey = QPair<QString, qint64>;

} // namespace

QVariantMap ChangePlanner::completeRow(const TableSpec& spec, const QVariantMap& row)
{
    QVariantMap result;
    for (const ColumnSpec& column : spec.columns) {
        QVariant value = row.contains(column.name) ? row.value(column.name) : column.defaultValue;
        if (!value.isValid())
            value = QVariant();
        if (column.type == ColumnType::Text && !column.nullable && value.isNull())
            value = QString();
        if ((column.type == ColumnType::Date || column.type == ColumnType::Ref || column.type == ColumnType::Integer ||
             column.type == ColumnType::Real) &&
            value.toString().trimmed().isEmpty())
            value = QVariant();
        result.insert(column.name, RecordStore::normalise(column, value));
    }
    return result;
}

ChangePlanner::ChangePlanner(Database& db) : m_db(db) {}

RecordValidator ChangePlanner::validator() const
{
    RecordValidator validator(m_db);
    validator.setAllowMappingsWithinFramework(m_allowWithinFramework);
    return validator;
}

Result<ChangeSet> ChangePlanner::insert(const QString& table, QVariantMap row) const
{
    const TableSpec* spec = TableCatalog::table(table);
    if (!spec || !spec->hasId)
        return Result<ChangeSet>::failure(ChangePlanner::tr("Unknown kind of record: %1").arg(table));
    RecordStore store(m_db);
    row.insert(QStringLiteral("id"), store.nextId(table));
    const QString now = IsoDate::nowTimestamp();
    row.insert(QStringLiteral("created_at"), now);
    row.insert(QStringLiteral("updated_at"), now);
    const QVariantMap after = completeRow(*spec, row);
    const QList<FieldError> errors = validator().validate(table, after);
    if (!errors.isEmpty())
        return Result<ChangeSet>::failure(RecordValidator::summary(errors));
    ChangeSet changes(ChangePlanner::tr("Add %1").arg(describe(table, after)));
    changes.append(RowChange{table, {}, after});
    return changes;
}

Result<ChangeSet> ChangePlanner::insertAll(const QString& table, QList<QVariantMap> rows, const QString& text) const
{
    const TableSpec* spec = TableCatalog::table(table);
    if (!spec || !spec->hasId)
        return Result<ChangeSet>::failure(ChangePlanner::tr("Unknown kind of record: %1").arg(table));
    RecordStore store(m_db);
    const RecordValidator check = validator();
    qint64 id = store.nextId(table);
    const QString now = IsoDate::nowTimestamp();
    QSet<QString> codes;
    ChangeSet changes(text);
    for (QVariantMap& row : rows) {
        row.insert(QStringLiteral("id"), id++);
        row.insert(QStringLiteral("created_at"), now);
        row.insert(QStringLiteral("updated_at"), now);
        const QVariantMap after = completeRow(*spec, row);
        const QList<FieldError> errors = check.validate(table, after);
        if (!errors.isEmpty())
            return Result<ChangeSet>::failure(
                ChangePlanner::tr("%1: %2").arg(describe(table, after), RecordValidator::summary(errors)));
        if (!spec->codeColumn.isEmpty()) {
            const QString code = after.value(spec->codeColumn).toString();
            if (codes.contains(code))
                return Result<ChangeSet>::failure(
                    ChangePlanner::tr("%1: the code \"%2\" is given twice").arg(spec->displayLabel(), code));
            codes.insert(code);
        }
        changes.append(RowChange{table, {}, after});
    }
    return changes;
}

Result<ChangeSet> ChangePlanner::update(const QString& table, qint64 id, const QVariantMap& values) const
{
    const TableSpec* spec = TableCatalog::table(table);
    if (!spec || !spec->hasId)
        return Result<ChangeSet>::failure(ChangePlanner::tr("Unknown kind of record: %1").arg(table));
    const std::optional<QVariantMap> before = RecordStore(m_db).fetch(table, id);
    if (!before)
        return Result<ChangeSet>::failure(ChangePlanner::tr("The %1 no longer exists; someone else deleted it").arg(spec->displayLabel()));
    QVariantMap merged = *before;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (it.key() != QLatin1String("id") && it.key() != QLatin1String("created_at"))
            merged.insert(it.key(), it.value());
    }
    merged.insert(QStringLiteral("updated_at"), IsoDate::nowTimestamp());
    const QVariantMap after = completeRow(*spec, merged);
    const QList<FieldError> errors = validator().validate(table, after);
    if (!errors.isEmpty())
        return Result<ChangeSet>::failure(RecordValidator::summary(errors));
    ChangeSet changes(ChangePlanner::tr("Edit %1").arg(describe(table, after)));
    changes.append(RowChange{table, *before, after});
    return changes;
}

Result<ChangePlanner::Deletion> ChangePlanner::remove(const QString& table, qint64 id) const
{
    const TableSpec* spec = TableCatalog::table(table);
    if (!spec || !spec->hasId)
        return Result<Deletion>::failure(ChangePlanner::tr("Unknown kind of record: %1").arg(table));
    RecordStore store(m_db);
    const std::optional<QVariantMap> root = store.fetch(table, id);
    if (!root)
        return Result<Deletion>::failure(ChangePlanner::tr("The %1 no longer exists; someone else deleted it").arg(spec->displayLabel()));

    // 1. The records to delete: the root, and (depth first) every record that cannot exist without a
    //    deleted one: a required reference, or a parent_id in a tree. Deleted in post-order, so that a
    //    record goes before the records it refers to.
    QSet<RowKey> doomed;
    QList<QPair<RowKey, QVariantMap>> deletions;
    QList<RowChange> linkDeletions;
    QSet<QString> linkSeen;
    std::function<void(const QString&, const QVariantMap&)> visit = [&](const QString& t, const QVariantMap& row) {
        const qint64 rowId = row.value(QStringLiteral("id")).toLongLong();
        doomed.insert({t, rowId});
        for (const TableSpec& other : TableCatalog::tables()) {
            for (const ColumnSpec& column : other.columns) {
                if (column.type != ColumnType::Ref || column.refTable != t)
                    continue;
                const bool cascade = !column.nullable || (other.name == t && column.name == QLatin1String("parent_id"));
                if (!other.hasId) {
                    for (const QVariantMap& link : store.fetchAll(other.name, column.name, rowId)) {
                        const QString key = other.name + QLatin1Char(':') +
                                            link.value(other.columns[0].name).toString() + QLatin1Char(':') +
                                            link.value(other.columns[1].name).toString();
                        if (!linkSeen.contains(key)) {
                            linkSeen.insert(key);
                            linkDeletions.append(RowChange{other.name, link, {}});
                        }
                    }
                    continue;
                }
                if (!cascade)
                    continue;
                for (const QVariantMap& child : store.fetchAll(other.name, column.name, rowId)) {
                    if (!doomed.contains({other.name, child.value(QStringLiteral("id")).toLongLong()}))
                        visit(other.name, child);
                }
            }
        }
        deletions.append({{t, rowId}, row});
    };
    visit(table, *root);

    // 2. Records that stay but refer to a deleted record through an optional reference: cleared.
    QHash<RowKey, QPair<QVariantMap, QVariantMap>> clearings; // before, after
    QList<RowKey> clearingOrder;
    QStringList clearedLines;
    for (const auto& deleted : deletions) {
        const QString& t = deleted.first.first;
        const qint64 rowId = deleted.first.second;
        for (const TableSpec& other : TableCatalog::tables()) {
            if (!other.hasId)
                continue;
            for (const ColumnSpec& column : other.columns) {
                if (column.type != ColumnType::Ref || column.refTable != t || !column.nullable)
                    continue;
                for (const QVariantMap& referrer : store.fetchAll(other.name, column.name, rowId)) {
                    const RowKey key{other.name, referrer.value(QStringLiteral("id")).toLongLong()};
                    if (doomed.contains(key))
                        continue;
                    if (!clearings.contains(key)) {
                        clearings.insert(key, {referrer, referrer});
                        clearingOrder.append(key);
                    }
                    clearings[key].second.insert(column.name, RecordStore::normalise(column, QVariant()));
                    clearedLines << ChangePlanner::tr("Clears %1 of %2").arg(TableCatalog::columnLabel(column.name),
                                                              describe(other.name, referrer));
                }
            }
        }
    }

    Deletion result;
    result.changes.setText(ChangePlanner::tr("Delete %1").arg(describe(table, *root)));
    const QString now = IsoDate::nowTimestamp();
    for (const RowKey& key : clearingOrder) {
        QVariantMap after = clearings.value(key).second;
        after.insert(QStringLiteral("updated_at"), now);
        result.changes.append(RowChange{key.first, clearings.value(key).first, after});
    }
    for (const RowChange& link : linkDeletions) {
        result.changes.append(link);
        result.consequences << ChangePlanner::tr("Removes the %1 %2").arg(TableCatalog::table(link.table)->displayLabel(),
                                                          describe(link.table, link.before));
    }
    for (const auto& deleted : deletions) {
        result.changes.append(RowChange{deleted.first.first, deleted.second, {}});
        if (deleted.first != RowKey{table, id})
            result.consequences << ChangePlanner::tr("Deletes %1").arg(describe(deleted.first.first, deleted.second));
    }
    result.consequences << clearedLines;
    return result;
}

Result<ChangeSet> ChangePlanner::link(const QString& table, qint64 left, qint64 right) const
{
    const TableSpec* spec = TableCatalog::table(table);
    if (!spec || spec->hasId)
        return Result<ChangeSet>::failure(ChangePlanner::tr("Unknown kind of link: %1").arg(table));
    RecordStore store(m_db);
    if (!store.fetch(spec->columns[0].refTable, left) || !store.fetch(spec->columns[1].refTable, right))
        return Result<ChangeSet>::failure(ChangePlanner::tr("One of the records to link no longer exists"));
    if (store.linked(table, left).contains(right))
        return Result<ChangeSet>::failure(ChangePlanner::tr("They are already linked"));
    const QVariantMap row{{spec->columns[0].name, left}, {spec->columns[1].name, right}};
    ChangeSet changes(ChangePlanner::tr("Link %1").arg(describe(table, row)));
    changes.append(RowChange{table, {}, row});
    return changes;
}

Result<ChangeSet> ChangePlanner::unlink(const QString& table, qint64 left, qint64 right) const
{
    const TableSpec* spec = TableCatalog::table(table);
    if (!spec || spec->hasId)
        return Result<ChangeSet>::failure(ChangePlanner::tr("Unknown kind of link: %1").arg(table));
    if (!RecordStore(m_db).linked(table, left).contains(right))
        return Result<ChangeSet>::failure(ChangePlanner::tr("They are not linked"));
    const QVariantMap row{{spec->columns[0].name, left}, {spec->columns[1].name, right}};
    ChangeSet changes(ChangePlanner::tr("Unlink %1").arg(describe(table, row)));
    changes.append(RowChange{table, row, {}});
    return changes;
}

Result<ChangeSet> ChangePlanner::addCommitmentUpdate(QVariantMap update) const
{
    Result<ChangeSet> inserted = insert(QStringLiteral("commitment_updates"), update);
    if (!inserted)
        return inserted;
    ChangeSet changes = inserted.value();
    const QVariantMap row = changes.changes().first().after;
    const qint64 commitment = row.value(QStringLiteral("commitment_id")).toLongLong();
    const QString date = row.value(QStringLiteral("update_date")).toString();
    bool latest = true;
    for (const QVariantMap& other :
         RecordStore(m_db).fetchAll(QStringLiteral("commitment_updates"), QStringLiteral("commitment_id"), commitment)) {
        if (IsoDate::earliest(other.value(QStringLiteral("update_date")).toString()) > IsoDate::earliest(date))
            latest = false;
    }
    if (latest) {
        const Result<ChangeSet> status =
            this->update(QStringLiteral("commitments"), commitment,
                         {{QStringLiteral("status"), row.value(QStringLiteral("status"))},
                          {QStringLiteral("progress"), row.value(QStringLiteral("progress"))}});
        if (!status)
            return status;
        changes.append(status.value());
    }
    changes.setText(ChangePlanner::tr("Add update of %1 on %2").arg(describe(QStringLiteral("commitments"), commitment), date));
    return changes;
}

QString ChangePlanner::describe(const QString& table, qint64 id) const
{
    const std::optional<QVariantMap> row = RecordStore(m_db).fetch(table, id);
    const TableSpec* spec = TableCatalog::table(table);
    if (!row || !spec)
        return QStringLiteral("%1 %2").arg(spec ? spec->displayLabel() : table).arg(id);
    return describe(table, *row);
}

QString ChangePlanner::describe(const QString& table, const QVariantMap& row) const
{
    const TableSpec* spec = TableCatalog::table(table);
    if (!spec)
        return table;
    RecordStore store(m_db);
    const auto provisionCode = [&](const QVariant& id) {
        const auto provision = store.fetch(QStringLiteral("provisions"), id.toLongLong());
        if (!provision)
            return id.toString();
        const auto framework =
            store.fetch(QStringLiteral("frameworks"), provision->value(QStringLiteral("framework_id")).toLongLong());
        return QStringLiteral("%1:%2").arg(framework ? framework->value(QStringLiteral("code")).toString() : QString(),
                                           provision->value(QStringLiteral("code")).toString());
    };
    const auto codeOf = [&](const QString& refTable, const QVariant& id) {
        if (refTable == QLatin1String("provisions"))
            return provisionCode(id);
        const TableSpec* refSpec = TableCatalog::table(refTable);
        const auto ref = store.fetch(refTable, id.toLongLong());
        if (!ref)
            return id.toString();
        if (!refSpec->codeColumn.isEmpty())
            return ref->value(refSpec->codeColumn).toString();
        if (refSpec->hasColumn(QStringLiteral("name")))
            return ref->value(QStringLiteral("name")).toString();
        return id.toString();
    };
    if (table == QLatin1String("provisions")) {
        const auto framework =
            store.fetch(QStringLiteral("frameworks"), row.value(QStringLiteral("framework_id")).toLongLong());
        return QStringLiteral("%1 %2:%3")
            .arg(spec->displayLabel(), framework ? framework->value(QStringLiteral("code")).toString() : QString(),
                 row.value(QStringLiteral("code")).toString());
    }
    if (table == QLatin1String("mappings"))
        return QStringLiteral("%1 %2 → %3")
            .arg(spec->displayLabel(), codeOf(QStringLiteral("provisions"), row.value(QStringLiteral("source_provision_id"))),
                 codeOf(QStringLiteral("provisions"), row.value(QStringLiteral("target_provision_id"))));
    if (table == QLatin1String("commitment_updates"))
        return ChangePlanner::tr("update of %1 on %2")
            .arg(codeOf(QStringLiteral("commitments"), row.value(QStringLiteral("commitment_id"))),
                 row.value(QStringLiteral("update_date")).toString());
    if (table == QLatin1String("applicability"))
        return ChangePlanner::tr("exclusion of %1 for %2")
            .arg(codeOf(QStringLiteral("provisions"), row.value(QStringLiteral("provision_id"))),
                 codeOf(QStringLiteral("parties"), row.value(QStringLiteral("party_id"))));
    if (!spec->hasId)
        return QStringLiteral("%1 – %2").arg(codeOf(spec->columns[0].refTable, row.value(spec->columns[0].name)),
                                            codeOf(spec->columns[1].refTable, row.value(spec->columns[1].name)));
    if (!spec->codeColumn.isEmpty())
        return QStringLiteral("%1 %2").arg(spec->displayLabel(), row.value(spec->codeColumn).toString());
    if (spec->hasColumn(QStringLiteral("name")))
        return QStringLiteral("%1 %2").arg(spec->displayLabel(), row.value(QStringLiteral("name")).toString());
    return QStringLiteral("%1 %2").arg(spec->displayLabel(), row.value(QStringLiteral("id")).toString());
}

} // namespace crosswalk
