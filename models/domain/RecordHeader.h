#pragma once

#include "models/domain/Result.h"
#include "models/domain/Vocabulary.h"

#include <QVariantMap>

#include <initializer_list>
#include <optional>
#include <type_traits>

namespace crosswalk {

/// The columns every record table has: id, marking (TLP level and national caveat) and timestamps.
/// The domain types derive from it, so that `record.id` and `record.marking` read naturally.
struct RecordHeader
{
    /// Moves a domain value's members into a row map (column name -> value) or back out of one, so that
    /// each domain type names its columns once. NULL becomes nullopt for optional numbers and an empty
    /// string for dates; text columns are never NULL.
    class Binder
    {
    public:
        Binder(QVariantMap& row, bool writing) : m_row(row), m_writing(writing) {}

        void operator()(const char* column, QString& text);
        /// A nullable ISO 8601 date: empty <-> NULL.
        void date(const char* column, QString& date);
        void operator()(const char* column, qint64& value);
        void operator()(const char* column, int& value);
        void operator()(const char* column, std::optional<qint64>& value) { optional(column, value); }
        void operator()(const char* column, std::optional<int>& value) { optional(column, value); }
        void operator()(const char* column, std::optional<double>& value) { optional(column, value); }
        template <typename E>
        requires std::is_enum_v<E>
        void operator()(const char* column, E& value)
        {
            if (m_writing)
                set(column, toKey(value));
            else
                value = fromKey<E>(get(column).toString()).value_or(E{});
        }

        /// The row of a value, through its binding function.
        template <typename T> static QVariantMap write(T value, void (*bind)(Binder&, T&))
        {
            QVariantMap row;
            Binder binder(row, true);
            bind(binder, value);
            return row;
        }
        /// The value of a row, through its binding function.
        template <typename T> static T read(QVariantMap row, void (*bind)(Binder&, T&))
        {
            T value;
            Binder binder(row, false);
            bind(binder, value);
            return value;
        }

    private:
        template <typename V> void optional(const char* column, std::optional<V>& value)
        {
            if (m_writing) {
                set(column, value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<V>()));
                return;
            }
            const QVariant stored = get(column);
            value = stored.isNull() ? std::nullopt : std::optional<V>(stored.value<V>());
        }
        QVariant get(const char* column) const { return m_row.value(QLatin1String(column)); }
        void set(const char* column, const QVariant& value) { m_row.insert(QLatin1String(column), value); }

        QVariantMap& m_row;
        bool m_writing;
    };

    qint64 id = 0; ///< 0 until the record is stored
    Tlp marking = Tlp::Clear;
    QString caveat;    ///< national caveat shown beside the TLP level
    QString createdAt; ///< ISO 8601 UTC timestamp, set when the record is stored
    QString updatedAt;

    void bindHeader(Binder& binder);
    bool operator==(const RecordHeader&) const = default;
};

/// Checks shared by the domain types' validate(). Each takes the field's name as users read it
/// (already translated) and returns a failure whose message names the field.
namespace check {

/// The first failure of the checks, or success.
Status all(std::initializer_list<Status> checks);
/// Fails with message unless condition holds.
Status that(bool condition, const QString& message);
Status required(const QString& text, const QString& field);
Status required(qint64 id, const QString& field);
/// An ISO 8601 calendar date of known precision (YYYY, YYYY-MM or YYYY-MM-DD), or empty.
Status date(const QString& date, const QString& field);
/// A complete ISO 8601 date (YYYY-MM-DD), or empty.
Status fullDate(const QString& date, const QString& field);
Status range(std::optional<int> value, int minimum, int maximum, const QString& field);
/// As the schema compares them: a later date (as text) must not sort before the earlier one.
Status order(const QString& earlier, const QString& later, const QString& message);

} // namespace check

} // namespace crosswalk
