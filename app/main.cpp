// The Crosswalk desktop program: command line, interface language, database, main window.

#include "models/exchange/DatabaseBootstrap.h"
#include "models/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/support/InterfaceLanguage.h"
#include "ui/support/Preferences.h"
#include "ui/support/StandardDialogProvider.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>

using namespace crosswalk;

namespace {

/// The interface language: CROSSWALK_LANG when it names a language, then the one chosen in the
/// settings, then the system's.
QString interfaceLanguage()
{
    const QStringList known{QStringLiteral("en"), QStringLiteral("ja")};
    if (known.contains(qEnvironmentVariable("CROSSWALK_LANG").trimmed().toLower()))
        return InterfaceLanguage::chosen();
    const QString chosen = Preferences().language();
    return known.contains(chosen) ? chosen : InterfaceLanguage::chosen();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Crosswalk"));
    QApplication::setApplicationName(QStringLiteral("crosswalk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Crosswalk"));
    QApplication::setApplicationVersion(QStringLiteral(CROSSWALK_VERSION));

    InterfaceLanguage::install(app, interfaceLanguage());

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
    // Opens the window on a page ("commitments"); for the screenshot script, not listed in --help.
    QCommandLineOption pageOption(QStringLiteral("page"), QStringLiteral("Open the window on the page <key>."),
                                  QStringLiteral("key"));
    pageOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(pageOption);
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
    if (parser.isSet(pageOption) && !window.showPage(parser.value(pageOption)))
        qWarning("crosswalk: there is no page \"%s\"", qPrintable(parser.value(pageOption)));
    window.show();
    return QApplication::exec();
}
