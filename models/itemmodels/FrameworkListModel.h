#pragma once

#include "models/itemmodels/RecordTableModel.h"
#include "models/storage/Database.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QVariantMap>

namespace crosswalk {

/// The frameworks of a database as a flat table: code, English title, kind, status, verification,
/// marking.
/// Reloads itself when the database reports a change to the frameworks table.
class FrameworkListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Code,
        Title,
        Kind,
        Status,
        Verification,
        Marking
    };
    static constexpr int ColumnCount = 6;

    /// The same role numbers as RecordTableModel, so that views and delegates made for record
    /// tables (BadgeDelegate) work here too.
    enum class Role
    {
        Id = RecordTableModel::IdRole,        ///< the framework's id (qint64)
        Key = RecordTableModel::KeyRole,      ///< the stored value of the cell (enumeration key, ISO date)
        Badge = RecordTableModel::BadgeRole,  ///< for cells shown as badges: the stored key
        Record = RecordTableModel::RecordRole ///< the whole row (QVariantMap keyed by column name)
    };

    static constexpr int column(Column c) { return static_cast<int>(c); }
    static constexpr int role(Role r) { return static_cast<int>(r); }

    explicit FrameworkListModel(QObject* parent = nullptr);

    /// Shows the frameworks of db (nullptr: nothing). The model does not own the database.
    void setDatabase(Database* db);
    Database* database() const { return m_db; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QVariantMap record(int row) const;
    qint64 idAt(int row) const;
    /// The row of the framework with the given id, or -1.
    int rowOf(qint64 id) const;

public Q_SLOTS:
    void reload();

private:
    void onDatabaseChanged(const QString& table);

    QPointer<Database> m_db;
    QList<QVariantMap> m_rows;
};

} // namespace crosswalk
