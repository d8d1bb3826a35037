#include "ui/widgets/BadgeDelegate.h"

#include "models/itemmodels/RecordTableModel.h"
#include "ui/widgets/BadgePalette.h"

#include <QApplication>
#include <QPainter>
#include <QtMath>

namespace crosswalk {

namespace {
constexpr int HorizontalPadding = 8;
constexpr int Margin = 3;
} // namespace

BadgeDelegate::BadgeDelegate(QObject* parent) : RowHeightDelegate(parent) {}

void BadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString key = index.data(RecordTableModel::BadgeRole).toString();
    const QString text = index.data(Qt::DisplayRole).toString();
    if (key.isEmpty() || text.isEmpty()) {
        RowHeightDelegate::paint(painter, option, index);
        return;
    }
    // The cell's background and selection as usual, without its text.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    const BadgePalette::Colours colours = BadgePalette::forKey(key);
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    const QRect area = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
    // Rounded up: elidedText() cuts a text given its advance rounded down.
    const int textWidth = qCeil(QFontMetricsF(font).horizontalAdvance(text));
    const int width = qMin(area.width(), textWidth + 2 * HorizontalPadding);
    const int height = qMin(area.height(), metrics.height() + 4);
    const QRect badge(area.left(), area.top() + (area.height() - height) / 2, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colours.background);
    painter->drawRoundedRect(badge, 4, 4);
    painter->setFont(font);
    painter->setPen(colours.foreground);
    const QString shown = metrics.elidedText(text, Qt::ElideRight, badge.width() - 2 * HorizontalPadding);
    painter->drawText(badge.adjusted(HorizontalPadding, 0, -HorizontalPadding, 0), Qt::AlignCenter | Qt::TextSingleLine,
                      shown);
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = RowHeightDelegate::sizeHint(option, index);
    if (index.data(RecordTableModel::BadgeRole).toString().isEmpty())
        return size;
    QFont font = option.font;
    font.setBold(true);
    const int width = qCeil(QFontMetricsF(font).horizontalAdvance(index.data(Qt::DisplayRole).toString())) +
                      2 * HorizontalPadding + 2 * Margin + 4;
    size.setWidth(qMax(size.width(), width));
    return size;
}

} // namespace crosswalk
