#pragma once

#include <QWidget>

class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTreeView;

namespace crosswalk {

class Database;
class DetailPanel;
class FrameworkListModel;
class ProvisionTreeModel;

/// The Frameworks page: the list of frameworks, the provision tree of the selected framework and
/// the details of the selected framework or provision.
class FrameworksView : public QWidget
{
    Q_OBJECT

public:
    explicit FrameworksView(QWidget* parent = nullptr);

    /// Shows the frameworks of db (nullptr: nothing) and selects the first one.
    void setDatabase(Database* db);

    /// Selects the framework with the given code; false when there is none.
    bool selectFramework(const QString& code);
    /// The id of the selected framework, 0 when none is selected.
    qint64 selectedFrameworkId() const;

    FrameworkListModel* frameworkModel() const { return m_frameworks; }
    ProvisionTreeModel* provisionModel() const { return m_provisions; }

private:
    void onFrameworkChanged(const QModelIndex& current);
    void onProvisionChanged(const QModelIndex& current);
    void onFrameworksAboutToReset();
    void onFrameworksReset();
    void onProvisionsAboutToReset();
    void onProvisionsReset();
    void selectFrameworkRow(int sourceRow);
    void showSelectedFramework();

    FrameworkListModel* m_frameworks = nullptr;
    QSortFilterProxyModel* m_frameworkProxy = nullptr;
    ProvisionTreeModel* m_provisions = nullptr;

    QLineEdit* m_filter = nullptr;
    QTableView* m_frameworkList = nullptr;
    QTreeView* m_provisionTree = nullptr;
    DetailPanel* m_detail = nullptr;
    QSplitter* m_splitter = nullptr;

    qint64 m_frameworkBeforeReset = 0;
    qint64 m_provisionBeforeReset = 0;
};

} // namespace crosswalk
