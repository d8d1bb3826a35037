#include "ui/support/ExchangeActions.h"

#include "models/exchange/CsvImport.h"
#include "models/exchange/DatasetPackage.h"
#include "models/exchange/OscalCatalog.h"
#include "models/exchange/OscalDocument.h"
#include "models/exchange/OscalMappingCollection.h"
#include "models/exchange/PackageMerge.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "ui/dialogs/CsvImportWizard.h"
#include "ui/dialogs/ImportReportDialog.h"
#include "ui/dialogs/OscalExportDialog.h"
#include "ui/dialogs/PackageExportDialog.h"
#include "ui/support/DialogProvider.h"
#include "ui/views/PageContext.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

#include <limits>
#include <optional>

namespace crosswalk {

namespace {

const QString lastFolderKey = QStringLiteral("Exchange/lastFolder");
constexpr int ProgressDelayMs = 300;
constexpr int ProgressSteps = 1000;
constexpr int MessageTimeoutMs = 10000;

QString fileName(const QString& path)
{
    return QFileInfo(path).fileName();
}

QString withJsonSuffix(QString path)
{
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    return path;
}

/// A code made safe as part of a file name.
QString fileStem(const QString& code)
{
    QString stem = code;
    stem.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    return stem;
}

} // namespace

ExchangeActions::ExchangeActions(PageContext& context, QWidget& window)
    : QObject(&window), m_context(context), m_window(window), m_runner([](QDialog& dialog) { return dialog.exec(); })
{
    setObjectName(QStringLiteral("exchangeActions"));
    m_importOscal = createAction(
        tr("&OSCAL file..."), QStringLiteral("actionImportOscal"), QStringLiteral("document-import"),
        tr("Import an OSCAL catalog (a framework) or mapping collection (mappings)"), &ExchangeActions::importOscal);
    m_importCsv = createAction(tr("&CSV provisions or mappings..."), QStringLiteral("actionImportCsv"),
                               QStringLiteral("text-csv"), tr("Import provisions or mappings from a CSV file"),
                               &ExchangeActions::importCsv);
    m_mergePackage = createAction(
        tr("&Merge dataset package..."), QStringLiteral("actionMergePackage"), QStringLiteral("document-import"),
        tr("Merge a partner's dataset package into this database"), &ExchangeActions::mergePackage);
    m_exportOscal = createAction(tr("&OSCAL catalog or mapping collection..."), QStringLiteral("actionExportOscal"),
                                 QStringLiteral("document-export"),
                                 tr("Write a framework as an OSCAL catalog, or its mappings as a mapping collection"),
                                 &ExchangeActions::exportOscal);
    m_exportPackage = createAction(
        tr("&Dataset package..."), QStringLiteral("actionExportPackage"), QStringLiteral("document-export"),
        tr("Write chosen frameworks or records up to a marking as a dataset package"), &ExchangeActions::exportPackage);
    connect(&m_context, &PageContext::databaseChanged, this, &ExchangeActions::updateEnabled);
    updateEnabled();
}

QAction* ExchangeActions::createAction(const QString& text, const QString& name, const QString& icon,
                                       const QString& tip, void (ExchangeActions::*slot)())
{
    auto* action = new QAction(QIcon::fromTheme(icon), text, &m_window);
    action->setObjectName(name);
    action->setStatusTip(tip);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

void ExchangeActions::setDialogRunner(DialogRunner runner)
{
    m_runner = std::move(runner);
}

void ExchangeActions::updateEnabled()
{
    const bool open = m_context.database() != nullptr;
    for (QAction* action : importActions() + exportActions())
        action->setEnabled(open);
}

int ExchangeActions::run(QDialog& dialog)
{
    return m_runner(dialog);
}

QList<QPair<QString, QString>> ExchangeActions::frameworks() const
{
    QList<QPair<QString, QString>> result;
    if (Database* db = m_context.database()) {
        const QList<QVariantMap> rows =
            RecordStore(*db).fetchAll(QStringLiteral("frameworks"), QString(), QVariant(), {QStringLiteral("code")});
        for (const QVariantMap& row : rows)
            result.append(
                {row.value(QStringLiteral("code")).toString(), row.value(QStringLiteral("title_en")).toString()});
    }
    return result;
}

QString ExchangeActions::folder() const
{
    const QString last = QSettings().value(lastFolderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void ExchangeActions::rememberFolder(const QString& path)
{
    QSettings().setValue(lastFolderKey, QFileInfo(path).absolutePath());
}

std::unique_ptr<QProgressDialog> ExchangeActions::makeProgress(const QString& title, const QString& label)
{
    auto dialog = std::make_unique<QProgressDialog>(label, tr("Cancel"), 0, 0, &m_window);
    dialog->setObjectName(QStringLiteral("exchangeProgress"));
    dialog->setWindowTitle(title);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(ProgressDelayMs);
    // Reaching the end must not clear a cancellation; the dialog goes when the work is done.
    dialog->setAutoReset(false);
    dialog->setAutoClose(false);
    return dialog;
}

Progress ExchangeActions::progressOf(QProgressDialog& dialog)
{
    return [target = &dialog](qint64 done, qint64 total) {
        if (target->wasCanceled())
            return false;
        if (total > 0) {
            if (target->maximum() != ProgressSteps)
                target->setMaximum(ProgressSteps);
            target->setValue(int(qBound(qint64(0), done * ProgressSteps / total, qint64(ProgressSteps))));
        }
        QCoreApplication::processEvents();
        return !target->wasCanceled();
    };
}

void ExchangeActions::showFailure(const QString& title, const QString& message, const QProgressDialog& progress)
{
    if (progress.wasCanceled() || message == ChangeSet::cancelledMessage()) {
        Q_EMIT statusMessage(tr("%1 cancelled.").arg(title), MessageTimeoutMs);
        return;
    }
    m_context.dialogs().critical(&m_window, title, message);
}

bool ExchangeActions::reviewAndApply(const ImportPlan& plan, const QString& path, const QString& title,
                                     const QString& acceptText, bool merge)
{
    const bool canApply = !plan.changes.isEmpty();
    ImportReportDialog dialog(plan.report, path, acceptText, canApply, &m_window);
    dialog.setWindowTitle(tr("%1: %2").arg(title, fileName(path)));
    if (run(dialog) != QDialog::Accepted || !canApply)
        return false;

    ChangeSet changes = plan.changes;
    if (changes.text().isEmpty())
        changes.setText(merge ? tr("Merge %1").arg(fileName(path)) : tr("Import %1").arg(fileName(path)));
    const auto progress =
        makeProgress(title, tr("Writing %n change(s)\u2026", nullptr,
                               int(qMin<qsizetype>(changes.changes().size(), std::numeric_limits<int>::max()))));
    if (!m_context.apply(changes, &m_window, progressOf(*progress))) {
        if (progress->wasCanceled())
            Q_EMIT statusMessage(tr("%1 cancelled; nothing was written.").arg(title), MessageTimeoutMs);
        return false;
    }
    progress->close();
    Q_EMIT statusMessage(merge ? tr("Merged %1: %2").arg(fileName(path), plan.report.summary())
                               : tr("Imported %1: %2").arg(fileName(path), plan.report.summary()),
                         MessageTimeoutMs);
    return true;
}

void ExchangeActions::importOscal()
{
    Database* db = m_context.database();
    if (!db)
        return;
    const QString title = tr("Import OSCAL");
    const QString path =
        m_context.dialogs().getOpenFileName(&m_window, title, folder(), tr("OSCAL JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    const Result<OscalDocument> document = OscalDocument::readFile(path);
    if (!document) {
        m_context.dialogs().critical(&m_window, title, document.message());
        return;
    }

    auto progress = makeProgress(title, tr("Reading %1\u2026").arg(fileName(path)));
    std::optional<Result<ImportPlan>> plan;
    if (document->model() == OscalDocument::Model::Catalog) {
        plan = OscalCatalog::planImport(*db, *document, {}, progressOf(*progress));
    } else {
        auto failure = OscalMappingCollection::Failure::Other;
        plan = OscalMappingCollection::planImport(*db, *document, {}, progressOf(*progress), &failure);
        if (!plan->ok() && !progress->wasCanceled() && failure == OscalMappingCollection::Failure::UnmatchedFramework) {
            progress->close();
            OscalExportDialog choose(
                frameworks(), OscalExportDialog::Mode::FrameworkPair,
                tr("The frameworks of this mapping collection could not be recognised:\n%1\n\nChoose the source "
                   "and target frameworks of its mappings.")
                    .arg(plan->message()),
                &m_window);
            if (run(choose) != QDialog::Accepted)
                return;
            OscalMappingCollection::ImportOptions options;
            options.sourceFrameworkCode = choose.choice().sourceCode;
            options.targetFrameworkCode = choose.choice().targetCode;
            progress = makeProgress(title, tr("Reading %1\u2026").arg(fileName(path)));
            plan = OscalMappingCollection::planImport(*db, *document, options, progressOf(*progress));
        }
    }
    progress->close();
    if (!plan->ok()) {
        showFailure(title, plan->message(), *progress);
        return;
    }
    reviewAndApply(plan->value(), path, title, tr("&Import"), false);
}

void ExchangeActions::importCsv()
{
    Database* db = m_context.database();
    if (!db)
        return;
    const QString title = tr("Import CSV");
    std::optional<CsvImport::Outcome> checked;
    CsvImportWizard wizard(
        frameworks(), m_context.dialogs(),
        [db, &checked](const QString& path, const CsvImport::Options& options, const Progress& progress) {
            Result<CsvImport::Outcome> outcome = CsvImport::plan(*db, path, options, progress);
            if (outcome)
                checked = outcome.value();
            else
                checked.reset();
            return outcome;
        },
        &m_window);
    if (run(wizard) != QDialog::Accepted)
        return;
    const QString path = QDir::fromNativeSeparators(wizard.filePath());
    rememberFolder(path);
    if (!checked || checked->errorCount > 0)
        return; // the wizard finishes only after a check without errors
    ImportPlan plan = std::move(checked->plan);
    if (plan.sourceName.isEmpty())
        plan.sourceName = path;
    reviewAndApply(plan, path, title, tr("&Import"), false);
}

void ExchangeActions::mergePackage()
{
    Database* db = m_context.database();
    if (!db)
        return;
    const QString title = tr("Merge dataset package");
    const QString path = m_context.dialogs().getOpenFileName(&m_window, title, folder(),
                                                             tr("Crosswalk dataset packages (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    const auto progress = makeProgress(title, tr("Reading %1\u2026").arg(fileName(path)));
    const Result<ImportPlan> plan = PackageMerge::planFile(*db, path, progressOf(*progress));
    progress->close();
    if (!plan) {
        showFailure(title, plan.message(), *progress);
        return;
    }
    reviewAndApply(plan.value(), path, title, tr("&Merge"), true);
}

void ExchangeActions::exportOscal()
{
    Database* db = m_context.database();
    if (!db)
        return;
    const QString title = tr("Export OSCAL");
    const QList<QPair<QString, QString>> known = frameworks();
    if (known.isEmpty()) {
        m_context.dialogs().information(&m_window, title, tr("The database holds no framework to export."));
        return;
    }
    OscalExportDialog dialog(known, OscalExportDialog::Mode::Export, QString(), &m_window);
    if (run(dialog) != QDialog::Accepted)
        return;
    const OscalExportDialog::Choice choice = dialog.choice();
    const bool catalog = choice.kind == OscalExportDialog::Kind::Catalog;
    const QString suggested =
        catalog
            ? QStringLiteral("%1-catalog.json").arg(fileStem(choice.frameworkCode))
            : QStringLiteral("%1-to-%2-mappings.json").arg(fileStem(choice.sourceCode), fileStem(choice.targetCode));
    const QString chosen = m_context.dialogs().getSaveFileName(&m_window, title, QDir(folder()).filePath(suggested),
                                                               tr("OSCAL JSON files (*.json);;All files (*)"));
    if (chosen.isEmpty())
        return;
    const QString path = withJsonSuffix(chosen);
    rememberFolder(path);

    RecordStore store(*db);
    const auto idOf = [&store](const QString& code) {
        return store.idForCode(QStringLiteral("frameworks"), code).value_or(0);
    };
    const auto progress = makeProgress(title, tr("Writing %1\u2026").arg(fileName(path)));
    const Status written =
        catalog ? OscalCatalog::exportToFile(*db, idOf(choice.frameworkCode), path, progressOf(*progress))
                : OscalMappingCollection::exportToFile(*db, idOf(choice.sourceCode), idOf(choice.targetCode), path,
                                                       progressOf(*progress));
    progress->close();
    if (!written) {
        showFailure(title, written.message(), *progress);
        return;
    }
    Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), MessageTimeoutMs);
}

void ExchangeActions::exportPackage()
{
    Database* db = m_context.database();
    if (!db)
        return;
    const QString title = tr("Export dataset package");
    PackageExportDialog dialog(frameworks(), &m_window);
    if (run(dialog) != QDialog::Accepted)
        return;
    const PackageExportDialog::Choice choice = dialog.choice();
    const QString chosen = m_context.dialogs().getSaveFileName(
        &m_window, title, QDir(folder()).filePath(QStringLiteral("crosswalk-package.json")),
        tr("Crosswalk dataset packages (*.json);;All files (*)"));
    if (chosen.isEmpty())
        return;
    const QString path = withJsonSuffix(chosen);
    rememberFolder(path);

    PackageSelection selection;
    RecordStore store(*db);
    for (const QString& code : choice.frameworkCodes) {
        if (const std::optional<qint64> id = store.idForCode(QStringLiteral("frameworks"), code))
            selection.frameworkIds << *id;
    }
    selection.maxMarking = choice.maxMarking;
    const auto progress = makeProgress(title, tr("Writing %1\u2026").arg(fileName(path)));
    const Status written = DatasetPackage::exportSelectionToFile(*db, selection, path, progressOf(*progress));
    progress->close();
    if (!written) {
        showFailure(title, written.message(), *progress);
        return;
    }
    Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), MessageTimeoutMs);
}

} // namespace crosswalk
