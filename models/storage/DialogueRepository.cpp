#include "models/storage/DialogueRepository.h"

namespace crosswalk {

DialogueRepository::DialogueRepository(Database& db)
    : m_dialogues(db, QStringLiteral("dialogues"), {{QStringLiteral("dialogue_parties"), &Dialogue::partyIds}}),
      m_delegates(db, QStringLiteral("delegates"))
{
}

QList<Dialogue> DialogueRepository::dialogues() const
{
    return m_dialogues.list();
}

std::optional<Dialogue> DialogueRepository::dialogue(qint64 id) const
{
    return m_dialogues.find(id);
}

std::optional<Dialogue> DialogueRepository::dialogueByCode(const QString& code) const
{
    return m_dialogues.findByCode(code);
}

Status DialogueRepository::insert(Dialogue& dialogue, QList<Delegate> delegates)
{
    return m_dialogues.insert(dialogue, [this, &delegates](qint64 dialogueId) {
        for (Delegate& delegate : delegates) {
            delegate.dialogueId = dialogueId;
            if (const Status inserted = m_delegates.insert(delegate); !inserted)
                return inserted;
        }
        return Status();
    });
}

Status DialogueRepository::update(const Dialogue& dialogue)
{
    return m_dialogues.update(dialogue);
}

Status DialogueRepository::remove(qint64 id)
{
    return m_dialogues.remove(id, TypedStore<Dialogue>::Links::Detach, [this](qint64 dialogueId) {
        for (const Delegate& delegate : delegates(dialogueId)) {
            if (const Status removed = m_delegates.remove(delegate.id); !removed)
                return removed;
        }
        return Status();
    });
}

QList<Delegate> DialogueRepository::delegates(qint64 dialogueId) const
{
    return m_delegates.list(QStringLiteral("dialogue_id"), dialogueId,
                            {QStringLiteral("party_id"), QStringLiteral("sort_order"), QStringLiteral("id")});
}

std::optional<Delegate> DialogueRepository::delegate(qint64 id) const
{
    return m_delegates.find(id);
}

Status DialogueRepository::insertDelegate(Delegate& delegate)
{
    return m_delegates.insert(delegate);
}

Status DialogueRepository::updateDelegate(const Delegate& delegate)
{
    return m_delegates.update(delegate);
}

Status DialogueRepository::removeDelegate(qint64 id)
{
    return m_delegates.remove(id);
}

} // namespace crosswalk
