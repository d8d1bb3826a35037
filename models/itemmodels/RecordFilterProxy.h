#pragma once

#include <QHash>
#include <QSortFilterProxyModel>
#include <QVariant>

namespace crosswalk {

/// Search and filters over a RecordTableModel: a text that any shown cell (or the original-language
/// title) must contain, and per-column values a record must have (for a link column: must be among
/// its linked ids). Sorts by RecordTableModel::SortRole.
class RecordFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RecordFilterProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    const QString& searchText() const { return m_search; }

    /// Keeps only records whose column holds value; an invalid value removes the filter.
    void setValueFilter(const QString& column, const QVariant& value);
    QVariant valueFilter(const QString& column) const { return m_values.value(column); }
    void clearFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_search;
    QHash<QString, QVariant> m_values;
};

} // namespace crosswalk
