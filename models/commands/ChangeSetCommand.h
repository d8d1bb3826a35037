#pragma once

#include "models/commands/ChangeSet.h"

#include <QUndoCommand>

#include <functional>

class QUndoStack;

namespace crosswalk {

class Database;

/// An undoable edit: redo applies the change set, undo applies its inverse, each in one transaction.
/// A redo or undo that fails (for example because another process changed the record meanwhile)
/// leaves the database as it was, reports the message to the failure handler, and marks the command
/// obsolete so that the undo stack drops it.
class ChangeSetCommand : public QUndoCommand
{
public:
    using FailureHandler = std::function<void(const QString& message)>;

    /// Applies the change set now and, when that succeeds, pushes a command holding it onto the
    /// stack (whose first redo does not apply it again). On failure nothing is pushed or written.
    static Status push(QUndoStack& stack, Database& db, const ChangeSet& changes, FailureHandler onFailure = {},
                       const Progress& progress = {});

    ChangeSetCommand(Database& db, ChangeSet changes, FailureHandler onFailure = {}, bool alreadyApplied = false);

    void redo() override;
    void undo() override;

    const ChangeSet& changes() const { return m_changes; }

private:
    void run(const ChangeSet& changes);

    Database& m_db;
    ChangeSet m_changes;
    FailureHandler m_onFailure;
    bool m_skipNextRedo = false;
};

} // namespace crosswalk
