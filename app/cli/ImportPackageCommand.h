#pragma once

#include "app/cli/Command.h"

namespace crosswalk::cli {

/// `import-package FILE`: loads a dataset package into a database that holds only reference data.
/// All or nothing: on failure the database is unchanged.
/// `import-package --merge [--dry-run] FILE`: merges a package into a database that holds records
/// (PackageMerge): prints what is added, updated, unchanged or in conflict, then writes it in one
/// transaction unless --dry-run is given.
class ImportPackageCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    QString name() const override { return QStringLiteral("import-package"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) const override;
    int argumentCount() const override { return 1; }
    QString argumentSyntax() const override { return tr("FILE"); }
    ExitCode execute(const QCommandLineParser& parser, CliEnvironment& env) override;

private:
    ExitCode merge(const QString& file, bool dryRun, CliEnvironment& env);
};

} // namespace crosswalk::cli
