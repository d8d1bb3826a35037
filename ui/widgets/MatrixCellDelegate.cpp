#include "ui/widgets/MatrixCellDelegate.h"

#include "models/itemmodels/CrosswalkMatrixModel.h"

#include <QPainter>

namespace crosswalk {

namespace {
constexpr int FrameWidth = 3;
} // namespace

MatrixCellDelegate::MatrixCellDelegate(QObject* parent) : RowHeightDelegate(parent) {}

void MatrixCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QVariant background = index.data(Qt::BackgroundRole);
    const QVariant foreground = index.data(Qt::ForegroundRole);
    const bool selected = option.state.testFlag(QStyle::State_Selected);

    painter->save();
    if (background.canConvert<QColor>())
        painter->fillRect(option.rect, background.value<QColor>());
    else if (background.canConvert<QBrush>())
        painter->fillRect(option.rect, background.value<QBrush>());
    else
        painter->fillRect(option.rect, option.palette.color(QPalette::Base));

    const QColor text =
        foreground.canConvert<QColor>() ? foreground.value<QColor>() : option.palette.color(QPalette::Text);
    painter->setFont(cell.font);
    painter->setPen(text);
    const QRect textRect = option.rect.adjusted(FrameWidth + 2, 0, -FrameWidth - 2, 0);
    const QString shown = cell.fontMetrics.elidedText(cell.text, Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignCenter | Qt::TextSingleLine, shown);

    // The totals row and column set off from the groups.
    const QAbstractItemModel* model = index.model();
    const bool totalColumn =
        model->headerData(index.column(), Qt::Horizontal, CrosswalkMatrixModel::TotalRole).toBool();
    const bool totalRow = model->headerData(index.row(), Qt::Vertical, CrosswalkMatrixModel::TotalRole).toBool();
    if (totalColumn || totalRow) {
        painter->setPen(QPen(option.palette.color(QPalette::Mid), 2));
        if (totalColumn)
            painter->drawLine(option.rect.topLeft() + QPoint(1, 0), option.rect.bottomLeft() + QPoint(1, 1));
        if (totalRow)
            painter->drawLine(option.rect.topLeft() + QPoint(0, 1), option.rect.topRight() + QPoint(1, 1));
    }

    if (selected) {
        const QColor highlight = option.palette.color(
            option.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive, QPalette::Highlight);
        QPen pen(highlight, FrameWidth);
        pen.setJoinStyle(Qt::MiterJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const int inset = FrameWidth / 2 + 1;
        painter->drawRect(option.rect.adjusted(inset, inset, -inset - 1, -inset - 1));
    }
    painter->restore();
}

} // namespace crosswalk
