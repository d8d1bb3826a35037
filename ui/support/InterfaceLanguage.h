#pragma once

#include <QString>

class QCoreApplication;

namespace crosswalk {

/// The language of the interface and the translators that provide it.
class InterfaceLanguage
{
public:
    /// "ja" or "en": the environment variable CROSSWALK_LANG when it names one of them, otherwise
    /// Japanese when the system locale is Japanese and English for every other locale.
    static QString chosen();

    /// Installs Crosswalk's translation (:/i18n/crosswalk_<language>.qm) and Qt's own (qtbase_<language>)
    /// on app, and makes the language's locale the default for dates and numbers when it differs
    /// from the system's. English needs no translator. Returns false when Crosswalk's translation
    /// could not be loaded.
    static bool install(QCoreApplication& app, const QString& language);
};

} // namespace crosswalk
