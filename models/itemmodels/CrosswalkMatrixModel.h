#pragma once

#include "models/analysis/CrosswalkMatrix.h"

#include <QAbstractTableModel>
#include <QColor>

namespace crosswalk {

/// The crosswalk matrix as a heatmap table: one row per source group, one column per target group,
/// and a last row and column of totals. A cell reads "3 · intersects with" (count and strongest
/// relationship, so that nothing is told by colour alone) on a background coloured by its coverage
/// class (a scale from light to dark green; empty cells keep the view's own background). Optionally
/// the source groups without any mapping are hidden.
class CrosswalkMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        MappingIdsRole = Qt::UserRole + 1, ///< the cell's mapping ids (QVariantList of qint64)
        CountRole,                         ///< the number of mappings (int)
        RelationshipRole,                  ///< the key of the strongest relationship (empty: no mapping)
        CoverageRole,                      ///< the key of the coverage class ("full", "high", ...)
        TotalRole,                         ///< true in the totals row and column (cells and headers)
        ReferenceRole,                     ///< header: the group's reference ("JP-CRCSA Ch. 2"); "Total"
        TitleRole,                         ///< header: the group's title (empty for the totals)
        GroupIdRole,                       ///< header: the group's top-level provision id (0: totals)
        FrameworkIdRole                    ///< header: the group's framework (0: totals)
    };

    explicit CrosswalkMatrixModel(QObject* parent = nullptr);

    void setMatrix(CrosswalkMatrix matrix);
    const CrosswalkMatrix& matrix() const { return m_matrix; }

    /// Hides the source groups (rows) that have no mapping.
    void setHideEmptyRows(bool hide);
    bool hidesEmptyRows() const { return m_hideEmptyRows; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    /// The matrix row shown in a model row; -1 for the totals row (and rows out of range).
    int matrixRow(int row) const;
    /// The matrix column shown in a model column; -1 for the totals column (and columns out of range).
    int matrixColumn(int column) const;
    bool isTotalRow(int row) const;
    bool isTotalColumn(int column) const;
    /// The cell (or total) at the index; nullptr for an invalid index.
    const MatrixCell* cellAt(const QModelIndex& index) const;
    /// The index of the cell that holds the mapping; invalid when it is not shown.
    QModelIndex indexOfMapping(qint64 mappingId) const;
    /// The index of the cell of a source group and a target group (0: the totals row or column);
    /// invalid when either is not shown.
    QModelIndex indexOfGroups(qint64 rowGroupId, qint64 columnGroupId) const;
    /// "Source group × target group" for the cell at the index (the totals named as such).
    QString cellTitle(const QModelIndex& index) const;

    /// The colour scale, shared with the legend: the background of a class (invalid for Empty) and a
    /// text colour readable on it.
    static QColor background(MatrixCoverage coverage);
    static QColor foreground(MatrixCoverage coverage);
    /// The translated name of a class ("Covers most"), and its key ("high").
    static QString coverageLabel(MatrixCoverage coverage);
    static QString coverageKey(MatrixCoverage coverage);
    /// "3 · intersects with"; empty for a cell without mappings.
    static QString cellText(const MatrixCell& cell);
    /// What the counts say, in a sentence ("1 of 3 provisions covered, 1 partly; score 53 %").
    static QString coverageText(const MatrixCell& cell);

private:
    void rebuildRows();
    bool hasTotals() const { return m_matrix.rowCount() > 0 && m_matrix.columnCount() > 0; }
    QString toolTip(const QModelIndex& index, const MatrixCell& cell) const;
    QString rowName(int row) const;
    QString columnName(int column) const;

    CrosswalkMatrix m_matrix;
    QList<int> m_visibleRows; ///< the matrix rows shown, in order
    bool m_hideEmptyRows = false;
};

} // namespace crosswalk
