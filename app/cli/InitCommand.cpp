#include "app/cli/InitCommand.h"

#include "app/cli/CliEnvironment.h"
#include "models/exchange/DatabaseBootstrap.h"
#include "models/exchange/DatasetPackage.h"
#include "models/storage/Database.h"

#include <QFileInfo>

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
    const QString path = env.databasePath();
    const QFileInfo info(path);
    if (info.exists() && (info.isDir() || info.size() > 0))
        return env.fail(tr("%1 already exists; init does not overwrite it").arg(path));

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
