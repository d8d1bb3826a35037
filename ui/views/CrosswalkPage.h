#pragma once

#include "models/analysis/CoverageScope.h"
#include "ui/views/WorkPage.h"

#include <QPointer>

#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace crosswalk {

class AnalysisScopeBar;
class CoverageTreeProxy;
class Database;
class MappingEditor;
class MappingForm;
class MappingListPanel;
class ProvisionTreeModel;
class ProvisionTreePane;

/// The Crosswalk page: the analyst maps provisions between frameworks. At the top the shared
/// source/target line (AnalysisScopeBar) and the coverage summary of the scope ("coverageSummary");
/// below, the source provisions (a party's frameworks as headings, or one framework) beside the
/// target provisions with their coverage as badges. Selecting one provision on each side and Map
/// (Ctrl+M), or dragging one onto the other, adds a mapping with the values of the mapping form;
/// the mappings of the provision selected last are listed in a tab ("crosswalkTabs") and the one
/// selected there is edited in the form (Save changes, Delete). A target provision can be marked not
/// applicable to the scope's party. Every edit goes through PageContext::apply, so it can be undone.
/// The form with its buttons is a MappingEditor; the list a MappingListPanel.
class CrosswalkPage : public WorkPage
{
    Q_OBJECT

public:
    explicit CrosswalkPage(PageContext& context, QWidget* parent = nullptr);
    ~CrosswalkPage() override;

    QStringList tables() const override;
    bool showRecord(const QString& table, qint64 id) override;
    QString currentTable() const override;
    QVariantMap currentRecord() const override;
    void focusSearch() override;

    /// Adds a tab beside the mappings list (the gap suggestions).
    void addTab(QWidget* widget, const QString& title);

    AnalysisScopeBar* scopeBar() const { return m_scopeBar; }
    ProvisionTreePane* sourcePane() const { return m_sourcePane; }
    ProvisionTreePane* targetPane() const { return m_targetPane; }
    ProvisionTreeModel* sourceModel() const { return m_sourceModel; }
    ProvisionTreeModel* targetModel() const { return m_targetModel; }
    CoverageTreeProxy* coverage() const { return m_coverage; }
    MappingForm* mappingForm() const;
    MappingListPanel* mappingList() const { return m_mappings; }
    QTabWidget* tabs() const { return m_tabs; }

    MappingEditor* mappingEditor() const { return m_editor; }
    /// The mapping shown in the form (0: the form holds the values of a new mapping).
    qint64 editingMappingId() const;

    /// Records that the target provision does not apply to the scope's party, with the justification.
    bool markNotApplicable(qint64 provisionId, const QString& justification);
    /// Removes the scope party's not-applicable mark from the provision.
    bool clearNotApplicable(qint64 provisionId);
    /// The scope party's not-applicable mark on the provision (none: empty).
    QVariantMap notApplicableMark(qint64 provisionId) const;

private:
    enum class Side
    {
        Source,
        Target
    };

    void createActions();
    void buildLayout();
    void setUpTree(ProvisionTreePane* pane, const QString& prefix);
    void setDatabase(Database* db);
    void onDatabaseChanged(const QString& table);
    void reloadScope();
    void onProvisionSelected(Side side, qint64 id);
    void onProvisionDropped(Side droppedOn, qint64 draggedId, const QString& origin, qint64 ontoId);
    void onCurrentMappingChanged(qint64 id);
    void onEditingChanged(qint64 id);
    void onOtherEndActivated(qint64 provisionId);
    void onNotApplicableClicked();
    /// Selects both ends of a mapping in the trees (where they are shown) and the mapping in the list.
    void selectMappingEnds(qint64 sourceProvisionId, qint64 targetProvisionId, qint64 mappingId);
    QString provisionLabel(qint64 provisionId) const;
    void updateSummary();
    void updateCaptions();
    void updateActions();

    QPointer<Database> m_db;
    std::optional<CoverageScope> m_scope;
    QString m_scopeProblem;
    Side m_lastSide = Side::Source;
    bool m_syncing = false; ///< the list and the form follow each other

    AnalysisScopeBar* m_scopeBar = nullptr;
    QCheckBox* m_allowWithin = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_sourceCaption = nullptr;
    QLabel* m_targetCaption = nullptr;
    ProvisionTreeModel* m_sourceModel = nullptr;
    ProvisionTreeModel* m_targetModel = nullptr;
    CoverageTreeProxy* m_coverage = nullptr;
    ProvisionTreePane* m_sourcePane = nullptr;
    ProvisionTreePane* m_targetPane = nullptr;
    QPushButton* m_notApplicableButton = nullptr;
    QSplitter* m_splitter = nullptr;
    QSplitter* m_treeSplitter = nullptr;
    QSplitter* m_bottomSplitter = nullptr;
    QTabWidget* m_tabs = nullptr;
    MappingListPanel* m_mappings = nullptr;
    MappingEditor* m_editor = nullptr;
    QAction* m_findAction = nullptr;
};

} // namespace crosswalk
