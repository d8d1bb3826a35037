#include "models/itemmodels/LanguageNames.h"

#include <QCoreApplication>

namespace crosswalk {

QString LanguageNames::displayName(const QString& code)
{
    const QString key = code.trimmed().toLower();
    if (key == QLatin1String("ja"))
        return QCoreApplication::translate("LanguageNames", "Japanese");
    if (key == QLatin1String("en"))
        return QCoreApplication::translate("LanguageNames", "English");
    if (key == QLatin1String("fr"))
        return QCoreApplication::translate("LanguageNames", "French");
    if (key == QLatin1String("ko"))
        return QCoreApplication::translate("LanguageNames", "Korean");
    if (key == QLatin1String("de"))
        return QCoreApplication::translate("LanguageNames", "German");
    if (key.isEmpty())
        return QCoreApplication::translate("LanguageNames", "Original language");
    return code;
}

bool LanguageNames::isOriginalLanguage(const QString& code)
{
    const QString key = code.trimmed().toLower();
    return !key.isEmpty() && key != QLatin1String("en");
}

} // namespace crosswalk
