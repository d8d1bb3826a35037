#pragma once

#include "models/analysis/DashboardFigures.h"

#include <QCoreApplication>

class QChart;

namespace crosswalk {

/// Fills the Dashboard's timeline chart: one row per programme (its period as a bar in the colour of
/// its status; open-ended periods run to the right edge) and one row per commitment with a due date
/// (the period its due date can mean as a thin bar, the deadline as a marker), on a date axis with a
/// dashed line for today. Overdue commitments are drawn in the highlight colour with a square marker
/// and their row label says "overdue", so that they are named and not told by colour alone.
class DashboardTimeline
{
    Q_DECLARE_TR_FUNCTIONS(crosswalk::DashboardTimeline)

public:
    /// False when there is neither a programme period nor a due date to show.
    static bool build(QChart& chart, const DashboardFigures& figures);
    /// How many rows build() draws.
    static int rowCount(const DashboardFigures& figures);

    /// The row label of a programme ("CB1 ASEAN-Japan Cybersecurity…") and of a commitment
    /// ("C4 Review ITPP progress… — overdue").
    static QString programmeLabel(const ProgrammePeriod& programme);
    static QString commitmentLabel(const DueCommitment& commitment);
};

} // namespace crosswalk
