#pragma once

#include "models/analysis/CoverageReport.h"

#include <QImage>
#include <QList>
#include <QString>

namespace crosswalk {

/// Draws the coverage chart of a dialogue brief as an image (QPainter on QImage, QtGui only, so that it
/// works without widgets and in the command-line program): one stacked horizontal bar per group of the
/// target framework (chapter, pillar), its leaves covered, partly covered, not covered and not
/// applicable, as shares of the group. Each status has its own fill pattern as well as its colour, and
/// each segment is labelled with its count, so the chart reads in black and white. The texts come from
/// the caller, in the document's language.
class CoverageChartImage
{
public:
    struct Bar
    {
        QString label;
        CoverageCounts counts;
    };

    struct Texts
    {
        QString title;
        QString covered;
        QString partial;
        QString uncovered;
        QString notApplicable;
        QString others; ///< the label of the bar that gathers the groups beyond MaxBars
    };

    /// At most this many bars; further groups are added up in one last bar.
    static constexpr int MaxBars = 30;

    /// The chart, width pixels wide (its height follows from the number of bars).
    static QImage render(const QList<Bar>& bars, const Texts& texts, int width = 1800);
};

} // namespace crosswalk
