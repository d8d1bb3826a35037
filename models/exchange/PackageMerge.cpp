#include "models/exchange/PackageMerge.h"

#include "models/domain/Applicability.h"
#include "models/domain/Commitment.h"
#include "models/domain/CommitmentUpdate.h"
#include "models/domain/Delegate.h"
#include "models/domain/Dialogue.h"
#include "models/domain/Framework.h"
#include "models/domain/Gap.h"
#include "models/domain/IsoDate.h"
#include "models/domain/Mapping.h"
#include "models/domain/Party.h"
#include "models/domain/Programme.h"
#include "models/domain/Provision.h"
#include "models/domain/Theme.h"
#include "models/exchange/DatasetPackage.h"
#include "models/exchange/PackageReader.h"
#include "models/storage/RecordStore.h"
#include "models/storage/TableCatalog.h"

#include <QFileInfo>

namespace crosswalk {

namespace {

using Outcome = ImportReport::Outcome;
using PendingRow = PackageReader::PendingRow;

const QString idColumn = QStringLiteral("id");
const QString parentColumn = QStringLiteral("parent_id");
const QString updatedColumn = QStringLiteral("updated_at");
const QString createdColumn = QStringLiteral("created_at");

/// The domain type's own checks of a row (the rules between fields the database also enforces).
Status validateRow(const QString& table, const QVariantMap& row)
{
    if (table == QLatin1String("themes"))
        return Theme::fromRow(row).validate();
    if (table == QLatin1String("parties"))
        return Party::fromRow(row).validate();
    if (table == QLatin1String("frameworks"))
        return Framework::fromRow(row).validate();
    if (table == QLatin1String("provisions"))
        return Provision::fromRow(row).validate();
    if (table == QLatin1String("mappings"))
        return Mapping::fromRow(row).validate();
    if (table == QLatin1String("applicability"))
        return Applicability::fromRow(row).validate();
    if (table == QLatin1String("dialogues"))
        return Dialogue::fromRow(row).validate();
    if (table == QLatin1String("delegates"))
        return Delegate::fromRow(row).validate();
    if (table == QLatin1String("commitments"))
        return Commitment::fromRow(row).validate();
    if (table == QLatin1String("commitment_updates"))
        return CommitmentUpdate::fromRow(row).validate();
    if (table == QLatin1String("programmes"))
        return Programme::fromRow(row).validate();
    if (table == QLatin1String("gaps"))
        return Gap::fromRow(row).validate();
    return {};
}

/// Tables whose identifying values are unique in the database (a second package row with the same
/// ones cannot be written); delegates and commitment updates may repeat.
bool hasUniqueKey(const TableSpec& spec)
{
    return spec.name != QLatin1String("delegates") && spec.name != QLatin1String("commitment_updates");
}

/// What identifies a row when matching (references as stored ids).
QString matchKey(const TableSpec& spec, const QVariantMap& row)
{
    const auto value = [&row](const char* column) { return row.value(QLatin1String(column)).toString(); };
    const QChar separator(0x1f);
    if (spec.name == QLatin1String("provisions"))
        return value("framework_id") + separator + value("code");
    if (!spec.codeColumn.isEmpty())
        return row.value(spec.codeColumn).toString();
    if (spec.name == QLatin1String("mappings"))
        return value("source_provision_id") + separator + value("target_provision_id");
    if (spec.name == QLatin1String("applicability"))
        return value("provision_id") + separator + value("party_id");
    if (spec.name == QLatin1String("delegates"))
        return value("dialogue_id") + separator + value("party_id") + separator + value("name");
    if (spec.name == QLatin1String("commitment_updates"))
        return value("commitment_id") + separator + value("update_date") + separator + value("status");
    return row.value(spec.columns[0].name).toString() + separator + row.value(spec.columns[1].name).toString();
}

/// One package row's outcome, and the change that makes it (none for Unchanged and Conflict).
struct Planned
{
    Outcome outcome = Outcome::Added;
    QString record;
    QString detail;
    RowChange change;
    bool hasChange = false;
};

/// Plans the merge of a validated package into a database (PackageMerge::plan).
class MergePlanner
{
public:
    MergePlanner(Database& db, const PackageReader& reader, const Progress& progress)
        : m_store(db), m_reader(reader), m_progress(progress), m_now(IsoDate::nowTimestamp())
    {
        for (const PendingRow& row : reader.rows()) {
            m_packageRows[row.table].append(&row);
            const TableSpec* spec = TableCatalog::table(row.table);
            if (spec->hasId)
                m_packageById[row.table].insert(row.values.value(idColumn).toLongLong(), &row);
        }
        m_total = reader.rows().size();
    }

