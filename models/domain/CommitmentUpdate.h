#pragma once

#include "models/domain/SourceInfo.h"

namespace crosswalk {

/// A dated entry in a commitment's history: the new status and progress, with a note.
struct CommitmentUpdate : RecordHeader, SourceInfo
{
    qint64 commitmentId = 0;
    QString updateDate; ///< ISO 8601, required
    CommitmentStatus status = CommitmentStatus::Proposed;
    int progress = 0; ///< percent, 0-100
    QString noteEn;
    QString noteOrig;

    QVariantMap toRow() const;
    static CommitmentUpdate fromRow(const QVariantMap& row);
    Status validate() const;
    bool operator==(const CommitmentUpdate&) const = default;

    Q_DECLARE_TR_FUNCTIONS(crosswalk::CommitmentUpdate)
};

} // namespace crosswalk
