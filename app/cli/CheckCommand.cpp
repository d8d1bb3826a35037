#include "app/cli/CheckCommand.h"

#include "app/cli/CliEnvironment.h"
#include "models/storage/AuditLog.h"
#include "models/storage/Database.h"

namespace crosswalk::cli {

QString CheckCommand::description() const
{
    return tr("Checks the database's integrity, references and audit log.");
}

ExitCode CheckCommand::execute(const QCommandLineParser& parser, CliEnvironment& env)
{
    Q_UNUSED(parser)
    Database db;
    const Status opened = env.openDatabase(db);
    if (!opened)
        return env.fail(opened.message());

    const Result<QStringList> checked = db.check();
    if (!checked)
        return env.fail(tr("%1 cannot be checked: %2").arg(db.path(), checked.message()));
    QStringList problems = checked.value();
    const QList<qint64> broken = AuditLog(db).verify();
    for (const qint64 id : broken)
        problems << tr("audit: entry %1 does not match the hash chain (changed or removed)").arg(id);

    if (problems.isEmpty()) {
        env.out() << QStringLiteral("ok") << Qt::endl;
        return ExitCode::Success;
    }
    for (const QString& problem : problems)
        env.out() << problem << Qt::endl;
    return env.fail(tr("%1: %n problem(s) found", nullptr, static_cast<int>(problems.size())).arg(db.path()));
}

} // namespace crosswalk::cli
