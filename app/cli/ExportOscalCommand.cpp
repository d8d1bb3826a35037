#include "app/cli/ExportOscalCommand.h"

#include "app/cli/CliEnvironment.h"
#include "models/exchange/OscalCatalog.h"
#include "models/exchange/OscalMappingCollection.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"

#include <QDir>

namespace crosswalk::cli {

QString ExportOscalCommand::description() const
{
    return tr("Exports a framework as an OSCAL catalog, or the mappings between two frameworks as an OSCAL 1.2 "
              "mapping collection (JSON).");
}

void ExportOscalCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("framework")},
                                        tr("Write this framework as a catalog."), tr("CODE")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("source")},
                                        tr("Write the mappings from this framework's provisions (with --target)."),
                                        tr("CODE")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("target")},
                                        tr("... to this framework's provisions, as a mapping collection."),
                                        tr("CODE")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("o"), QStringLiteral("out")},
                                        tr("The file to write (replaced when it exists)."), tr("FILE")));
}

ExitCode ExportOscalCommand::execute(const QCommandLineParser& parser, CliEnvironment& env)
{
    const QString framework = parser.value(QStringLiteral("framework")).trimmed();
    const QString source = parser.value(QStringLiteral("source")).trimmed();
    const QString target = parser.value(QStringLiteral("target")).trimmed();
    const QString out = parser.value(QStringLiteral("out"));
    const QString forms = tr("give --framework CODE (a catalog) or --source CODE and --target CODE (a mapping "
                             "collection)");
    const bool catalog = parser.isSet(QStringLiteral("framework"));
    const bool collection = parser.isSet(QStringLiteral("source")) || parser.isSet(QStringLiteral("target"));
    if (catalog && collection)
        return env.usageError(tr("export-oscal: %1, not both").arg(forms));
    if (!catalog && !collection)
        return env.usageError(tr("export-oscal: %1").arg(forms));
    if (catalog && framework.isEmpty())
        return env.usageError(tr("export-oscal: --framework needs a framework code"));
    if (collection && (source.isEmpty() || target.isEmpty()))
        return env.usageError(tr("export-oscal: a mapping collection needs both --source CODE and --target CODE"));
    if (collection && source == target)
        return env.usageError(tr("export-oscal: --source and --target name the same framework (%1)").arg(source));
    if (out.isEmpty())
        return env.usageError(tr("export-oscal: --out FILE is required"));

    Database db;
    const Status opened = env.openDatabase(db);
    if (!opened)
        return env.fail(opened.message());
    RecordStore store(db);
    const auto frameworkId = [&](const QString& code) { return store.idForCode(QStringLiteral("frameworks"), code); };
    const QString file = QDir::toNativeSeparators(out);
    if (catalog) {
        const auto id = frameworkId(framework);
        if (!id)
            return env.fail(tr("%1 holds no framework with the code '%2'").arg(db.path(), framework));
        const Status written = OscalCatalog::exportToFile(db, *id, out, env.progress(tr("Writing %1").arg(file)));
        env.endProgress();
        if (!written)
            return env.fail(written.message());
        env.out() << tr("Exported framework %1 as an OSCAL catalog to %2.").arg(framework, file) << Qt::endl;
        return ExitCode::Success;
    }
    const auto sourceId = frameworkId(source);
    if (!sourceId)
        return env.fail(tr("%1 holds no framework with the code '%2'").arg(db.path(), source));
    const auto targetId = frameworkId(target);
    if (!targetId)
        return env.fail(tr("%1 holds no framework with the code '%2'").arg(db.path(), target));
    const Status written =
        OscalMappingCollection::exportToFile(db, *sourceId, *targetId, out, env.progress(tr("Writing %1").arg(file)));
    env.endProgress();
    if (!written)
        return env.fail(written.message());
    env.out()
        << tr("Exported the mappings from %1 to %2 as an OSCAL mapping collection to %3.").arg(source, target, file)
        << Qt::endl;
    return ExitCode::Success;
}

} // namespace crosswalk::cli
