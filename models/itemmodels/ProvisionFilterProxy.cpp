#include "models/itemmodels/ProvisionFilterProxy.h"

#include "models/itemmodels/ProvisionTreeModel.h"

namespace crosswalk {

ProvisionFilterProxy::ProvisionFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

void ProvisionFilterProxy::setSearchText(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    invalidateRowsFilter();
}

void ProvisionFilterProxy::setVerification(const QString& key)
{
    if (key == m_verification)
        return;
    m_verification = key;
    invalidateRowsFilter();
}

void ProvisionFilterProxy::clearFilters()
{
    if (!isFiltering())
        return;
    m_search.clear();
    m_verification.clear();
    invalidateRowsFilter();
}

bool ProvisionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    if (!model)
        return true;
    const QVariantMap record = model->index(sourceRow, 0, sourceParent)
                                   .data(ProvisionTreeModel::role(ProvisionTreeModel::Role::Record))
                                   .toMap();
    if (!m_verification.isEmpty() && record.value(QStringLiteral("verification")).toString() != m_verification)
        return false;
    const QString needle = m_search.trimmed();
    if (needle.isEmpty())
        return true;
    for (const char* column : {"code", "ref_label", "title_en", "title_orig", "summary_en", "summary_orig"}) {
        if (record.value(QLatin1String(column)).toString().contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace crosswalk
