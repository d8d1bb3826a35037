#include "app/cli/ImportOscalCommand.h"

#include "app/cli/CliEnvironment.h"
#include "models/exchange/ImportReport.h"
#include "models/exchange/OscalCatalog.h"
#include "models/exchange/OscalDocument.h"
#include "models/exchange/OscalMappingCollection.h"
#include "models/storage/Database.h"

#include <QDir>

namespace crosswalk::cli {

QString ImportOscalCommand::description() const
{
    return tr("Imports an OSCAL catalog (a framework) or an OSCAL 1.2 mapping collection (mappings), JSON.");
}

void ImportOscalCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("source")},
                                        tr("Mapping collection: the code of the framework its source catalog is "
                                           "(default: matched by the catalog's UUID, file name or title)."),
                                        tr("CODE")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("target")},
                                        tr("Mapping collection: the code of the framework its target catalog is."),
                                        tr("CODE")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("code")},
                                        tr("Catalog: the code of the framework it becomes (default: the framework "
                                           "imported from the same catalog, or one derived from its title)."),
                                        tr("CODE")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("dry-run")},
                                        tr("Shows what the import would do and writes nothing.")));
    parser.addPositionalArgument(tr("FILE"), tr("The OSCAL JSON file to import."));
}

ExitCode ImportOscalCommand::execute(const QCommandLineParser& parser, CliEnvironment& env)
{
    const QString file = parser.positionalArguments().constFirst();
    const QString source = parser.value(QStringLiteral("source")).trimmed();
    const QString target = parser.value(QStringLiteral("target")).trimmed();
    const QString code = parser.value(QStringLiteral("code")).trimmed();
    for (const char* option : {"source", "target", "code"}) {
        if (parser.isSet(QLatin1String(option)) && parser.value(QLatin1String(option)).trimmed().isEmpty())
            return env.usageError(tr("import-oscal: --%1 needs a framework code").arg(QLatin1String(option)));
    }

    const Result<OscalDocument> document = OscalDocument::readFile(file);
    if (!document)
        return env.fail(document.message());
    const bool catalog = document->model() == OscalDocument::Model::Catalog;
    if (catalog && (!source.isEmpty() || !target.isEmpty()))
        return env.usageError(
            tr("import-oscal: %1 is a catalog; --source and --target apply to mapping collections (use --code)")
                .arg(file));
    if (!catalog && !code.isEmpty())
        return env.usageError(
            tr("import-oscal: %1 is a mapping collection; --code applies to catalogs (use --source and --target)")
                .arg(file));

    Database db;
    const Status opened = env.openDatabase(db);
    if (!opened)
        return env.fail(opened.message());

    const Progress reading = env.progress(tr("Reading %1").arg(file));
    Result<ImportPlan> plan = Status::failure(QString());
    auto failure = OscalMappingCollection::Failure::Other;
    if (catalog) {
        OscalCatalog::ImportOptions options;
        options.frameworkCode = code;
        plan = OscalCatalog::planImport(db, *document, options, reading);
    } else {
        OscalMappingCollection::ImportOptions options;
        options.sourceFrameworkCode = source;
        options.targetFrameworkCode = target;
        plan = OscalMappingCollection::planImport(db, *document, options, reading, &failure);
    }
    env.endProgress();
    if (!plan && failure == OscalMappingCollection::Failure::UnmatchedFramework)
        return env.fail(tr("%1 (--source CODE, --target CODE)").arg(plan.message()));
    if (!plan)
        return env.fail(plan.message());

    for (const QString& line : plan->report.lines())
        env.out() << line << Qt::endl;
    if (parser.isSet(QStringLiteral("dry-run"))) {
        env.out() << tr("Dry run: nothing was written to %1.").arg(QDir::toNativeSeparators(db.path())) << Qt::endl;
        return ExitCode::Success;
    }
    if (plan->changes.isEmpty()) {
        env.out() << tr("Nothing to change in %1.").arg(QDir::toNativeSeparators(db.path())) << Qt::endl;
        return ExitCode::Success;
    }
    const Status applied = plan->changes.apply(db, env.progress(tr("Importing %1").arg(file)));
    env.endProgress();
    if (!applied)
        return env.fail(tr("%1: %2").arg(file, applied.message()));
    env.out() << tr("Imported %1 into %2.").arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(db.path()))
              << Qt::endl;
    return ExitCode::Success;
}

} // namespace crosswalk::cli
