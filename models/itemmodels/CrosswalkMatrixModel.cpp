#include "models/itemmodels/CrosswalkMatrixModel.h"

#include <QFont>

namespace crosswalk {

CrosswalkMatrixModel::CrosswalkMatrixModel(QObject* parent) : QAbstractTableModel(parent) {}

void CrosswalkMatrixModel::setMatrix(CrosswalkMatrix matrix)
{
    beginResetModel();
    m_matrix = std::move(matrix);
    rebuildRows();
    endResetModel();
}

void CrosswalkMatrixModel::setHideEmptyRows(bool hide)
{
    if (hide == m_hideEmptyRows)
        return;
    beginResetModel();
    m_hideEmptyRows = hide;
    rebuildRows();
    endResetModel();
}

void CrosswalkMatrixModel::rebuildRows()
{
    m_visibleRows.clear();
    for (int row = 0; row < m_matrix.rowCount(); ++row) {
        if (!m_hideEmptyRows || !m_matrix.rowTotal(row).isEmpty())
            m_visibleRows.append(row);
    }
}

int CrosswalkMatrixModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(m_visibleRows.size()) + (hasTotals() ? 1 : 0);
}

int CrosswalkMatrixModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_matrix.columnCount() + (hasTotals() ? 1 : 0);
}

int CrosswalkMatrixModel::matrixRow(int row) const
{
    return row >= 0 && row < m_visibleRows.size() ? m_visibleRows.at(row) : -1;
}

int CrosswalkMatrixModel::matrixColumn(int column) const
{
    return column >= 0 && column < m_matrix.columnCount() ? column : -1;
}

bool CrosswalkMatrixModel::isTotalRow(int row) const
{
    return hasTotals() && row == m_visibleRows.size();
}

bool CrosswalkMatrixModel::isTotalColumn(int column) const
{
    return hasTotals() && column == m_matrix.columnCount();
}

const MatrixCell* CrosswalkMatrixModel::cellAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() || index.column() >= columnCount())
        return nullptr;
    const int row = matrixRow(index.row());
    const int column = matrixColumn(index.column());
    if (row >= 0 && column >= 0)
        return &m_matrix.cell(row, column);
    if (row >= 0)
        return &m_matrix.rowTotal(row);
    if (column >= 0)
        return &m_matrix.columnTotal(column);
    return &m_matrix.total();
}

QModelIndex CrosswalkMatrixModel::indexOfMapping(qint64 mappingId) const
{
    const MatrixMapping* mapping = m_matrix.mapping(mappingId);
    if (!mapping)
        return QModelIndex();
    const int row = static_cast<int>(m_visibleRows.indexOf(mapping->row));
    return row >= 0 ? index(row, mapping->column) : QModelIndex();
}

QModelIndex CrosswalkMatrixModel::indexOfGroups(qint64 rowGroupId, qint64 columnGroupId) const
{
    if (!hasTotals())
        return QModelIndex();
    int row = static_cast<int>(m_visibleRows.size());
    if (rowGroupId != 0)
        row = static_cast<int>(m_visibleRows.indexOf(m_matrix.rowOfGroup(rowGroupId)));
    const int column = columnGroupId == 0 ? m_matrix.columnCount() : m_matrix.columnOfGroup(columnGroupId);
    if (row < 0 || column < 0)
        return QModelIndex();
    return index(row, column);
}

QString CrosswalkMatrixModel::rowName(int row) const
{
    const int matrixRowIndex = matrixRow(row);
    return matrixRowIndex >= 0 ? m_matrix.rows().at(matrixRowIndex).label() : tr("All source groups");
}

QString CrosswalkMatrixModel::columnName(int column) const
{
    const int matrixColumnIndex = matrixColumn(column);
    return matrixColumnIndex >= 0 ? m_matrix.columns().at(matrixColumnIndex).label() : tr("All target groups");
}

