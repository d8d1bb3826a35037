#pragma once

#include "models/analysis/CoverageReport.h"
#include "models/commands/ChangeSet.h"
#include "models/domain/Result.h"

#include <QCoreApplication>

namespace crosswalk {

class Database;

/// A gap that coverage suggests: a leaf provision of the target that is not covered or only partly
/// covered and has no gap yet.
struct GapSuggestion
{
    qint64 provisionId = 0;
    QString reference; ///< the provision's reference label (or code)
    QString titleEn;
    QString titleOrig;
    GapKind kind = GapKind::Uncovered; ///< uncovered or partial
    double score = 0;                  ///< the provision's coverage score
    qint64 decidingMappingId = 0;
};

/// Gap derivation (DESIGN.md section 3): uncovered and partly covered items without a gap are
/// offered as new gaps, and creating them never duplicates a gap. A provision already has a gap for
/// the scope's party when a gap on it that is not closed is owned by that party, by a party above or
/// below it, or by no one. Closed gaps do not count: a provision that is uncovered again is offered
/// again.
class GapDerivation
{
    Q_DECLARE_TR_FUNCTIONS(crosswalk::GapDerivation)

public:
    /// The suggestions for the report, in tree order.
    static QList<GapSuggestion> suggestions(Database& db, const CoverageReport& report);

    /// The gap records for the chosen provisions as one change: code G<n> (the next free numbers),
    /// kind uncovered or partial, severity medium, status open, opened on openedDate (YYYY-MM-DD),
    /// owned by the scope's party. Provisions that are no longer suggested (a gap was recorded
    /// meanwhile, or they are covered now) are left out; when none is left the plan fails with a
    /// message saying so.
    static Result<ChangeSet> plan(Database& db, const CoverageReport& report, const QList<qint64>& provisionIds,
                                  const QString& openedDate);
};

} // namespace crosswalk
