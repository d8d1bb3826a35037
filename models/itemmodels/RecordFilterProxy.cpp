#include "models/itemmodels/RecordFilterProxy.h"

#include "models/itemmodels/RecordTableModel.h"

namespace crosswalk {

RecordFilterProxy::RecordFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RecordTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void RecordFilterProxy::setSearchText(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    invalidateFilter();
}

void RecordFilterProxy::setValueFilter(const QString& column, const QVariant& value)
{
    if (!value.isValid() || value.toString().isEmpty())
        m_values.remove(column);
    else
        m_values.insert(column, value);
    invalidateFilter();
}

void RecordFilterProxy::clearFilters()
{
    m_values.clear();
    m_search.clear();
    invalidateFilter();
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const RecordTableModel*>(sourceModel());
    if (!model)
        return true;
    for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it) {
        const int column = model->columnIndex(it.key());
        QVariant value;
        if (column >= 0)
            value = model->index(sourceRow, column, sourceParent).data(RecordTableModel::KeyRole);
        else
            value = model->recordAt(sourceRow).value(it.key());
        if (value.typeId() == QMetaType::QVariantList) {
            bool found = false;
            for (const QVariant& id : value.toList())
                found = found || id.toString() == it.value().toString();
            if (!found)
                return false;
        } else if (value.toString() != it.value().toString()) {
            return false;
        }
    }
    const QString needle = m_search.trimmed();
    if (needle.isEmpty())
        return true;
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(needle, Qt::CaseInsensitive))
            return true;
    }
    const QVariantMap record = model->recordAt(sourceRow);
    for (const char* extra : {"title_orig", "name_orig", "summary_en", "description"}) {
        if (record.value(QLatin1String(extra)).toString().contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace crosswalk
