#include "app/cli/InitCommand.h"

#include "app/cli/CliEnvironment.h"
#include "models/exchange/DatabaseBootstrap.h"
#include "models/exchange/DatasetPackage.h"
#include "models/storage/Database.h"

namespace crosswalk::cli {

QString InitCommand::description() const
{
    return tr("Creates a new database (--database PATH) with the reference data, or the sample dataset.");
}

void InitCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("sample")},
                                        tr("Fills the new database with the sample dataset (Japan and NATO).")));
}

ExitCode InitCommand::execute(const QCommandLineParser& parser, CliEnvironment& env)
{
    if (!env.hasDatabasePath())
        return env.usageError(tr("init: name the new database with --database PATH"));
    // DatabaseBootstrap::createNew refuses a file that exists and is not empty.
    const QString path = env.databasePath();
    const bool sample = parser.isSet(QStringLiteral("sample"));
    Database db;
    const Status created = DatabaseBootstrap::createNew(
        db, path, sample ? DatasetPackage::Seed::Sample : DatasetPackage::Seed::ReferenceData);
    if (!created)
        return env.fail(created.message());
    env.out() << (sample ? tr("Created %1 with the sample dataset.").arg(path)
                         : tr("Created %1 with the reference data.").arg(path))
              << Qt::endl;
    return ExitCode::Success;
}

} // namespace crosswalk::cli
