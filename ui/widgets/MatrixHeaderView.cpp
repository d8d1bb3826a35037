#include "ui/widgets/MatrixHeaderView.h"

#include "models/itemmodels/CrosswalkMatrixModel.h"

#include <QPainter>
#include <QStyleOptionHeader>
#include <QTextLayout>

namespace crosswalk {

namespace {
constexpr int Padding = 6;
constexpr int TitleLines = 2;
} // namespace

MatrixHeaderView::MatrixHeaderView(Qt::Orientation orientation, QWidget* parent) : QHeaderView(orientation, parent)
{
    setSectionsClickable(false);
    setHighlightSections(true);
    setDefaultAlignment(orientation == Qt::Horizontal ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter);
}

QFont MatrixHeaderView::referenceFont() const
{
    QFont font = this->font();
    font.setBold(true);
    return font;
}

QStringList MatrixHeaderView::wrap(const QString& title, int width, int maxLines) const
{
    QStringList lines;
    if (title.isEmpty() || width <= 0)
        return lines;
    const QFontMetrics metrics(font());
    QTextLayout layout(title, font());
    layout.beginLayout();
    for (int i = 0; i < maxLines; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (i == maxLines - 1)
            lines << metrics.elidedText(title.mid(line.textStart()).trimmed(), Qt::ElideRight, width);
        else
            lines << title.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

void MatrixHeaderView::paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const
{
    if (!rect.isValid() || !model())
        return;
    // The section's frame and background as the style draws them, without text.
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.rect = rect;
    option.section = logicalIndex;
    option.text.clear();
    option.textAlignment = defaultAlignment();
    if (isEnabled())
        option.state |= QStyle::State_Enabled;
    if (window()->isActiveWindow())
        option.state |= QStyle::State_Active;
    if (highlightSections() && selectionModel()) {
        const bool current = orientation() == Qt::Horizontal ? selectionModel()->currentIndex().column() == logicalIndex
                                                             : selectionModel()->currentIndex().row() == logicalIndex;
        if (current)
            option.state |= QStyle::State_On | QStyle::State_Sunken;
    }
    const int count = orientation() == Qt::Horizontal ? model()->columnCount() : model()->rowCount();
    option.position = count == 1                  ? QStyleOptionHeader::OnlyOneSection
                      : logicalIndex == 0         ? QStyleOptionHeader::Beginning
                      : logicalIndex == count - 1 ? QStyleOptionHeader::End
                                                  : QStyleOptionHeader::Middle;
    painter->save();
    style()->drawControl(QStyle::CE_HeaderSection, &option, painter, this);

    const QString reference =
        model()->headerData(logicalIndex, orientation(), CrosswalkMatrixModel::ReferenceRole).toString();
    const QString title = model()->headerData(logicalIndex, orientation(), CrosswalkMatrixModel::TitleRole).toString();
    const QRect area = rect.adjusted(Padding, Padding / 2, -Padding, -Padding / 2);
    const QFont bold = referenceFont();
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(font());
    painter->setPen(palette().color(QPalette::ButtonText));

    if (orientation() == Qt::Horizontal) {
        const QStringList lines = wrap(title, area.width(), TitleLines);
        const int height = boldMetrics.height() + static_cast<int>(lines.size()) * metrics.height();
        int y = area.top() + qMax(0, (area.height() - height) / 2);
        painter->setFont(bold);
        painter->drawText(QRect(area.left(), y, area.width(), boldMetrics.height()), Qt::AlignCenter,
                          boldMetrics.elidedText(reference, Qt::ElideRight, area.width()));
        y += boldMetrics.height();
        painter->setFont(font());
        for (const QString& line : lines) {
            painter->drawText(QRect(area.left(), y, area.width(), metrics.height()), Qt::AlignCenter, line);
            y += metrics.height();
        }
    } else {
        // A line above the first group of each further source framework.
        const qint64 framework =
            model()->headerData(logicalIndex, orientation(), CrosswalkMatrixModel::FrameworkIdRole).toLongLong();
        const qint64 previous =
            logicalIndex > 0 ? model()
                                   ->headerData(logicalIndex - 1, orientation(), CrosswalkMatrixModel::FrameworkIdRole)
                                   .toLongLong()
                             : framework;
        if (framework != previous || (framework == 0 && logicalIndex > 0)) {
            painter->setPen(QPen(palette().color(QPalette::Mid), 2));
            painter->drawLine(rect.topLeft() + QPoint(0, 1), rect.topRight() + QPoint(0, 1));
            painter->setPen(palette().color(QPalette::ButtonText));
        }
        const QString shownReference = boldMetrics.elidedText(reference, Qt::ElideRight, area.width());
        const int referenceWidth = boldMetrics.horizontalAdvance(shownReference);
        painter->setFont(bold);
        painter->drawText(QRect(area.left(), area.top(), referenceWidth, area.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, shownReference);
        const int titleLeft = area.left() + referenceWidth + metrics.horizontalAdvance(QLatin1Char(' ')) * 2;
        const int titleWidth = area.right() - titleLeft;
        if (!title.isEmpty() && titleWidth > metrics.horizontalAdvance(QStringLiteral("…")) * 2) {
            painter->setFont(font());
            painter->drawText(QRect(titleLeft, area.top(), titleWidth, area.height()), Qt::AlignLeft | Qt::AlignVCenter,
                              metrics.elidedText(title, Qt::ElideRight, titleWidth));
        }
    }
    painter->restore();
}

QSize MatrixHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    if (!model())
        return QHeaderView::sectionSizeFromContents(logicalIndex);
    const QFontMetrics boldMetrics(referenceFont());
    const QFontMetrics metrics(font());
    const QString reference =
        model()->headerData(logicalIndex, orientation(), CrosswalkMatrixModel::ReferenceRole).toString();
    if (orientation() == Qt::Horizontal) {
        const int width = qMax(PreferredColumnWidth, boldMetrics.horizontalAdvance(reference) + 2 * Padding);
        return QSize(width, boldMetrics.height() + TitleLines * metrics.height() + 2 * Padding);
    }
    const QString title = model()->headerData(logicalIndex, orientation(), CrosswalkMatrixModel::TitleRole).toString();
    const int width = boldMetrics.horizontalAdvance(reference) + metrics.horizontalAdvance(QLatin1Char(' ')) * 2 +
                      metrics.horizontalAdvance(title) + 2 * Padding + 2;
    return QSize(qMin(width, MaximumRowHeaderWidth), qMax(boldMetrics.height(), metrics.height()) + 2 * Padding + 4);
}

} // namespace crosswalk
