#include "models/analysis/CoverageReport.h"

namespace crosswalk {

int CoverageCounts::count(CoverageStatus status) const
{
    switch (status) {
    case CoverageStatus::Covered:
        return covered;
    case CoverageStatus::Partial:
        return partial;
    case CoverageStatus::Uncovered:
        return uncovered;
    case CoverageStatus::NotApplicable:
        return notApplicable;
    }
    return 0;
}

void CoverageCounts::add(const CoverageCounts& other)
{
    covered += other.covered;
    partial += other.partial;
    uncovered += other.uncovered;
    notApplicable += other.notApplicable;
    scoreSum += other.scoreSum;
}

CoverageReport::CoverageReport(CoverageScope scope, QList<CoverageItem> items, int ignoredMappings)
    : m_scope(std::move(scope)), m_items(std::move(items)), m_ignoredMappings(ignoredMappings)
{
    m_index.reserve(m_items.size());
    for (int i = 0; i < m_items.size(); ++i) {
        const CoverageItem& item = m_items.at(i);
        m_index.insert(item.provisionId, i);
        if (item.parentId == 0)
            m_totals.add(item.counts);
    }
}

const CoverageItem* CoverageReport::item(qint64 provisionId) const
{
    const auto it = m_index.constFind(provisionId);
    return it == m_index.constEnd() ? nullptr : &m_items.at(*it);
}

QList<const CoverageItem*> CoverageReport::groups() const
{
    return children(0);
}

QList<const CoverageItem*> CoverageReport::children(qint64 provisionId) const
{
    QList<const CoverageItem*> result;
    for (const CoverageItem& item : m_items) {
        if (item.parentId == provisionId)
            result << &item;
    }
    return result;
}

} // namespace crosswalk
