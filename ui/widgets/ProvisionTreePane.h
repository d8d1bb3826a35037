#pragma once

#include <QSet>
#include <QVariantMap>
#include <QWidget>

class QAbstractProxyModel;
class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QModelIndex;
class QTreeView;

namespace crosswalk {

class ProvisionFilterProxy;
class ProvisionTreeModel;

/// The provision tree of the Frameworks page with its search box ("provisionFilter") and
/// verification filter ("provisionVerificationFilter"). When the tree reloads (an edit, an undo) it
/// keeps the selection on the same provision, or its parent when the provision is gone, and keeps
/// the branches that were open; the tree of another framework opens fully expanded when it is small.
/// The model may show several frameworks (ProvisionTreeModel::setFrameworkIds); their header nodes
/// count as no provision (currentId() 0).
class ProvisionTreePane : public QWidget
{
    Q_OBJECT

public:
    /// The pane shows model (which it does not own) through its own filter.
    explicit ProvisionTreePane(ProvisionTreeModel* model, QWidget* parent = nullptr);
    /// The same, with columns added by a proxy between the model and the filter (its source model
    /// is model; not owned), such as CoverageTreeProxy.
    ProvisionTreePane(ProvisionTreeModel* model, QAbstractProxyModel* columns, QWidget* parent = nullptr);

    QTreeView* tree() const { return m_tree; }
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* verificationFilter() const { return m_verification; }
    ProvisionFilterProxy* proxy() const { return m_proxy; }
    ProvisionTreeModel* model() const { return m_model; }

    /// The index of the tree view for an index of the model, and back.
    QModelIndex viewIndex(const QModelIndex& modelIndex) const;
    QModelIndex modelIndex(const QModelIndex& viewIndex) const;

    /// The selected provision: its id (0 when none), row, and index in the model.
    qint64 currentId() const;
    QVariantMap currentRecord() const;
    QModelIndex currentSourceIndex() const;

    /// Selects the provision, clearing the filters when they hide it, and opens the branches above
    /// it; false when the tree does not hold it.
    bool select(qint64 id);
    void clearSelection();
    /// Empties the search box and shows every verification.
    void clearFilters();
    /// Adds a button at the end of the line above the tree (to reorder the provisions).
    void addButton(QWidget* button);

Q_SIGNALS:
    /// Another provision (0: none) is selected, by the user or because the tree reloaded.
    void currentChanged(qint64 id);

private:
    void onAboutToReset();
    void onReset();
    void onFilterChanged();
    void collectExpanded(const QModelIndex& parent);

    ProvisionTreeModel* m_model = nullptr;
    QAbstractProxyModel* m_columns = nullptr;
    ProvisionFilterProxy* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_verification = nullptr;
    QTreeView* m_tree = nullptr;
    QHBoxLayout* m_filterLine = nullptr;

    QList<qint64> m_frameworks; ///< the frameworks whose tree the remembered state belongs to
    qint64 m_currentBefore = 0; ///< selected before a reload
    qint64 m_parentBefore = 0;  ///< its parent
    QSet<qint64> m_expanded;    ///< open branches before a reload
};

} // namespace crosswalk
