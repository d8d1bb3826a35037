#pragma once

#include "models/domain/Result.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <functional>

namespace crosswalk {

/// Reads and writes one domain type T (a RecordHeader with toRow(), fromRow() and validate()) in its
/// table through RecordStore, together with the link tables whose ids T carries as lists. The
/// repositories are built from it. Every write is validated first and runs in one Transaction, so a
/// refused write leaves the database unchanged; RecordStore audits every row written.
template <typename T> class TypedStore
{
    Q_DECLARE_TR_FUNCTIONS(crosswalk::TypedStore)

public:
    /// A link table whose right-hand ids T holds in a member (commitment_themes -> Commitment::themeIds).
    struct LinkField
    {
        QString table;
        QList<qint64> T::*ids;
    };
    /// Extra work done for a record inside the transaction of a write.
    using Step = std::function<Status(qint64 id)>;
    /// Whether remove() first deletes the link-table rows that name the record (its associations), or
    /// refuses like for any other reference.
    enum class Links
    {
        Keep,
        Detach
    };

    TypedStore(Database& db, QString table, QList<LinkField> links = {})
        : m_db(db), m_records(db), m_table(std::move(table)), m_links(std::move(links))
    {
    }

    RecordStore& records() { return m_records; }
    const RecordStore& records() const { return m_records; }

    /// All records, or those whose column equals value, ordered by the given columns (default: id).
    QList<T> list(const QString& column = QString(), const QVariant& value = QVariant(),
                  const QStringList& orderBy = {}) const
    {
        QList<T> values;
        for (const QVariantMap& row : m_records.fetchAll(m_table, column, value, orderBy))
            values << T::fromRow(row);
        for (const LinkField& link : m_links) {
            const TableSpec& spec = *TableCatalog::table(link.table);
            QHash<qint64, QList<qint64>> idsByLeft;
            for (const QVariantMap& row : m_records.fetchAll(link.table))
                idsByLeft[row.value(spec.columns[0].name).toLongLong()] << row.value(spec.columns[1].name).toLongLong();
            for (T& value : values)
                value.*(link.ids) = idsByLeft.value(value.id);
        }
        return values;
    }

    std::optional<T> find(qint64 id) const
    {
        const std::optional<QVariantMap> row = m_records.fetch(m_table, id);
        if (!row)
            return std::nullopt;
        T value = T::fromRow(*row);
        for (const LinkField& link : m_links)
            value.*(link.ids) = m_records.linked(link.table, id);
        return value;
    }

    /// The record with the given code (provisions: within the framework).
    std::optional<T> findByCode(const QString& code, qint64 frameworkId = 0) const
    {
        const std::optional<qint64> id = m_records.idForCode(m_table, code, frameworkId);
        return id ? find(*id) : std::nullopt;
    }

    /// The ancestors of a record through its parent member, nearest first. Fails when a parent does not
    /// exist or when the record would become its own ancestor.
    Result<QList<T>> ancestors(const T& value, std::optional<qint64> T::*parent) const
    {
        QList<T> chain;
        QList<qint64> seen{value.id};
        for (std::optional<qint64> next = value.*parent; next; next = chain.last().*parent) {
            if (seen.contains(*next)) {
                return Result<QList<T>>::failure(
                    tr("The %1 cannot be placed under itself or under one of its own descendants")
                        .arg(TableCatalog::table(m_table)->displayLabel()));
            }
            std::optional<T> found = find(*next);
            if (!found)
                return Result<QList<T>>::failure(
                    tr("The parent %1 %2 does not exist").arg(TableCatalog::table(m_table)->displayLabel()).arg(*next));
            seen << *next;
            chain << *found;
        }
        return chain;
    }

    /// Inserts value, its links and whatever step writes, in one transaction. A value that carries an id
    /// keeps it (undo of a removal). On success value is re-read: it carries its id and timestamps.
    Status insert(T& value, const Step& step = {})
    {
        if (const Status valid = value.validate(); !valid)
            return valid;
        qint64 newId = 0;
        const Status status = inTransaction([&]() -> Status {
            const Result<qint64> id = m_records.insert(m_table, value.toRow());
            if (!id)
                return id.status();
            newId = *id;
            return saveLinks(newId, value, step);
        });
        if (status) {
            if (std::optional<T> stored = find(newId))
                value = *stored;
        }
        return status;
    }

    /// Replaces every column and link of the stored record with value's, and runs step, in one transaction.
    Status update(const T& value, const Step& step = {})
    {
        if (const Status valid = value.validate(); !valid)
            return valid;
        return inTransaction([&]() -> Status {
            const Status updated = m_records.update(m_table, value.id, value.toRow());
            return updated ? saveLinks(value.id, value, step) : updated;
        });
    }

    /// Runs step (deleting the record's children), detaches its links when asked, and deletes it, in one
    /// transaction. Refuses, naming them, while other rows still refer to it.
    Status remove(qint64 id, Links links = Links::Keep, const Step& step = {})
    {
        return inTransaction([&]() -> Status {
            if (!m_records.fetch(m_table, id))
                return m_records.remove(m_table, id); // reports that it no longer exists
            Status status = step ? step(id) : Status();
            if (status && links == Links::Detach)
                status = detachLinks(id);
            if (status)
                status = refuseIfReferenced(id, m_records.referencesTo(m_table, id));
            return status ? m_records.remove(m_table, id) : status;
        });
    }

    /// Adds or removes one row of a link table, in its own transaction.
    Status link(const QString& table, qint64 left, qint64 right)
    {
        return inTransaction([&] { return m_records.link(table, left, right); });
    }
    Status unlink(const QString& table, qint64 left, qint64 right)
    {
        return inTransaction([&] { return m_records.unlink(table, left, right); });
    }

    /// Makes the link table hold exactly the given right-hand ids for a left-hand id (caller's transaction).
    Status setLinks(const QString& table, qint64 id, const QList<qint64>& wanted)
    {
        const QList<qint64> current = m_records.linked(table, id);
        for (qint64 other : current) {
            if (!wanted.contains(other)) {
                if (const Status removed = m_records.unlink(table, id, other); !removed)
                    return removed;
            }
        }
        QList<qint64> added;
        for (qint64 other : wanted) {
            if (!current.contains(other) && !added.contains(other)) {
                if (const Status linked = m_records.link(table, id, other); !linked)
                    return linked;
                added << other;
            }
        }
        return {};
    }

    /// Runs work in one transaction: committed when it succeeds, rolled back otherwise.
    template <typename F> Status inTransaction(F&& work)
    {
        Transaction transaction(m_db);
        if (!transaction.isActive())
            return Status::failure(tr("The database cannot start a change (busy or closed); nothing was changed"));
        const Status status = work();
        return status ? transaction.commit() : status;
    }

    /// Fails when references (from RecordStore::referencesTo) are left, naming the rows that refer to the
    /// record, such as "commitment C-1, gap G-2".
    Status refuseIfReferenced(qint64 id, const QList<QPair<QString, qint64>>& references) const
    {
        if (references.isEmpty())
            return {};
        return Status::failure(tr("The %1 cannot be deleted: it is used by %2")
                                   .arg(describe(m_table, id), describeReferences(references)));
    }

    /// "commitment C-1, mapping 12, ..." for the rows of referencesTo(); at most ten are named.
    QString describeReferences(const QList<QPair<QString, qint64>>& references) const
    {
        constexpr qsizetype shown = 10;
        QStringList names;
        for (const auto& [where, id] : references) {
            const TableSpec* spec = TableCatalog::table(where.section(QLatin1Char('.'), 0, 0));
            const QString column = where.section(QLatin1Char('.'), 1);
            // A link row is named by the record on its other side (the left column holds that record's id).
            QString table = spec->name;
            if (!spec->hasId)
                table = spec->columns[0].name == column ? spec->name : spec->columns[0].refTable;
            const QString name = describe(table, id);
            if (!names.contains(name))
                names << name;
        }
        const qsizetype hidden = names.size() - shown;
        if (hidden > 0) {
            names = names.mid(0, shown);
            names << tr("%n more", nullptr, static_cast<int>(hidden));
        }
        return names.join(QLatin1String(", "));
    }

    /// "theme information-sharing" (code where the table has one) or "mapping 12".
    QString describe(const QString& table, qint64 id) const
    {
        const TableSpec& spec = *TableCatalog::table(table);
        QString name = QString::number(id);
        if (!spec.codeColumn.isEmpty() && spec.hasId) {
            if (const std::optional<QVariantMap> row = m_records.fetch(table, id))
                name = row->value(spec.codeColumn).toString();
        }
        return spec.displayLabel() + QLatin1Char(' ') + name;
    }

private:
    Status saveLinks(qint64 id, const T& value, const Step& step)
    {
        for (const LinkField& link : m_links) {
            if (const Status saved = setLinks(link.table, id, value.*(link.ids)); !saved)
                return saved;
        }
        return step ? step(id) : Status();
    }

    /// Deletes every link-table row that names the record, on either side.
    Status detachLinks(qint64 id)
    {
        for (const TableSpec& spec : TableCatalog::tables()) {
            if (spec.hasId)
                continue;
            for (int side = 0; side < 2; ++side) {
                if (spec.columns[side].refTable != m_table)
                    continue;
                for (qint64 other : m_records.linked(spec.name, id, side == 1)) {
                    const Status removed =
                        side == 0 ? m_records.unlink(spec.name, id, other) : m_records.unlink(spec.name, other, id);
                    if (!removed)
                        return removed;
                }
            }
        }
        return {};
    }

    Database& m_db;
    RecordStore m_records;
    QString m_table;
    QList<LinkField> m_links;
};

} // namespace crosswalk
