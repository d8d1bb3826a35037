#include "app/cli/InfoCommand.h"

#include "app/cli/CliEnvironment.h"
#include "app/cli/TextTable.h"
#include "models/storage/AuditLog.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "models/storage/TableCatalog.h"

#include <QDir>
#include <QFileInfo>

namespace crosswalk::cli {

QString InfoCommand::description() const
{
    return tr("Shows the database's path, schema version and number of records per table.");
}

void InfoCommand::addTableCounts(TextTable& table, Database& db)
{
    const RecordStore store(db);
    for (const TableSpec& spec : TableCatalog::tables())
        table.addRow({spec.name, QString::number(store.count(spec.name))});
}

ExitCode InfoCommand::execute(const QCommandLineParser& parser, CliEnvironment& env)
{
    Q_UNUSED(parser)
    Database db;
    const Status opened = env.openDatabase(db);
    if (!opened)
        return env.fail(opened.message());

    TextTable table;
    table.setShowHeader(false);
    table.addColumn(QString());
    table.addColumn(QString());
    table.addRow({tr("Database"), QDir::toNativeSeparators(QFileInfo(db.path()).absoluteFilePath())});
    table.addRow({tr("Schema version"), QString::number(db.schemaVersion())});
    addTableCounts(table, db);
    table.addRow({QStringLiteral("audit_entries"), QString::number(AuditLog(db).count())});
    env.out() << table.toString();
    return ExitCode::Success;
}

} // namespace crosswalk::cli
