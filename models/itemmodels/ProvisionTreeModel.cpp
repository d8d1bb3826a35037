#include "models/itemmodels/ProvisionTreeModel.h"

#include "models/domain/IsoDate.h"
#include "models/domain/Vocabulary.h"
#include "models/itemmodels/LanguageNames.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace crosswalk {

struct ProvisionTreeModel::Node
{
    QVariantMap record;
    Node* parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node* append(QVariantMap childRecord)
    {
        auto child = std::make_unique<Node>();
        child->record = std::move(childRecord);
        child->parent = this;
        child->row = static_cast<int>(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {
const QString provisionsTable = QStringLiteral("provisions");
const QString frameworksTable = QStringLiteral("frameworks");

qint64 idOf(const QVariantMap& record)
{
    return record.value(QStringLiteral("id")).toLongLong();
}
} // namespace

ProvisionTreeModel::ProvisionTreeModel(QObject* parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
}

ProvisionTreeModel::~ProvisionTreeModel() = default;

void ProvisionTreeModel::setDatabase(Database* db)
{
    if (m_db)
        disconnect(m_db, nullptr, this, nullptr);
    m_db = db;
    m_frameworkId = 0;
    if (m_db)
        connect(m_db, &Database::changed, this, &ProvisionTreeModel::onDatabaseChanged);
    reload();
}

void ProvisionTreeModel::setFrameworkId(qint64 frameworkId)
{
    if (frameworkId == m_frameworkId)
        return;
    m_frameworkId = frameworkId;
    reload();
}

void ProvisionTreeModel::onDatabaseChanged(const QString& table)
{
    if (table == provisionsTable || table == frameworksTable)
        reload();
}

void ProvisionTreeModel::reload()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_byId.clear();
    const QString previousLanguage = m_language;
    m_language.clear();
    m_hasOriginalTitles = false;

    if (m_db && m_db->isOpen() && m_frameworkId > 0) {
        const RecordStore store(*m_db);
        if (const auto framework = store.fetch(frameworksTable, m_frameworkId))
            m_language = framework->value(QStringLiteral("language")).toString();
        const QList<QVariantMap> rows = store.fetchAll(provisionsTable, QStringLiteral("framework_id"), m_frameworkId,
                                                       {QStringLiteral("sort_order"), QStringLiteral("id")});

        // Children by parent id, in sort order. A provision whose parent is not in this framework
        // is shown at the top level.
        QSet<qint64> ids;
        for (const QVariantMap& row : rows) {
            ids.insert(idOf(row));
            if (!row.value(QStringLiteral("title_orig")).toString().isEmpty())
                m_hasOriginalTitles = true;
        }
        QHash<qint64, QList<int>> childrenOf; // parent id (0: top level) -> indexes into rows
        for (int i = 0; i < rows.size(); ++i) {
            const QVariant parentId = rows.at(i).value(QStringLiteral("parent_id"));
            const qint64 parent = parentId.isNull() ? 0 : parentId.toLongLong();
            childrenOf[ids.contains(parent) ? parent : 0].append(i);
        }

        QSet<qint64> placed;
        std::vector<std::pair<Node*, qint64>> pending;
        auto place = [&](Node* node, qint64 parentId) {
            pending.emplace_back(node, parentId);
            while (!pending.empty()) {
                const auto [into, id] = pending.back();
                pending.pop_back();
                for (int i : childrenOf.value(id)) {
                    const qint64 childId = idOf(rows.at(i));
                    if (placed.contains(childId))
                        continue;
                    placed.insert(childId);
                    Node* child = into->append(rows.at(i));
                    m_byId.emplace_back(childId, child);
                    pending.emplace_back(child, childId);
                }
            }
        };
        place(m_root.get(), 0);
        // Provisions caught in a parent cycle are reachable from no top-level provision: show each
        // such cycle from its first member, at the top level.
        for (const QVariantMap& row : rows) {
            const qint64 id = idOf(row);
            if (placed.contains(id))
                continue;
            placed.insert(id);
            Node* node = m_root->append(row);
            m_byId.emplace_back(id, node);
            place(node, id);
        }
        std::sort(m_byId.begin(), m_byId.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    }
    endResetModel();
    if (previousLanguage != m_language)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

ProvisionTreeModel::Node* ProvisionTreeModel::nodeFor(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex ProvisionTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return QModelIndex();
    const Node* parentNode = nodeFor(parent);
    return createIndex(row, column, parentNode->children.at(static_cast<std::size_t>(row)).get());
}

QModelIndex ProvisionTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return QModelIndex();
    const Node* parentNode = nodeFor(child)->parent;
    if (parentNode == nullptr || parentNode == m_root.get())
        return QModelIndex();
    return createIndex(parentNode->row, 0, const_cast<Node*>(parentNode));
}

int ProvisionTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(nodeFor(parent)->children.size());
}

int ProvisionTreeModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

QVariant ProvisionTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const QVariantMap& row = nodeFor(index)->record;
    if (role == ProvisionTreeModel::role(Role::Id))
        return row.value(QStringLiteral("id"));
    if (role == ProvisionTreeModel::role(Role::Record))
        return row;
    if (role == ProvisionTreeModel::role(Role::Badge))
        return index.column() == column(Column::Verification) ? row.value(QStringLiteral("verification")) : QVariant();
    const bool key = role == ProvisionTreeModel::role(Role::Key);
    if (!key && role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();

    switch (static_cast<Column>(index.column())) {
    case Column::Reference: {
        const QString label = row.value(QStringLiteral("ref_label")).toString();
        const QString code = row.value(QStringLiteral("code")).toString();
        if (role == Qt::DisplayRole)
            return label.isEmpty() ? code : label;
        return code;
    }
    case Column::Title:
        return row.value(QStringLiteral("title_en"));
    case Column::OriginalTitle:
        return row.value(QStringLiteral("title_orig"));
    case Column::EffectiveDate: {
        const QString date = row.value(QStringLiteral("effective_date")).toString();
        return key ? date : IsoDate::display(date);
    }
    case Column::Verification: {
        const QString value = row.value(QStringLiteral("verification")).toString();
        if (key)
            return value;
        if (role == Qt::ToolTipRole) {
            const QString note = row.value(QStringLiteral("verification_note")).toString();
            if (!note.isEmpty())
                return note;
        }
        return labelForKey(QStringLiteral("verification"), value);
    }
    }
    return QVariant();
}

QVariant ProvisionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Reference:
        return tr("Reference");
    case Column::Title:
        return tr("Title (English)");
    case Column::OriginalTitle:
        return LanguageNames::isOriginalLanguage(m_language)
                   ? tr("Title (%1)").arg(LanguageNames::displayName(m_language))
                   : tr("Title (original language)");
    case Column::EffectiveDate:
        return tr("Effective");
    case Column::Verification:
        return tr("Verification");
    }
    return QVariant();
}

QHash<int, QByteArray> ProvisionTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(role(Role::Id), QByteArrayLiteral("id"));
    names.insert(role(Role::Key), QByteArrayLiteral("key"));
    names.insert(role(Role::Badge), QByteArrayLiteral("badge"));
    names.insert(role(Role::Record), QByteArrayLiteral("record"));
    return names;
}

QVariantMap ProvisionTreeModel::record(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return QVariantMap();
    return nodeFor(index)->record;
}

QModelIndex ProvisionTreeModel::indexOf(qint64 id) const
{
    const auto it = std::lower_bound(m_byId.begin(), m_byId.end(), id,
                                     [](const auto& entry, qint64 value) { return entry.first < value; });
    if (it == m_byId.end() || it->first != id)
        return QModelIndex();
    return createIndex(it->second->row, 0, it->second);
}

} // namespace crosswalk
