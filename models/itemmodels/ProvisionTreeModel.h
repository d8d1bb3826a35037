#pragma once

#include "models/itemmodels/RecordTableModel.h"
#include "models/storage/Database.h"

#include <QAbstractItemModel>
#include <QList>
#include <QPointer>
#include <QVariantMap>

#include <memory>
#include <vector>

namespace crosswalk {

/// The provisions of one framework as a tree (chapter > article > paragraph, pillar > measure),
/// built from parent_id and ordered by sort_order. Columns: reference (label, or code when there is
/// none), English title, title in the framework's own language, effective date, verification.
/// Reloads itself when the database reports a change to the provisions or frameworks tables.
///
/// It can show several frameworks at once (setFrameworkIds): each framework is then a top-level
/// header node (code, title; Id role 0, empty Record role, enabled but not selectable) with its
/// provisions below. With drag support on (setDragEnabled), provision rows can be dragged as
/// MimeType (the provision id and the model's drag origin) and provisions accept such drops: the
/// model does not act on a drop, it reports it with provisionDropped().
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
        Id = RecordTableModel::IdRole,                 ///< the provision's id (qint64)
        Key = RecordTableModel::KeyRole,               ///< the stored value of the cell (enumeration key, ISO date)
        Badge = RecordTableModel::BadgeRole,           ///< for cells shown as badges: the stored key
        Record = RecordTableModel::RecordRole,         ///< the whole row (QVariantMap keyed by column name); empty
                                                       ///< for a framework header node
        FrameworkId = RecordTableModel::RecordRole + 1 ///< the framework of the node (qint64), headers too
    };

    /// The MIME type of a dragged provision.
    static QString mimeType();

    static constexpr int column(Column c) { return static_cast<int>(c); }
    static constexpr int role(Role r) { return static_cast<int>(r); }

    explicit ProvisionTreeModel(QObject* parent = nullptr);
    ~ProvisionTreeModel() override;

    /// Shows the provisions of the framework with the given id in db (0 or nullptr: nothing).
    void setDatabase(Database* db);
    void setFrameworkId(qint64 frameworkId);
    /// Shows the provisions of several frameworks, in the order given; with more than one, each
    /// framework is a header node above its provisions. Ids 0 are ignored.
    void setFrameworkIds(const QList<qint64>& frameworkIds);
    Database* database() const { return m_db; }
    /// The framework shown, when there is exactly one (0 otherwise).
    qint64 frameworkId() const { return m_frameworkIds.size() == 1 ? m_frameworkIds.constFirst() : 0; }
    const QList<qint64>& frameworkIds() const { return m_frameworkIds; }
    /// True when the frameworks are shown as header nodes (more than one framework).
    bool hasFrameworkNodes() const { return m_frameworkIds.size() > 1; }
    /// The framework's document language ("ja"), which names the original-title column; with
    /// several frameworks, their common language (empty when they differ).
    QString frameworkLanguage() const { return m_language; }

    /// Provision rows can be dragged and accept drops of provisions (off by default).
    void setDragEnabled(bool enabled) { m_dragEnabled = enabled; }
    bool isDragEnabled() const { return m_dragEnabled; }
    /// A tag written into the drag data ("source", "target"), so that the receiver knows where a
    /// dropped provision comes from.
    void setDragOrigin(const QString& origin) { m_dragOrigin = origin; }
    const QString& dragOrigin() const { return m_dragOrigin; }
    /// Reads the provision id and origin of drag data; false when it is not a dragged provision.
    static bool decodeMimeData(const QMimeData* data, qint64* provisionId, QString* origin);

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    QVariantMap record(const QModelIndex& index) const;
    /// The index (first column) of the provision with the given id, or an invalid index.
    QModelIndex indexOf(qint64 id) const;
    /// The header node of a framework (only when hasFrameworkNodes()), or an invalid index.
    QModelIndex indexOfFramework(qint64 frameworkId) const;
    /// True for a framework header node.
    bool isFrameworkNode(const QModelIndex& index) const;
    /// The framework the node belongs to (a header: its own framework); 0 for an invalid index.
    qint64 frameworkIdAt(const QModelIndex& index) const;
    /// Number of provisions in the tree, at every level.
    int provisionCount() const { return static_cast<int>(m_byId.size()); }
    /// True when some provision has a title in the framework's own language (the column says something).
    bool hasOriginalTitles() const { return m_hasOriginalTitles; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    /// A provision dragged from the model with the given drag origin was dropped on provision ontoId.
    void provisionDropped(qint64 draggedId, const QString& origin, qint64 ontoId);

private:
    struct Node;

    Node* nodeFor(const QModelIndex& index) const;
    void onDatabaseChanged(const QString& table);
    QVariant frameworkData(const QVariantMap& framework, int column, int role) const;
    void appendFramework(Node* into, qint64 frameworkId, const QList<QVariantMap>& rows);
    /// The provision a drop at (row, parent) lands on: only on a provision itself (0 otherwise).
    qint64 dropTarget(int row, const QModelIndex& parent) const;

    QPointer<Database> m_db;
    QList<qint64> m_frameworkIds;
    QString m_language;
    bool m_dragEnabled = false;
    QString m_dragOrigin;
    bool m_hasOriginalTitles = false;
    std::unique_ptr<Node> m_root;
    std::vector<std::pair<qint64, Node*>> m_byId;
};

} // namespace crosswalk
