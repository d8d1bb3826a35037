#include "models/itemmodels/CoverageTreeProxy.h"

#include "models/analysis/CoverageEngine.h"
#include "models/domain/Vocabulary.h"
#include "models/itemmodels/ProvisionTreeModel.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"

#include <QItemSelection>

namespace crosswalk {

namespace {
const QString provisionsTable = QStringLiteral("provisions");

int role(ProvisionTreeModel::Role r)
{
    return ProvisionTreeModel::role(r);
}
} // namespace

CoverageTreeProxy::CoverageTreeProxy(QObject* parent) : QIdentityProxyModel(parent) {}

void CoverageTreeProxy::setDatabase(Database* db)
{
    if (m_db)
        disconnect(m_db, nullptr, this, nullptr);
    m_db = db;
    if (m_db)
        connect(m_db, &Database::changed, this, &CoverageTreeProxy::onDatabaseChanged);
    m_scope.reset();
    refresh();
}

void CoverageTreeProxy::setScope(const CoverageScope& scope)
{
    m_scope = scope;
    refresh();
}

void CoverageTreeProxy::clearScope()
{
    m_scope.reset();
    refresh();
}

int CoverageTreeProxy::coverageColumn() const
{
    return sourceModel() ? sourceModel()->columnCount() : 0;
}

void CoverageTreeProxy::onDatabaseChanged(const QString& table)
{
    static const QStringList read{QStringLiteral("mappings"), QStringLiteral("applicability"), provisionsTable,
                                  QStringLiteral("frameworks"), QStringLiteral("parties")};
    if (read.contains(table))
        refresh();
}

void CoverageTreeProxy::refresh()
{
    if (m_db && m_db->isOpen() && m_scope)
        m_report = CoverageEngine::compute(*m_db, *m_scope);
    else
        m_report = CoverageReport();
    m_toolTips.clear();
    if (sourceModel())
        emitColumnChanged(QModelIndex());
    Q_EMIT reportChanged();
}

void CoverageTreeProxy::emitColumnChanged(const QModelIndex& parent)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    const int column = coverageColumn();
    Q_EMIT dataChanged(
        index(0, column, parent), index(rows - 1, column, parent),
        {Qt::DisplayRole, Qt::ToolTipRole, role(ProvisionTreeModel::Role::Badge), role(ProvisionTreeModel::Role::Key)});
    for (int row = 0; row < rows; ++row) {
        const QModelIndex child = index(row, 0, parent);
        if (hasChildren(child))
            emitColumnChanged(child);
    }
}

// --- the added column ------------------------------------------------------------------------

bool CoverageTreeProxy::isCoverageIndex(const QModelIndex& index) const
{
    return index.isValid() && index.model() == this && sourceModel() && index.column() == coverageColumn();
}

QModelIndex CoverageTreeProxy::firstColumn(const QModelIndex& index) const
{
    return createIndex(index.row(), 0, index.internalPointer());
}

int CoverageTreeProxy::columnCount(const QModelIndex& parent) const
{
    if (!sourceModel())
        return 0;
    if (isCoverageIndex(parent))
        return 0;
    return QIdentityProxyModel::columnCount(parent) + 1;
}

int CoverageTreeProxy::rowCount(const QModelIndex& parent) const
{
    if (isCoverageIndex(parent))
        return 0;
    return QIdentityProxyModel::rowCount(parent);
}

bool CoverageTreeProxy::hasChildren(const QModelIndex& parent) const
{
    if (isCoverageIndex(parent))
        return false;
    return QIdentityProxyModel::hasChildren(parent);
}

QModelIndex CoverageTreeProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (!sourceModel() || isCoverageIndex(parent))
        return QModelIndex();
    if (column != coverageColumn())
        return QIdentityProxyModel::index(row, column, parent);
    if (row < 0 || row >= rowCount(parent))
        return QModelIndex();
    const QModelIndex first = QIdentityProxyModel::index(row, 0, parent);
    return first.isValid() ? createIndex(row, column, first.internalPointer()) : QModelIndex();
}

