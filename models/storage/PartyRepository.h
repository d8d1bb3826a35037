#pragma once

#include "models/domain/Party.h"
#include "models/storage/TypedStore.h"

namespace crosswalk {

/// States, alliances, organisations and agencies, in id order.
class PartyRepository
{
public:
    explicit PartyRepository(Database& db);

    QList<Party> all() const;
    std::optional<Party> find(qint64 id) const;
    std::optional<Party> findByCode(const QString& code) const;
    /// The agencies and other parties that belong to a party.
    QList<Party> children(qint64 parentId) const;

    /// Refuses a parent that does not exist or that would make the party its own ancestor.
    Status insert(Party& party);
    Status update(const Party& party);
    /// Refuses, naming them, while anything refers to the party (frameworks, dialogues, delegates,
    /// commitments, programmes, gaps, exclusions, child parties).
    Status remove(qint64 id);

private:
    Status checkParent(const Party& party) const;

    TypedStore<Party> m_parties;
};

} // namespace crosswalk
