#include "models/commands/ChangeSetCommand.h"

#include "models/storage/Database.h"

#include <QUndoStack>

namespace crosswalk {

Status ChangeSetCommand::push(QUndoStack& stack, Database& db, const ChangeSet& changes, FailureHandler onFailure,
                              const Progress& progress)
{
    const Status applied = changes.apply(db, progress);
    if (!applied)
        return applied;
    stack.push(new ChangeSetCommand(db, changes, std::move(onFailure), true));
    return {};
}

ChangeSetCommand::ChangeSetCommand(Database& db, ChangeSet changes, FailureHandler onFailure, bool alreadyApplied)
    : QUndoCommand(changes.text()), m_db(db), m_changes(std::move(changes)), m_onFailure(std::move(onFailure)),
      m_skipNextRedo(alreadyApplied)
{
}

void ChangeSetCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    run(m_changes);
}

void ChangeSetCommand::undo()
{
    run(m_changes.inverted());
}

void ChangeSetCommand::run(const ChangeSet& changes)
{
    const Status status = changes.apply(m_db);
    if (status)
        return;
    setObsolete(true);
    if (m_onFailure)
        m_onFailure(status.message());
}

} // namespace crosswalk
