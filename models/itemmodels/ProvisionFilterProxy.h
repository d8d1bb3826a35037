#pragma once

#include <QSortFilterProxyModel>

namespace crosswalk {

/// Search and a verification filter over a ProvisionTreeModel. A provision is kept when its code,
/// reference, titles or summaries contain the search text and its verification is the one chosen;
/// the chapters above a kept provision stay, so that it is shown where it belongs. Keeps the
/// tree's own order (sort_order).
class ProvisionFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ProvisionFilterProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    const QString& searchText() const { return m_search; }

    /// Keeps only provisions with this verification ("official", "secondary", "unverified");
    /// empty: any.
    void setVerification(const QString& key);
    const QString& verification() const { return m_verification; }

    void clearFilters();
    /// True when a search text or the verification filter hides provisions.
    bool isFiltering() const { return !m_search.trimmed().isEmpty() || !m_verification.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_search;
    QString m_verification;
};

} // namespace crosswalk
