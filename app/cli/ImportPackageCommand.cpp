#include "app/cli/ImportPackageCommand.h"

#include "app/cli/CliEnvironment.h"
#include "app/cli/InfoCommand.h"
#include "app/cli/TextTable.h"
#include "models/exchange/DatasetPackage.h"
#include "models/storage/Database.h"

#include <QFileInfo>

namespace crosswalk::cli {

QString ImportPackageCommand::description() const
{
    return tr("Imports a dataset package (JSON) into a database that holds only reference data.");
}

void ImportPackageCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(tr("FILE"), tr("The dataset package to import."));
}

ExitCode ImportPackageCommand::execute(const QCommandLineParser& parser, CliEnvironment& env)
{
    const QString file = parser.positionalArguments().constFirst();
    const QFileInfo info(file);
    if (!info.exists())
        return env.fail(tr("%1 does not exist").arg(file));
    if (!info.isFile())
        return env.fail(tr("%1 is not a file").arg(file));

    Database db;
    const Status opened = env.openDatabase(db);
    if (!opened)
        return env.fail(opened.message());
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

} // namespace crosswalk::cli
