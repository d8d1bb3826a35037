#pragma once

#include "ui/views/RecordEditor.h"
#include "ui/views/WorkPage.h"

#include <QPointer>

class QAction;
class QModelIndex;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeView;

namespace crosswalk {

class Database;
class DetailPanel;
class FrameworkEditor;
class FrameworkFilterBar;
class FrameworkFilterProxy;
class FrameworkListModel;
class ProvisionTreeModel;
class ProvisionTreePane;
class RecordTitleBar;

/// The Frameworks page: the frameworks (search, filters by kind, status, verification and marking,
/// sorting by any column) above the provision tree of the selected one, and beside them the
/// selected framework or provision: its heading with marking and verification badges, its details
/// (source, verification note) and its form. Frameworks and provisions are added, edited, deleted
/// and reordered here; every edit goes through the undo stack. Export ("exportAction", Ctrl+E) writes
/// the frameworks listed, "exportProvisionsAction" the provisions the tree shows, to CSV or XLSX.
class FrameworksView : public WorkPage
{
    Q_OBJECT

public:
    explicit FrameworksView(PageContext& context, QWidget* parent = nullptr);
    ~FrameworksView() override;

    QStringList tables() const override;
    bool showRecord(const QString& table, qint64 id) override;
    QString currentTable() const override;
    QVariantMap currentRecord() const override;
    void focusSearch() override;

    /// Selects the framework with the given code; false when there is none.
    bool selectFramework(const QString& code);
    /// The id of the selected framework, 0 when none is selected.
    qint64 selectedFrameworkId() const;
    /// The id of the selected provision, 0 when none is selected.
    qint64 selectedProvisionId() const;

    FrameworkListModel* frameworkModel() const { return m_frameworks; }
    ProvisionTreeModel* provisionModel() const { return m_provisions; }
    FrameworkEditor* editor() const { return m_editor; }

public Q_SLOTS:
    void addFramework();
    /// A new provision under the selected one (at the top level when none is selected).
    void addProvision();
    void addTopLevelProvision();
    void deleteSelected();
    void moveUp();
    void moveDown();
    void save();
    void revert();
    /// Shows the form and puts the focus in its first field.
    void editSelected();

private:
    void createActions();
    void buildLayout();
    QWidget* buildToolbar();
    QWidget* buildDetailSide();
    void setDatabase(Database* db);

    void onFrameworkRowChanged(const QModelIndex& current);
    void onProvisionChanged(qint64 id);
    void onFrameworksAboutToReset();
    void onFrameworksReset();
    void selectFrameworkRow(int sourceRow);
    void highlightCurrentFramework();
    void startNewProvision(qint64 parentId);
    void move(int delta);

    /// Shows the selection in the details, the form (unless it holds changes) and the heading.
    void showCurrent();
    void loadEditor();
    void updateTitle();
    void updateActions();
    /// True when the form holds no changes, or the user agreed to drop them.
    bool confirmDiscard();
    /// Puts the selection back on the record shown, after the user kept the changes in the form.
    void restoreSelection();
    QVariantMap selectedFrameworkRecord() const;

    QPointer<Database> m_db;
    RecordEditor m_recordEditor;

    FrameworkListModel* m_frameworks = nullptr;
    FrameworkFilterProxy* m_frameworkProxy = nullptr;
    ProvisionTreeModel* m_provisions = nullptr;

    FrameworkFilterBar* m_filterBar = nullptr;
    QTableView* m_frameworkList = nullptr;
    ProvisionTreePane* m_provisionPane = nullptr;
    RecordTitleBar* m_titleBar = nullptr;
    QTabWidget* m_tabs = nullptr;
    DetailPanel* m_detail = nullptr;
    QWidget* m_editTab = nullptr;
    FrameworkEditor* m_editor = nullptr;
    QSplitter* m_splitter = nullptr;
    QSplitter* m_browseSplitter = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_revertButton = nullptr;

    QAction* m_addFrameworkAction = nullptr;
    QAction* m_addProvisionAction = nullptr;
    QAction* m_addTopLevelAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_moveUpAction = nullptr;
    QAction* m_moveDownAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_revertAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_exportAction = nullptr;           ///< the frameworks listed
    QAction* m_exportProvisionsAction = nullptr; ///< the provisions of the selected framework
    QAction* m_findAction = nullptr;

    qint64 m_shownFramework = 0; ///< the framework whose details are shown
    qint64 m_shownProvision = 0; ///< the provision whose details are shown (0: the framework's)
    qint64 m_frameworkBeforeReset = 0;
    int m_frameworkRowBeforeReset = -1;
    bool m_restoring = false; ///< the selection is being put back or restored after a reload
};

} // namespace crosswalk
