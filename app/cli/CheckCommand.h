#pragma once

#include "app/cli/Command.h"

namespace crosswalk::cli {

/// `check`: SQLite's integrity and foreign-key checks and the audit log's hash chain. Prints "ok", or
/// each problem on its own line and fails.
class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString description() const override;

protected:
    ExitCode execute(const QCommandLineParser& parser, CliEnvironment& env) override;
};

} // namespace crosswalk::cli
