// crosswalk-cli: the headless Crosswalk program. Everything but the application object lives in
// CliApplication and the command classes (crosswalk_cli_lib), so that tests run them in-process.

#include "app/cli/CliApplication.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
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
