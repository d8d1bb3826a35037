#include "ui/widgets/RecordChoices.h"

#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "models/storage/TableCatalog.h"

#include <QCollator>
#include <QHash>

#include <algorithm>

namespace crosswalk {

namespace {

QString joined(const QString& code, const QString& title)
{
    if (code.isEmpty())
        return title;
    if (title.isEmpty())
        return code;
    return code + QStringLiteral(" — ") + title;
}

} // namespace

QString RecordChoices::titleColumn(const QString& table)
{
    const TableSpec* spec = TableCatalog::table(table);
    if (!spec)
        return QString();
    for (const char* column : {"title_en", "name_en", "name"}) {
        if (spec->hasColumn(QLatin1String(column)))
            return QLatin1String(column);
    }
    return QString();
}

QString RecordChoices::code(Database& db, const QString& table, const QVariantMap& row)
{
    const TableSpec* spec = TableCatalog::table(table);
    if (!spec || spec->codeColumn.isEmpty())
        return QString();
    const QString own = row.value(spec->codeColumn).toString();
    if (table != QLatin1String("provisions"))
        return own;
    const auto framework =
        RecordStore(db).fetch(QStringLiteral("frameworks"), row.value(QStringLiteral("framework_id")).toLongLong());
    return framework ? framework->value(QStringLiteral("code")).toString() + QLatin1Char(':') + own : own;
}

QString RecordChoices::label(Database& db, const QString& table, const QVariantMap& row)
{
    const QString title = titleColumn(table);
    return joined(code(db, table, row), title.isEmpty() ? QString() : row.value(title).toString());
}

QList<QPair<qint64, QString>> RecordChoices::all(Database& db, const QString& table)
{
    QList<QPair<qint64, QString>> result;
    const TableSpec* spec = TableCatalog::table(table);
    if (!spec || !spec->hasId || !db.isOpen())
        return result;
    RecordStore store(db);
    QHash<qint64, QString> frameworkCodes;
    if (table == QLatin1String("provisions")) {
        for (const QVariantMap& framework : store.fetchAll(QStringLiteral("frameworks")))
            frameworkCodes.insert(framework.value(QStringLiteral("id")).toLongLong(),
                                  framework.value(QStringLiteral("code")).toString());
    }
    const QString title = titleColumn(table);
    for (const QVariantMap& row : store.fetchAll(table)) {
        QString code = spec->codeColumn.isEmpty() ? QString() : row.value(spec->codeColumn).toString();
        if (!frameworkCodes.isEmpty())
            code =
                frameworkCodes.value(row.value(QStringLiteral("framework_id")).toLongLong()) + QLatin1Char(':') + code;
        result.append({row.value(QStringLiteral("id")).toLongLong(),
                       joined(code, title.isEmpty() ? QString() : row.value(title).toString())});
    }
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(result.begin(), result.end(),
                     [&collator](const auto& a, const auto& b) { return collator.compare(a.second, b.second) < 0; });
    return result;
}

} // namespace crosswalk
