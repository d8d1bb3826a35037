#pragma once

#include "models/analysis/CoverageReport.h"
#include "models/storage/AnalysisQueries.h"

namespace crosswalk {

class Database;

/// Computes coverage per DESIGN.md section 3. For each provision of the target framework T, from the
/// mappings between it and the source set S (read either way round: "T-item subset of S-item" counts
/// as "S-item superset of T-item"; deprecated and superseded mappings are ignored):
///
/// - not applicable: the provision, or a provision above it, is marked not applicable to the source
///   party (or a party above it); it leaves the denominator, with the mark's justification;
/// - covered: an "equal" or "superset of" mapping on the provision or on a provision above it (what
///   covers a chapter covers its articles); the deciding mapping is the strongest (then the oldest);
/// - partly covered: a "subset of" or "intersects with" mapping on the provision; its score is the best
///   strength / 10 (0.5 for a mapping without strength). A provision with no mapping of its own takes
///   the partial mapping of the nearest provision above it that has one;
/// - not covered: no mapping, or only "no relationship" (then marked as reviewed).
///
/// Leaves are what is counted; a parent's figure rolls up its leaves (see CoverageCounts), and so does
/// the framework's.
class CoverageEngine
{
public:
    /// What the computation reads: the target framework's provisions, the mappings between it and
    /// the source set, and the not-applicable marks that apply.
    struct Input
    {
        QList<ProvisionRow> targetProvisions;
        QList<MappingRow> mappings;
        QList<ExclusionRow> exclusions;
    };

    /// Reads the input of the scope from the database and computes.
    static CoverageReport compute(Database& db, const CoverageScope& scope);
    /// The database-free computation (the rules above), for any input.
    static CoverageReport compute(const CoverageScope& scope, const Input& input);
    /// Reads what compute() needs.
    static Input read(Database& db, const CoverageScope& scope);
};

} // namespace crosswalk
