#include "app/cli/ExportCommand.h"

#include "app/cli/CliEnvironment.h"
#include "app/cli/EntityListing.h"
#include "app/cli/ListCommand.h"
#include "models/exchange/TableExport.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "models/storage/TableCatalog.h"

#include <QDir>

namespace crosswalk::cli {

namespace {
const QString frameworkFilter = QStringLiteral("framework");
} // namespace

QString ExportCommand::description() const
{
    return tr("Exports the records of an entity as a CSV or XLSX table, with their marking.");
}

void ExportCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("f"), QStringLiteral("format")},
                                        tr("csv or xlsx (default: from the suffix of --out)."), tr("FORMAT")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("o"), QStringLiteral("out")},
                                        tr("The file to write (replaced when it exists)."), tr("FILE")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("filter")},
                                        tr("Only rows whose column holds the value as stored (status=open, "
                                           "lead_party_code=JP); framework=CODE for the records of a framework. "
                                           "Repeat for more filters."),
                                        tr("COLUMN=VALUE")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("search")},
                                        tr("Only rows with this text in any column (case ignored)."), tr("TEXT")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("bom")},
                                        tr("CSV: start with a UTF-8 byte order mark, for spreadsheet programs.")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("no-marking-line")},
                                        tr("CSV: leave out the first line, which gives the highest marking of the "
                                           "rows written (TLP:AMBER).")));
    parser.addPositionalArgument(tr("ENTITY"), tr("The records to export, for example gaps or commitment."));
}

ExitCode ExportCommand::execute(const QCommandLineParser& parser, CliEnvironment& env)
{
    const QString word = parser.positionalArguments().constFirst();
    const TableSpec* table = ListCommand::findEntity(word);
    if (!table) {
        return env.usageError(tr("export: unknown entity '%1' (valid: %2)")
                                  .arg(word, TableCatalog::entityTables().join(QStringLiteral(", "))));
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return env.usageError(tr("export: --out FILE is required"));
    std::optional<TableExport::Format> format;
    if (parser.isSet(QStringLiteral("format"))) {
        const QString requested = parser.value(QStringLiteral("format"));
        format = TableExport::formatOfName(requested);
        if (!format)
            return env.usageError(tr("export: unknown format '%1' (valid: csv, xlsx)").arg(requested));
    } else {
        format = TableExport::formatOfPath(out);
        if (!format)
            return env.usageError(
                tr("export: --format csv or xlsx is required (the name '%1' does not tell)").arg(out));
    }
    const bool csv = *format == TableExport::Format::Csv;
    for (const char* option : {"bom", "no-marking-line"}) {
        if (!csv && parser.isSet(QLatin1String(option)))
            return env.usageError(tr("export: --%1 applies to CSV only").arg(QLatin1String(option)));
    }

    Database db;
    EntityListing listing(db, *table);
    const QStringList columns = listing.columns();
    Filters filters;
    QString frameworkCode;
    for (const QString& filter : parser.values(QStringLiteral("filter"))) {
        const qsizetype equals = filter.indexOf(QLatin1Char('='));
        const QString column = equals < 0 ? QString() : filter.left(equals).trimmed();
        const QString value = equals < 0 ? QString() : filter.mid(equals + 1).trimmed();
        if (column.isEmpty())
            return env.usageError(tr("export: --filter needs COLUMN=VALUE, not '%1'").arg(filter));
        if (column == frameworkFilter && !columns.contains(column)) {
            if (!listing.canFilterByFramework())
                return env.usageError(tr("export: the filter framework= does not apply to %1").arg(table->name));
            if (!frameworkCode.isEmpty() && frameworkCode != value)
                return env.usageError(tr("export: give one framework= filter only"));
            frameworkCode = value;
            continue;
        }
        if (!columns.contains(column)) {
            QStringList valid = columns;
            if (listing.canFilterByFramework())
                valid << frameworkFilter;
            return env.usageError(tr("export: unknown column '%1' for %2 (valid: %3)")
                                      .arg(column, table->name, valid.join(QStringLiteral(", "))));
        }
        const ColumnSpec* spec = table->column(column);
        if (spec && spec->type == ColumnType::Enum && !value.isEmpty() &&
            !spec->enumKeys.contains(value, Qt::CaseInsensitive))
            return env.usageError(tr("export: '%1' is not a value of %2 (valid: %3)")
                                      .arg(value, column, spec->enumKeys.join(QStringLiteral(", "))));
        filters[column] << value.toLower();
    }

    const Status opened = env.openDatabase(db);
    if (!opened)
        return env.fail(opened.message());
    qint64 frameworkId = 0;
    if (!frameworkCode.isEmpty()) {
        const auto id = RecordStore(db).idForCode(QStringLiteral("frameworks"), frameworkCode);
        if (!id)
            return env.fail(tr("%1 holds no framework with the code '%2'").arg(db.path(), frameworkCode));
        frameworkId = *id;
    }

    const QString search = parser.value(QStringLiteral("search")).trimmed();
    QList<QVariantMap> rows;
    for (const QVariantMap& row : listing.rows(frameworkId)) {
        if (matches(row, filters, search, columns))
            rows << row;
    }

    TableExport::Options options;
    options.byteOrderMark = parser.isSet(QStringLiteral("bom"));
    options.markingLine = !parser.isSet(QStringLiteral("no-marking-line"));
    options.title = table->name;
    const TableExport exported = listing.table(rows);
    const Status written = exported.write(out, *format, options);
    if (!written)
        return env.fail(written.message());
    env.out() << tr("Exported %n row(s) of %1 to %2 (%3).", nullptr, exported.rowCount())
                     .arg(table->name, QDir::toNativeSeparators(out), exported.markingText())
              << Qt::endl;
    return ExitCode::Success;
}

bool ExportCommand::matches(const QVariantMap& row, const Filters& filters, const QString& search,
                            const QStringList& columns)
{
    for (auto it = filters.constBegin(); it != filters.constEnd(); ++it) {
        if (!it.value().contains(EntityListing::text(row.value(it.key())).toLower()))
            return false;
    }
    if (search.isEmpty())
        return true;
    for (const QString& column : columns) {
        if (EntityListing::text(row.value(column)).contains(search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace crosswalk::cli
