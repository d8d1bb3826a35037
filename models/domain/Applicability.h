#pragma once

#include "models/domain/RecordHeader.h"

namespace crosswalk {

/// A target provision marked not applicable to a party, with the justification (for example
/// Article 5 commitments for a non-member). Excluded provisions leave the coverage denominator.
struct Applicability : RecordHeader
{
    qint64 provisionId = 0;
    qint64 partyId = 0;
    QString justification;
    QString source;

    QVariantMap toRow() const;
    static Applicability fromRow(const QVariantMap& row);
    Status validate() const;
    bool operator==(const Applicability&) const = default;

    Q_DECLARE_TR_FUNCTIONS(crosswalk::Applicability)
};

} // namespace crosswalk