QString CrosswalkMatrixModel::cellTitle(const QModelIndex& index) const
{
    if (!cellAt(index))
        return QString();
    if (isTotalRow(index.row()) && isTotalColumn(index.column()))
        return tr("All groups");
    return tr("%1 × %2").arg(rowName(index.row()), columnName(index.column()));
}

QVariant CrosswalkMatrixModel::data(const QModelIndex& index, int role) const
{
    const MatrixCell* cell = cellAt(index);
    if (!cell)
        return QVariant();
    const bool total = isTotalRow(index.row()) || isTotalColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (total && cell->isEmpty())
            return QStringLiteral("0");
        return cellText(*cell);
    case Qt::BackgroundRole: {
        const QColor colour = background(cell->coverageClass);
        return colour.isValid() ? QVariant(colour) : QVariant();
    }
    case Qt::ForegroundRole: {
        const QColor colour = foreground(cell->coverageClass);
        return colour.isValid() ? QVariant(colour) : QVariant();
    }
    case Qt::FontRole:
        if (total) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return toolTip(index, *cell);
    case MappingIdsRole: {
        QVariantList ids;
        for (const qint64 id : cell->mappingIds)
            ids << id;
        return ids;
    }
    case CountRole:
        return cell->count();
    case RelationshipRole:
        return cell->strongest ? toKey(*cell->strongest) : QString();
    case CoverageRole:
        return coverageKey(cell->coverageClass);
    case TotalRole:
        return total;
    default:
        return QVariant();
    }
}

QVariant CrosswalkMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const bool horizontal = orientation == Qt::Horizontal;
    if (section < 0 || section >= (horizontal ? columnCount() : rowCount()))
        return QVariant();
    const bool total = horizontal ? isTotalColumn(section) : isTotalRow(section);
    const MatrixGroup* group = nullptr;
    if (!total)
        group = horizontal ? &m_matrix.columns().at(matrixColumn(section)) : &m_matrix.rows().at(matrixRow(section));
    switch (role) {
    case Qt::DisplayRole:
        return group ? group->label() : tr("Total");
    case ReferenceRole:
        return group ? group->reference : tr("Total");
    case TitleRole:
        return group ? group->title() : QString();
    case GroupIdRole:
        return group ? group->provisionId : qint64(0);
    case FrameworkIdRole:
        return group ? group->frameworkId : qint64(0);
    case TotalRole:
        return total;
    case Qt::FontRole:
        if (total) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case Qt::ToolTipRole: {
        if (!group)
            return horizontal ? tr("Every mapping of the source group, whatever its target")
                              : tr("Every mapping onto the target group, from any source group");
        QStringList lines{group->label()};
        if (!group->titleOrig.isEmpty() && group->titleOrig != group->title())
            lines << group->titleOrig;
        const QString code = m_matrix.provisionCode(group->provisionId);
        lines << (group->provisionCount == 1
                      ? tr("%1 — 1 provision in the group").arg(code)
                      : tr("%1 — %n provisions in the group", nullptr, group->provisionCount).arg(code));
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return QVariant();
    }
}

