#include "ui/views/PageContext.h"

#include "models/commands/ChangeSetCommand.h"
#include "models/storage/Database.h"
#include "ui/support/DialogProvider.h"

#include <QUndoStack>
#include <QWidget>

namespace crosswalk {

PageContext::PageContext(QUndoStack& undoStack, DialogProvider& dialogs, Preferences& preferences, QObject* parent)
    : QObject(parent), m_undoStack(undoStack), m_dialogs(dialogs), m_preferences(preferences)
{
}

void PageContext::setDatabase(Database* database)
{
    m_database = database;
    Q_EMIT databaseChanged(database);
}

bool PageContext::apply(const ChangeSet& changes, QWidget* parent)
{
    if (!m_database) {
        showError(tr("No database is open."), parent);
        return false;
    }
    QPointer<QWidget> guard(parent);
    const Status applied = ChangeSetCommand::push(m_undoStack, *m_database, changes, [this, guard](const QString& message) {
        showError(message, guard);
    });
    if (!applied) {
        showError(applied.message(), parent);
        return false;
    }
    return true;
}

void PageContext::showError(const QString& message, QWidget* parent)
{
    m_dialogs.critical(parent, tr("Crosswalk"), message);
}

} // namespace crosswalk
