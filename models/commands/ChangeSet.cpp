#include "models/commands/ChangeSet.h"

#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "models/storage/TableCatalog.h"

#include <QCoreApplication>

namespace crosswalk {

namespace {

QString describe(const TableSpec& spec, const QVariantMap& row)
{
    const QString code = spec.codeColumn.isEmpty() ? QString() : row.value(spec.codeColumn).toString();
    if (!code.isEmpty())
        return QStringLiteral("%1 %2").arg(spec.displayLabel(), code);
    return QStringLiteral("%1 %2").arg(spec.displayLabel(), row.value(spec.columns[0].name).toString());
}

Status applyOne(RecordStore& store, const RowChange& change)
{
    const TableSpec& spec = *TableCatalog::table(change.table);
    if (!spec.hasId) {
        const QVariantMap& row = change.isInsert() ? change.after : change.before;
        const qint64 left = row.value(spec.columns[0].name).toLongLong();
        const qint64 right = row.value(spec.columns[1].name).toLongLong();
        const bool present = store.linked(spec.name, left).contains(right);
        if (change.isInsert()) {
            if (present)
                return Status::failure(ChangeSet::tr("The %1 already exists: someone else added it").arg(spec.displayLabel()));
            return store.link(spec.name, left, right);
        }
        if (!present)
            return Status::failure(ChangeSet::tr("The %1 no longer exists: someone else removed it").arg(spec.displayLabel()));
        return store.unlink(spec.name, left, right);
    }
    const qint64 id = (change.isInsert() ? change.after : change.before).value(QStringLiteral("id")).toLongLong();
    if (change.isInsert()) {
        // The primary key refuses a second row with the id; only then is it worth a look (imports insert
        // many rows, and a read before each would double the work).
        const Result<qint64> inserted = store.insert(spec.name, change.after);
        if (!inserted && store.fetch(spec.name, id))
            return Status::failure(
                ChangeSet::tr("%1 cannot be added again: a record with its id exists (someone else added it)")
                    .arg(describe(spec, change.after)));
        return inserted ? Status() : inserted.status();
    }
    const std::optional<QVariantMap> current = store.fetch(spec.name, id);
    if (!current)
        return Status::failure(ChangeSet::tr("%1 no longer exists: someone else deleted it. Refresh to see the current data.")
                                   .arg(describe(spec, change.before)));
    if (!RecordStore::differingColumns(spec, *current, change.before).isEmpty())
        return Status::failure(ChangeSet::tr("%1 was changed by someone else. Refresh to see the current data.")
                                   .arg(describe(spec, change.before)));
    if (change.isDelete())
        return store.remove(spec.name, id);
    return store.restore(spec.name, id, change.after);
}

} // namespace

ChangeSet ChangeSet::inverted() const
{
    ChangeSet inverse(m_text);
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it)
        inverse.m_changes.append(it->inverted());
    return inverse;
}

QString ChangeSet::cancelledMessage()
{
    return ChangeSet::tr("Cancelled; nothing was changed");
}

Status ChangeSet::apply(Database& db, const Progress& progress) const
{
    RecordStore store(db);
    Transaction transaction(db);
    if (!transaction.isActive())
        return Status::failure(ChangeSet::tr("The database is busy or read-only; nothing was changed"));
    const qint64 total = m_changes.size();
    qint64 done = 0;
    if (!reportProgress(progress, 0, total))
        return Status::failure(cancelledMessage());
    for (const RowChange& change : m_changes) {
        const Status applied = applyOne(store, change);
        if (!applied)
            return applied;
        if ((++done % 256) == 0 && !reportProgress(progress, done, total))
            return Status::failure(cancelledMessage());
    }
    if (!reportProgress(progress, total, total))
        return Status::failure(cancelledMessage());
    return transaction.commit();
}

} // namespace crosswalk
