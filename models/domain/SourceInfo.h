#pragma once

#include "models/domain/RecordHeader.h"

namespace crosswalk {

/// Where a record's facts come from and how far they are confirmed (the source, verification and
/// verification_note columns).
struct SourceInfo
{
    QString source; ///< citation or address
    Verification verification = Verification::Unverified;
    QString verificationNote;

    void bindSource(RecordHeader::Binder& binder);
    bool operator==(const SourceInfo&) const = default;
};

} // namespace crosswalk
