#include "models/analysis/CoverageEngine.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

namespace crosswalk {

namespace {

/// A mapping seen from the target side.
struct Candidate
{
    qint64 mappingId = 0;
    CoverageStatus counts = CoverageStatus::Uncovered;
    int strength = -1; ///< -1: none given
    double score = 0;
};

/// The best mapping of each kind on one target provision.
struct OwnMappings
{
    std::optional<Candidate> covered;
    std::optional<Candidate> partial;
    std::optional<Candidate> unrelated;
    QList<qint64> ids;

    bool isEmpty() const { return ids.isEmpty(); }
};

bool better(const Candidate& a, const Candidate& b)
{
    if (a.score != b.score)
        return a.score > b.score;
    if (a.strength != b.strength)
        return a.strength > b.strength;
    return a.mappingId < b.mappingId;
}

void keepBest(std::optional<Candidate>& slot, const Candidate& candidate)
{
    if (!slot || better(candidate, *slot))
        slot = candidate;
}

/// Where the walk down the tree stands: what the provisions above pass on.
struct Inherited
{
    std::optional<Candidate> covered;
    qint64 coveredFrom = 0;
    std::optional<Candidate> partial;
    qint64 partialFrom = 0;
    QString exclusion;
    qint64 exclusionFrom = 0;
    bool excluded = false;
};

class Walk
{
public:
    Walk(const CoverageEngine::Input& input)
    {
        QSet<qint64> ids;
        for (const ProvisionRow& row : input.targetProvisions)
            ids.insert(row.id);
        // Siblings by sort order, then id (as AnalysisQueries reads them), whatever order the input has.
        m_rows = input.targetProvisions;
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const ProvisionRow& a, const ProvisionRow& b) {
            return a.sortOrder != b.sortOrder ? a.sortOrder < b.sortOrder : a.id < b.id;
        });
        for (int i = 0; i < m_rows.size(); ++i) {
            const ProvisionRow& row = m_rows.at(i);
            m_rowIndex.insert(row.id, i);
            m_childrenOf[ids.contains(row.parentId) ? row.parentId : 0].append(row.id);
        }
        for (const MappingRow& mapping : input.mappings) {
            if (mapping.reviewStatus == ReviewStatus::Deprecated || mapping.reviewStatus == ReviewStatus::Superseded) {
                ++m_ignored;
                continue;
            }
            Relationship relationship = mapping.relationship;
            qint64 target = mapping.targetProvisionId;
            if (!ids.contains(target)) {
                if (!ids.contains(mapping.sourceProvisionId))
                    continue;
                target = mapping.sourceProvisionId;
                relationship = invertedRelationship(relationship);
            }
            Candidate candidate;
            candidate.mappingId = mapping.id;
            candidate.counts = coverageOf(relationship);
            candidate.strength = mapping.strength.value_or(-1);
            switch (candidate.counts) {
            case CoverageStatus::Covered:
                candidate.score = 1.0;
                break;
            case CoverageStatus::Partial:
                candidate.score = mapping.strength ? *mapping.strength / 10.0 : 0.5;
                break;
            case CoverageStatus::Uncovered:
            case CoverageStatus::NotApplicable:
                candidate.score = 0.0;
                break;
            }
            OwnMappings& own = m_own[target];
            own.ids.append(mapping.id);
            if (candidate.counts == CoverageStatus::Covered)
                keepBest(own.covered, candidate);
            else if (candidate.counts == CoverageStatus::Partial)
                keepBest(own.partial, candidate);
            else
                keepBest(own.unrelated, candidate);
        }
        for (const ExclusionRow& exclusion : input.exclusions) {
            if (!m_exclusions.contains(exclusion.provisionId))
                m_exclusions.insert(exclusion.provisionId, exclusion.justification);
        }
    }

    QList<CoverageItem> run()
    {
        QSet<qint64> placed;
        for (const qint64 id : m_childrenOf.value(0))
            visit(id, 0, 0, Inherited(), placed);
        // Provisions caught in a parent cycle are reachable from no top-level provision: each such
        // cycle is shown from its first member, at the top level (as the provision tree does).
        for (const ProvisionRow& row : m_rows) {
            if (!placed.contains(row.id))
                visit(row.id, 0, 0, Inherited(), placed);
        }
        return m_items;
    }

