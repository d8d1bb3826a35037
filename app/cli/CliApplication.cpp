#include "app/cli/CliApplication.h"

#include "app/cli/BriefCommand.h"
#include "app/cli/CheckCommand.h"
#include "app/cli/CliEnvironment.h"
#include "app/cli/CoverageCommand.h"
#include "app/cli/ExportCommand.h"
#include "app/cli/ExportOscalCommand.h"
#include "app/cli/ExportPackageCommand.h"
#include "app/cli/ImportCsvCommand.h"
#include "app/cli/ImportOscalCommand.h"
#include "app/cli/ImportPackageCommand.h"
#include "app/cli/InfoCommand.h"
#include "app/cli/InitCommand.h"
#include "app/cli/ListCommand.h"
#include "app/cli/TextTable.h"

#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace crosswalk::cli {

namespace {
const QString helpCommand = QStringLiteral("help");
}

CliApplication::CliApplication(QTextStream& out, QTextStream& err) : m_out(out), m_err(err)
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<InfoCommand>());
    m_commands.push_back(std::make_unique<ListCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<CoverageCommand>());
    m_commands.push_back(std::make_unique<BriefCommand>());
    m_commands.push_back(std::make_unique<ImportPackageCommand>());
    m_commands.push_back(std::make_unique<ImportCsvCommand>());
    m_commands.push_back(std::make_unique<ExportPackageCommand>());
    m_commands.push_back(std::make_unique<ImportOscalCommand>());
    m_commands.push_back(std::make_unique<ExportOscalCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
}

CliApplication::~CliApplication() = default;

QString CliApplication::versionText()
{
    return CliEnvironment::programName() + QLatin1Char(' ') + QStringLiteral(CROSSWALK_VERSION);
}

void CliApplication::loadTranslations(QCoreApplication& app)
{
    const QLocale locale;
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("crosswalk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

Command* CliApplication::command(const QString& name) const
{
    for (const auto& c : m_commands) {
        if (c->name() == name)
            return c.get();
    }
    return nullptr;
}

QStringList CliApplication::commandNames() const
{
    QStringList names;
    for (const auto& c : m_commands)
        names << c->name();
    return names;
}

QString CliApplication::helpText() const
{
    QCommandLineParser parser;
    parser.addOption(
        QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Shows this help.")));
    parser.addOption(
        QCommandLineOption(QStringList{QStringLiteral("v"), QStringLiteral("version")}, tr("Shows the version.")));
    parser.addOption(Command::databaseOption());
    QString options = parser.helpText();
    // Drop QCommandLineParser's usage line, which names the executable as started.
    const qsizetype firstBreak = options.indexOf(QLatin1Char('\n'));
    options = firstBreak < 0 ? QString() : options.mid(firstBreak + 1);
    while (options.startsWith(QLatin1Char('\n')))
        options.remove(0, 1);

    TextTable commands;
    commands.setShowHeader(false);
    commands.addColumn(QString());
    commands.addColumn(QString());
    for (const auto& c : m_commands)
        commands.addRow({QStringLiteral("  ") + c->name(), c->description()});
    commands.addRow({QStringLiteral("  ") + helpCommand, tr("Shows the help of a command.")});

    const QString program = CliEnvironment::programName();
    return tr("Usage: %1 [--database PATH] COMMAND [options] [arguments]").arg(program) + QStringLiteral("\n\n") +
           tr("Crosswalk on the command line: lists, imports, exports and checks a Crosswalk database, computes coverage and writes dialogue briefs.") +
           QStringLiteral("\n\n") + options + QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n') +
           commands.toString() + QLatin1Char('\n') +
           tr("Run '%1 COMMAND --help' for a command's options.").arg(program) + QLatin1Char('\n');
}

int CliApplication::run(const QStringList& arguments)
{
    const ExitCode code = dispatch(arguments);
    m_out.flush();
    m_err.flush();
    return static_cast<int>(code);
}

ExitCode CliApplication::dispatch(const QStringList& arguments)
{
    CliEnvironment env(m_out, m_err);

    QCommandLineParser parser;
    // Options after the command belong to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    const QCommandLineOption database = Command::databaseOption();
    parser.addOption(help);
    parser.addOption(version);
    parser.addOption(database);
    parser.addPositionalArgument(QStringLiteral("command"), QString());

    const QStringList line = arguments.isEmpty() ? QStringList{CliEnvironment::programName()} : arguments;
    if (!parser.parse(line))
        return env.usageError(parser.errorText());
    if (parser.isSet(help)) {
        m_out << helpText();
        return ExitCode::Success;
    }
    if (parser.isSet(version)) {
        m_out << versionText() << Qt::endl;
        return ExitCode::Success;
    }
    if (parser.isSet(database)) {
        if (parser.value(database).isEmpty())
            return env.usageError(tr("--database needs a file name"));
        env.setDatabasePath(parser.value(database));
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return env.usageError(tr("no command given (run '%1 --help')").arg(CliEnvironment::programName()));
    const QString name = positional.constFirst();
    if (name == helpCommand) {
        if (positional.size() == 1) {
            m_out << helpText();
            return ExitCode::Success;
        }
        if (const Command* c = command(positional.at(1))) {
            m_out << c->helpText();
            return ExitCode::Success;
        }
        return env.usageError(
            tr("unknown command '%1' (commands: %2)").arg(positional.at(1), commandNames().join(QStringLiteral(", "))));
    }
    Command* selected = command(name);
    if (!selected) {
        return env.usageError(
            tr("unknown command '%1' (commands: %2)").arg(name, commandNames().join(QStringLiteral(", "))));
    }
    return selected->run(positional, env);
}

} // namespace crosswalk::cli
