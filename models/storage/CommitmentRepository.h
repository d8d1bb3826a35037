#pragma once

#include "models/domain/Commitment.h"
#include "models/domain/CommitmentUpdate.h"
#include "models/storage/TypedStore.h"

namespace crosswalk {

/// The commitment aggregate: commitments with their themes (Commitment::themeIds), their dated
/// updates, and their links to gaps, programmes and provisions.
class CommitmentRepository
{
public:
    /// What a commitment can be linked to (many to many).
    enum class Link
    {
        Gap,
        Programme,
        Provision
    };

    explicit CommitmentRepository(Database& db);

    QList<Commitment> commitments() const;
    /// The commitments made at a dialogue (origin_dialogue_id).
    QList<Commitment> commitmentsFromDialogue(qint64 dialogueId) const;
    std::optional<Commitment> commitment(qint64 id) const;
    std::optional<Commitment> commitmentByCode(const QString& code) const;

    /// Inserts the commitment and its theme links in one transaction.
    Status insert(Commitment& commitment);
    /// Saves every field and makes the theme links those of themeIds, in one transaction.
    Status update(const Commitment& commitment);
    /// Deletes the commitment together with its updates and all its links (themes, gaps, programmes,
    /// provisions) in one transaction. The linked gaps, programmes and provisions themselves stay.
    Status remove(qint64 id);

    /// The history of a commitment, oldest first (by date, then by entry).
    QList<CommitmentUpdate> updates(qint64 commitmentId) const;
    std::optional<CommitmentUpdate> commitmentUpdate(qint64 id) const;
    /// Adds a history entry. When it is the latest entry (no other is dated later), the commitment's
    /// status and progress become the entry's, in the same transaction.
    Status addUpdate(CommitmentUpdate& update);
    /// Saves a history entry, with the same rule as addUpdate() for the latest entry.
    Status editUpdate(const CommitmentUpdate& update);
    /// Deletes a history entry. The commitment's status and progress are left as they are.
    Status removeUpdate(qint64 id);

    Status link(Link kind, qint64 commitmentId, qint64 otherId);
    Status unlink(Link kind, qint64 commitmentId, qint64 otherId);
    /// The gaps, programmes or provisions linked to a commitment, ascending.
    QList<qint64> linked(Link kind, qint64 commitmentId) const;
    /// The commitments linked to a gap, programme or provision, ascending.
    QList<qint64> commitmentsLinkedTo(Link kind, qint64 otherId) const;

private:
    Status applyIfLatest(qint64 updateId);

    TypedStore<Commitment> m_commitments;
    TypedStore<CommitmentUpdate> m_updates;
};

} // namespace crosswalk
