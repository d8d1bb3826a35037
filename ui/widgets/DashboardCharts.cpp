#include "ui/widgets/DashboardCharts.h"

#include "ui/widgets/BadgePalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>

namespace crosswalk {

namespace {

/// "In progress (3)".
QString withCount(const QString& label, int count)
{
    return DashboardCharts::tr("%1 (%2)").arg(label).arg(count);
}

/// A bar set in badge colours: the fill, a darker border (light fills stay visible on white) and the
/// badge's text colour for the value labels.
QBarSet* barSet(const QString& label, const BadgePalette::Colours& colours)
{
    auto* set = new QBarSet(label);
    set->setColor(colours.background);
    set->setBorderColor(colours.background.darker(125));
    set->setLabelColor(colours.foreground);
    return set;
}

/// Attaches a category axis (left, top category first) and a count axis (bottom) to a horizontal series.
void attachHorizontalAxes(QChart& chart, QAbstractSeries* series, const QStringList& topFirst, int maximum,
                          const QString& valueTitle, bool roomForLabels)
{
    QStringList bottomFirst = topFirst;
    std::reverse(bottomFirst.begin(), bottomFirst.end());
    auto* categories = new QBarCategoryAxis;
    categories->append(bottomFirst);
    categories->setGridLineVisible(false);
    chart.addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);

    auto* values = new QValueAxis;
    DashboardCharts::setCountRange(*values, maximum, roomForLabels);
    values->setTitleText(valueTitle);
    chart.addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
}

} // namespace

void DashboardCharts::clear(QChart& chart)
{
    chart.removeAllSeries();
    const QList<QAbstractAxis*> axes = chart.axes();
    for (QAbstractAxis* axis : axes) {
        chart.removeAxis(axis);
        delete axis;
    }
    chart.legend()->setVisible(true);
    chart.legend()->setAlignment(Qt::AlignBottom);
}

void DashboardCharts::setCountRange(QValueAxis& axis, int maximum, bool roomForLabels)
{
    int step = 1;
    for (const int candidate : {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000}) {
        step = candidate;
        if (maximum <= 6 * candidate)
            break;
    }
    int top = qMax(step, (maximum + step - 1) / step * step);
    if (roomForLabels && top == maximum)
        top += step;
    axis.setRange(0, top);
    axis.setTickType(QValueAxis::TicksDynamic);
    axis.setTickAnchor(0);
    axis.setTickInterval(step);
    axis.setMinorTickCount(0);
    axis.setLabelFormat(QStringLiteral("%d"));
}

int DashboardCharts::heightForRows(int rows)
{
    return qMax(300, 150 + 30 * rows);
}

QColor DashboardCharts::colourFor(const QString& key)
{
    return BadgePalette::forKey(key).background;
}

BadgePalette::Colours DashboardCharts::coverageColours(CoverageStatus status)
{
    const BadgePalette::Colours unknown = BadgePalette::forKey(QString());
    if (const BadgePalette::Colours own = BadgePalette::forKey(toKey(status)); own.background != unknown.background)
        return own;
    switch (status) {
    case CoverageStatus::Covered:
        return BadgePalette::forKey(QStringLiteral("complete"));
    case CoverageStatus::Partial:
        return BadgePalette::forKey(QStringLiteral("mitigating"));
    case CoverageStatus::Uncovered:
        return BadgePalette::forKey(QStringLiteral("open"));
    case CoverageStatus::NotApplicable:
        return BadgePalette::forKey(QStringLiteral("accepted"));
    }
    return unknown;
}

bool DashboardCharts::coverage(QChart& chart, const DashboardFigures& figures)
{
    clear(chart);
    if (figures.scope) {
        chart.setTitle(tr("Coverage of %1 by %2, by group").arg(figures.scope->targetCode, figures.scope->sourceCode));
    } else {
        chart.setTitle(tr("Coverage by group"));
    }
    if (!figures.scope || figures.coverageGroups.isEmpty() || figures.coverageTotals.total() == 0)
        return false;

    QList<CoverageStatus> statuses{CoverageStatus::Covered, CoverageStatus::Partial, CoverageStatus::Uncovered};
    if (figures.coverageTotals.notApplicable > 0)
        statuses << CoverageStatus::NotApplicable;

    auto* series = new QHorizontalStackedBarSeries;
    QStringList labels;
    int maximum = 0;
    for (const CoverageGroupFigure& group : figures.coverageGroups) {
        labels << group.label();
        maximum = qMax(maximum, group.counts.total());
    }
    for (const CoverageStatus status : statuses) {
        QBarSet* set = barSet(toLabel(status), coverageColours(status));
        // Bottom to top, so that the first group is on top.
        for (qsizetype i = figures.coverageGroups.size() - 1; i >= 0; --i)
            set->append(figures.coverageGroups.at(i).counts.count(status));
        series->append(set);
    }
    series->setBarWidth(0.6);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart.addSeries(series);
    attachHorizontalAxes(chart, series, labels, maximum, tr("Provisions (counted at the lowest level)"), false);
    return true;
}

bool DashboardCharts::countsByKey(QChart& chart, const QString& title, const QString& valueTitle,
                                  const QList<KeyCount>& counts)
{
    clear(chart);
    chart.setTitle(title);
    chart.legend()->setVisible(false);
    int maximum = 0;
    for (const KeyCount& count : counts)
        maximum = qMax(maximum, count.count);
    if (maximum == 0)
        return false;

    // One set per key, with its value in its own category only, so that each bar has its badge colour.
    auto* series = new QHorizontalStackedBarSeries;
    QStringList labels;
    for (qsizetype k = 0; k < counts.size(); ++k) {
        const KeyCount& count = counts.at(k);
        labels << withCount(count.label, count.count);
        QBarSet* set = barSet(count.label, BadgePalette::forKey(count.key));
        for (qsizetype i = counts.size() - 1; i >= 0; --i)
            set->append(i == k ? count.count : 0);
        series->append(set);
    }
    series->setBarWidth(0.65);
    chart.addSeries(series);
    attachHorizontalAxes(chart, series, labels, maximum, valueTitle, false);
    return true;
}

bool DashboardCharts::countsByName(QChart& chart, const QString& title, const QString& valueTitle,
                                   const QList<KeyCount>& counts)
{
    clear(chart);
    chart.setTitle(title);
    chart.legend()->setVisible(false);
    int maximum = 0;
    for (const KeyCount& count : counts)
        maximum = qMax(maximum, count.count);
    if (maximum == 0)
        return false;

    auto* series = new QHorizontalBarSeries;
    QBarSet* set = barSet(valueTitle, BadgePalette::forKey(QStringLiteral("secondary")));
    QStringList labels;
    for (const KeyCount& count : counts)
        labels << withCount(count.label, count.count);
    for (qsizetype i = counts.size() - 1; i >= 0; --i)
        set->append(counts.at(i).count);
    series->append(set);
    series->setBarWidth(0.65);
    chart.addSeries(series);
    attachHorizontalAxes(chart, series, labels, maximum, valueTitle, false);
    return true;
}

} // namespace crosswalk
