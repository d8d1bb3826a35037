#include "models/storage/RecordValidator.h"

#include "models/domain/IsoDate.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "models/storage/TableCatalog.h"

#include <QCoreApplication>

namespace crosswalk {

namespace {

void add(QList<FieldError>& errors, const QString& column, const QString& problem)
{
    for (const FieldError& e : errors) {
        if (e.column == column)
            return; // one message per field is enough
    }
    errors.append({column, QStringLiteral("%1: %2").arg(TableCatalog::columnLabel(column), problem)});
}

bool isBlank(const QVariant& value)
{
    return value.isNull() || value.toString().trimmed().isEmpty();
}

/// The first day a partial date can mean, for comparing dates of different precision.
QDate first(const QVariantMap& row, const char* column)
{
    return IsoDate::earliest(row.value(QLatin1String(column)).toString());
}

QDate last(const QVariantMap& row, const char* column)
{
    return IsoDate::latest(row.value(QLatin1String(column)).toString());
}

} // namespace

RecordValidator::RecordValidator(Database& db) : m_db(db) {}

QList<FieldError> RecordValidator::validate(const QString& table, const QVariantMap& row) const
{
    QList<FieldError> errors;
    if (!TableCatalog::table(table))
        return {{QString(), RecordValidator::tr("Unknown kind of record: %1").arg(table)}};
    checkColumns(table, row, errors);
    checkRules(table, row, errors);
    checkUnique(table, row, errors);
    return errors;
}

QString RecordValidator::summary(const QList<FieldError>& errors)
{
    QStringList lines;
    for (const FieldError& e : errors)
        lines << e.message;
    return lines.join(QLatin1Char('\n'));
}

void RecordValidator::checkColumns(const QString& table, const QVariantMap& row, QList<FieldError>& errors) const
{
    const TableSpec& spec = *TableCatalog::table(table);
    RecordStore store(m_db);
    for (const ColumnSpec& column : spec.columns) {
        if (column.type == ColumnType::Id || column.type == ColumnType::Timestamp)
            continue;
        const QVariant value = row.value(column.name);
        const bool required = !column.nullable && !column.defaultValue.isValid();
        if (isBlank(value)) {
            if (required && (column.type == ColumnType::Text || column.type == ColumnType::Ref ||
                             column.type == ColumnType::Enum || column.type == ColumnType::Date))
                add(errors, column.name, RecordValidator::tr("is required"));
            continue;
        }
        const QString text = value.toString().trimmed();
        switch (column.type) {
        case ColumnType::Integer: {
            bool ok = false;
            const qlonglong number = text.toLongLong(&ok);
            if (!ok)
                add(errors, column.name, RecordValidator::tr("\"%1\" is not a whole number").arg(text));
            else if (column.hasRange && (number < column.minimum || number > column.maximum))
                add(errors, column.name,
                    RecordValidator::tr("must be between %1 and %2").arg(column.minimum).arg(column.maximum));
            break;
        }
        case ColumnType::Real: {
            bool ok = false;
            const double number = text.toDouble(&ok);
            if (!ok)
                add(errors, column.name, RecordValidator::tr("\"%1\" is not a number").arg(text));
            else if (number < 0)
                add(errors, column.name, RecordValidator::tr("must not be negative"));
            break;
        }
        case ColumnType::Date:
            if (!IsoDate::isValid(text))
                add(errors, column.name, RecordValidator::tr("\"%1\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)").arg(text));
            break;
        case ColumnType::Enum:
            if (!column.enumKeys.contains(text))
                add(errors, column.name, RecordValidator::tr("\"%1\" is not one of the allowed values").arg(text));
            break;
        case ColumnType::Ref:
            if (!store.fetch(column.refTable, value.toLongLong()))
                add(errors, column.name, RecordValidator::tr("refers to a record that does not exist"));
            break;
        default:
            break;
        }
    }
}

void RecordValidator::checkRules(const QString& table, const QVariantMap& row, QList<FieldError>& errors) const
{
    const auto before = [&](const char* laterColumn, const char* earlierColumn, const QString& problem) {
        const QDate later = last(row, laterColumn);
        const QDate earlier = first(row, earlierColumn);
        if (later.isValid() && earlier.isValid() && later < earlier)
            add(errors, QLatin1String(laterColumn), problem);
    };
    if (table == QLatin1String("programmes"))
        before("end_date", "start_date", RecordValidator::tr("is before the start date"));
    if (table == QLatin1String("gaps")) {
        before("closed_date", "opened_date", RecordValidator::tr("is before the date the gap was opened"));
        before("due_date", "opened_date", RecordValidator::tr("is before the date the gap was opened"));
    }
    if (table == QLatin1String("mappings")) {
        const QString relationship = row.value(QStringLiteral("relationship")).toString();
        const QVariant strengthValue = row.value(QStringLiteral("strength"));
        const bool hasStrength = !isBlank(strengthValue);
        const int strength = strengthValue.toInt();
        if (relationship == QLatin1String("equal") && (!hasStrength || strength != 10))
            add(errors, QStringLiteral("strength"), RecordValidator::tr("must be 10 for 'equal' (same scope)"));
        else if (relationship == QLatin1String("no_relationship") && (!hasStrength || strength != 0))
            add(errors, QStringLiteral("strength"), RecordValidator::tr("must be 0 for 'no relationship'"));
        else if (hasStrength && relationship != QLatin1String("equal") &&
                 relationship != QLatin1String("no_relationship") && (strength < 1 || strength > 9))
            add(errors, QStringLiteral("strength"), RecordValidator::tr("must be between 1 and 9 for a partial relationship"));
        if (!isBlank(row.value(QStringLiteral("source_provision_id"))) &&
            row.value(QStringLiteral("source_provision_id")).toLongLong() ==
                row.value(QStringLiteral("target_provision_id")).toLongLong())
            add(errors, QStringLiteral("target_provision_id"), RecordValidator::tr("a provision cannot be mapped to itself"));
        if (!m_allowWithinFramework)
            checkWithinFramework(row, errors);
        const QString reviewDate = row.value(QStringLiteral("review_date")).toString().trimmed();
        if (!reviewDate.isEmpty() && reviewDate.size() != 10)
            add(errors, QStringLiteral("review_date"), RecordValidator::tr("must be a full date (YYYY-MM-DD)"));
        if (row.value(QStringLiteral("review_status")).toString() == QLatin1String("complete")) {
            if (isBlank(row.value(QStringLiteral("reviewer"))))
                add(errors, QStringLiteral("reviewer"), RecordValidator::tr("is required for a reviewed (complete) mapping"));
            if (reviewDate.isEmpty())
                add(errors, QStringLiteral("review_date"), RecordValidator::tr("is required for a reviewed (complete) mapping"));
        }
    }
    const TableSpec& spec = *TableCatalog::table(table);
    if (spec.hasColumn(QStringLiteral("parent_id")) && !isBlank(row.value(QStringLiteral("parent_id")))) {
        RecordStore store(m_db);
        const qint64 id = row.value(QStringLiteral("id")).toLongLong();
        qint64 parent = row.value(QStringLiteral("parent_id")).toLongLong();
        const auto parentRow = store.fetch(table, parent);
        if (parentRow && table == QLatin1String("provisions") &&
            parentRow->value(QStringLiteral("framework_id")) != row.value(QStringLiteral("framework_id")))
            add(errors, QStringLiteral("parent_id"), RecordValidator::tr("belongs to another framework"));
        for (int depth = 0; parent > 0 && depth < 10000; ++depth) {
            if (parent == id) {
                add(errors, QStringLiteral("parent_id"), RecordValidator::tr("would make the record its own ancestor"));
                break;
            }
            const auto next = store.fetch(table, parent);
            parent = next ? next->value(QStringLiteral("parent_id")).toLongLong() : 0;
        }
    }
}

void RecordValidator::checkWithinFramework(const QVariantMap& row, QList<FieldError>& errors) const
{
    RecordStore store(m_db);
    const qint64 source = row.value(QStringLiteral("source_provision_id")).toLongLong();
    const qint64 target = row.value(QStringLiteral("target_provision_id")).toLongLong();
    const auto sourceRow = store.fetch(QStringLiteral("provisions"), source);
    const auto targetRow = store.fetch(QStringLiteral("provisions"), target);
    if (!sourceRow || !targetRow || source == target ||
        sourceRow->value(QStringLiteral("framework_id")) != targetRow->value(QStringLiteral("framework_id")))
        return;
    // A mapping that was allowed when it was made stays editable.
    const auto stored = store.fetch(QStringLiteral("mappings"), row.value(QStringLiteral("id")).toLongLong());
    if (stored && stored->value(QStringLiteral("source_provision_id")).toLongLong() == source &&
        stored->value(QStringLiteral("target_provision_id")).toLongLong() == target)
        return;
    add(errors, QStringLiteral("target_provision_id"),
        RecordValidator::tr("is in the same framework as the source provision; a mapping within one framework "
                            "must be asked for explicitly"));
}

void RecordValidator::checkUnique(const QString& table, const QVariantMap& row, QList<FieldError>& errors) const
{
    const TableSpec& spec = *TableCatalog::table(table);
    RecordStore store(m_db);
    const qint64 id = row.value(QStringLiteral("id")).toLongLong();
    if (!spec.codeColumn.isEmpty() && !isBlank(row.value(spec.codeColumn))) {
        const QString code = row.value(spec.codeColumn).toString().trimmed();
        const qint64 framework = row.value(QStringLiteral("framework_id")).toLongLong();
        if (table == QLatin1String("provisions") && framework <= 0)
            return;
        const auto existing = store.idForCode(table, code, framework);
        if (existing && *existing != id)
            add(errors, spec.codeColumn, RecordValidator::tr("\"%1\" is already used by another %2").arg(code, spec.displayLabel()));
    }
    if (table == QLatin1String("mappings")) {
        const qint64 source = row.value(QStringLiteral("source_provision_id")).toLongLong();
        const qint64 target = row.value(QStringLiteral("target_provision_id")).toLongLong();
        for (const QVariantMap& other : store.fetchAll(table, QStringLiteral("source_provision_id"), source)) {
            if (other.value(QStringLiteral("target_provision_id")).toLongLong() == target &&
                other.value(QStringLiteral("id")).toLongLong() != id)
                add(errors, QStringLiteral("target_provision_id"), RecordValidator::tr("these two provisions are already mapped"));
        }
    }
    if (table == QLatin1String("applicability")) {
        const qint64 provision = row.value(QStringLiteral("provision_id")).toLongLong();
        for (const QVariantMap& other : store.fetchAll(table, QStringLiteral("provision_id"), provision)) {
            if (other.value(QStringLiteral("party_id")) == row.value(QStringLiteral("party_id")) &&
                other.value(QStringLiteral("id")).toLongLong() != id)
                add(errors, QStringLiteral("party_id"), RecordValidator::tr("the provision is already marked not applicable to this party"));
        }
    }
}

} // namespace crosswalk
