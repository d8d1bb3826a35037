#pragma once

#include "app/cli/Command.h"

namespace crosswalk::cli {

/// `import-csv --entity provisions|mappings [options] FILE`: imports provisions or mappings from a CSV
/// file (CsvImport). All or nothing: a file with any row error writes nothing and the errors are listed
/// with their line and column; --dry-run prints what the import would do and writes nothing.
class ImportCsvCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    QString name() const override { return QStringLiteral("import-csv"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) const override;
    int argumentCount() const override { return 1; }
    QString argumentSyntax() const override { return tr("FILE"); }
    ExitCode execute(const QCommandLineParser& parser, CliEnvironment& env) override;
};

} // namespace crosswalk::cli
