#pragma once

#include "app/cli/Command.h"

namespace crosswalk::cli {

/// `export-package [--framework CODE]... [--max-marking LEVEL] FILE`: writes the whole database, or
/// a selection of it for a partner, as a dataset package (JSON).
class ExportPackageCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    QString name() const override { return QStringLiteral("export-package"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) const override;
    int argumentCount() const override { return 1; }
    QString argumentSyntax() const override { return tr("FILE"); }
    ExitCode execute(const QCommandLineParser& parser, CliEnvironment& env) override;
};

} // namespace crosswalk::cli
