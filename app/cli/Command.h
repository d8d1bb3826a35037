#pragma once

#include "app/cli/ExitCode.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace crosswalk::cli {

class CliEnvironment;

/// One crosswalk-cli command ("list", "import-package"...). Each command parses its own arguments
/// with a QCommandLineParser that also accepts the global --database option and --help.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Command() = default;
    virtual ~Command() = default;
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    /// The word that selects the command on the command line.
    virtual QString name() const = 0;
    /// One line for the program's help.
    virtual QString description() const = 0;

    /// Runs the command. arguments[0] is the command's name, the rest its options and arguments.
    ExitCode run(const QStringList& arguments, CliEnvironment& env);

    /// The command's help text (usage line, description, options and arguments).
    QString helpText() const;

    /// The global option shared by the program and every command.
    static QCommandLineOption databaseOption();

protected:
    /// Adds the command's own options and positional arguments.
    virtual void addOptions(QCommandLineParser& parser) const;
    /// How many positional arguments the command takes (exactly).
    virtual int argumentCount() const { return 0; }
    /// The names of the positional arguments, for the usage line ("FILE").
    virtual QString argumentSyntax() const { return QString(); }
    /// Does the work once the command line is known to be well formed.
    virtual ExitCode execute(const QCommandLineParser& parser, CliEnvironment& env) = 0;

private:
    void configure(QCommandLineParser& parser) const;
    QString usageLine() const;
};

} // namespace crosswalk::cli
