#include "models/storage/PartyRepository.h"

namespace crosswalk {

PartyRepository::PartyRepository(Database& db) : m_parties(db, QStringLiteral("parties")) {}

QList<Party> PartyRepository::all() const
{
    return m_parties.list();
}

std::optional<Party> PartyRepository::find(qint64 id) const
{
    return m_parties.find(id);
}

std::optional<Party> PartyRepository::findByCode(const QString& code) const
{
    return m_parties.findByCode(code);
}

QList<Party> PartyRepository::children(qint64 parentId) const
{
    return m_parties.list(QStringLiteral("parent_id"), parentId);
}

Status PartyRepository::checkParent(const Party& party) const
{
    return m_parties.ancestors(party, &Party::parentId).status();
}

Status PartyRepository::insert(Party& party)
{
    const Status parent = checkParent(party);
    return parent ? m_parties.insert(party) : parent;
}

Status PartyRepository::update(const Party& party)
{
    const Status parent = checkParent(party);
    return parent ? m_parties.update(party) : parent;
}

Status PartyRepository::remove(qint64 id)
{
    return m_parties.remove(id);
}

} // namespace crosswalk
