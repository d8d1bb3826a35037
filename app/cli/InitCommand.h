#pragma once

#include "app/cli/Command.h"

namespace crosswalk::cli {

/// `init [--sample]`: creates a new database at --database PATH holding the reference data (themes),
/// or the sample dataset with --sample. Never overwrites a database.
class InitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) const override;
    ExitCode execute(const QCommandLineParser& parser, CliEnvironment& env) override;
};

} // namespace crosswalk::cli
