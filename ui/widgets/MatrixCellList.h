#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace crosswalk {

class CrosswalkMatrix;
class Database;

/// The mappings of the cell chosen in the crosswalk matrix (table "cellMappings"), read from the source
/// side as the matrix reads them: source FRAMEWORK:CODE, relationship, target FRAMEWORK:CODE, strength,
/// review status (a badge), rationale and justification, under a heading that names the cell.
/// Double-click or Enter on a mapping asks to open it.
class MatrixCellList : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        SourceColumn,
        RelationshipColumn,
        TargetColumn,
        StrengthColumn,
        ReviewStatusColumn,
        RationaleColumn,
        JustificationColumn,
        ColumnCount
    };

    explicit MatrixCellList(QWidget* parent = nullptr);

    /// Lists the mappings (ids of the matrix) of the cell named by title; the rationale and justification
    /// are read from the database.
    void showMappings(Database& db, const CrosswalkMatrix& matrix, const QString& title, const QList<qint64>& ids);
    /// Lists nothing and says why.
    void showMessage(const QString& message);

    QList<qint64> mappingIds() const;
    /// The selected mapping (0: none).
    qint64 currentMappingId() const;
    /// Selects the mapping; false when it is not listed.
    bool selectMapping(qint64 id);
    QTableView* view() const { return m_view; }

Q_SIGNALS:
    void currentMappingChanged(qint64 id);
    void openRequested(qint64 id);

private:
    void setupColumns();
    /// Each column but the justification as wide as its texts (within reason); the justification takes the rest.
    void fitColumns();

    QLabel* m_heading = nullptr;
    QTableView* m_view = nullptr;
    QStandardItemModel* m_model = nullptr;
};

} // namespace crosswalk
