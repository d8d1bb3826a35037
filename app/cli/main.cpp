// crosswalk-cli: the headless Crosswalk program. Everything but the application object lives in
// CliApplication and the command classes (crosswalk_cli_lib), so that tests run them in-process.

#include "app/cli/CliApplication.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

namespace {

QtMessageHandler previousHandler = nullptr;

/// While the application object starts, the platform's notes (such as "XDG_RUNTIME_DIR not set" when run
/// from a service account) are not the program's to report: stderr carries only a command's one-line
/// reason. Anything worse than a warning still reaches the previous handler.
void quietStartup(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg)
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

int main(int argc, char* argv[])
{
    // Writing a brief needs fonts and QPdfWriter, hence a QGuiApplication; the offscreen platform lets
    // it run without a display (an explicit QT_QPA_PLATFORM is kept).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    previousHandler = qInstallMessageHandler(quietStartup);
    QGuiApplication app(argc, argv);
    qInstallMessageHandler(previousHandler);
    // The same names as the desktop program, so that the default database is the same file.
    QCoreApplication::setOrganizationName(QStringLiteral("Crosswalk"));
    QCoreApplication::setApplicationName(QStringLiteral("crosswalk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CROSSWALK_VERSION));
    crosswalk::cli::CliApplication::loadTranslations(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    crosswalk::cli::CliApplication cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