QModelIndex CoverageTreeProxy::parent(const QModelIndex& child) const
{
    if (isCoverageIndex(child))
        return QIdentityProxyModel::parent(firstColumn(child));
    return QIdentityProxyModel::parent(child);
}

QModelIndex CoverageTreeProxy::sibling(int row, int column, const QModelIndex& index) const
{
    if (!index.isValid())
        return QModelIndex();
    return this->index(row, column, parent(index));
}

QModelIndex CoverageTreeProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (isCoverageIndex(proxyIndex))
        return QModelIndex();
    return QIdentityProxyModel::mapToSource(proxyIndex);
}

QItemSelection CoverageTreeProxy::mapSelectionToSource(const QItemSelection& selection) const
{
    // The added column has no source: ranges that reach it end at the source's last column.
    QItemSelection clamped;
    const int last = coverageColumn() - 1;
    for (const QItemSelectionRange& range : selection) {
        if (range.left() > last)
            continue;
        const QModelIndex topLeft = range.topLeft();
        const QModelIndex bottomRight =
            range.right() > last ? sibling(range.bottom(), last, topLeft) : QModelIndex(range.bottomRight());
        clamped.append(QItemSelectionRange(topLeft, bottomRight));
    }
    return QIdentityProxyModel::mapSelectionToSource(clamped);
}

Qt::ItemFlags CoverageTreeProxy::flags(const QModelIndex& index) const
{
    if (isCoverageIndex(index))
        return QIdentityProxyModel::flags(firstColumn(index)) & ~Qt::ItemIsEditable;
    return QIdentityProxyModel::flags(index);
}

QMimeData* CoverageTreeProxy::mimeData(const QModelIndexList& indexes) const
{
    QModelIndexList sources;
    for (const QModelIndex& index : indexes)
        sources << (isCoverageIndex(index) ? firstColumn(index) : index);
    return QIdentityProxyModel::mimeData(sources);
}

// A drop on the coverage cell of a provision is a drop on the provision.
bool CoverageTreeProxy::canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                        const QModelIndex& parent) const
{
    return QIdentityProxyModel::canDropMimeData(data, action, row, column,
                                                isCoverageIndex(parent) ? firstColumn(parent) : parent);
}

bool CoverageTreeProxy::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                     const QModelIndex& parent)
{
    return QIdentityProxyModel::dropMimeData(data, action, row, column,
                                             isCoverageIndex(parent) ? firstColumn(parent) : parent);
}

QVariant CoverageTreeProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && sourceModel() && section == coverageColumn()) {
        if (role == Qt::DisplayRole)
            return tr("Coverage");
        if (role == Qt::ToolTipRole && m_scope)
            return tr("How far %1 covers each provision of %2").arg(m_scope->sourceCode, m_scope->targetCode);
        return QVariant();
    }
    return QIdentityProxyModel::headerData(section, orientation, role);
}

QVariant CoverageTreeProxy::data(const QModelIndex& index, int role) const
{
    if (!isCoverageIndex(index))
        return QIdentityProxyModel::data(index, role);
    const QModelIndex first = firstColumn(index);
    if (role == ProvisionTreeModel::role(ProvisionTreeModel::Role::Id) ||
        role == ProvisionTreeModel::role(ProvisionTreeModel::Role::Record) ||
        role == ProvisionTreeModel::role(ProvisionTreeModel::Role::FrameworkId))
        return QIdentityProxyModel::data(first, role);
    const qint64 id =
        QIdentityProxyModel::data(first, ProvisionTreeModel::role(ProvisionTreeModel::Role::Id)).toLongLong();
    const CoverageItem* item = id > 0 ? m_report.item(id) : nullptr;
    if (!item)
        return QVariant();
    const QString key = toKey(item->status);
    if (role == ProvisionTreeModel::role(ProvisionTreeModel::Role::Badge) ||
        role == ProvisionTreeModel::role(ProvisionTreeModel::Role::Key))
        return key;
    if (role == Qt::DisplayRole)
        return labelForKey(QStringLiteral("coverage_status"), key);
    if (role == Qt::ToolTipRole) {
        auto it = m_toolTips.constFind(id);
        if (it == m_toolTips.constEnd())
            it = m_toolTips.insert(id, toolTip(*item));
        return it.value();
    }
    return QVariant();
}

