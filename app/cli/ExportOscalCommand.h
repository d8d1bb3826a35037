#pragma once

#include "app/cli/Command.h"

namespace crosswalk::cli {

/// `export-oscal --framework CODE --out FILE` writes a framework as an OSCAL catalog;
/// `export-oscal --source CODE --target CODE --out FILE` writes the mappings from one framework to
/// another as an OSCAL 1.2 mapping collection.
class ExportOscalCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    QString name() const override { return QStringLiteral("export-oscal"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) const override;
    ExitCode execute(const QCommandLineParser& parser, CliEnvironment& env) override;
};

} // namespace crosswalk::cli
