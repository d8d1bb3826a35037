#pragma once

#include "models/domain/RecordHeader.h"

namespace crosswalk {

/// A tag shared by commitments, programmes and gaps (information sharing, zero trust, ...).
struct Theme : RecordHeader
{
    QString code;
    QString nameEn;
    QString nameOrig;

    QVariantMap toRow() const;
    static Theme fromRow(const QVariantMap& row);
    Status validate() const;
    bool operator==(const Theme&) const = default;

    Q_DECLARE_TR_FUNCTIONS(crosswalk::Theme)
};

} // namespace crosswalk
