#pragma once

#include "models/analysis/DashboardFigures.h"
#include "ui/widgets/BadgePalette.h"

#include <QColor>
#include <QCoreApplication>

class QChart;
class QValueAxis;

namespace crosswalk {

/// Fills the Dashboard page's charts from DashboardFigures. Each builder first empties the chart (its
/// series and axes), sets its title, and returns whether there is anything to show; the caller shows
/// "No data" otherwise. Colours are those of the badges (BadgePalette), and every chart also names what
/// its colours mean (legend or category labels with the counts), so nothing is told by colour alone.
class DashboardCharts
{
    Q_DECLARE_TR_FUNCTIONS(crosswalk::DashboardCharts)

public:
    /// Horizontal stacked bars, one per top-level item of the target: covered, partly covered, not
    /// covered (and not applicable when any is), each segment labelled with its count.
    static bool coverage(QChart& chart, const DashboardFigures& figures);
    /// Vertical bars, one per key, each in its badge colour, labelled "Label (count)".
    static bool countsByKey(QChart& chart, const QString& title, const QString& valueTitle,
                            const QList<KeyCount>& counts);
    /// Horizontal bars in one colour (themes have no badge colour), the largest on top.
    static bool countsByName(QChart& chart, const QString& title, const QString& valueTitle,
                             const QList<KeyCount>& counts);

    /// The height a chart of horizontal bars needs to show its rows without squeezing their labels.
    static int heightForRows(int rows);

    /// The fill colour of a badge key (BadgePalette background).
    static QColor colourFor(const QString& key);
    /// The badge colours of a coverage status: those of its own key ("covered", "partial", ...) when
    /// the palette knows it, otherwise those of the matching state (covered as complete, partly covered
    /// as mitigating, not covered as open, not applicable as accepted).
    static BadgePalette::Colours coverageColours(CoverageStatus status);

    /// Removes the chart's series and axes (deleting them) and restores the legend.
    static void clear(QChart& chart);
    /// A value axis for counts: 0 to a round number above maximum, whole-number ticks.
    static void setCountRange(QValueAxis& axis, int maximum, bool roomForLabels);
};

} // namespace crosswalk
