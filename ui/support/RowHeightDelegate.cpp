#include "ui/support/RowHeightDelegate.h"

#include <QFontMetrics>

namespace crosswalk {

RowHeightDelegate::RowHeightDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QSize RowHeightDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // CJK glyphs come from a fallback font whose line is taller than the Latin font's.
    const int minimum = option.fontMetrics.height() * 3 / 2 + 2;
    size.setHeight(qMax(size.height(), minimum));
    return size;
}

} // namespace crosswalk
