#pragma once

#include "models/analysis/CoverageReport.h"
#include "models/analysis/CoverageScope.h"
#include "models/storage/AnalysisQueries.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace crosswalk {

class Database;

/// A row or column of the matrix: a top-level provision of a framework (a chapter, a pillar) and every
/// provision below it.
struct MatrixGroup
{
    qint64 provisionId = 0; ///< the top-level provision
    qint64 frameworkId = 0;
    QString frameworkCode;
    QString code;
    QString refLabel;
    QString titleEn;
    QString titleOrig;
    int provisionCount = 0; ///< the provisions of the group, the top-level one included
    /// How the group is named: its reference label (its code when it has none), after the framework
    /// code for the rows of a matrix with several source frameworks ("JP-CRCSA Ch. 2").
    QString reference;

    /// The English title, or the original one when there is no English title.
    QString title() const { return titleEn.isEmpty() ? titleOrig : titleEn; }
    /// "reference — title" (the reference alone without a title).
    QString label() const;
};

/// The colour class of a cell: how far the cell's mappings cover its target group. It is read from a
/// CoverageEngine run over the target group's provisions with only the cell's mappings (so a mapping on
/// a chapter covers its articles, and provisions marked not applicable leave the denominator), from the
/// mean coverage score of the group's applicable leaves (covered 1, partly covered best strength / 10):
enum class MatrixCoverage
{
    Empty,         ///< no mappings
    NotApplicable, ///< mappings, but no leaf of the target group is applicable to the source party
    NoCoverage,    ///< mappings that cover nothing applicable: only "no relationship" (examined, unrelated),
                   ///< or only provisions marked not applicable
    Low,           ///< some coverage, score below 1/3
    Medium,        ///< score from 1/3 to below 2/3
    High,          ///< score 2/3 or more, but not every applicable leaf fully covered
    Full           ///< every applicable leaf of the target group fully covered
};

/// One cell of the matrix (or a row, column or grand total).
struct MatrixCell
{
    QList<qint64> mappingIds; ///< ordered by id
    /// The strongest relationship as read from the source side (equal > superset of > subset of >
    /// intersects with > no relationship); empty without mappings.
    std::optional<Relationship> strongest;
    /// The highest strength of the cell's mappings (whatever their relationship); empty when none has one.
    std::optional<int> bestStrength;
    /// The leaves of the target group(s) as these mappings alone cover them (an empty cell: none covered;
    /// a row total: the whole target framework; a column total and the grand total: the coverage report
    /// of the scope).
    CoverageCounts coverage;
    MatrixCoverage coverageClass = MatrixCoverage::Empty;

    int count() const { return static_cast<int>(mappingIds.size()); }
    bool isEmpty() const { return mappingIds.isEmpty(); }
};

/// A mapping of the matrix, read from the source side: a mapping stored the other way round (its
/// source in the target framework) has its ends swapped and its relationship inverted.
struct MatrixMapping
{
    qint64 id = 0;
    qint64 sourceProvisionId = 0; ///< the end in a source framework
    qint64 targetProvisionId = 0; ///< the end in the target framework
    Relationship relationship = Relationship::NoRelationship;
    bool inverted = false; ///< stored as "target REL source"
    std::optional<int> strength;
    ReviewStatus reviewStatus = ReviewStatus::Draft;
    int row = -1;
    int column = -1;
};

/// The crosswalk as a heatmap: source groups (the top-level provisions of each source framework, in the
/// scope's framework order) against target groups (the top-level provisions of the target framework).
/// Every provision belongs to the group of its top-level ancestor (a provision caught in a parent cycle:
/// to the cycle's first member, as the provision tree shows it). Each cell holds the mappings between its
/// two groups, read either way round; deprecated and superseded mappings are left out, as coverage leaves
/// them out. The totals of a row hold every mapping of the source group, those of a column every mapping
/// onto the target group.
class CrosswalkMatrix
{
public:
    /// What the computation reads.
    struct Input
    {
        QList<ProvisionRow> sourceProvisions; ///< ordered by framework (the scope's order), sort order, id
        QList<ProvisionRow> targetProvisions;
        QList<MappingRow> mappings;
        QList<ExclusionRow> exclusions; ///< the not-applicable marks that apply to the scope's party
        QHash<qint64, QString> frameworkCodes;
    };

    CrosswalkMatrix() = default;

    /// Reads the input of the scope from the database and computes.
    static CrosswalkMatrix compute(Database& db, const CoverageScope& scope);
    /// The database-free computation, for any input.
    static CrosswalkMatrix compute(const CoverageScope& scope, const Input& input);
    static Input read(Database& db, const CoverageScope& scope);

    const CoverageScope& scope() const { return m_scope; }
    const QList<MatrixGroup>& rows() const { return m_rows; }
    const QList<MatrixGroup>& columns() const { return m_columns; }
    int rowCount() const { return static_cast<int>(m_rows.size()); }
    int columnCount() const { return static_cast<int>(m_columns.size()); }

    const MatrixCell& cell(int row, int column) const;
    const MatrixCell& rowTotal(int row) const;
    const MatrixCell& columnTotal(int column) const;
    const MatrixCell& total() const { return m_total; }

    /// The mappings shown, ordered by id.
    const QList<MatrixMapping>& mappings() const { return m_mappings; }
    /// The mapping with the id; nullptr when the matrix does not show it.
    const MatrixMapping* mapping(qint64 id) const;
    /// A provision of a source or the target framework; nullptr for others.
    const ProvisionRow* provision(qint64 id) const;
    /// "FRAMEWORK:CODE" of a provision of the matrix (empty for others).
    QString provisionCode(qint64 id) const;
    /// The row or column of a group's top-level provision; -1 when there is none.
    int rowOfGroup(qint64 provisionId) const;
    int columnOfGroup(qint64 provisionId) const;

    /// Mappings between the frameworks left out because they are deprecated or superseded.
    int ignoredMappings() const { return m_ignoredMappings; }

    /// The strength order of relationships: equal 4, superset of 3, subset of 2, intersects with 1,
    /// no relationship 0.
    static int rank(Relationship relationship);
    /// The class of coverage counts (see MatrixCoverage); Empty when hasMappings is false.
    static MatrixCoverage classify(const CoverageCounts& counts, bool hasMappings);

private:
    CoverageScope m_scope;
    QList<MatrixGroup> m_rows;
    QList<MatrixGroup> m_columns;
    QList<MatrixCell> m_cells; ///< row by row
    QList<MatrixCell> m_rowTotals;
    QList<MatrixCell> m_columnTotals;
    MatrixCell m_total;
    QList<MatrixMapping> m_mappings;
    QHash<qint64, int> m_mappingIndex;
    QHash<qint64, ProvisionRow> m_provisions;
    QHash<qint64, QString> m_frameworkCodes;
    int m_ignoredMappings = 0;
};

} // namespace crosswalk
