#include "models/analysis/CrosswalkMatrix.h"

#include "models/analysis/CoverageEngine.h"
#include "models/storage/RecordStore.h"

#include <algorithm>

namespace crosswalk {

namespace {

/// The provisions of some frameworks divided into groups (one per top-level provision).
struct Grouping
{
    QList<MatrixGroup> groups;
    QHash<qint64, int> groupOf;         ///< provision id -> group index
    QList<QList<ProvisionRow>> members; ///< each group's provisions, in input order
};

Grouping groupProvisions(QList<ProvisionRow> rows, const QHash<qint64, QString>& frameworkCodes, bool withFrameworkCode)
{
    // Frameworks in the order they come, then siblings by sort order and id (as AnalysisQueries reads
    // them), whatever order the input has.
    QHash<qint64, int> frameworkPosition;
    for (const ProvisionRow& row : rows) {
        if (!frameworkPosition.contains(row.frameworkId))
            frameworkPosition.insert(row.frameworkId, static_cast<int>(frameworkPosition.size()));
    }
    std::stable_sort(rows.begin(), rows.end(), [&frameworkPosition](const ProvisionRow& a, const ProvisionRow& b) {
        const int fa = frameworkPosition.value(a.frameworkId);
        const int fb = frameworkPosition.value(b.frameworkId);
        if (fa != fb)
            return fa < fb;
        return a.sortOrder != b.sortOrder ? a.sortOrder < b.sortOrder : a.id < b.id;
    });
    QHash<qint64, int> index;
    for (int i = 0; i < rows.size(); ++i)
        index.insert(rows.at(i).id, i);
    // A parent counts only when it is a provision of the same framework.
    const auto parentRow = [&](const ProvisionRow& row) {
        if (row.parentId == 0)
            return -1;
        const auto it = index.constFind(row.parentId);
        return it != index.constEnd() && rows.at(*it).frameworkId == row.frameworkId ? *it : -1;
    };
    QHash<int, QList<int>> children;
    QList<qint64> frameworkOrder;
    for (int i = 0; i < rows.size(); ++i) {
        const int parent = parentRow(rows.at(i));
        if (parent >= 0)
            children[parent].append(i);
        if (!frameworkOrder.contains(rows.at(i).frameworkId))
            frameworkOrder.append(rows.at(i).frameworkId);
    }

    Grouping result;
    QList<int> groupOfRow(rows.size(), -1);
    const auto place = [&](int root) {
        const ProvisionRow& top = rows.at(root);
        MatrixGroup group;
        group.provisionId = top.id;
        group.frameworkId = top.frameworkId;
        group.frameworkCode = frameworkCodes.value(top.frameworkId);
        group.code = top.code;
        group.refLabel = top.refLabel;
        group.titleEn = top.titleEn;
        group.titleOrig = top.titleOrig;
        group.reference = top.refLabel.isEmpty() ? top.code : top.refLabel;
        if (withFrameworkCode && !group.frameworkCode.isEmpty())
            group.reference = group.frameworkCode + QLatin1Char(' ') + group.reference;
        const int groupIndex = static_cast<int>(result.groups.size());
        QList<int> stack{root};
        while (!stack.isEmpty()) {
            const int row = stack.takeLast();
            if (groupOfRow.at(row) >= 0)
                continue;
            groupOfRow[row] = groupIndex;
            ++group.provisionCount;
            stack.append(children.value(row));
        }
        result.groups.append(group);
    };
    for (const qint64 framework : frameworkOrder) {
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).frameworkId == framework && parentRow(rows.at(i)) < 0)
                place(i);
        }
        // What hangs in a parent cycle is reachable from no top-level provision: its first member leads.
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).frameworkId == framework && groupOfRow.at(i) < 0)
                place(i);
        }
    }
    result.members.resize(result.groups.size());
    for (int i = 0; i < rows.size(); ++i) {
        result.members[groupOfRow.at(i)].append(rows.at(i));
        result.groupOf.insert(rows.at(i).id, groupOfRow.at(i));
    }
    return result;
}

void addMapping(MatrixCell& cell, const MatrixMapping& mapping)
{
    cell.mappingIds.append(mapping.id);
    if (!cell.strongest || CrosswalkMatrix::rank(mapping.relationship) > CrosswalkMatrix::rank(*cell.strongest))
        cell.strongest = mapping.relationship;
    if (mapping.strength && (!cell.bestStrength || *mapping.strength > *cell.bestStrength))
        cell.bestStrength = mapping.strength;
}

CoverageCounts coverageBy(const CoverageScope& scope, const QList<ProvisionRow>& targetProvisions,
                          const QList<MappingRow>& mappings, const QList<ExclusionRow>& exclusions)
{
    CoverageEngine::Input input;
    input.targetProvisions = targetProvisions;
    input.mappings = mappings;
    input.exclusions = exclusions;
    return CoverageEngine::compute(scope, input).totals();
}

} // namespace

