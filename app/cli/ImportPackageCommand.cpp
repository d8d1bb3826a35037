#include "app/cli/ImportPackageCommand.h"

#include "app/cli/CliEnvironment.h"
#include "app/cli/InfoCommand.h"
#include "app/cli/TextTable.h"
#include "models/exchange/DatasetPackage.h"
#include "models/exchange/PackageMerge.h"
#include "models/storage/Database.h"

#include <QFileInfo>

namespace crosswalk::cli {

namespace {
const QString mergeOption = QStringLiteral("merge");
const QString dryRunOption = QStringLiteral("dry-run");
} // namespace

QString ImportPackageCommand::description() const
{
    return tr("Imports a dataset package (JSON) into a database that holds only reference data, or merges it "
              "into one that holds records (--merge).");
}

void ImportPackageCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(
        QStringList{mergeOption},
        tr("Merges the package into a database that already holds records: records are matched by code (the others "
           "by what identifies them); new ones are added, older ones updated, and records changed here since are "
           "kept and reported as conflicts. Nothing is deleted.")));
    parser.addOption(QCommandLineOption(QStringList{dryRunOption},
                                        tr("With --merge: prints what the merge would do and writes nothing.")));
    parser.addPositionalArgument(tr("FILE"), tr("The dataset package to import."));
}

ExitCode ImportPackageCommand::execute(const QCommandLineParser& parser, CliEnvironment& env)
{
    const bool merging = parser.isSet(mergeOption);
    const bool dryRun = parser.isSet(dryRunOption);
    if (dryRun && !merging)
        return env.usageError(tr("%1: --dry-run applies to --merge only").arg(name()));
    const QString file = parser.positionalArguments().constFirst();
    const QFileInfo info(file);
    if (!info.exists())
        return env.fail(tr("%1 does not exist").arg(file));
    if (!info.isFile())
        return env.fail(tr("%1 is not a file").arg(file));
    if (merging)
        return merge(file, dryRun, env);

    Database db;
    const Status opened = env.openDatabase(db);
    if (!opened)
        return env.fail(opened.message());
    if (!db.holdsOnlyReferenceData())
        return env.fail(tr("%1 already holds records; a package is imported only into a new database. To merge "
                           "it into this one, use: %2 import-package --merge %3")
                            .arg(db.path(), CliEnvironment::programName(), file));
    const Status imported = DatasetPackage::importFile(db, file);
    if (!imported) {
        // Name the file even when the package API's message names only the JSON path.
        QString message = imported.message();
        if (!message.contains(info.fileName()))
            message = file + QStringLiteral(": ") + message;
        return env.fail(message);
    }

    TextTable table;
    table.setShowHeader(false);
    table.addColumn(QString());
    table.addColumn(QString());
    InfoCommand::addTableCounts(table, db);
    env.out() << tr("Imported %1 into %2:").arg(file, db.path()) << Qt::endl << table.toString();
    return ExitCode::Success;
}

ExitCode ImportPackageCommand::merge(const QString& file, bool dryRun, CliEnvironment& env)
{
    Database db;
    const Status opened = env.openDatabase(db);
    if (!opened)
        return env.fail(opened.message());
    const Result<ImportPlan> plan = PackageMerge::planFile(db, file, env.progress(tr("Reading %1").arg(file)));
    env.endProgress();
    if (!plan) {
        QString message = plan.message();
        if (!message.contains(QFileInfo(file).fileName()))
            message = file + QStringLiteral(": ") + message;
        return env.fail(message);
    }
    for (const QString& line : plan->report.lines())
        env.out() << line << Qt::endl;
    if (dryRun) {
        env.out() << tr("Dry run: nothing was written") << Qt::endl;
        return ExitCode::Success;
    }
    if (plan->changes.isEmpty()) {
        env.out() << tr("Nothing to write: %1 already holds what the package holds.").arg(db.path()) << Qt::endl;
        return ExitCode::Success;
    }
    const Status applied = plan->changes.apply(db, env.progress(tr("Merging %1").arg(file)));
    env.endProgress();
    if (!applied)
        return env.fail(tr("%1: nothing was written: %2").arg(file, applied.message()));
    env.out() << tr("Merged %1 into %2 (%n change(s)).", nullptr, static_cast<int>(plan->changes.changes().size()))
                     .arg(file, db.path())
              << Qt::endl;
    return ExitCode::Success;
}

} // namespace crosswalk::cli
