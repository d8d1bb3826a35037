#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace crosswalk {

/// Calendar dates as stored: ISO 8601 with the precision that is known (YYYY, YYYY-MM or YYYY-MM-DD).
/// An empty string means "unknown".
class IsoDate
{
public:
    enum class Precision { None, Year, Month, Day };

    static bool isValid(const QString& text);
    static Precision precision(const QString& text);
    /// The first day the text can mean (2019 -> 2019-01-01); invalid QDate for empty or bad text.
    static QDate earliest(const QString& text);
    /// The last day the text can mean (2019 -> 2019-12-31).
    static QDate latest(const QString& text);
    /// Formatted for the interface in the given locale, with the precision the text has.
    static QString display(const QString& text, const QLocale& locale = QLocale());
    /// The current UTC time as stored in created_at, updated_at and audit entries.
    static QString nowTimestamp();
    static bool isValidTimestamp(const QString& text);
};

} // namespace crosswalk
