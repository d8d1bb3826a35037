#pragma once

#include "models/domain/RecordHeader.h"

namespace crosswalk {

/// "source provision RELATIONSHIP target provision" in the NIST IR 8477 vocabulary.
struct Mapping : RecordHeader
{
    qint64 sourceProvisionId = 0;
    qint64 targetProvisionId = 0;
    Relationship relationship = Relationship::IntersectsWith;
    Rationale rationale = Rationale::Semantic;
    std::optional<int> strength; ///< 0-10: 10 for equal, 0 for no relationship, 1-9 otherwise
    QString justification;
    QString notes;
    ReviewStatus reviewStatus = ReviewStatus::Draft;
    QString author;
    QString reviewer;
    QString reviewDate; ///< YYYY-MM-DD, empty until reviewed

    QVariantMap toRow() const;
    static Mapping fromRow(const QVariantMap& row);
    Status validate() const;
    bool operator==(const Mapping&) const = default;

    Q_DECLARE_TR_FUNCTIONS(crosswalk::Mapping)
};

} // namespace crosswalk
