#pragma once

#include "models/itemmodels/RecordTableModel.h"
#include "models/storage/Database.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <QVariantMap>

#include <memory>
#include <vector>

namespace crosswalk {

/// The provisions of one framework as a tree (chapter > article > paragraph, pillar > measure),
/// built from parent_id and ordered by sort_order. Columns: reference (label, or code when there is
/// none), English title, title in the framework's own language, effective date, verification.
/// Reloads itself when the database reports a change to the provisions or frameworks tables.
class ProvisionTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Reference,
        Title,
        OriginalTitle,
        EffectiveDate,
        Verification
    };
    static constexpr int ColumnCount = 5;

    /// The same role numbers as RecordTableModel, so that views and delegates made for record
    /// tables (BadgeDelegate) work here too.
    enum class Role
    {
        Id = RecordTableModel::IdRole,        ///< the provision's id (qint64)
        Key = RecordTableModel::KeyRole,      ///< the stored value of the cell (enumeration key, ISO date)
        Badge = RecordTableModel::BadgeRole,  ///< for cells shown as badges: the stored key
        Record = RecordTableModel::RecordRole ///< the whole row (QVariantMap keyed by column name)
    };

    static constexpr int column(Column c) { return static_cast<int>(c); }
    static constexpr int role(Role r) { return static_cast<int>(r); }

    explicit ProvisionTreeModel(QObject* parent = nullptr);
    ~ProvisionTreeModel() override;

    /// Shows the provisions of the framework with the given id in db (0 or nullptr: nothing).
    void setDatabase(Database* db);
    void setFrameworkId(qint64 frameworkId);
    Database* database() const { return m_db; }
    qint64 frameworkId() const { return m_frameworkId; }
    /// The framework's document language ("ja"), which names the original-title column.
    QString frameworkLanguage() const { return m_language; }

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QVariantMap record(const QModelIndex& index) const;
    /// The index (first column) of the provision with the given id, or an invalid index.
    QModelIndex indexOf(qint64 id) const;
    /// Number of provisions in the tree, at every level.
    int provisionCount() const { return static_cast<int>(m_byId.size()); }
    /// True when some provision has a title in the framework's own language (the column says something).
    bool hasOriginalTitles() const { return m_hasOriginalTitles; }

public Q_SLOTS:
    void reload();

private:
    struct Node;

    Node* nodeFor(const QModelIndex& index) const;
    void onDatabaseChanged(const QString& table);

    QPointer<Database> m_db;
    qint64 m_frameworkId = 0;
    QString m_language;
    bool m_hasOriginalTitles = false;
    std::unique_ptr<Node> m_root;
    std::vector<std::pair<qint64, Node*>> m_byId;
};

} // namespace crosswalk
