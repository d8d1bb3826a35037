#include "models/itemmodels/FrameworkFilterProxy.h"

#include "models/itemmodels/FrameworkListModel.h"

namespace crosswalk {

FrameworkFilterProxy::FrameworkFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void FrameworkFilterProxy::setSearchText(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    invalidateRowsFilter();
}

void FrameworkFilterProxy::setValueFilter(const QString& column, const QString& key)
{
    if (m_values.value(column) == key)
        return;
    if (key.isEmpty())
        m_values.remove(column);
    else
        m_values.insert(column, key);
    invalidateRowsFilter();
}

void FrameworkFilterProxy::clearFilters()
{
    if (!isFiltering())
        return;
    m_values.clear();
    m_search.clear();
    invalidateRowsFilter();
}

bool FrameworkFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    if (!model)
        return true;
    const QVariantMap record = model->index(sourceRow, 0, sourceParent)
                                   .data(FrameworkListModel::role(FrameworkListModel::Role::Record))
                                   .toMap();
    for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it) {
        if (record.value(it.key()).toString() != it.value())
            return false;
    }
    const QString needle = m_search.trimmed();
    if (needle.isEmpty())
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(needle, Qt::CaseInsensitive))
            return true;
    }
    for (const char* extra : {"title_orig", "short_name"}) {
        if (record.value(QLatin1String(extra)).toString().contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace crosswalk