QString MatrixGroup::label() const
{
    const QString text = title();
    return text.isEmpty() ? reference : QStringLiteral("%1 — %2").arg(reference, text);
}

CrosswalkMatrix CrosswalkMatrix::compute(Database& db, const CoverageScope& scope)
{
    return compute(scope, read(db, scope));
}

CrosswalkMatrix::Input CrosswalkMatrix::read(Database& db, const CoverageScope& scope)
{
    const AnalysisQueries queries(db);
    Input input;
    input.sourceProvisions = queries.provisions(scope.sourceFrameworkIds);
    input.targetProvisions = queries.provisions({scope.targetFrameworkId});
    input.mappings = queries.mappingsBetween(scope.sourceFrameworkIds, scope.targetFrameworkId);
    input.exclusions = queries.exclusions(scope.targetFrameworkId, scope.applicablePartyIds);
    const RecordStore store(db);
    for (const qint64 id : scope.sourceFrameworkIds + QList<qint64>{scope.targetFrameworkId}) {
        if (const auto framework = store.fetch(QStringLiteral("frameworks"), id))
            input.frameworkCodes.insert(id, framework->value(QStringLiteral("code")).toString());
    }
    return input;
}

CrosswalkMatrix CrosswalkMatrix::compute(const CoverageScope& scope, const Input& input)
{
    CrosswalkMatrix matrix;
    matrix.m_scope = scope;
    matrix.m_frameworkCodes = input.frameworkCodes;
    if (!matrix.m_frameworkCodes.contains(scope.targetFrameworkId) && !scope.targetCode.isEmpty())
        matrix.m_frameworkCodes.insert(scope.targetFrameworkId, scope.targetCode);

    const Grouping source =
        groupProvisions(input.sourceProvisions, matrix.m_frameworkCodes, scope.sourceFrameworkIds.size() > 1);
    const Grouping target = groupProvisions(input.targetProvisions, matrix.m_frameworkCodes, false);
    matrix.m_rows = source.groups;
    matrix.m_columns = target.groups;
    for (const ProvisionRow& row : input.sourceProvisions + input.targetProvisions)
        matrix.m_provisions.insert(row.id, row);

    const int rows = matrix.rowCount();
    const int columns = matrix.columnCount();
    matrix.m_cells.resize(qsizetype(rows) * columns);
    matrix.m_rowTotals.resize(rows);
    matrix.m_columnTotals.resize(columns);

    // The mappings as stored, by cell and all together, for the coverage runs.
    QList<QList<MappingRow>> cellMappings(matrix.m_cells.size());
    QList<MappingRow> allMappings;

    QList<MappingRow> ordered = input.mappings;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const MappingRow& a, const MappingRow& b) { return a.id < b.id; });
    for (const MappingRow& row : ordered) {
        MatrixMapping mapping;
        mapping.id = row.id;
        mapping.sourceProvisionId = row.sourceProvisionId;
        mapping.targetProvisionId = row.targetProvisionId;
        mapping.relationship = row.relationship;
        if (!source.groupOf.contains(row.sourceProvisionId) || !target.groupOf.contains(row.targetProvisionId)) {
            if (!source.groupOf.contains(row.targetProvisionId) || !target.groupOf.contains(row.sourceProvisionId))
                continue; // not between the source set and the target
            std::swap(mapping.sourceProvisionId, mapping.targetProvisionId);
            mapping.relationship = invertedRelationship(row.relationship);
            mapping.inverted = true;
        }
        if (row.reviewStatus == ReviewStatus::Deprecated || row.reviewStatus == ReviewStatus::Superseded) {
            ++matrix.m_ignoredMappings;
            continue;
        }
        mapping.strength = row.strength;
        mapping.reviewStatus = row.reviewStatus;
        mapping.row = source.groupOf.value(mapping.sourceProvisionId);
        mapping.column = target.groupOf.value(mapping.targetProvisionId);
        const qsizetype cell = qsizetype(mapping.row) * columns + mapping.column;
        addMapping(matrix.m_cells[cell], mapping);
        addMapping(matrix.m_rowTotals[mapping.row], mapping);
        addMapping(matrix.m_columnTotals[mapping.column], mapping);
        addMapping(matrix.m_total, mapping);
        cellMappings[cell].append(row);
        allMappings.append(row);
        matrix.m_mappingIndex.insert(mapping.id, static_cast<int>(matrix.m_mappings.size()));
        matrix.m_mappings.append(mapping);
    }

    // Coverage: of the cell's target group by the cell's mappings alone (an empty cell: the group as no
    // mapping leaves it). Groups are separate subtrees, so a row's coverage of the whole target framework
    // is the sum of its cells'. Columns and the grand total: the coverage report of the scope.
    CoverageEngine::Input unmapped;
    unmapped.targetProvisions = input.targetProvisions;
    unmapped.exclusions = input.exclusions;
    const CoverageReport baseline = CoverageEngine::compute(scope, unmapped);
    QList<CoverageCounts> unmappedCounts(columns);
    for (int c = 0; c < columns; ++c) {
        if (const CoverageItem* item = baseline.item(matrix.m_columns.at(c).provisionId))
            unmappedCounts[c] = item->counts;
    }
    for (int r = 0; r < rows; ++r) {
        MatrixCell& total = matrix.m_rowTotals[r];
        for (int c = 0; c < columns; ++c) {
            const qsizetype index = qsizetype(r) * columns + c;
            MatrixCell& cell = matrix.m_cells[index];
            cell.coverage = cell.isEmpty()
                                ? unmappedCounts.at(c)
                                : coverageBy(scope, target.members.at(c), cellMappings.at(index), input.exclusions);
            cell.coverageClass = classify(cell.coverage, !cell.isEmpty());
            total.coverage.add(cell.coverage);
        }
        total.coverageClass = classify(total.coverage, !total.isEmpty());
    }
    CoverageEngine::Input reportInput;
    reportInput.targetProvisions = input.targetProvisions;
    reportInput.mappings = allMappings;
    reportInput.exclusions = input.exclusions;
    const CoverageReport report = CoverageEngine::compute(scope, reportInput);
    for (int c = 0; c < columns; ++c) {
        MatrixCell& total = matrix.m_columnTotals[c];
        if (const CoverageItem* item = report.item(matrix.m_columns.at(c).provisionId))
            total.coverage = item->counts;
        total.coverageClass = classify(total.coverage, !total.isEmpty());
    }
    matrix.m_total.coverage = report.totals();
    matrix.m_total.coverageClass = classify(matrix.m_total.coverage, !matrix.m_total.isEmpty());
    return matrix;
}

