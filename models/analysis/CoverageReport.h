#pragma once

#include "models/analysis/CoverageScope.h"
#include "models/domain/Vocabulary.h"

#include <QHash>
#include <QList>
#include <QString>

namespace crosswalk {

/// Counts of the leaf provisions (those without children) of a subtree, by coverage status, and the
/// sum of their scores. Provisions with children are not counted themselves: their figure is that of
/// their leaves, so each leaf counts once however deep the tree.
struct CoverageCounts
{
    int covered = 0;
    int partial = 0;
    int uncovered = 0;
    int notApplicable = 0;
    double scoreSum = 0; ///< covered 1, partial best strength / 10 (0.5 without strength), uncovered 0

    int applicable() const { return covered + partial + uncovered; }
    int total() const { return applicable() + notApplicable; }
    int count(CoverageStatus status) const;
    /// Mean score of the applicable leaves, 0-1; 0 when none is applicable (see hasScore()).
    double score() const { return applicable() > 0 ? scoreSum / applicable() : 0.0; }
    bool hasScore() const { return applicable() > 0; }
    /// Share of applicable leaves that are fully covered, 0-1.
    double coveredShare() const { return applicable() > 0 ? double(covered) / applicable() : 0.0; }
    void add(const CoverageCounts& other);
    bool operator==(const CoverageCounts&) const = default;
};

/// The coverage of one target provision.
struct CoverageItem
{
    qint64 provisionId = 0;
    qint64 parentId = 0; ///< 0 at the top level (or when the parent is outside the framework)
    int depth = 0;
    QString code;
    QString refLabel;
    QString titleEn;
    QString titleOrig;
    bool isLeaf = true;

    /// Leaves: their own status. Parents: covered when every applicable leaf below is covered,
    /// uncovered when none is covered or partly covered, not applicable when no leaf is applicable,
    /// partly covered otherwise.
    CoverageStatus status = CoverageStatus::Uncovered;
    /// The mapping that decides the status (0: none). For a parent, its own best mapping.
    qint64 decidingMappingId = 0;
    /// The provision that mapping is on, when it is an ancestor's mapping (0: the item's own).
    qint64 inheritedFromProvisionId = 0;
    /// True when the item was examined and found unrelated ("no relationship" only).
    bool reviewedUnrelated = false;
    /// The justification of the not-applicable mark that applies (the item's or an ancestor's).
    QString exclusionJustification;
    qint64 exclusionProvisionId = 0; ///< the provision that carries that mark
    /// Mappings from the source set on this provision itself (ignoring deprecated and superseded ones).
    QList<qint64> mappingIds;

    /// Leaves: 1 covered, best strength / 10 partial, 0 uncovered. Parents: the mean of their leaves.
    double score = 0;
    /// The leaves of the subtree (a leaf: itself).
    CoverageCounts counts;

    QString reference() const { return refLabel.isEmpty() ? code : refLabel; }
};

/// Coverage of a target framework by a source set: one item per target provision, in tree order
/// (each parent before its children, siblings by sort order), with the framework's totals.
class CoverageReport
{
public:
    CoverageReport() = default;
    CoverageReport(CoverageScope scope, QList<CoverageItem> items, int ignoredMappings);

    const CoverageScope& scope() const { return m_scope; }
    const QList<CoverageItem>& items() const { return m_items; }
    /// The item of the provision; nullptr when the provision is not in the target framework.
    const CoverageItem* item(qint64 provisionId) const;
    /// The top-level items: the target's groups (chapters, pillars).
    QList<const CoverageItem*> groups() const;
    QList<const CoverageItem*> children(qint64 provisionId) const;
    /// The whole framework (every leaf).
    const CoverageCounts& totals() const { return m_totals; }
    /// Mappings left out because they are deprecated or superseded.
    int ignoredMappings() const { return m_ignoredMappings; }

private:
    CoverageScope m_scope;
    QList<CoverageItem> m_items;
    QHash<qint64, int> m_index;
    CoverageCounts m_totals;
    int m_ignoredMappings = 0;
};

} // namespace crosswalk
