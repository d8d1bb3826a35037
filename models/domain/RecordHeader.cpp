#include "models/domain/RecordHeader.h"

#include "models/domain/IsoDate.h"

#include <QCoreApplication>

namespace crosswalk {

void RecordHeader::Binder::operator()(const char* column, QString& text)
{
    if (m_writing)
        set(column, text.isNull() ? QString::fromLatin1("") : text); // a null QString would be bound as NULL
    else
        text = get(column).toString();
}

void RecordHeader::Binder::date(const char* column, QString& date)
{
    if (m_writing)
        set(column, date.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(date));
    else
        date = get(column).toString();
}

void RecordHeader::Binder::operator()(const char* column, qint64& value)
{
    if (m_writing)
        set(column, value);
    else
        value = get(column).toLongLong();
}

void RecordHeader::Binder::operator()(const char* column, int& value)
{
    if (m_writing)
        set(column, value);
    else
        value = get(column).toInt();
}

void RecordHeader::bindHeader(Binder& binder)
{
    binder("id", id);
    binder("marking", marking);
    binder("caveat", caveat);
    binder("created_at", createdAt);
    binder("updated_at", updatedAt);
}

namespace check {

Status all(std::initializer_list<Status> checks)
{
    for (const Status& status : checks) {
        if (!status)
            return status;
    }
    return {};
}

Status that(bool condition, const QString& message)
{
    return condition ? Status() : Status::failure(message);
}

Status required(const QString& text, const QString& field)
{
    return that(!text.trimmed().isEmpty(),
                QCoreApplication::translate("crosswalk::check", "%1 is required").arg(field));
}

Status required(qint64 id, const QString& field)
{
    return that(id > 0, QCoreApplication::translate("crosswalk::check", "%1 is required").arg(field));
}

Status date(const QString& date, const QString& field)
{
    return that(date.isEmpty() || IsoDate::isValid(date),
                QCoreApplication::translate("crosswalk::check", "%1 %2 is not an ISO 8601 date").arg(field, date));
}

Status fullDate(const QString& date, const QString& field)
{
    return that(
        date.isEmpty() || IsoDate::precision(date) == IsoDate::Precision::Day,
        QCoreApplication::translate("crosswalk::check", "%1 %2 is not an ISO 8601 date (YYYY-MM-DD)").arg(field, date));
}

Status range(std::optional<int> value, int minimum, int maximum, const QString& field)
{
    return that(!value || (*value >= minimum && *value <= maximum),
                QCoreApplication::translate("crosswalk::check", "%1 must be between %2 and %3")
                    .arg(field)
                    .arg(minimum)
                    .arg(maximum));
}

Status order(const QString& earlier, const QString& later, const QString& message)
{
    return that(earlier.isEmpty() || later.isEmpty() || later >= earlier, message);
}

} // namespace check

} // namespace crosswalk
