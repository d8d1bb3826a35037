#pragma once

#include "models/analysis/CoverageScope.h"
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

/// The source and target the analysis pages (Crosswalk, Matrix, Dashboard) show, shared so that
/// they follow one another: the source is a party (all its frameworks) or one framework.
struct AnalysisSelection
{
    qint64 sourcePartyId = 0;     ///< set when the source is a party
    qint64 sourceFrameworkId = 0; ///< set when the source is one framework
    qint64 targetFrameworkId = 0;

    bool isValid() const { return targetFrameworkId > 0 && (sourcePartyId > 0) != (sourceFrameworkId > 0); }
    bool operator==(const AnalysisSelection&) const = default;
};

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
    /// The same with progress (for imports of many rows): a cancel through progress rolls back, shows
    /// no message and returns false.
    bool apply(const ChangeSet& changes, QWidget* parent, const Progress& progress);
    /// Shows a failure (for example a refused plan) in a message box.
    void showError(const QString& message, QWidget* parent);

    /// The analysis pages' source and target. A new database starts on the pair of frameworks with
    /// the most mappings between them (the source as its issuer party when it has one).
    const AnalysisSelection& analysisSelection() const { return m_selection; }
    void setAnalysisSelection(const AnalysisSelection& selection);
    /// The selection as a coverage scope of the open database (fails with a message when the
    /// selection is incomplete or names records that are gone).
    Result<CoverageScope> analysisScope() const;
    /// The default selection for a database (invalid when it has no mappings between frameworks).
    static AnalysisSelection defaultSelection(Database& db);

Q_SIGNALS:
    /// The database was replaced (or closed: nullptr); pages reload.
    void databaseChanged(Database* database);
    /// Another source or target was chosen (on any analysis page).
    void analysisSelectionChanged(const AnalysisSelection& selection);
    /// A page asks to show a record (double-click on a link); the main window switches pages.
    void openRecordRequested(const QString& table, qint64 id);

private:
    QUndoStack& m_undoStack;
    DialogProvider& m_dialogs;
    Preferences& m_preferences;
    QPointer<Database> m_database;
    AnalysisSelection m_selection;
};

} // namespace crosswalk