    Result<ImportPlan> run()
    {
        if (!reportProgress(m_progress, 0, m_total))
            return Result<ImportPlan>::failure(ChangeSet::cancelledMessage());
        const Status checked = checkRows();
        if (!checked)
            return Result<ImportPlan>(checked);
        for (const TableSpec& spec : TableCatalog::tables()) {
            const Status planned = spec.hasId ? planTable(spec) : planLinks(spec);
            if (!planned)
                return Result<ImportPlan>(planned);
        }
        keepTreesAcyclic(QStringLiteral("parties"));
        keepTreesAcyclic(QStringLiteral("provisions"));
        if (!reportProgress(m_progress, m_total, m_total))
            return Result<ImportPlan>::failure(ChangeSet::cancelledMessage());

        ImportPlan plan;
        plan.sourceName = m_reader.sourceName();
        plan.changes.setText(PackageMerge::tr("Merge %1").arg(QFileInfo(m_reader.sourceName()).fileName()));
        for (const TableSpec& spec : TableCatalog::tables()) {
            for (const Planned& item : m_planned.value(spec.name)) {
                plan.report.add(item.outcome, spec.name, item.record, item.detail);
                if (item.hasChange)
                    plan.changes.append(item.change);
            }
        }
        return plan;
    }

private:
    /// The rules between fields of every row, the trees' parents; the order to plan trees in.
    Status checkRows()
    {
        for (const PendingRow& row : m_reader.rows()) {
            const TableSpec& spec = *TableCatalog::table(row.table);
            if (!spec.hasId)
                continue;
            const Status valid = validateRow(row.table, row.values);
            if (!valid)
                return m_reader.fail(row.path, valid.message());
            const Status rules = checkStoredRules(spec, row);
            if (!rules)
                return rules;
        }
        for (const TableSpec& spec : TableCatalog::tables()) {
            if (!spec.hasColumn(parentColumn)) {
                m_order.insert(spec.name, m_packageRows.value(spec.name));
                continue;
            }
            const Status ordered = orderTree(spec);
            if (!ordered)
                return ordered;
        }
        return {};
    }

    /// The database's own checks that the domain types leave to it.
    Status checkStoredRules(const TableSpec& spec, const PendingRow& row) const
    {
        const QVariantMap& values = row.values;
        if (spec.name == QLatin1String("mappings") &&
            values.value(QStringLiteral("review_status")).toString() == QLatin1String("complete")) {
            if (values.value(QStringLiteral("reviewer")).toString().trimmed().isEmpty())
                return m_reader.fail(row.path + QStringLiteral(".reviewer"),
                                     PackageMerge::tr("a reviewed (complete) mapping names its reviewer"));
            if (values.value(QStringLiteral("review_date")).toString().trimmed().isEmpty())
                return m_reader.fail(row.path + QStringLiteral(".review_date"),
                                     PackageMerge::tr("a reviewed (complete) mapping has a review date"));
        }
        if (spec.name == QLatin1String("provisions") && !values.value(parentColumn).isNull()) {
            const PendingRow* parent = m_packageById.value(spec.name).value(values.value(parentColumn).toLongLong());
            if (parent && parent->values.value(QStringLiteral("framework_id")).toLongLong() !=
                              values.value(QStringLiteral("framework_id")).toLongLong())
                return m_reader.fail(row.path + QStringLiteral(".parent_id"),
                                     PackageMerge::tr("the parent belongs to another framework"));
        }
        return {};
    }

