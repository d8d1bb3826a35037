#include "app/cli/Command.h"

#include "app/cli/CliEnvironment.h"

namespace crosswalk::cli {

QCommandLineOption Command::databaseOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("database")},
                              tr("The database file to use (default: the desktop program's database)."), tr("PATH"));
}

void Command::addOptions(QCommandLineParser& parser) const
{
    Q_UNUSED(parser)
}

void Command::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(description());
    parser.addOption(
        QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Shows this help.")));
    parser.addOption(databaseOption());
    addOptions(parser);
}

QString Command::usageLine() const
{
    QString usage = tr("Usage: %1 %2 [options]").arg(CliEnvironment::programName(), name());
    const QString syntax = argumentSyntax();
    if (!syntax.isEmpty())
        usage += QLatin1Char(' ') + syntax;
    return usage;
}

QString Command::helpText() const
{
    QCommandLineParser parser;
    configure(parser);
    // QCommandLineParser's own usage line names the executable as started (a test's, in-process);
    // replace it with the command's.
    const QString text = parser.helpText();
    const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
    return usageLine() + (firstBreak < 0 ? QStringLiteral("\n") : text.mid(firstBreak));
}

ExitCode Command::run(const QStringList& arguments, CliEnvironment& env)
{
    QCommandLineParser parser;
    configure(parser);
    if (!parser.parse(arguments))
        return env.usageError(name() + QStringLiteral(": ") + parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        env.out() << helpText();
        return ExitCode::Success;
    }
    if (parser.isSet(databaseOption().names().constFirst())) {
        const QString path = parser.value(databaseOption().names().constFirst());
        if (path.isEmpty())
            return env.usageError(tr("%1: --database needs a file name").arg(name()));
        env.setDatabasePath(path);
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > argumentCount())
        return env.usageError(
            tr("%1: unexpected argument '%2' (%3)").arg(name(), positional.at(argumentCount()), usageLine()));
    if (positional.size() < argumentCount())
        return env.usageError(tr("%1: missing argument (%2)").arg(name(), usageLine()));
    return execute(parser, env);
}

} // namespace crosswalk::cli
