#include "app/cli/ListCommand.h"

#include "app/cli/CliEnvironment.h"
#include "app/cli/EntityListing.h"
#include "app/cli/TextTable.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "models/storage/TableCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <vector>

namespace crosswalk::cli {

namespace {

/// A column of the text table: the row key, its header (translated in context "Cli") and the widest
/// it may get (0: no limit).
struct TextColumn
{
    QString key;
    const char* header; ///< nullptr: the key is the header
    int maximumWidth;
};

constexpr int TitleWidth = 50;
constexpr int NoteWidth = 40;

const TextColumn idColumn{"id", QT_TRANSLATE_NOOP("Cli", "ID"), 0};
const TextColumn codeColumn{"code", QT_TRANSLATE_NOOP("Cli", "Code"), 0};
const TextColumn nameColumn{"name_en", QT_TRANSLATE_NOOP("Cli", "Name"), TitleWidth};
const TextColumn titleColumn{"title_en", QT_TRANSLATE_NOOP("Cli", "Title"), TitleWidth};
const TextColumn kindColumn{"kind", QT_TRANSLATE_NOOP("Cli", "Kind"), 0};
const TextColumn statusColumn{"status", QT_TRANSLATE_NOOP("Cli", "Status"), 0};
const TextColumn progressColumn{"progress", QT_TRANSLATE_NOOP("Cli", "Progress"), 0};
const TextColumn partyColumn{"party_code", QT_TRANSLATE_NOOP("Cli", "Party"), 0};
const TextColumn provisionColumn{"provision_code", QT_TRANSLATE_NOOP("Cli", "Provision"), 0};
const TextColumn leadColumn{"lead_party_code", QT_TRANSLATE_NOOP("Cli", "Lead"), 0};
const TextColumn dueColumn{"due_date", QT_TRANSLATE_NOOP("Cli", "Due"), 0};
const TextColumn verificationColumn{"verification", QT_TRANSLATE_NOOP("Cli", "Verification"), 0};
const TextColumn markingColumn{"marking", QT_TRANSLATE_NOOP("Cli", "Marking"), 0};

/// The columns people need to tell records apart and find them again by code.
std::vector<TextColumn> textColumns(const TableSpec& table)
{
    const QString& name = table.name;
    if (name == QLatin1String("themes"))
        return {idColumn, codeColumn, nameColumn, markingColumn};
    if (name == QLatin1String("parties"))
        return {idColumn,
                codeColumn,
                nameColumn,
                kindColumn,
                {"parent_code", QT_TRANSLATE_NOOP("Cli", "Parent"), 0},
                verificationColumn,
                markingColumn};
    if (name == QLatin1String("frameworks"))
        return {idColumn,
                codeColumn,
                titleColumn,
                kindColumn,
                statusColumn,
                {"issuer_party_code", QT_TRANSLATE_NOOP("Cli", "Issuer"), 0},
                {"adopted_date", QT_TRANSLATE_NOOP("Cli", "Adopted"), 0},
                verificationColumn,
                markingColumn};
    if (name == QLatin1String("provisions"))
        return {idColumn,           {"framework_code", QT_TRANSLATE_NOOP("Cli", "Framework"), 0},
                codeColumn,         {"ref_label", QT_TRANSLATE_NOOP("Cli", "Reference"), 20},
                titleColumn,        {"effective_date", QT_TRANSLATE_NOOP("Cli", "Effective"), 0},
                verificationColumn, markingColumn};
    if (name == QLatin1String("mappings"))
        return {idColumn,
                {"source_provision_code", QT_TRANSLATE_NOOP("Cli", "Source"), 0},
                {"relationship", QT_TRANSLATE_NOOP("Cli", "Relationship"), 0},
                {"target_provision_code", QT_TRANSLATE_NOOP("Cli", "Target"), 0},
                {"strength", QT_TRANSLATE_NOOP("Cli", "Strength"), 0},
                {"review_status", QT_TRANSLATE_NOOP("Cli", "Review"), 0},
                markingColumn};
    if (name == QLatin1String("applicability"))
        return {idColumn,
                provisionColumn,
                partyColumn,
                {"justification", QT_TRANSLATE_NOOP("Cli", "Justification"), TitleWidth},
                markingColumn};
    if (name == QLatin1String("dialogues"))
        return {idColumn,
                codeColumn,
                titleColumn,
                kindColumn,
                {"dialogue_date", QT_TRANSLATE_NOOP("Cli", "Date"), 0},
                verificationColumn,
                markingColumn};
    if (name == QLatin1String("delegates"))
        return {idColumn,
                {"dialogue_code", QT_TRANSLATE_NOOP("Cli", "Dialogue"), 0},
                partyColumn,
                {"name", QT_TRANSLATE_NOOP("Cli", "Name"), 30},
                {"position", QT_TRANSLATE_NOOP("Cli", "Position"), 30},
                {"role", QT_TRANSLATE_NOOP("Cli", "Role"), 0},
                markingColumn};
    if (name == QLatin1String("commitments"))
        return {idColumn,     codeColumn,     titleColumn,        leadColumn,   dueColumn,
                statusColumn, progressColumn, verificationColumn, markingColumn};
    if (name == QLatin1String("commitment_updates"))
        return {idColumn,
                {"commitment_code", QT_TRANSLATE_NOOP("Cli", "Commitment"), 0},
                {"update_date", QT_TRANSLATE_NOOP("Cli", "Date"), 0},
                statusColumn,
                progressColumn,
                {"note_en", QT_TRANSLATE_NOOP("Cli", "Note"), NoteWidth},
                verificationColumn,
                markingColumn};
    if (name == QLatin1String("programmes"))
        return {idColumn,
                codeColumn,
                nameColumn,
                kindColumn,
                leadColumn,
                {"start_date", QT_TRANSLATE_NOOP("Cli", "Start"), 0},
                {"end_date", QT_TRANSLATE_NOOP("Cli", "End"), 0},
                statusColumn,
                verificationColumn,
                markingColumn};
    if (name == QLatin1String("gaps"))
        return {idColumn,
                codeColumn,
                titleColumn,
                kindColumn,
                {"severity", QT_TRANSLATE_NOOP("Cli", "Severity"), 0},
                statusColumn,
                provisionColumn,
                dueColumn,
                verificationColumn,
                markingColumn};

    // A table added to the catalog later: its id, code and enumerations.
    std::vector<TextColumn> columns{idColumn};
    if (!table.codeColumn.isEmpty())
        columns.push_back(codeColumn);
    for (const ColumnSpec& column : table.columns) {
        if (column.type == ColumnType::Enum && column.name != QLatin1String("marking"))
            columns.push_back(TextColumn{column.name, nullptr, 0});
    }
    return columns;
}

QString singular(const QString& plural)
{
    if (plural.endsWith(QLatin1String("ies")))
        return plural.chopped(3) + QLatin1Char('y');
    if (plural.endsWith(QLatin1Char('s')))
        return plural.chopped(1);
    return plural;
}

QString normalisedWord(QString word)
{
    word = word.trimmed().toLower();
    word.replace(QLatin1Char('-'), QLatin1Char('_'));
    word.replace(QLatin1Char(' '), QLatin1Char('_'));
    return word;
}

/// CSV for scripts: every column, the stored values, and unless asked not to, the highest marking of
/// the rows as the first line (DESIGN.md section 4).
QString csvText(const EntityListing& listing, const QList<QVariantMap>& rows, bool markingLine)
{
    TableExport::Options options;
    options.markingLine = markingLine;
    return QString::fromUtf8(listing.table(rows).toCsv(options));
}

QJsonValue jsonValue(const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return QJsonValue(QJsonValue::Null);
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    default:
        return QJsonValue(value.toString());
    }
}

} // namespace

