#pragma once

#include "models/domain/SourceInfo.h"

namespace crosswalk {

/// A law, strategy, policy, pledge, decision, partnership document or taxonomy. Its provisions are
/// separate records (Provision) of the same aggregate.
struct Framework : RecordHeader, SourceInfo
{
    QString code;
    QString titleEn;
    QString titleOrig;
    QString shortName;
    QString language = QStringLiteral("en"); ///< language of the original text (BCP 47)
    FrameworkKind kind = FrameworkKind::Law;
    std::optional<qint64> issuerPartyId;
    QString adoptedDate; ///< ISO 8601, empty when unknown
    FrameworkStatus status = FrameworkStatus::Draft;
    QString version;
    QString description;
    QString oscalUuid; ///< the OSCAL catalog this framework was imported from or exported as; empty if none

    QVariantMap toRow() const;
    static Framework fromRow(const QVariantMap& row);
    Status validate() const;
    bool operator==(const Framework&) const = default;

    Q_DECLARE_TR_FUNCTIONS(crosswalk::Framework)
};

} // namespace crosswalk
