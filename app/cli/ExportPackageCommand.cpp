#include "app/cli/ExportPackageCommand.h"

#include "app/cli/CliEnvironment.h"
#include "models/exchange/DatasetPackage.h"
#include "models/storage/Database.h"

namespace crosswalk::cli {

QString ExportPackageCommand::description() const
{
    return tr("Exports the whole database as a dataset package (JSON).");
}

void ExportPackageCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(tr("FILE"), tr("The file to write (replaced when it exists)."));
}

ExitCode ExportPackageCommand::execute(const QCommandLineParser& parser, CliEnvironment& env)
{
    const QString file = parser.positionalArguments().constFirst();
    Database db;
    const Status opened = env.openDatabase(db);
    if (!opened)
        return env.fail(opened.message());
    const Status exported = DatasetPackage::exportToFile(db, file);
    if (!exported)
        return env.fail(exported.message());
    env.out() << tr("Exported %1 to %2.").arg(db.path(), file) << Qt::endl;
    return ExitCode::Success;
}

} // namespace crosswalk::cli