    /// Parents before children; a loop of parents is refused.
    Status orderTree(const TableSpec& spec)
    {
        QList<const PendingRow*>& order = m_order[spec.name];
        const QHash<qint64, const PendingRow*>& byId = m_packageById[spec.name];
        QHash<qint64, int> state; // 1: being visited, 2: placed
        for (const PendingRow* start : m_packageRows.value(spec.name)) {
            QList<const PendingRow*> chain;
            const PendingRow* row = start;
            while (row && state.value(row->values.value(idColumn).toLongLong()) == 0) {
                state.insert(row->values.value(idColumn).toLongLong(), 1);
                chain.append(row);
                const QVariant parent = row->values.value(parentColumn);
                row = parent.isNull() ? nullptr : byId.value(parent.toLongLong());
            }
            if (row && state.value(row->values.value(idColumn).toLongLong()) == 1)
                return m_reader.fail(row->path + QStringLiteral(".parent_id"),
                                     PackageMerge::tr("the parents of this row lead back to it"));
            for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
                state.insert((*it)->values.value(idColumn).toLongLong(), 2);
                order.append(*it);
            }
        }
        return {};
    }

    bool tick() { return (++m_done % 256) != 0 || reportProgress(m_progress, m_done, m_total); }

    /// The package row with every column, references translated to the ids of the database.
    QVariantMap translated(const TableSpec& spec, const QVariantMap& values) const
    {
        QVariantMap row;
        for (const ColumnSpec& column : spec.columns) {
            QVariant value = values.contains(column.name) ? values.value(column.name) : column.defaultValue;
            if (column.type == ColumnType::Ref && !value.isNull())
                value = m_idMap.value(column.refTable).value(value.toLongLong());
            row.insert(column.name, RecordStore::normalise(column, value));
        }
        return row;
    }

    Status planTable(const TableSpec& spec)
    {
        const QList<QVariantMap> stored = m_store.fetchAll(spec.name);
        QHash<qint64, QVariantMap> storedById;
        QHash<QString, QList<qint64>> candidates;
        const bool tree = spec.hasColumn(parentColumn);
        for (const QVariantMap& row : stored) {
            const qint64 id = row.value(idColumn).toLongLong();
            storedById.insert(id, row);
            candidates[matchKey(spec, row)].append(id);
            if (tree)
                m_storedParents[spec.name].insert(id, row.value(parentColumn).toLongLong());
        }
        const bool unique = hasUniqueKey(spec);
        QHash<QString, qint64> claimed; // unique key -> id of the record a package row took
        QHash<qint64, qint64>& idMap = m_idMap[spec.name];
        QList<Planned>& planned = m_planned[spec.name];
        qint64 nextId = m_store.nextId(spec.name);

        for (const PendingRow* pending : m_order.value(spec.name)) {
            if (!tick())
                return Status::failure(ChangeSet::cancelledMessage());
            const qint64 packageId = pending->values.value(idColumn).toLongLong();
            QVariantMap row = translated(spec, pending->values);
            const QString key = matchKey(spec, row);
            Planned item;
            item.record = describe(spec, pending->values);
            if (unique && claimed.contains(key)) {
                // Two package rows that would be one record: the second cannot be written.
                idMap.insert(packageId, claimed.value(key));
                item.outcome = Outcome::Conflict;
                item.detail = PackageMerge::tr("the package holds this %1 twice (%2); the first is taken")
                                  .arg(spec.displayLabel(), pending->path);
                planned.append(item);
                continue;
            }
            QList<qint64>& matches = candidates[key];
            if (matches.isEmpty()) {
                const qint64 id = nextId++;
                row.insert(idColumn, id);
                row.insert(createdColumn, m_now);
                row.insert(updatedColumn, m_now);
                idMap.insert(packageId, id);
                claimed.insert(key, id);
                item.outcome = Outcome::Added;
                item.change = RowChange{spec.name, {}, row};
                item.hasChange = true;
                planned.append(item);
                continue;
            }
            const qint64 storedId = matches.takeFirst();
            idMap.insert(packageId, storedId);
            claimed.insert(key, storedId);
            const QVariantMap& current = storedById.value(storedId);
            const QStringList differing = RecordStore::differingColumns(spec, row, current);
            if (differing.isEmpty()) {
                item.outcome = Outcome::Unchanged;
                planned.append(item);
                continue;
            }
            const QString fields = differing.join(QStringLiteral(", "));
            const QString packageTime = pending->values.value(updatedColumn).toString();
            if (packageTime.isEmpty() || packageTime <= current.value(updatedColumn).toString()) {
                item.outcome = Outcome::Conflict;
                item.detail = PackageMerge::tr("%1 differ; the stored record was changed since (%2, the package's %3) "
                                               "and is kept")
                                  .arg(fields, current.value(updatedColumn).toString(),
                                       packageTime.isEmpty() ? PackageMerge::tr("undated") : packageTime);
                planned.append(item);
                continue;
            }
            QVariantMap after = current;
            for (const QString& column : differing)
                after.insert(column, row.value(column));
            after.insert(updatedColumn, m_now);
            item.outcome = Outcome::Updated;
            item.detail = fields;
            item.change = RowChange{spec.name, current, after};
            item.hasChange = true;
            m_updated[spec.name].insert(storedId, static_cast<int>(planned.size()));
            planned.append(item);
        }
        return {};
    }

