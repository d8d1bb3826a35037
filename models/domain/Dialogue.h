#pragma once

#include "models/domain/SourceInfo.h"

#include <QList>

namespace crosswalk {

/// A meeting round: cyber dialogue, staff talks, summit, consultation or milestone. Delegates are
/// separate records (Delegate) of the same aggregate.
struct Dialogue : RecordHeader, SourceInfo
{
    QString code;
    QString titleEn;
    QString titleOrig;
    DialogueKind kind = DialogueKind::CyberDialogue;
    QString series;
    std::optional<int> roundNumber; ///< 1 or more
    QString dialogueDate;           ///< ISO 8601, empty while "to be confirmed"
    QString dateNote;
    QString place;
    QString objectivesEn;
    QString objectivesOrig;
    QString keyMessagesEn;
    QString keyMessagesOrig;
    QString outcomesEn;
    QString outcomesOrig;
    QString contentNote;
    QList<qint64> partyIds; ///< the parties taking part (dialogue_parties), ascending

    QVariantMap toRow() const;
    static Dialogue fromRow(const QVariantMap& row);
    Status validate() const;
    bool operator==(const Dialogue&) const = default;

    Q_DECLARE_TR_FUNCTIONS(crosswalk::Dialogue)
};

} // namespace crosswalk
