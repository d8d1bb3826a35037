#pragma once

#include "app/cli/Command.h"

namespace crosswalk::cli {

struct CoverageListing;

/// `coverage --source PARTY|FRAMEWORK --target FRAMEWORK [--format text|csv|json] [--detail]`: how far
/// a party (every framework of it and of its agencies) or one framework covers a target framework
/// (DESIGN.md section 3, Coverage). Prints the framework's totals and one line per group (the
/// target's top-level provisions); with --detail, every provision with its status and the mapping
/// that decides it.
class CoverageCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    QString name() const override { return QStringLiteral("coverage"); }
    QString description() const override;

    /// A share (0-1) as a percentage rounded to one decimal, as every format shows it.
    static double percent(double share);

protected:
    void addOptions(QCommandLineParser& parser) const override;
    ExitCode execute(const QCommandLineParser& parser, CliEnvironment& env) override;

private:
    static QString writeText(const CoverageListing& listing);
    static QString writeCsv(const CoverageListing& listing);
    static QString writeJson(const CoverageListing& listing);
};

} // namespace crosswalk::cli
