#pragma once

#include "ui/views/RecordEditor.h"
#include "ui/views/RecordPageSpec.h"
#include "ui/views/WorkPage.h"

#include <QPointer>

class QAction;
class QLabel;
class QModelIndex;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolButton;

namespace crosswalk {

class Database;
class DetailTab;
class LinkPanel;
class RecordFilterBar;
class RecordFilterProxy;
class RecordForm;
class RecordTableModel;
class RecordTitleBar;

/// A list page for one kind of record, configured by a RecordPageSpec: a search box ("searchBox")
/// and filters ("filter_<column>") over a sortable table ("recordTable"), and beside it (splitter
/// "pageSplitter") the selected record: its code, title, marking and verification, its form, tabs
/// with more about it (links, history), and the buttons Add ("addButton", Ctrl+N), Save
/// ("saveButton", Ctrl+S), Revert ("revertButton") and Delete ("deleteButton", Delete in the table).
///
/// Saving validates first and shows problems next to the fields (nothing is written); deleting asks
/// and names what refers to the record. Every edit goes through PageContext::apply, so it can be
/// undone; the table reloads after any change (undo and redo included) and keeps the record
/// selected while it exists.
class RecordPage : public WorkPage
{
    Q_OBJECT

public:
    RecordPage(PageContext& context, RecordPageSpec spec, QWidget* parent = nullptr);
    ~RecordPage() override;

    QStringList tables() const override;
    bool showRecord(const QString& table, qint64 id) override;
    QString currentTable() const override;
    QVariantMap currentRecord() const override;
    void focusSearch() override;

    const RecordPageSpec& spec() const { return m_spec; }
    /// The id of the record shown; 0 when none (or while a new record is being entered).
    qint64 currentId() const { return m_currentId; }
    /// True while the form holds a new record that is not saved yet.
    bool isCreating() const { return m_creating; }
    /// True when the form holds changes that are not saved.
    bool hasUnsavedChanges() const;

    RecordTableModel* model() const { return m_model; }
    RecordFilterProxy* proxy() const { return m_proxy; }
    RecordForm* form() const { return m_form; }
    QTableView* tableView() const { return m_table; }
    RecordFilterBar* filterBar() const { return m_filterBar; }
    QTabWidget* detailTabs() const { return m_tabs; }
    /// Add, Save, Revert, Delete and Export, for menus and toolbars.
    QList<QAction*> recordActions() const;

public Q_SLOTS:
    /// Starts a new record in the form, with the default values.
    void addRecord();
    /// Validates and writes the form; false when nothing was written.
    bool saveRecord();
    /// Puts the stored values back into the form (or abandons a new record).
    void revertRecord();
    /// Asks, then deletes the record shown; false when it was not deleted.
    bool deleteRecord();
    /// Asks for a file and writes the rows the table shows to it; false when nothing was written.
    bool exportRecords();

protected:
    /// Adds a tab under the form; the page tells it the database and the record shown.
    void addDetailTab(DetailTab* tab, const QString& title);
    /// Adds a tab listing the records linked through linkTable.
    LinkPanel* addLinkTab(const QString& linkTable, const QString& title);
    /// Brings a tab to the front.
    void showDetailTab(DetailTab* tab);

private:
    void buildLayout();
    void createActions();
    void setDatabase(Database* db);
    void onDatabaseChanged(const QString& table);
    void onCurrentRowChanged(const QModelIndex& current);
    void onModelReset();
    void showId(qint64 id);
    void selectId(qint64 id);
    bool confirmDiscard();
    void applySearch(const QString& text);
    void applyFilter(const QString& column, const QVariant& value);
    void updateActions();
    void updateTitle();
    void updateTabOrder();
    void sizeColumns();

    RecordPageSpec m_spec;
    RecordEditor m_editor;
    QPointer<Database> m_db;
    qint64 m_currentId = 0;
    qint64 m_previousId = 0;
    bool m_creating = false;
    bool m_restoring = false;
    bool m_columnsSized = false;

    RecordTableModel* m_model = nullptr;
    RecordFilterProxy* m_proxy = nullptr;

    QLabel* m_heading = nullptr;
    RecordFilterBar* m_filterBar = nullptr;
    QTableView* m_table = nullptr;
    QSplitter* m_splitter = nullptr;
    QSplitter* m_detailSplitter = nullptr;
    RecordTitleBar* m_titleBar = nullptr;
    RecordForm* m_form = nullptr;
    QTabWidget* m_tabs = nullptr;
    QList<DetailTab*> m_detailTabs;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_revertButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QToolButton* m_exportButton = nullptr;
    QAction* m_addAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_revertAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_findAction = nullptr;
};

} // namespace crosswalk
