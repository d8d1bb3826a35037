#include "ui/views/RecordEditor.h"

#include "models/commands/ChangePlanner.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "models/storage/TableCatalog.h"
#include "ui/support/DialogProvider.h"
#include "ui/support/Preferences.h"
#include "ui/views/PageContext.h"
#include "ui/widgets/RecordForm.h"

#include <QWidget>

namespace crosswalk {

RecordEditor::RecordEditor(PageContext& context, QWidget* parent) : m_context(context), m_parent(parent) {}

QVariantMap RecordEditor::defaults(const QString& table) const
{
    QVariantMap row;
    const TableSpec* spec = TableCatalog::table(table);
    if (!spec)
        return row;
    for (const ColumnSpec& column : spec->columns) {
        if (column.type == ColumnType::Id || column.type == ColumnType::Timestamp)
            continue;
        QVariant value;
        if (column.defaultValue.isValid() && !column.defaultValue.isNull())
            value = column.defaultValue;
        else if (column.type == ColumnType::Enum && !column.enumKeys.isEmpty())
            value = column.enumKeys.first();
        row.insert(column.name, value);
    }
    if (spec->hasColumn(QStringLiteral("marking")))
        row.insert(QStringLiteral("marking"), m_context.preferences().defaultMarking());
    if (spec->hasColumn(QStringLiteral("verification")))
        row.insert(QStringLiteral("verification"), QStringLiteral("unverified"));
    return row;
}

qint64 RecordEditor::save(RecordForm& form, qint64 id, const QVariantMap& fixed) const
{
    Database* db = m_context.database();
    if (!db) {
        m_context.showError(tr("No database is open."), m_parent);
        return 0;
    }
    const QString& table = form.table();
    QVariantMap values = form.values();
    for (auto it = fixed.begin(); it != fixed.end(); ++it)
        values.insert(it.key(), it.value());

    QVariantMap row;
    if (id > 0) {
        const std::optional<QVariantMap> before = RecordStore(*db).fetch(table, id);
        if (!before) {
            m_context.showError(tr("The record no longer exists; it was deleted meanwhile."), m_parent);
            return 0;
        }
        row = *before;
    } else {
        row = defaults(table);
    }
    for (auto it = values.begin(); it != values.end(); ++it)
        row.insert(it.key(), it.value());

    const QList<FieldError> errors = RecordValidator(*db).validate(table, row);
    if (!errors.isEmpty()) {
        form.showErrors(errors);
        QList<FieldError> elsewhere;
        for (const FieldError& error : errors) {
            if (!form.columns().contains(error.column))
                elsewhere << error;
        }
        if (!elsewhere.isEmpty())
            m_context.showError(RecordValidator::summary(elsewhere), m_parent);
        return 0;
    }
    form.clearErrors();

    const ChangePlanner planner(*db);
    const Result<ChangeSet> plan = id > 0 ? planner.update(table, id, values) : planner.insert(table, row);
    if (!plan) {
        m_context.showError(plan.message(), m_parent);
        return 0;
    }
    const qint64 written = id > 0 ? id : plan->changes().first().after.value(QStringLiteral("id")).toLongLong();
    return m_context.apply(*plan, m_parent) ? written : 0;
}

bool RecordEditor::remove(const QString& table, qint64 id) const
{
    Database* db = m_context.database();
    if (!db || id <= 0)
        return false;
    const ChangePlanner planner(*db);
    const Result<ChangePlanner::Deletion> deletion = planner.remove(table, id);
    if (!deletion) {
        m_context.showError(deletion.message(), m_parent);
        return false;
    }
    const QString name = planner.describe(table, id);
    QString text = tr("Delete %1?").arg(name);
    if (!deletion->consequences.isEmpty())
        text += QLatin1Char('\n') + tr("Other records refer to it. Deleting it also makes these changes:");
    if (!m_context.dialogs().question(m_parent, tr("Delete"), text, deletion->consequences.join(QLatin1Char('\n'))))
        return false;
    return m_context.apply(deletion->changes, m_parent);
}

} // namespace crosswalk