Qt::ItemFlags CrosswalkMatrixModel::flags(const QModelIndex& index) const
{
    if (!cellAt(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QString CrosswalkMatrixModel::toolTip(const QModelIndex& index, const MatrixCell& cell) const
{
    QStringList lines{cellTitle(index)};
    if (cell.isEmpty()) {
        lines << tr("No mappings.");
        return lines.join(QLatin1Char('\n'));
    }
    const QString strongest = toLabel(*cell.strongest);
    QString mappings = cell.count() == 1
                           ? tr("1 mapping; relationship: %1").arg(strongest)
                           : tr("%n mappings; strongest relationship: %1", nullptr, cell.count()).arg(strongest);
    if (cell.bestStrength)
        mappings += tr("; best strength %1 of 10").arg(*cell.bestStrength);
    lines << mappings;
    lines << tr("%1: %2").arg(coverageLabel(cell.coverageClass), coverageText(cell));
    return lines.join(QLatin1Char('\n'));
}

QString CrosswalkMatrixModel::cellText(const MatrixCell& cell)
{
    if (cell.isEmpty() || !cell.strongest)
        return QString();
    return tr("%1 · %2").arg(cell.count()).arg(toLabel(*cell.strongest));
}

QString CrosswalkMatrixModel::coverageText(const MatrixCell& cell)
{
    const CoverageCounts& counts = cell.coverage;
    if (cell.isEmpty())
        return tr("no mappings");
    if (counts.applicable() == 0)
        return tr("every provision of the target group is marked not applicable to the source party");
    QString text = tr("%1 of %2 applicable provisions covered, %3 partly; score %4 %")
                       .arg(counts.covered)
                       .arg(counts.applicable())
                       .arg(counts.partial)
                       .arg(qRound(counts.score() * 100));
    if (counts.notApplicable > 0)
        text += tr("; %n not applicable", nullptr, counts.notApplicable);
    return text;
}

QColor CrosswalkMatrixModel::background(MatrixCoverage coverage)
{
    // A sequential green scale (light: little, dark: all), after ColorBrewer's "Greens"; a light red for
    // mappings that cover nothing and a blue grey for what is not applicable.
    switch (coverage) {
    case MatrixCoverage::Empty:
        return QColor();
    case MatrixCoverage::NotApplicable:
        return QColor(0xe3, 0xe8, 0xee);
    case MatrixCoverage::NoCoverage:
        return QColor(0xfb, 0xdc, 0xd7);
    case MatrixCoverage::Low:
        return QColor(0xd9, 0xf0, 0xd3);
    case MatrixCoverage::Medium:
        return QColor(0x9f, 0xd8, 0x95);
    case MatrixCoverage::High:
        return QColor(0x3f, 0x9f, 0x5a);
    case MatrixCoverage::Full:
        return QColor(0x0b, 0x5d, 0x2e);
    }
    return QColor();
}

QColor CrosswalkMatrixModel::foreground(MatrixCoverage coverage)
{
    switch (coverage) {
    case MatrixCoverage::Empty:
        return QColor();
    case MatrixCoverage::NotApplicable:
        return QColor(0x37, 0x47, 0x4f);
    case MatrixCoverage::NoCoverage:
        return QColor(0x7f, 0x1d, 0x1d);
    case MatrixCoverage::Low:
    case MatrixCoverage::Medium:
        return QColor(0x0c, 0x2e, 0x14);
    case MatrixCoverage::High:
    case MatrixCoverage::Full:
        return QColor(Qt::white);
    }
    return QColor();
}

QString CrosswalkMatrixModel::coverageLabel(MatrixCoverage coverage)
{
    switch (coverage) {
    case MatrixCoverage::Empty:
        return tr("No mappings");
    case MatrixCoverage::NotApplicable:
        return tr("Not applicable");
    case MatrixCoverage::NoCoverage:
        return tr("Mapped, nothing covered");
    case MatrixCoverage::Low:
        return tr("Covers little");
    case MatrixCoverage::Medium:
        return tr("Covers some");
    case MatrixCoverage::High:
        return tr("Covers most");
    case MatrixCoverage::Full:
        return tr("Covers all");
    }
    return QString();
}

QString CrosswalkMatrixModel::coverageKey(MatrixCoverage coverage)
{
    switch (coverage) {
    case MatrixCoverage::Empty:
        return QStringLiteral("empty");
    case MatrixCoverage::NotApplicable:
        return QStringLiteral("not_applicable");
    case MatrixCoverage::NoCoverage:
        return QStringLiteral("none");
    case MatrixCoverage::Low:
        return QStringLiteral("low");
    case MatrixCoverage::Medium:
        return QStringLiteral("medium");
    case MatrixCoverage::High:
        return QStringLiteral("high");
    case MatrixCoverage::Full:
        return QStringLiteral("full");
    }
    return QString();
}

} // namespace crosswalk
