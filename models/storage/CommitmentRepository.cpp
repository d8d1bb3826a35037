#include "models/storage/CommitmentRepository.h"

namespace crosswalk {

namespace {
QString linkTable(CommitmentRepository::Link kind)
{
    switch (kind) {
    case CommitmentRepository::Link::Gap:
        return QStringLiteral("commitment_gaps");
    case CommitmentRepository::Link::Programme:
        return QStringLiteral("commitment_programmes");
    case CommitmentRepository::Link::Provision:
        return QStringLiteral("commitment_provisions");
    }
    return QString();
}
} // namespace

CommitmentRepository::CommitmentRepository(Database& db)
    : m_commitments(db, QStringLiteral("commitments"), {{QStringLiteral("commitment_themes"), &Commitment::themeIds}}),
      m_updates(db, QStringLiteral("commitment_updates"))
{
}

QList<Commitment> CommitmentRepository::commitments() const
{
    return m_commitments.list();
}

QList<Commitment> CommitmentRepository::commitmentsFromDialogue(qint64 dialogueId) const
{
    return m_commitments.list(QStringLiteral("origin_dialogue_id"), dialogueId);
}

std::optional<Commitment> CommitmentRepository::commitment(qint64 id) const
{
    return m_commitments.find(id);
}

std::optional<Commitment> CommitmentRepository::commitmentByCode(const QString& code) const
{
    return m_commitments.findByCode(code);
}

Status CommitmentRepository::insert(Commitment& commitment)
{
    return m_commitments.insert(commitment);
}

Status CommitmentRepository::update(const Commitment& commitment)
{
    return m_commitments.update(commitment);
}

Status CommitmentRepository::remove(qint64 id)
{
    return m_commitments.remove(id, TypedStore<Commitment>::Links::Detach, [this](qint64 commitmentId) {
        for (const CommitmentUpdate& update : updates(commitmentId)) {
            if (const Status removed = m_updates.remove(update.id); !removed)
                return removed;
        }
        return Status();
    });
}

QList<CommitmentUpdate> CommitmentRepository::updates(qint64 commitmentId) const
{
    return m_updates.list(QStringLiteral("commitment_id"), commitmentId,
                          {QStringLiteral("update_date"), QStringLiteral("id")});
}

std::optional<CommitmentUpdate> CommitmentRepository::commitmentUpdate(qint64 id) const
{
    return m_updates.find(id);
}

Status CommitmentRepository::applyIfLatest(qint64 updateId)
{
    const std::optional<CommitmentUpdate> update = m_updates.find(updateId);
    std::optional<Commitment> commitment = update ? m_commitments.find(update->commitmentId) : std::nullopt;
    if (!commitment || updates(commitment->id).constLast().id != updateId)
        return {};
    commitment->status = update->status;
    commitment->progress = update->progress;
    return m_commitments.update(*commitment);
}

Status CommitmentRepository::addUpdate(CommitmentUpdate& update)
{
    return m_updates.insert(update, [this](qint64 id) { return applyIfLatest(id); });
}

Status CommitmentRepository::editUpdate(const CommitmentUpdate& update)
{
    return m_updates.update(update, [this](qint64 id) { return applyIfLatest(id); });
}

Status CommitmentRepository::removeUpdate(qint64 id)
{
    return m_updates.remove(id);
}

Status CommitmentRepository::link(Link kind, qint64 commitmentId, qint64 otherId)
{
    return m_commitments.link(linkTable(kind), commitmentId, otherId);
}

Status CommitmentRepository::unlink(Link kind, qint64 commitmentId, qint64 otherId)
{
    return m_commitments.unlink(linkTable(kind), commitmentId, otherId);
}

QList<qint64> CommitmentRepository::linked(Link kind, qint64 commitmentId) const
{
    return m_commitments.records().linked(linkTable(kind), commitmentId);
}

QList<qint64> CommitmentRepository::commitmentsLinkedTo(Link kind, qint64 otherId) const
{
    return m_commitments.records().linked(linkTable(kind), otherId, true);
}

} // namespace crosswalk
