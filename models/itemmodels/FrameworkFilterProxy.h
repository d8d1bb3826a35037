#pragma once

#include <QHash>
#include <QSortFilterProxyModel>

namespace crosswalk {

/// Search and filters over a FrameworkListModel: a text that a shown cell, the original-language
/// title or the short name must contain, and the stored values ("law", "official", "AMBER") that
/// the kind, status, verification and marking must have. Sorts by the shown text, locale-aware;
/// without a sort column the frameworks keep the order in which they were entered.
class FrameworkFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FrameworkFilterProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    const QString& searchText() const { return m_search; }

    /// Keeps only frameworks whose column ("kind", "status", "verification", "marking") holds key;
    /// an empty key removes the filter.
    void setValueFilter(const QString& column, const QString& key);
    QString valueFilter(const QString& column) const { return m_values.value(column); }
    void clearFilters();
    /// True when a search text or a value filter hides frameworks.
    bool isFiltering() const { return !m_search.trimmed().isEmpty() || !m_values.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_search;
    QHash<QString, QString> m_values;
};

} // namespace crosswalk
