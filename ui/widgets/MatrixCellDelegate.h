#pragma once

#include "ui/support/RowHeightDelegate.h"

namespace crosswalk {

/// Paints a cell of the crosswalk matrix: its coverage colour fills the cell (the selection does not
/// hide it: the current cell is framed in the highlight colour instead), and its text ("3 · intersects
/// with") sits centred in the colour readable on that background. A line sets the totals off.
class MatrixCellDelegate : public RowHeightDelegate
{
    Q_OBJECT

public:
    explicit MatrixCellDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace crosswalk