    int ignored() const { return m_ignored; }

private:
    /// Appends the item of the provision and of everything below it; returns the subtree's counts.
    CoverageCounts visit(qint64 id, qint64 parentId, int depth, Inherited inherited, QSet<qint64>& placed)
    {
        placed.insert(id);
        const ProvisionRow& row = m_rows.at(m_rowIndex.value(id));
        const int index = static_cast<int>(m_items.size());
        m_items.append(CoverageItem());
        {
            CoverageItem& item = m_items.last();
            item.provisionId = id;
            item.parentId = parentId;
            item.depth = depth;
            item.code = row.code;
            item.refLabel = row.refLabel;
            item.titleEn = row.titleEn;
            item.titleOrig = row.titleOrig;
        }
        const OwnMappings own = m_own.value(id);

        // What this provision passes on to the provisions below it.
        if (!inherited.excluded && m_exclusions.contains(id)) {
            inherited.excluded = true;
            inherited.exclusion = m_exclusions.value(id);
            inherited.exclusionFrom = id;
        }
        Inherited down = inherited;
        if (own.covered && !down.covered) {
            down.covered = own.covered;
            down.coveredFrom = id;
        }
        if (own.partial) {
            down.partial = own.partial;
            down.partialFrom = id;
        }

        QList<qint64> children;
        for (const qint64 child : m_childrenOf.value(id)) {
            if (!placed.contains(child))
                children << child;
        }
        CoverageCounts counts;
        for (const qint64 child : children)
            counts.add(visit(child, id, depth + 1, down, placed));

        CoverageItem& item = m_items[index];
        item.mappingIds = own.ids;
        if (inherited.excluded) {
            item.exclusionJustification = inherited.exclusion;
            item.exclusionProvisionId = inherited.exclusionFrom;
        }
        if (children.isEmpty()) {
            classifyLeaf(item, own, inherited);
            counts = leafCounts(item);
        } else {
            item.isLeaf = false;
            item.status = aggregate(counts);
            const std::optional<Candidate> best = own.covered ? own.covered : own.partial ? own.partial : own.unrelated;
            if (best)
                item.decidingMappingId = best->mappingId;
            else if (item.status == CoverageStatus::Covered && inherited.covered) {
                item.decidingMappingId = inherited.covered->mappingId;
                item.inheritedFromProvisionId = inherited.coveredFrom;
            }
            item.reviewedUnrelated =
                item.status == CoverageStatus::Uncovered && own.unrelated && !own.covered && !own.partial;
            item.score = counts.score();
        }
        item.counts = counts;
        return counts;
    }

    static void classifyLeaf(CoverageItem& item, const OwnMappings& own, const Inherited& inherited)
    {
        if (inherited.excluded) {
            item.status = CoverageStatus::NotApplicable;
            item.score = 0;
            return;
        }
        auto decide = [&item](CoverageStatus status, const Candidate& candidate, qint64 from) {
            item.status = status;
            item.decidingMappingId = candidate.mappingId;
            item.inheritedFromProvisionId = from;
            item.score = candidate.score;
        };
        if (own.covered)
            decide(CoverageStatus::Covered, *own.covered, 0);
        else if (inherited.covered)
            decide(CoverageStatus::Covered, *inherited.covered, inherited.coveredFrom);
        else if (own.partial)
            decide(CoverageStatus::Partial, *own.partial, 0);
        else if (own.unrelated) {
            decide(CoverageStatus::Uncovered, *own.unrelated, 0);
            item.reviewedUnrelated = true;
        } else if (inherited.partial)
            decide(CoverageStatus::Partial, *inherited.partial, inherited.partialFrom);
        else {
            item.status = CoverageStatus::Uncovered;
            item.score = 0;
        }
    }

    static CoverageCounts leafCounts(const CoverageItem& item)
    {
        CoverageCounts counts;
        switch (item.status) {
        case CoverageStatus::Covered:
            counts.covered = 1;
            break;
        case CoverageStatus::Partial:
            counts.partial = 1;
            break;
        case CoverageStatus::Uncovered:
            counts.uncovered = 1;
            break;
        case CoverageStatus::NotApplicable:
            counts.notApplicable = 1;
            return counts;
        }
        counts.scoreSum = item.score;
        return counts;
    }

    static CoverageStatus aggregate(const CoverageCounts& counts)
    {
        if (counts.applicable() == 0)
            return CoverageStatus::NotApplicable;
        if (counts.covered == counts.applicable())
            return CoverageStatus::Covered;
        if (counts.uncovered == counts.applicable())
            return CoverageStatus::Uncovered;
        return CoverageStatus::Partial;
    }

    QList<ProvisionRow> m_rows;
    QHash<qint64, int> m_rowIndex;
    QHash<qint64, QList<qint64>> m_childrenOf;
    QHash<qint64, OwnMappings> m_own;
    QHash<qint64, QString> m_exclusions;
    QList<CoverageItem> m_items;
    int m_ignored = 0;
};

} // namespace

CoverageReport CoverageEngine::compute(Database& db, const CoverageScope& scope)
{
    return compute(scope, read(db, scope));
}

CoverageReport CoverageEngine::compute(const CoverageScope& scope, const Input& input)
{
    Walk walk(input);
    QList<CoverageItem> items = walk.run();
    return CoverageReport(scope, std::move(items), walk.ignored());
}

CoverageEngine::Input CoverageEngine::read(Database& db, const CoverageScope& scope)
{
    const AnalysisQueries queries(db);
    Input input;
    input.targetProvisions = queries.provisions({scope.targetFrameworkId});
    input.mappings = queries.mappingsBetween(scope.sourceFrameworkIds, scope.targetFrameworkId);
    input.exclusions = queries.exclusions(scope.targetFrameworkId, scope.applicablePartyIds);
    return input;
}

} // namespace crosswalk