// --- tooltips --------------------------------------------------------------------------------

QString CoverageTreeProxy::toolTip(const CoverageItem& item) const
{
    const QString status = labelForKey(QStringLiteral("coverage_status"), toKey(item.status));
    const QString source = m_scope ? m_scope->sourceCode : QString();
    switch (item.status) {
    case CoverageStatus::NotApplicable: {
        QString text = tr("%1: %2").arg(status, item.exclusionJustification);
        if (item.exclusionProvisionId > 0 && item.exclusionProvisionId != item.provisionId)
            text += QLatin1Char('\n') +
                    tr("(marked on %1, above this provision)").arg(describeMapping(0, item.exclusionProvisionId));
        return text;
    }
    case CoverageStatus::Uncovered:
        if (item.reviewedUnrelated)
            return tr("%1: examined and found unrelated to %2 (no relationship)").arg(status, source);
        if (!item.isLeaf)
            return tr("%1: nothing below it is covered by %2").arg(status, source);
        return tr("%1: no mapping from %2").arg(status, source);
    case CoverageStatus::Covered:
    case CoverageStatus::Partial:
        break;
    }
    if (item.decidingMappingId <= 0) {
        if (!item.isLeaf)
            return tr("%1: %2 of %3 provisions below it covered, %4 partly")
                .arg(status)
                .arg(item.counts.covered)
                .arg(item.counts.applicable())
                .arg(item.counts.partial);
        return status;
    }
    const qint64 on = item.inheritedFromProvisionId > 0 ? item.inheritedFromProvisionId : item.provisionId;
    QString text = tr("%1 by %2").arg(status, describeMapping(item.decidingMappingId, on));
    if (item.inheritedFromProvisionId > 0)
        text += QLatin1Char('\n') +
                tr("(a mapping on %1, above this provision)").arg(describeMapping(0, item.inheritedFromProvisionId));
    return text;
}

/// With a mapping id: "JP-NSS2022:LEVEL Capability level — intersects with, strength 5", the end of the
/// mapping that is not provisionId, and the relationship as read from that end. Without: the
/// provision provisionId as "FRAMEWORK:CODE".
QString CoverageTreeProxy::describeMapping(qint64 mappingId, qint64 provisionId) const
{
    if (!m_db || !m_db->isOpen())
        return QString();
    const RecordStore store(*m_db);
    const auto code = [&store](const std::optional<QVariantMap>& provision) {
        if (!provision)
            return QString();
        const auto framework =
            store.fetch(QStringLiteral("frameworks"), provision->value(QStringLiteral("framework_id")).toLongLong());
        return QStringLiteral("%1:%2").arg(framework ? framework->value(QStringLiteral("code")).toString() : QString(),
                                           provision->value(QStringLiteral("code")).toString());
    };
    if (mappingId <= 0)
        return code(store.fetch(provisionsTable, provisionId));
    const auto mapping = store.fetch(QStringLiteral("mappings"), mappingId);
    if (!mapping)
        return QString();
    const qint64 source = mapping->value(QStringLiteral("source_provision_id")).toLongLong();
    const qint64 target = mapping->value(QStringLiteral("target_provision_id")).toLongLong();
    const QString stored = mapping->value(QStringLiteral("relationship")).toString();
    QString relationship = stored;
    qint64 other = source;
    if (source == provisionId) {
        // Stored the other way round: read it from the other end.
        other = target;
        if (const auto value = fromKey<Relationship>(stored))
            relationship = toKey(invertedRelationship(*value));
    }
    const auto otherRow = store.fetch(provisionsTable, other);
    const QVariant strength = mapping->value(QStringLiteral("strength"));
    const QString how = strength.isNull() ? labelForKey(QStringLiteral("relationship"), relationship)
                                          : tr("%1, strength %2")
                                                .arg(labelForKey(QStringLiteral("relationship"), relationship))
                                                .arg(strength.toInt());
    return tr("%1 %2 — %3")
        .arg(code(otherRow), otherRow ? otherRow->value(QStringLiteral("title_en")).toString() : QString(), how);
}

} // namespace crosswalk
