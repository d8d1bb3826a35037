#include "ui/support/InterfaceLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace crosswalk {

namespace {
const QString japanese = QStringLiteral("ja");
const QString english = QStringLiteral("en");
} // namespace

QString InterfaceLanguage::chosen()
{
    const QString requested = qEnvironmentVariable("CROSSWALK_LANG").trimmed().toLower();
    if (requested == japanese || requested == english)
        return requested;
    return QLocale::system().language() == QLocale::Japanese ? japanese : english;
}

bool InterfaceLanguage::install(QCoreApplication& app, const QString& language)
{
    const bool systemJapanese = QLocale::system().language() == QLocale::Japanese;
    if (language != japanese) {
        if (systemJapanese)
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        return true;
    }
    if (!systemJapanese)
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));

    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto* translator = new QTranslator(&app);
    if (!translator->load(QStringLiteral(":/i18n/crosswalk_") + language + QStringLiteral(".qm"))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace crosswalk