    Status planLinks(const TableSpec& spec)
    {
        const QString& left = spec.columns[0].name;
        const QString& right = spec.columns[1].name;
        QSet<QPair<qint64, qint64>> present;
        for (const QVariantMap& row : m_store.fetchAll(spec.name))
            present.insert({row.value(left).toLongLong(), row.value(right).toLongLong()});
        QList<Planned>& planned = m_planned[spec.name];
        for (const PendingRow* pending : m_order.value(spec.name)) {
            if (!tick())
                return Status::failure(ChangeSet::cancelledMessage());
            const QVariantMap row = translated(spec, pending->values);
            const QPair<qint64, qint64> ends{row.value(left).toLongLong(), row.value(right).toLongLong()};
            Planned item;
            item.record = describe(spec, pending->values);
            if (present.contains(ends)) {
                item.outcome = Outcome::Unchanged;
            } else {
                present.insert(ends);
                item.outcome = Outcome::Added;
                item.change = RowChange{spec.name, {}, row};
                item.hasChange = true;
            }
            planned.append(item);
        }
        return {};
    }

    /// A stored record kept (conflict) and an updated one could together make a loop of parents;
    /// the update that closes the loop is then a conflict too.
    void keepTreesAcyclic(const QString& table)
    {
        QHash<qint64, qint64> parentOf = m_storedParents.value(table);
        QList<Planned>& planned = m_planned[table];
        for (const Planned& item : planned) {
            if (item.hasChange)
                parentOf.insert(item.change.after.value(idColumn).toLongLong(),
                                item.change.after.value(parentColumn).toLongLong());
        }
        const QHash<qint64, int>& updated = m_updated.value(table);
        for (bool changed = true; changed;) {
            changed = false;
            QHash<qint64, int> state; // 1: on the current path, 2: leads to a root
            for (auto it = parentOf.cbegin(); it != parentOf.cend() && !changed; ++it) {
                QList<qint64> path;
                qint64 id = it.key();
                while (id > 0 && state.value(id) == 0) {
                    state.insert(id, 1);
                    path.append(id);
                    id = parentOf.value(id);
                }
                if (id > 0 && state.value(id) == 1) {
                    for (qint64 member : path.mid(path.indexOf(id))) {
                        if (!updated.contains(member))
                            continue;
                        Planned& item = planned[updated.value(member)];
                        if (item.outcome != Outcome::Updated ||
                            item.change.before.value(parentColumn) == item.change.after.value(parentColumn))
                            continue;
                        item.outcome = Outcome::Conflict;
                        item.detail = PackageMerge::tr("%1 differ; the package's parent would make the record its own "
                                                       "ancestor, so the stored record is kept")
                                          .arg(item.detail);
                        item.hasChange = false;
                        parentOf.insert(member, item.change.before.value(parentColumn).toLongLong());
                        changed = true;
                        break;
                    }
                }
                for (qint64 member : path)
                    state.insert(member, 2);
            }
        }
    }

