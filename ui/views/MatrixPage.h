#pragma once

#include "ui/views/WorkPage.h"

#include <QPointer>

class QCheckBox;
class QLabel;
class QModelIndex;
class QSplitter;
class QTableView;

namespace crosswalk {

class AnalysisScopeBar;
class CrosswalkMatrixModel;
class Database;
class MatrixCellList;

/// The Matrix page: the crosswalk between the analysis pages' shared source and target as a heatmap
/// of source groups (the top-level provisions of each source framework) against target groups
/// (table "matrixTable"; each cell gives the number of mappings and their strongest relationship, its
/// colour how much of the target group they cover), a legend, and below it the mappings of the chosen
/// cell ("cellMappings"). The arrow keys move between cells and the list follows; double-click or
/// Enter on a listed mapping asks to open it on the Crosswalk page. The page recomputes when mappings,
/// provisions, not-applicable marks or frameworks change (when hidden: once it is shown again).
class MatrixPage : public WorkPage
{
    Q_OBJECT

public:
    explicit MatrixPage(PageContext& context, QWidget* parent = nullptr);
    ~MatrixPage() override;

    QStringList tables() const override;
    /// Chooses the cell that holds the mapping and selects the mapping in its list.
    bool showRecord(const QString& table, qint64 id) override;
    QString currentTable() const override;
    QVariantMap currentRecord() const override;
    /// The page has no search box: the focus goes to the matrix.
    void focusSearch() override;

    CrosswalkMatrixModel* matrixModel() const { return m_model; }
    QTableView* matrixView() const { return m_table; }
    MatrixCellList* cellList() const { return m_cellList; }

public Q_SLOTS:
    /// Recomputes the matrix now, keeping the chosen cell and mapping where they still are.
    void reload();

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// The chosen cell (by the top-level provisions of its groups; 0: a total, -1: none) and mapping.
    struct Choice
    {
        qint64 rowGroup = -1;
        qint64 columnGroup = -1;
        qint64 mappingId = 0;
    };

    void buildLayout();
    void setDatabase(Database* db);
    void onDatabaseChanged(const QString& table);
    /// Reloads now when the page is shown, else when it is shown next.
    void scheduleReload();
    Choice choice() const;
    /// Chooses the cell and mapping again where they still are (nothing when the cell is gone).
    void choose(const Choice& choice);
    void showCell(const QModelIndex& index);
    void resizeColumns();
    void updateSummary(const QString& problem);

    QPointer<Database> m_db;
    CrosswalkMatrixModel* m_model = nullptr;
    AnalysisScopeBar* m_scopeBar = nullptr;
    QCheckBox* m_hideEmpty = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    MatrixCellList* m_cellList = nullptr;
    QSplitter* m_splitter = nullptr;
    bool m_stale = true;
};

} // namespace crosswalk
