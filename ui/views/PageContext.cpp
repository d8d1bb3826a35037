#include "ui/views/PageContext.h"

#include "models/commands/ChangeSetCommand.h"
#include "models/storage/AnalysisQueries.h"
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
    m_selection = database ? defaultSelection(*database) : AnalysisSelection();
    Q_EMIT databaseChanged(database);
    Q_EMIT analysisSelectionChanged(m_selection);
}

void PageContext::setAnalysisSelection(const AnalysisSelection& selection)
{
    if (selection == m_selection)
        return;
    m_selection = selection;
    Q_EMIT analysisSelectionChanged(m_selection);
}

Result<CoverageScope> PageContext::analysisScope() const
{
    if (!m_database)
        return Result<CoverageScope>::failure(tr("No database is open."));
    if (!m_selection.isValid())
        return Result<CoverageScope>::failure(tr("Choose a source and a target framework."));
    if (m_selection.sourcePartyId > 0)
        return CoverageScope::forParty(*m_database, m_selection.sourcePartyId, m_selection.targetFrameworkId);
    return CoverageScope::forFramework(*m_database, m_selection.sourceFrameworkId, m_selection.targetFrameworkId);
}

AnalysisSelection PageContext::defaultSelection(Database& db)
{
    AnalysisSelection selection;
    const AnalysisQueries queries(db);
    const auto pair = queries.busiestFrameworkPair();
    if (!pair)
        return selection;
    selection.targetFrameworkId = pair->second;
    const qint64 issuer = queries.issuerOf(pair->first);
    if (issuer > 0 && queries.issuerOf(pair->second) != issuer)
        selection.sourcePartyId = issuer;
    else
        selection.sourceFrameworkId = pair->first;
    return selection;
}

bool PageContext::apply(const ChangeSet& changes, QWidget* parent)
{
    return apply(changes, parent, Progress());
}

bool PageContext::apply(const ChangeSet& changes, QWidget* parent, const Progress& progress)
{
    if (!m_database) {
        showError(tr("No database is open."), parent);
        return false;
    }
    QPointer<QWidget> guard(parent);
    const Status applied = ChangeSetCommand::push(m_undoStack, *m_database, changes, [this, guard](const QString& message) {
        showError(message, guard);
    }, progress);
    if (!applied) {
        if (applied.message() == ChangeSet::cancelledMessage())
            return false;
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