    /// How users name a package record ("provision NIST:ac-1"), from the package's own rows.
    QString codeOf(const QString& table, const QVariant& packageId) const
    {
        const PendingRow* row = m_packageById.value(table).value(packageId.toLongLong());
        if (!row)
            return packageId.toString();
        const TableSpec& spec = *TableCatalog::table(table);
        if (table == QLatin1String("provisions"))
            return QStringLiteral("%1:%2").arg(
                codeOf(QStringLiteral("frameworks"), row->values.value(QStringLiteral("framework_id"))),
                row->values.value(QStringLiteral("code")).toString());
        if (!spec.codeColumn.isEmpty())
            return row->values.value(spec.codeColumn).toString();
        if (spec.hasColumn(QStringLiteral("name")))
            return row->values.value(QStringLiteral("name")).toString();
        return packageId.toString();
    }

    QString describe(const TableSpec& spec, const QVariantMap& values) const
    {
        const QString label = spec.displayLabel();
        const auto code = [&](const char* column) {
            const ColumnSpec* c = spec.column(QLatin1String(column));
            return codeOf(c->refTable, values.value(c->name));
        };
        if (spec.name == QLatin1String("provisions"))
            return QStringLiteral("%1 %2").arg(label, codeOf(spec.name, values.value(idColumn)));
        if (spec.name == QLatin1String("mappings"))
            return QStringLiteral("%1 %2 → %3").arg(label, code("source_provision_id"), code("target_provision_id"));
        if (spec.name == QLatin1String("applicability"))
            return PackageMerge::tr("exclusion of %1 for %2").arg(code("provision_id"), code("party_id"));
        if (spec.name == QLatin1String("commitment_updates"))
            return PackageMerge::tr("update of %1 on %2")
                .arg(code("commitment_id"), values.value(QStringLiteral("update_date")).toString());
        if (spec.name == QLatin1String("delegates"))
            return PackageMerge::tr("delegate %1 (%2, %3)")
                .arg(values.value(QStringLiteral("name")).toString(), code("dialogue_id"), code("party_id"));
        if (!spec.hasId)
            return QStringLiteral("%1 %2 – %3")
                .arg(label, codeOf(spec.columns[0].refTable, values.value(spec.columns[0].name)),
                     codeOf(spec.columns[1].refTable, values.value(spec.columns[1].name)));
        return QStringLiteral("%1 %2").arg(label, codeOf(spec.name, values.value(idColumn)));
    }

    RecordStore m_store;
    const PackageReader& m_reader;
    Progress m_progress;
    QString m_now;
    QHash<QString, QList<const PendingRow*>> m_packageRows;
    QHash<QString, QList<const PendingRow*>> m_order;
    QHash<QString, QHash<qint64, const PendingRow*>> m_packageById;
    QHash<QString, QHash<qint64, qint64>> m_idMap; ///< table -> package id -> id in the database
    QHash<QString, QList<Planned>> m_planned;
    QHash<QString, QHash<qint64, int>> m_updated;          ///< table -> stored id -> index of its Updated item
    QHash<QString, QHash<qint64, qint64>> m_storedParents; ///< tree tables -> stored id -> stored parent (0: none)
    qint64 m_done = 0;
    qint64 m_total = 0;
};

} // namespace

Result<ImportPlan> PackageMerge::plan(Database& db, const QByteArray& json, const QString& sourceName,
                                      const Progress& progress)
{
    PackageReader reader(sourceName);
    const Status valid = reader.read(json);
    if (!valid)
        return Result<ImportPlan>(valid);
    return MergePlanner(db, reader, progress).run();
}

Result<ImportPlan> PackageMerge::planFile(Database& db, const QString& path, const Progress& progress)
{
    const Result<QByteArray> json = PackageReader::readFile(path, DatasetPackage::MaxImportBytes);
    if (!json)
        return Result<ImportPlan>(json.status());
    return plan(db, *json, path, progress);
}

} // namespace crosswalk
