#include "models/domain/IsoDate.h"

#include <QRegularExpression>

namespace crosswalk {

IsoDate::Precision IsoDate::precision(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return Precision::None;
    const int year = match.captured(1).toInt();
    if (match.captured(2).isEmpty())
        return year >= 1 ? Precision::Year : Precision::None;
    const int month = match.captured(2).toInt();
    if (month < 1 || month > 12)
        return Precision::None;
    if (match.captured(3).isEmpty())
        return Precision::Month;
    return QDate(year, month, match.captured(3).toInt()).isValid() ? Precision::Day : Precision::None;
}

bool IsoDate::isValid(const QString& text)
{
    return precision(text) != Precision::None;
}

QDate IsoDate::earliest(const QString& text)
{
    switch (precision(text)) {
    case Precision::Year:
        return QDate(text.toInt(), 1, 1);
    case Precision::Month:
        return QDate(text.left(4).toInt(), text.mid(5, 2).toInt(), 1);
    case Precision::Day:
        return QDate::fromString(text, Qt::ISODate);
    case Precision::None:
        break;
    }
    return QDate();
}

QDate IsoDate::latest(const QString& text)
{
    const QDate first = earliest(text);
    switch (precision(text)) {
    case Precision::Year:
        return QDate(first.year(), 12, 31);
    case Precision::Month:
        return QDate(first.year(), first.month(), first.daysInMonth());
    case Precision::Day:
        return first;
    case Precision::None:
        break;
    }
    return QDate();
}

QString IsoDate::display(const QString& text, const QLocale& locale)
{
    const QDate first = earliest(text);
    switch (precision(text)) {
    case Precision::Year:
        return QString::number(first.year());
    case Precision::Month:
        return locale.toString(first, QStringLiteral("MMMM yyyy"));
    case Precision::Day:
        return locale.toString(first, QLocale::ShortFormat);
    case Precision::None:
        break;
    }
    return text;
}

QString IsoDate::nowTimestamp()
{
    // Formatted once per second: imports stamp many rows, and formatting costs more than the rest.
    thread_local qint64 cachedSecond = -1;
    thread_local QString cached;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 second = now.toSecsSinceEpoch();
    if (second != cachedSecond) {
        cachedSecond = second;
        cached = now.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    }
    return cached;
}

bool IsoDate::isValidTimestamp(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"));
    return pattern.match(text).hasMatch() && QDateTime::fromString(text, Qt::ISODate).isValid();
}

} // namespace crosswalk
