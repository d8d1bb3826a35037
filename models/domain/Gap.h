#pragma once

#include "models/domain/SourceInfo.h"

#include <QList>

namespace crosswalk {

/// A shortfall, optionally against a target provision.
struct Gap : RecordHeader, SourceInfo
{
    QString code;
    QString titleEn;
    QString titleOrig;
    QString description;
    std::optional<qint64> provisionId;
    GapKind kind = GapKind::Uncovered;
    Severity severity = Severity::Medium;
    GapStatus status = GapStatus::Open;
    std::optional<qint64> ownerPartyId;
    QString dueDate; ///< ISO 8601 dates, empty when unknown
    QString openedDate;
    QString closedDate;
    QList<qint64> themeIds; ///< gap_themes, ascending

    QVariantMap toRow() const;
    static Gap fromRow(const QVariantMap& row);
    Status validate() const;
    bool operator==(const Gap&) const = default;

    Q_DECLARE_TR_FUNCTIONS(crosswalk::Gap)
};

} // namespace crosswalk
