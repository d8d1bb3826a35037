#include "models/reports/CoverageChartImage.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <array>

namespace crosswalk {

namespace {

struct Segment
{
    QColor fill;
    Qt::BrushStyle pattern;
    QColor ink; ///< the count's colour on this fill
};

/// Covered (solid), partial (hatched), uncovered (cross-hatched), not applicable (dotted): colour and a
/// pattern, so that print in grey, or a reader who does not tell red from green, still tells them apart.
const std::array<Segment, 4>& segments()
{
    static const std::array<Segment, 4> s{Segment{QColor(0x2e, 0x7d, 0x32), Qt::SolidPattern, Qt::white},
                                          Segment{QColor(0xf2, 0xa9, 0x00), Qt::BDiagPattern, Qt::black},
                                          Segment{QColor(0xc6, 0x28, 0x28), Qt::DiagCrossPattern, Qt::black},
                                          Segment{QColor(0x9e, 0x9e, 0x9e), Qt::Dense6Pattern, Qt::black}};
    return s;
}

int countAt(const CoverageCounts& counts, int index)
{
    switch (index) {
    case 0:
        return counts.covered;
    case 1:
        return counts.partial;
    case 2:
        return counts.uncovered;
    default:
        return counts.notApplicable;
    }
}

/// Fills a rectangle with the segment's look: a light tint under a pattern, or a solid colour.
void fillSegment(QPainter& painter, const QRectF& rect, const Segment& segment)
{
    if (segment.pattern == Qt::SolidPattern) {
        painter.fillRect(rect, segment.fill);
    } else {
        painter.fillRect(rect, segment.fill.lighter(170));
        QBrush brush(segment.fill.darker(115), segment.pattern);
        painter.save();
        painter.setBrushOrigin(rect.topLeft());
        painter.fillRect(rect, brush);
        painter.restore();
    }
    painter.setPen(QPen(QColor(0x42, 0x42, 0x42), 1.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect);
}

QFont chartFont(double pixelSize, bool bold = false)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Liberation Sans"), QStringLiteral("Nimbus Sans"),
                      QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK JP")});
    font.setPixelSize(qMax(1, qRound(pixelSize)));
    font.setBold(bold);
    return font;
}

} // namespace

QImage CoverageChartImage::render(const QList<Bar>& input, const Texts& texts, int width)
{
    QList<Bar> bars = input.mid(0, MaxBars);
    if (input.size() > MaxBars) {
        Bar others{texts.others, {}};
        for (qsizetype i = MaxBars; i < input.size(); ++i)
            others.counts.add(input[i].counts);
        bars << others;
    }

    const double unit = width / 900.0; // the layout is drawn for 900 units across
    const double margin = 16 * unit;
    const double titleHeight = texts.title.isEmpty() ? 0 : 30 * unit;
    const double legendHeight = 30 * unit;
    const double barHeight = 20 * unit;
    const double barGap = 7 * unit;
    const double axisHeight = 26 * unit;
    const int height = qCeil(margin * 2 + titleHeight + legendHeight + bars.size() * (barHeight + barGap) + axisHeight);

    QImage image(width, qMax(height, 1), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);

    double y = margin;
    if (!texts.title.isEmpty()) {
        painter.setFont(chartFont(17 * unit, true));
        painter.setPen(QColor(0x1f, 0x2a, 0x44));
        painter.drawText(QRectF(margin, y, width - 2 * margin, titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         texts.title);
        y += titleHeight;
    }

    // Legend: a swatch and the status's name, for each status.
    const std::array<QString, 4> names{texts.covered, texts.partial, texts.uncovered, texts.notApplicable};
    painter.setFont(chartFont(13 * unit));
    double x = margin;
    const QFontMetricsF legendMetrics(painter.font());
    for (int i = 0; i < 4; ++i) {
        const QRectF swatch(x, y + (legendHeight - 14 * unit) / 2, 22 * unit, 14 * unit);
        fillSegment(painter, swatch, segments()[i]);
        painter.setPen(Qt::black);
        const double textWidth = legendMetrics.horizontalAdvance(names[i]);
        painter.drawText(QRectF(swatch.right() + 6 * unit, y, textWidth + 2 * unit, legendHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, names[i]);
        x = swatch.right() + 6 * unit + textWidth + 22 * unit;
    }
    y += legendHeight;

    // Bars: the label on the left, the stacked shares on the right.
    const double labelWidth = (width - 2 * margin) * 0.36;
    const double barLeft = margin + labelWidth + 10 * unit;
    const double barWidth = width - margin - barLeft;
    const QFont labelFont = chartFont(12.5 * unit);
    const QFont countFont = chartFont(12 * unit, true);
    for (const Bar& bar : std::as_const(bars)) {
        painter.setFont(labelFont);
        painter.setPen(QColor(0x21, 0x21, 0x21));
        const QString label = QFontMetricsF(labelFont).elidedText(bar.label, Qt::ElideRight, labelWidth);
        painter.drawText(QRectF(margin, y, labelWidth, barHeight), Qt::AlignRight | Qt::AlignVCenter, label);
        const int total = bar.counts.total();
        double left = barLeft;
        if (total == 0) {
            painter.setPen(QPen(QColor(0x75, 0x75, 0x75), 1.0, Qt::DashLine));
            painter.drawRect(QRectF(barLeft, y, barWidth, barHeight));
        }
        for (int i = 0; i < 4 && total > 0; ++i) {
            const int count = countAt(bar.counts, i);
            if (count == 0)
                continue;
            const double w = barWidth * count / total;
            const QRectF rect(left, y, w, barHeight);
            fillSegment(painter, rect, segments()[i]);
            const QString number = QString::number(count);
            painter.setFont(countFont);
            if (QFontMetricsF(countFont).horizontalAdvance(number) + 6 * unit <= w) {
                // The count on a plain patch, so that it reads over a pattern too.
                const QFontMetricsF metrics(countFont);
                const QRectF patch(rect.center().x() - metrics.horizontalAdvance(number) / 2 - 3 * unit,
                                   rect.center().y() - metrics.height() / 2,
                                   metrics.horizontalAdvance(number) + 6 * unit, metrics.height());
                if (segments()[i].pattern != Qt::SolidPattern)
                    painter.fillRect(patch, Qt::white);
                painter.setPen(segments()[i].pattern != Qt::SolidPattern ? QColor(Qt::black) : segments()[i].ink);
                painter.drawText(rect, Qt::AlignCenter, number);
            }
            left += w;
        }
        y += barHeight + barGap;
    }

    // Axis: 0 % to 100 % of each group.
    painter.setPen(QPen(QColor(0x61, 0x61, 0x61), 1.0));
    painter.drawLine(QPointF(barLeft, y), QPointF(barLeft + barWidth, y));
    painter.setFont(chartFont(11 * unit));
    for (int step = 0; step <= 4; ++step) {
        const double tx = barLeft + barWidth * step / 4;
        painter.drawLine(QPointF(tx, y), QPointF(tx, y + 5 * unit));
        const QString tick = QString::number(step * 25) + QStringLiteral("%");
        const QRectF box(tx - 30 * unit, y + 5 * unit, 60 * unit, axisHeight - 5 * unit);
        painter.drawText(box, Qt::AlignHCenter | Qt::AlignTop, tick);
    }
    painter.end();
    return image;
}

} // namespace crosswalk