const MatrixCell& CrosswalkMatrix::cell(int row, int column) const
{
    return m_cells.at(qsizetype(row) * columnCount() + column);
}

const MatrixCell& CrosswalkMatrix::rowTotal(int row) const
{
    return m_rowTotals.at(row);
}

const MatrixCell& CrosswalkMatrix::columnTotal(int column) const
{
    return m_columnTotals.at(column);
}

const MatrixMapping* CrosswalkMatrix::mapping(qint64 id) const
{
    const auto it = m_mappingIndex.constFind(id);
    return it == m_mappingIndex.constEnd() ? nullptr : &m_mappings.at(*it);
}

const ProvisionRow* CrosswalkMatrix::provision(qint64 id) const
{
    const auto it = m_provisions.constFind(id);
    return it == m_provisions.constEnd() ? nullptr : &*it;
}

QString CrosswalkMatrix::provisionCode(qint64 id) const
{
    const ProvisionRow* row = provision(id);
    if (!row)
        return QString();
    return m_frameworkCodes.value(row->frameworkId) + QLatin1Char(':') + row->code;
}

int CrosswalkMatrix::rowOfGroup(qint64 provisionId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).provisionId == provisionId)
            return i;
    }
    return -1;
}

int CrosswalkMatrix::columnOfGroup(qint64 provisionId) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).provisionId == provisionId)
            return i;
    }
    return -1;
}

int CrosswalkMatrix::rank(Relationship relationship)
{
    switch (relationship) {
    case Relationship::Equal:
        return 4;
    case Relationship::SupersetOf:
        return 3;
    case Relationship::SubsetOf:
        return 2;
    case Relationship::IntersectsWith:
        return 1;
    case Relationship::NoRelationship:
        break;
    }
    return 0;
}

MatrixCoverage CrosswalkMatrix::classify(const CoverageCounts& counts, bool hasMappings)
{
    if (!hasMappings)
        return MatrixCoverage::Empty;
    const int applicable = counts.applicable();
    if (applicable == 0)
        return MatrixCoverage::NotApplicable;
    if (counts.covered == applicable)
        return MatrixCoverage::Full;
    if (counts.covered == 0 && counts.partial == 0)
        return MatrixCoverage::NoCoverage;
    // Compared as thirds of the applicable leaves, so that 1 of 3 leaves is exactly one third.
    constexpr double tolerance = 1e-9;
    const double thirds = counts.scoreSum * 3;
    if (thirds < applicable - tolerance)
        return MatrixCoverage::Low;
    if (thirds < 2.0 * applicable - tolerance)
        return MatrixCoverage::Medium;
    return MatrixCoverage::High;
}

} // namespace crosswalk
