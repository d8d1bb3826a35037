#pragma once

#include "app/cli/ExitCode.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace crosswalk::cli {

class Command;

/// crosswalk-cli without its main(): reads the global options (--database, --help, --version), picks
/// the command and runs it, writing to the given streams. Tests run it in-process.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    CliApplication(QTextStream& out, QTextStream& err);
    ~CliApplication();
    CliApplication(const CliApplication&) = delete;
    CliApplication& operator=(const CliApplication&) = delete;

    /// Runs the command line (arguments[0] is the program) and returns the exit status.
    int run(const QStringList& arguments);

    /// The program's help: usage, global options and the commands.
    QString helpText() const;
    /// "crosswalk-cli 0.1.0"
    static QString versionText();

    /// Installs the program's translation for the system language (":/i18n/crosswalk_ja.qm" for
    /// Japanese) and Qt's own, when they exist. The translators belong to app.
    static void loadTranslations(QCoreApplication& app);

private:
    Command* command(const QString& name) const;
    QStringList commandNames() const;
    ExitCode dispatch(const QStringList& arguments);

    QTextStream& m_out;
    QTextStream& m_err;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace crosswalk::cli
