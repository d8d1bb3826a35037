#include "app/cli/ImportCsvCommand.h"

#include "app/cli/CliEnvironment.h"
#include "models/exchange/CsvImport.h"
#include "models/storage/Database.h"

#include <QFileInfo>

namespace crosswalk::cli {

namespace {

QString option(const char* name)
{
    return QString::fromLatin1(name);
}

} // namespace

QString ImportCsvCommand::description() const
{
    return tr("Imports provisions or mappings from a CSV file (all or nothing).");
}

void ImportCsvCommand::addOptions(QCommandLineParser& parser) const
{
    QStringList fields;
    for (const auto entity : {CsvImport::Entity::Provisions, CsvImport::Entity::Mappings}) {
        QStringList keys;
        for (const CsvImport::Field& field : CsvImport::fields(entity))
            keys << (field.required ? field.key + QLatin1Char('*') : field.key);
        fields << QStringLiteral("%1: %2").arg(CsvImport::entityKey(entity), keys.join(QStringLiteral(", ")));
    }
    parser.addOption(QCommandLineOption(QStringList{option("entity")},
                                        tr("What the rows are: provisions or mappings (required)."), tr("ENTITY")));
    parser.addOption(QCommandLineOption(
        QStringList{option("columns")},
        tr("Which column holds which field: the fields in column order, empty for a column to skip "
           "(code,,title_en), or field=N with 1-based column numbers (code=1,title_en=3). Default: the header "
           "names the fields. Fields (* required): %1.")
            .arg(fields.join(QStringLiteral("; "))),
        tr("SPEC")));
    parser.addOption(QCommandLineOption(QStringList{option("framework")},
                                        tr("Provisions: the framework of rows without a framework column or cell."),
                                        tr("CODE")));
    parser.addOption(QCommandLineOption(QStringList{option("source-framework")},
                                        tr("Mappings: the source framework of rows without one."), tr("CODE")));
    parser.addOption(QCommandLineOption(QStringList{option("target-framework")},
                                        tr("Mappings: the target framework of rows without one."), tr("CODE")));
    parser.addOption(QCommandLineOption(QStringList{option("encoding")},
                                        tr("auto (the default), utf-8, utf-16le, utf-16be or shift_jis."),
                                        tr("ENCODING")));
    parser.addOption(QCommandLineOption(QStringList{option("delimiter")},
                                        tr("The field separator: , or ; or tab (default: detected)."),
                                        tr("DELIMITER")));
    parser.addOption(QCommandLineOption(QStringList{option("header")},
                                        tr("Whether the first row names the columns: yes, no or auto (the default)."),
                                        tr("yes|no|auto")));
    parser.addOption(
        QCommandLineOption(QStringList{option("dry-run")}, tr("Print what the import would do; write nothing.")));
    parser.addPositionalArgument(tr("FILE"), tr("The CSV file to import."));
}

ExitCode ImportCsvCommand::execute(const QCommandLineParser& parser, CliEnvironment& env)
{
    const QString command = name();
    CsvImport::Options options;
    if (!parser.isSet(option("entity")))
        return env.usageError(tr("%1: --entity provisions|mappings is required").arg(command));
    const QString entityWord = parser.value(option("entity")).trimmed().toLower();
    const std::optional<CsvImport::Entity> entity = CsvImport::entityFromKey(entityWord);
    if (!entity)
        return env.usageError(
            tr("%1: --entity: unknown entity '%2' (valid: provisions, mappings)").arg(command, entityWord));
    options.entity = *entity;

    if (parser.isSet(option("columns"))) {
        const Result<QMap<QString, int>> columns =
            CsvImport::parseColumns(options.entity, parser.value(option("columns")));
        if (!columns)
            return env.usageError(tr("%1: --columns: %2").arg(command, columns.message()));
        options.columns = *columns;
    }
    const bool provisions = options.entity == CsvImport::Entity::Provisions;
    for (const char* name : {"framework", "source-framework", "target-framework"}) {
        if (!parser.isSet(option(name)))
            continue;
        const bool fits = provisions == (QByteArray(name) == "framework");
        if (!fits)
            return env.usageError(
                tr("%1: --%2 does not apply to %3").arg(command, option(name), CsvImport::entityKey(options.entity)));
        if (parser.value(option(name)).trimmed().isEmpty())
            return env.usageError(tr("%1: --%2 needs a framework code").arg(command, option(name)));
    }
    options.frameworkCode = parser.value(option("framework")).trimmed();
    options.sourceFrameworkCode = parser.value(option("source-framework")).trimmed();
    options.targetFrameworkCode = parser.value(option("target-framework")).trimmed();

    if (parser.isSet(option("encoding"))) {
        const QString word = parser.value(option("encoding")).trimmed().toLower();
        static const QList<QPair<QString, CsvReader::Encoding>> encodings{
            {QStringLiteral("auto"), CsvReader::Encoding::Auto},
            {QStringLiteral("utf-8"), CsvReader::Encoding::Utf8},
            {QStringLiteral("utf8"), CsvReader::Encoding::Utf8},
            {QStringLiteral("utf-16le"), CsvReader::Encoding::Utf16LE},
            {QStringLiteral("utf-16be"), CsvReader::Encoding::Utf16BE},
            {QStringLiteral("shift_jis"), CsvReader::Encoding::ShiftJis},
            {QStringLiteral("shift-jis"), CsvReader::Encoding::ShiftJis},
            {QStringLiteral("sjis"), CsvReader::Encoding::ShiftJis}};
        bool known = false;
        for (const auto& [key, value] : encodings) {
            if (key == word) {
                options.encoding = value;
                known = true;
            }
        }
        if (!known)
            return env.usageError(
                tr("%1: --encoding: unknown encoding '%2' (valid: auto, utf-8, utf-16le, utf-16be, shift_jis)")
                    .arg(command, word));
    }
    if (parser.isSet(option("delimiter"))) {
        const QString word = parser.value(option("delimiter"));
        if (word == QLatin1String(","))
            options.delimiter = QLatin1Char(',');
        else if (word == QLatin1String(";"))
            options.delimiter = QLatin1Char(';');
        else if (word.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0 || word == QLatin1String("\t"))
            options.delimiter = QLatin1Char('\t');
        else
            return env.usageError(tr("%1: --delimiter: '%2' is not one of: , ; tab").arg(command, word));
    }
    if (parser.isSet(option("header"))) {
        const QString word = parser.value(option("header")).trimmed().toLower();
        if (word == QLatin1String("yes"))
            options.hasHeader = true;
        else if (word == QLatin1String("no"))
            options.hasHeader = false;
        else if (word != QLatin1String("auto"))
            return env.usageError(tr("%1: --header: '%2' is not one of: yes, no, auto").arg(command, word));
    }

    const QString file = parser.positionalArguments().constFirst();
    const QFileInfo info(file);
    if (!info.exists())
        return env.fail(tr("%1 does not exist").arg(file));
    if (!info.isFile())
        return env.fail(tr("%1 is not a file").arg(file));

    Database db;
    const Status opened = env.openDatabase(db);
    if (!opened)
        return env.fail(opened.message());

    const Result<CsvImport::Outcome> outcome =
        CsvImport::plan(db, file, options, env.progress(tr("Reading %1").arg(info.fileName())));
    env.endProgress();
    if (!outcome)
        return env.fail(outcome.message());
    if (!outcome->errors.isEmpty() || outcome->errorCount > 0) {
        for (const CsvImport::RowError& error : outcome->errors)
            env.err() << error.toString(file) << Qt::endl;
        const qint64 more = outcome->errorCount - outcome->errors.size();
        if (more > 0)
            env.err() << tr("and %1 more").arg(more) << Qt::endl;
        if (outcome->errorCount == 1)
            return env.fail(tr("%1: 1 error; nothing was imported").arg(file));
        return env.fail(tr("%1: %2 errors; nothing was imported").arg(file).arg(outcome->errorCount));
    }

    const ImportPlan& plan = outcome->plan;
    for (const QString& line : plan.report.lines())
        env.out() << line << Qt::endl;
    if (parser.isSet(option("dry-run"))) {
        env.out() << tr("Dry run: nothing was written.") << Qt::endl;
        return ExitCode::Success;
    }
    if (plan.changes.isEmpty()) {
        env.out() << tr("Nothing to write.") << Qt::endl;
        return ExitCode::Success;
    }
    const Status applied = plan.changes.apply(db, env.progress(tr("Writing")));
    env.endProgress();
    if (!applied)
        return env.fail(tr("%1: %2").arg(file, applied.message()));
    env.out() << tr("Imported %1 into %2.").arg(file, db.path()) << Qt::endl;
    return ExitCode::Success;
}

} // namespace crosswalk::cli
