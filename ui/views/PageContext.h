#pragma once

#include "models/commands/ChangeSet.h"
#include "models/domain/Result.h"
#include "models/storage/Database.h"

#include <QObject>
#include <QPointer>

class QUndoStack;
class QWidget;

namespace crosswalk {

class DialogProvider;
class Preferences;

/// What every page works with: the open database (it changes when the user opens another file),
/// the undo stack, the dialog seam and the preferences. Pages make every edit through apply(), so
/// that it can be undone.
class PageContext : public QObject
{
    Q_OBJECT

public:
    PageContext(QUndoStack& undoStack, DialogProvider& dialogs, Preferences& preferences, QObject* parent = nullptr);

    Database* database() const { return m_database; }
    void setDatabase(Database* database);

    QUndoStack& undoStack() const { return m_undoStack; }
    DialogProvider& dialogs() const { return m_dialogs; }
    Preferences& preferences() const { return m_preferences; }

    /// Applies the change set in one transaction and pushes it onto the undo stack. On failure
    /// nothing changes and the message is shown (parent: the widget to show it over).
    bool apply(const ChangeSet& changes, QWidget* parent);
    /// Shows a failure (for example a refused plan) in a message box.
    void showError(const QString& message, QWidget* parent);

Q_SIGNALS:
    /// The database was replaced (or closed: nullptr); pages reload.
    void databaseChanged(Database* database);
    /// A page asks to show a record (double-click on a link); the main window switches pages.
    void openRecordRequested(const QString& table, qint64 id);

private:
    QUndoStack& m_undoStack;
    DialogProvider& m_dialogs;
    Preferences& m_preferences;
    QPointer<Database> m_database;
};

} // namespace crosswalk
