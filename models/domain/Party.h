#pragma once

#include "models/domain/SourceInfo.h"

namespace crosswalk {

/// A state, alliance, organisation or agency; agencies belong to a parent party.
struct Party : RecordHeader, SourceInfo
{
    QString code;
    QString nameEn;
    QString nameOrig;
    PartyKind kind = PartyKind::State;
    std::optional<qint64> parentId;
    QString notes;

    QVariantMap toRow() const;
    static Party fromRow(const QVariantMap& row);
    Status validate() const;
    bool operator==(const Party&) const = default;

    Q_DECLARE_TR_FUNCTIONS(crosswalk::Party)
};

} // namespace crosswalk
