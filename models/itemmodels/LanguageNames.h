#pragma once

#include <QString>

namespace crosswalk {

/// The interface names of the languages documents are written in ("ja" -> "Japanese"), translated.
class LanguageNames
{
public:
    /// The translated name of an ISO 639-1 code; the code itself when it is not one Crosswalk names.
    static QString displayName(const QString& code);
    /// True for a language other than English, whose texts are kept in the *_orig columns.
    static bool isOriginalLanguage(const QString& code);
};

} // namespace crosswalk
