#pragma once

#include "models/domain/SourceInfo.h"

#include <QList>

namespace crosswalk {

/// Capacity building: training, exercise, centre, secondment, conference or funding.
struct Programme : RecordHeader, SourceInfo
{
    QString code;
    QString nameEn;
    QString nameOrig;
    ProgrammeKind kind = ProgrammeKind::Training;
    std::optional<qint64> leadPartyId;
    QString startDate; ///< ISO 8601, empty when unknown
    QString endDate;   ///< ISO 8601, empty when unknown or open-ended
    ProgrammeStatus status = ProgrammeStatus::Planned;
    std::optional<double> budget; ///< in currency, not negative
    QString currency;             ///< ISO 4217 code
    QString beneficiaries;
    QString description;
    QList<qint64> partnerIds; ///< programme_partners (parties), ascending
    QList<qint64> themeIds;   ///< programme_themes, ascending

    QVariantMap toRow() const;
    static Programme fromRow(const QVariantMap& row);
    Status validate() const;
    bool operator==(const Programme&) const = default;

    Q_DECLARE_TR_FUNCTIONS(crosswalk::Programme)
};

} // namespace crosswalk
