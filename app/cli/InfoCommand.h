#pragma once

#include "app/cli/Command.h"

namespace crosswalk {
class Database;
}

namespace crosswalk::cli {

class TextTable;

/// `info`: the database's path, schema version and the number of records in each table.
class InfoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    QString name() const override { return QStringLiteral("info"); }
    QString description() const override;

    /// Adds a line "table  count" for every table of the catalog to a two-column table.
    static void addTableCounts(TextTable& table, Database& db);

protected:
    ExitCode execute(const QCommandLineParser& parser, CliEnvironment& env) override;
};

} // namespace crosswalk::cli