QString ListCommand::description() const
{
    return tr("Lists the records of an entity: %1.").arg(TableCatalog::entityTables().join(QStringLiteral(", ")));
}

void ListCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("f"), QStringLiteral("format")},
                                        tr("Output format: text (default), csv or json."), tr("FORMAT"),
                                        QStringLiteral("text")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("no-marking-line")},
                                        tr("CSV: leave out the first line, which gives the highest marking of the "
                                           "records listed (TLP:AMBER).")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("framework")},
                                        tr("Only records of the framework with this code (provisions, mappings, "
                                           "gaps...)."),
                                        tr("CODE")));
    parser.addPositionalArgument(tr("ENTITY"), tr("The records to list, for example frameworks or provision."));
}

const TableSpec* ListCommand::findEntity(const QString& word)
{
    const QString wanted = normalisedWord(word);
    if (wanted.isEmpty())
        return nullptr;
    for (const QString& name : TableCatalog::entityTables()) {
        const TableSpec* table = TableCatalog::table(name);
        if (wanted == name || wanted == singular(name) || wanted == normalisedWord(table->label))
            return table;
    }
    return nullptr;
}

ExitCode ListCommand::execute(const QCommandLineParser& parser, CliEnvironment& env)
{
    const QString word = parser.positionalArguments().constFirst();
    const TableSpec* table = findEntity(word);
    if (!table) {
        return env.usageError(tr("list: unknown entity '%1' (valid: %2)")
                                  .arg(word, TableCatalog::entityTables().join(QStringLiteral(", "))));
    }
    const QString requestedFormat = parser.value(QStringLiteral("format"));
    const QString format = requestedFormat.toLower();
    if (format != QLatin1String("text") && format != QLatin1String("csv") && format != QLatin1String("json"))
        return env.usageError(tr("list: unknown format '%1' (valid: text, csv, json)").arg(requestedFormat));
    if (parser.isSet(QStringLiteral("no-marking-line")) && format != QLatin1String("csv"))
        return env.usageError(tr("list: --no-marking-line applies to --format csv only"));

    Database db;
    const Status opened = env.openDatabase(db);
    if (!opened)
        return env.fail(opened.message());

    EntityListing listing(db, *table);
    qint64 frameworkId = 0;
    if (parser.isSet(QStringLiteral("framework"))) {
        if (!listing.canFilterByFramework())
            return env.usageError(tr("list: --framework does not apply to %1").arg(table->name));
        const QString code = parser.value(QStringLiteral("framework"));
        const auto id = RecordStore(db).idForCode(QStringLiteral("frameworks"), code);
        if (!id)
            return env.fail(tr("%1 holds no framework with the code '%2'").arg(db.path(), code));
        frameworkId = *id;
    }

    const QList<QVariantMap> rows = listing.rows(frameworkId);
    if (format == QLatin1String("csv"))
        env.out() << csvText(listing, rows, !parser.isSet(QStringLiteral("no-marking-line")));
    else if (format == QLatin1String("json"))
        env.out() << writeJson(listing, rows);
    else
        env.out() << writeText(*table, rows);
    return ExitCode::Success;
}

QString ListCommand::writeText(const TableSpec& table, const QList<QVariantMap>& rows)
{
    const std::vector<TextColumn> columns = textColumns(table);
    TextTable text;
    for (const TextColumn& column : columns)
        text.addColumn(column.header ? tr(column.header) : column.key, column.maximumWidth);
    for (const QVariantMap& row : rows) {
        QStringList cells;
        for (const TextColumn& column : columns)
            cells << EntityListing::text(row.value(column.key));
        text.addRow(cells);
    }
    return text.toString();
}

QString ListCommand::writeJson(const EntityListing& listing, const QList<QVariantMap>& rows)
{
    const QStringList columns = listing.columns();
    QJsonArray array;
    for (const QVariantMap& row : rows) {
        QJsonObject object;
        for (const QString& column : columns)
            object.insert(column, jsonValue(row.value(column)));
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

} // namespace crosswalk::cli
