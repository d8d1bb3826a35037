#include "models/itemmodels/ProvisionTreeModel.h"

#include "models/domain/IsoDate.h"
#include "models/domain/Vocabulary.h"
#include "models/itemmodels/LanguageNames.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"

#include <QDataStream>
#include <QFont>
#include <QHash>
#include <QIODevice>
#include <QMimeData>
#include <QSet>

#include <algorithm>

namespace crosswalk {

struct ProvisionTreeModel::Node
{
    QVariantMap record; ///< the provision (a framework header node: the framework)
    qint64 frameworkId = 0;
    bool isFramework = false;
    Node* parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node* append(QVariantMap childRecord)
    {
        auto child = std::make_unique<Node>();
        child->record = std::move(childRecord);
        child->frameworkId = frameworkId;
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
    m_frameworkIds.clear();
    if (m_db)
        connect(m_db, &Database::changed, this, &ProvisionTreeModel::onDatabaseChanged);
    reload();
}

void ProvisionTreeModel::setFrameworkId(qint64 frameworkId)
{
    setFrameworkIds(frameworkId > 0 ? QList<qint64>{frameworkId} : QList<qint64>());
}

void ProvisionTreeModel::setFrameworkIds(const QList<qint64>& frameworkIds)
{
    QList<qint64> ids;
    for (const qint64 id : frameworkIds) {
        if (id > 0 && !ids.contains(id))
            ids << id;
    }
    if (ids == m_frameworkIds)
        return;
    m_frameworkIds = ids;
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

    if (m_db && m_db->isOpen() && !m_frameworkIds.isEmpty()) {
        const RecordStore store(*m_db);
        const bool headers = m_frameworkIds.size() > 1;
        QStringList languages;
        for (const qint64 frameworkId : std::as_const(m_frameworkIds)) {
            const auto framework = store.fetch(frameworksTable, frameworkId);
            if (!framework)
                continue;
            languages << framework->value(QStringLiteral("language")).toString();
            const QList<QVariantMap> rows = store.fetchAll(provisionsTable, QStringLiteral("framework_id"), frameworkId,
                                                           {QStringLiteral("sort_order"), QStringLiteral("id")});
            Node* into = m_root.get();
            if (headers) {
                into = m_root->append(*framework);
                into->isFramework = true;
                into->frameworkId = frameworkId;
            }
            appendFramework(into, frameworkId, rows);
        }
        languages.removeDuplicates();
        if (languages.size() == 1)
            m_language = languages.constFirst();
        std::sort(m_byId.begin(), m_byId.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    }
    endResetModel();
    if (previousLanguage != m_language)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void ProvisionTreeModel::appendFramework(Node* into, qint64 frameworkId, const QList<QVariantMap>& rows)
{
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
    const auto add = [&](Node* parent, const QVariantMap& row) {
        Node* child = parent->append(row);
        child->frameworkId = frameworkId;
        m_byId.emplace_back(idOf(row), child);
        return child;
    };
    auto place = [&](Node* node, qint64 parentId) {
        pending.emplace_back(node, parentId);
        while (!pending.empty()) {
            const auto [parent, id] = pending.back();
            pending.pop_back();
            for (int i : childrenOf.value(id)) {
                const qint64 childId = idOf(rows.at(i));
                if (placed.contains(childId))
                    continue;
                placed.insert(childId);
                pending.emplace_back(add(parent, rows.at(i)), childId);
            }
        }
    };
    place(into, 0);
    // Provisions caught in a parent cycle are reachable from no top-level provision: show each
    // such cycle from its first member, at the top level.
    for (const QVariantMap& row : rows) {
        const qint64 id = idOf(row);
        if (placed.contains(id))
            continue;
        placed.insert(id);
        place(add(into, row), id);
    }
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
    const Node* node = nodeFor(index);
    const QVariantMap& row = node->record;
    if (role == ProvisionTreeModel::role(Role::FrameworkId))
        return node->frameworkId;
    if (node->isFramework)
        return frameworkData(row, index.column(), role);
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

QVariant ProvisionTreeModel::frameworkData(const QVariantMap& framework, int column, int role) const
{
    if (role == ProvisionTreeModel::role(Role::Id))
        return qint64(0);
    if (role == ProvisionTreeModel::role(Role::Record))
        return QVariantMap();
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    const QString code = framework.value(QStringLiteral("code")).toString();
    const QString title = framework.value(QStringLiteral("title_en")).toString();
    if (role == Qt::ToolTipRole)
        return tr("Framework %1 — %2").arg(code, title);
    if (role != Qt::DisplayRole && role != ProvisionTreeModel::role(Role::Key))
        return QVariant();
    switch (static_cast<Column>(column)) {
    case Column::Reference:
        return code;
    case Column::Title:
        return title;
    case Column::OriginalTitle:
        return framework.value(QStringLiteral("title_orig"));
    default:
        return QVariant();
    }
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
    names.insert(role(Role::FrameworkId), QByteArrayLiteral("frameworkId"));
    return names;
}

Qt::ItemFlags ProvisionTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return Qt::NoItemFlags;
    // Frameworks are headings: they cannot be selected (nor mapped).
    if (nodeFor(index)->isFramework)
        return Qt::ItemIsEnabled;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_dragEnabled)
        result |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    return result;
}

QString ProvisionTreeModel::mimeType()
{
    return QStringLiteral("application/x-crosswalk-provision");
}

QStringList ProvisionTreeModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData* ProvisionTreeModel::mimeData(const QModelIndexList& indexes) const
{
    if (!m_dragEnabled)
        return nullptr;
    for (const QModelIndex& index : indexes) {
        if (!index.isValid() || index.model() != this || nodeFor(index)->isFramework)
            continue;
        QByteArray payload;
        QDataStream stream(&payload, QIODevice::WriteOnly);
        stream << idOf(nodeFor(index)->record) << m_dragOrigin;
        auto* data = new QMimeData;
        data->setData(mimeType(), payload);
        const QVariantMap& row = nodeFor(index)->record;
        data->setText(row.value(QStringLiteral("code")).toString());
        return data;
    }
    return nullptr;
}

bool ProvisionTreeModel::decodeMimeData(const QMimeData* data, qint64* provisionId, QString* origin)
{
    if (!data || !data->hasFormat(mimeType()))
        return false;
    QByteArray payload = data->data(mimeType());
    QDataStream stream(&payload, QIODevice::ReadOnly);
    qint64 id = 0;
    QString from;
    stream >> id >> from;
    if (stream.status() != QDataStream::Ok || id <= 0)
        return false;
    if (provisionId)
        *provisionId = id;
    if (origin)
        *origin = from;
    return true;
}

Qt::DropActions ProvisionTreeModel::supportedDragActions() const
{
    return m_dragEnabled ? Qt::CopyAction : Qt::IgnoreAction;
}

Qt::DropActions ProvisionTreeModel::supportedDropActions() const
{
    return m_dragEnabled ? Qt::CopyAction : Qt::IgnoreAction;
}

qint64 ProvisionTreeModel::dropTarget(int row, const QModelIndex& parent) const
{
    // Only a drop on a provision itself means something (not between two rows).
    if (row != -1 || !parent.isValid() || parent.model() != this || nodeFor(parent)->isFramework)
        return 0;
    return idOf(nodeFor(parent)->record);
}

bool ProvisionTreeModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                         const QModelIndex& parent) const
{
    Q_UNUSED(column)
    qint64 dragged = 0;
    if (!m_dragEnabled || action != Qt::CopyAction || !decodeMimeData(data, &dragged, nullptr))
        return false;
    const qint64 onto = dropTarget(row, parent);
    return onto > 0 && onto != dragged;
}

bool ProvisionTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                      const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    qint64 dragged = 0;
    QString origin;
    decodeMimeData(data, &dragged, &origin);
    Q_EMIT provisionDropped(dragged, origin, dropTarget(row, parent));
    return true;
}

QVariantMap ProvisionTreeModel::record(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || nodeFor(index)->isFramework)
        return QVariantMap();
    return nodeFor(index)->record;
}

bool ProvisionTreeModel::isFrameworkNode(const QModelIndex& index) const
{
    return index.isValid() && index.model() == this && nodeFor(index)->isFramework;
}

qint64 ProvisionTreeModel::frameworkIdAt(const QModelIndex& index) const
{
    return index.isValid() && index.model() == this ? nodeFor(index)->frameworkId : 0;
}

QModelIndex ProvisionTreeModel::indexOfFramework(qint64 frameworkId) const
{
    for (const auto& child : m_root->children) {
        if (child->isFramework && child->frameworkId == frameworkId)
            return createIndex(child->row, 0, child.get());
    }
    return QModelIndex();
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
