#include "app/cli/ExportPackageCommand.h"

#include "app/cli/BriefCommand.h"
#include "app/cli/CliEnvironment.h"
#include "models/exchange/DatasetPackage.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace crosswalk::cli {

namespace {

const QString frameworkOption = QStringLiteral("framework");
const QString maxMarkingOption = QStringLiteral("max-marking");

QString levelChoices()
{
    return allKeys<Tlp>().join(QStringLiteral(", "));
}

} // namespace

QString ExportPackageCommand::description() const
{
    return tr("Exports the whole database, or a selection of it (--framework, --max-marking), as a dataset "
              "package (JSON).");
}

void ExportPackageCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(
        QStringList{frameworkOption},
        tr("Exports only this framework, with its provisions, the mappings between the chosen frameworks, their "
           "applicability marks, the parties they need and the themes. Repeat for more frameworks."),
        tr("CODE")));
    parser.addOption(QCommandLineOption(QStringList{maxMarkingOption},
                                        tr("Exports only the records marked at or below this level (%1); records "
                                           "that need a record left out are left out too.")
                                            .arg(levelChoices()),
                                        tr("LEVEL")));
    parser.addPositionalArgument(tr("FILE"), tr("The file to write (replaced when it exists)."));
}

ExitCode ExportPackageCommand::execute(const QCommandLineParser& parser, CliEnvironment& env)
{
    const QString file = parser.positionalArguments().constFirst();
    PackageSelection selection;
    if (parser.isSet(maxMarkingOption)) {
        const QString level = parser.value(maxMarkingOption);
        selection.maxMarking = BriefCommand::parseLevel(level);
        if (!selection.maxMarking)
            return env.usageError(
                tr("%1: unknown marking '%2' for --max-marking (valid: %3)").arg(name(), level, levelChoices()));
    }
    const QStringList codes = parser.values(frameworkOption);
    for (const QString& code : codes) {
        if (code.trimmed().isEmpty())
            return env.usageError(tr("%1: --framework needs the code of a framework").arg(name()));
    }

    Database db;
    const Status opened = env.openDatabase(db);
    if (!opened)
        return env.fail(opened.message());
    if (selection.isEverything() && codes.isEmpty()) {
        const Status exported = DatasetPackage::exportToFile(db, file);
        if (!exported)
            return env.fail(exported.message());
        env.out() << tr("Exported %1 to %2.").arg(db.path(), file) << Qt::endl;
        return ExitCode::Success;
    }

    const RecordStore store(db);
    for (const QString& code : codes) {
        const std::optional<qint64> id = store.idForCode(QStringLiteral("frameworks"), code.trimmed());
        if (!id)
            return env.usageError(
                tr("%1: unknown framework '%2' for --framework (%3 holds no framework with this code)")
                    .arg(name(), code, db.path()));
        if (!selection.frameworkIds.contains(*id))
            selection.frameworkIds << *id;
    }
    const Result<QByteArray> json = DatasetPackage::exportSelection(db, selection, QString(), QString(),
                                                                    env.progress(tr("Exporting %1").arg(file)));
    env.endProgress();
    if (!json)
        return env.fail(json.message());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(*json) != json->size() || !out.commit())
        return env.fail(tr("%1: cannot be written: %2").arg(file, out.errorString()));

    int records = 0;
    const QMap<QString, int> counts = DatasetPackage::rowCounts(*json);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        records += it.value();
    const QString marking = QJsonDocument::fromJson(*json).object().value(QStringLiteral("marking")).toString();
    env.out()
        << tr("Exported a selection of %1 to %2: %n row(s), marked %3.", nullptr, records).arg(db.path(), file, marking)
        << Qt::endl;
    return ExitCode::Success;
}

} // namespace crosswalk::cli
