// The Crosswalk desktop program: command line, interface language, database, main window.

#include "models/exchange/DatabaseBootstrap.h"
#include "models/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/support/InterfaceLanguage.h"
#include "ui/support/StandardDialogProvider.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>

using namespace crosswalk;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Crosswalk"));
    QApplication::setApplicationName(QStringLiteral("crosswalk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Crosswalk"));
    QApplication::setApplicationVersion(QStringLiteral(CROSSWALK_VERSION));

    InterfaceLanguage::install(app, InterfaceLanguage::chosen());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Crosswalk: a workbench for cyber-policy alignment."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("main", "Open the database file <path> instead of the default database."),
        QCoreApplication::translate("main", "path"));
    parser.addOption(databaseOption);
    parser.process(app);

    auto database = std::make_unique<Database>();
    const Status opened = parser.isSet(databaseOption)
                              ? DatabaseBootstrap::openExisting(*database, parser.value(databaseOption))
                              : DatabaseBootstrap::openDefault(*database);
    if (!opened) {
        StandardDialogProvider().critical(nullptr, QCoreApplication::translate("main", "Crosswalk cannot start"),
                                          opened.message());
        return 1;
    }

    MainWindow window(std::move(database));
    window.show();
    return QApplication::exec();
}
