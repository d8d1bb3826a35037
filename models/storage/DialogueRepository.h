#pragma once

#include "models/domain/Delegate.h"
#include "models/domain/Dialogue.h"
#include "models/storage/TypedStore.h"

namespace crosswalk {

/// The dialogue aggregate: dialogues with their parties (Dialogue::partyIds) and delegations.
class DialogueRepository
{
public:
    explicit DialogueRepository(Database& db);

    QList<Dialogue> dialogues() const;
    std::optional<Dialogue> dialogue(qint64 id) const;
    std::optional<Dialogue> dialogueByCode(const QString& code) const;

    /// Inserts the dialogue, its party links and the given delegates (their dialogueId is set to the new
    /// dialogue's) in one transaction.
    Status insert(Dialogue& dialogue, QList<Delegate> delegates = {});
    /// Saves every field and makes the party links those of partyIds, in one transaction.
    Status update(const Dialogue& dialogue);
    /// Deletes the dialogue with its delegates and party links in one transaction. Refuses, naming them,
    /// while commitments originate from the dialogue.
    Status remove(qint64 id);

    /// The delegates of a dialogue, by party and then sort order.
    QList<Delegate> delegates(qint64 dialogueId) const;
    std::optional<Delegate> delegate(qint64 id) const;
    Status insertDelegate(Delegate& delegate);
    Status updateDelegate(const Delegate& delegate);
    Status removeDelegate(qint64 id);

private:
    TypedStore<Dialogue> m_dialogues;
    TypedStore<Delegate> m_delegates;
};

} // namespace crosswalk
