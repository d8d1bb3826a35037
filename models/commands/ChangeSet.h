#pragma once

#include "models/domain/Progress.h"
#include "models/domain/Result.h"

#include <QList>
#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace crosswalk {

class Database;

/// One row before and after a change. An empty `before` is an insert, an empty `after` a delete;
/// both present is an update. Rows are whole snapshots (every column, timestamps included), so a
/// change can be applied in either direction and leaves exactly the other snapshot behind.
struct RowChange
{
    QString table;
    QVariantMap before;
    QVariantMap after;

    bool isInsert() const { return before.isEmpty(); }
    bool isDelete() const { return after.isEmpty(); }
    RowChange inverted() const { return {table, after, before}; }
};

/// An edit of the database as the ordered list of row changes it makes: what an undo command holds.
/// The order is one in which every row a change refers to exists when the change is applied
/// (parents inserted before children, children deleted before parents); the inverse applies the
/// inverted changes in reverse order.
class ChangeSet
{
    Q_DECLARE_TR_FUNCTIONS(crosswalk::ChangeSet)

public:
    ChangeSet() = default;
    explicit ChangeSet(QString text) : m_text(std::move(text)) {}

    /// What the change does, for the undo history ("Edit commitment C3").
    const QString& text() const { return m_text; }
    void setText(const QString& text) { m_text = text; }

    const QList<RowChange>& changes() const { return m_changes; }
    bool isEmpty() const { return m_changes.isEmpty(); }
    void append(const RowChange& change) { m_changes.append(change); }
    void append(const ChangeSet& other) { m_changes.append(other.m_changes); }
    void prepend(const RowChange& change) { m_changes.prepend(change); }

    ChangeSet inverted() const;

    /// Applies every change in one transaction. Before writing each row it checks that the row is
    /// still as `before` says (another window or process may have changed it since); when it is not,
    /// nothing is written and the message says which record changed.
    /// progress counts the changes written (at most every 256 changes); when it returns false the
    /// transaction is rolled back and the failure's message is cancelledMessage().
    Status apply(Database& db, const Progress& progress = {}) const;
    /// The message of an apply() cancelled through its progress function.
    static QString cancelledMessage();

private:
    QString m_text;
    QList<RowChange> m_changes;
};

} // namespace crosswalk
