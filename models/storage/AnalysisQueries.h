#pragma once

#include "models/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace crosswalk {

class Database;

/// The columns of a provision that analysis needs (coverage, matrix), without the long texts.
struct ProvisionRow
{
    qint64 id = 0;
    qint64 frameworkId = 0;
    qint64 parentId = 0; ///< 0 at the top level
    int sortOrder = 0;
    QString code;
    QString refLabel;
    QString titleEn;
    QString titleOrig;
    QString verification;
    QString marking;
};

/// A mapping as analysis reads it.
struct MappingRow
{
    qint64 id = 0;
    qint64 sourceProvisionId = 0;
    qint64 targetProvisionId = 0;
    Relationship relationship = Relationship::NoRelationship;
    std::optional<int> strength;
    ReviewStatus reviewStatus = ReviewStatus::Draft;
    QString marking;
};

/// A target provision marked not applicable to a party.
struct ExclusionRow
{
    qint64 id = 0;
    qint64 provisionId = 0;
    qint64 partyId = 0;
    QString justification;
};

/// A gap recorded against a provision.
struct GapRow
{
    qint64 id = 0;
    QString code;
    qint64 provisionId = 0;
    qint64 ownerPartyId = 0; ///< 0: no owner
    GapStatus status = GapStatus::Open;
};

/// The read-only queries of the analysis layer (coverage, gap derivation, matrix, dashboard), each a
/// single bound statement over the tables it needs, so that large frameworks are read in one pass.
class AnalysisQueries
{
    Q_DECLARE_TR_FUNCTIONS(crosswalk::AnalysisQueries)

public:
    explicit AnalysisQueries(Database& db);

    /// The provisions of the frameworks, ordered by framework (in the order given), sort order and id.
    QList<ProvisionRow> provisions(const QList<qint64>& frameworkIds) const;
    /// Mappings with one end in a source framework and the other in the target framework, either way
    /// round, ordered by id.
    QList<MappingRow> mappingsBetween(const QList<qint64>& sourceFrameworkIds, qint64 targetFrameworkId) const;
    /// Not-applicable marks on provisions of the framework for any of the parties.
    QList<ExclusionRow> exclusions(qint64 frameworkId, const QList<qint64>& partyIds) const;
    /// Gaps recorded against provisions of the framework.
    QList<GapRow> gapsOn(qint64 frameworkId) const;
    /// Every gap code in use.
    QStringList gapCodes() const;

    /// The party and the agencies under it, at any depth.
    QList<qint64> partyAndDescendants(qint64 partyId) const;
    /// The party and the parties above it (an agency's parent state).
    QList<qint64> partyAndAncestors(qint64 partyId) const;
    /// The source and target framework ids of the pair of frameworks with the most mappings between
    /// them (ties: lowest ids); nothing when there are no mappings between two frameworks.
    std::optional<std::pair<qint64, qint64>> busiestFrameworkPair() const;
    /// The issuer party of a framework (0: none).
    qint64 issuerOf(qint64 frameworkId) const;

    /// The frameworks issued by any of the parties, ordered by code.
    QList<qint64> frameworksIssuedBy(const QList<qint64>& partyIds) const;

private:
    Database& m_db;
};

} // namespace crosswalk
