#pragma once

#include "app/cli/Command.h"

namespace crosswalk::cli {

/// `import-oscal [--source CODE] [--target CODE] [--code CODE] [--dry-run] FILE`: imports an OSCAL
/// catalog (a framework and its provisions) or an OSCAL 1.2 mapping collection (mappings), told apart by
/// the file's content. Prints what the import does; writes it in one transaction unless --dry-run.
class ImportOscalCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    QString name() const override { return QStringLiteral("import-oscal"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) const override;
    int argumentCount() const override { return 1; }
    QString argumentSyntax() const override { return tr("FILE"); }
    ExitCode execute(const QCommandLineParser& parser, CliEnvironment& env) override;
};

} // namespace crosswalk::cli
