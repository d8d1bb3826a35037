#pragma once

#include "models/domain/RecordHeader.h"

namespace crosswalk {

/// A member of a party's delegation to a dialogue.
struct Delegate : RecordHeader
{
    qint64 dialogueId = 0;
    qint64 partyId = 0;
    int sortOrder = 0; ///< position within the party's delegation
    QString name;
    QString position;
    DelegateRole role = DelegateRole::Member;

    QVariantMap toRow() const;
    static Delegate fromRow(const QVariantMap& row);
    Status validate() const;
    bool operator==(const Delegate&) const = default;

    Q_DECLARE_TR_FUNCTIONS(crosswalk::Delegate)
};

} // namespace crosswalk
