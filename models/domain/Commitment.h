#pragma once

#include "models/domain/SourceInfo.h"

#include <QList>

namespace crosswalk {

/// Something a party undertook, at a dialogue or in a provision. Its dated history is kept in
/// CommitmentUpdate records; status and progress hold the latest state.
struct Commitment : RecordHeader, SourceInfo
{
    QString code;
    QString titleEn;
    QString titleOrig;
    QString description;
    std::optional<qint64> originDialogueId;
    std::optional<qint64> originProvisionId;
    QString originNote;
    std::optional<qint64> leadPartyId;
    std::optional<qint64> counterpartPartyId;
    QString dueDate; ///< ISO 8601, empty when none was set
    CommitmentStatus status = CommitmentStatus::Proposed;
    int progress = 0;       ///< percent, 0-100
    QList<qint64> themeIds; ///< commitment_themes, ascending

    QVariantMap toRow() const;
    static Commitment fromRow(const QVariantMap& row);
    Status validate() const;
    bool operator==(const Commitment&) const = default;

    Q_DECLARE_TR_FUNCTIONS(crosswalk::Commitment)
};

} // namespace crosswalk
