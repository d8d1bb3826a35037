#include "app/cli/CliEnvironment.h"

#include "models/exchange/DatabaseBootstrap.h"
#include "models/storage/Database.h"

#include <QRegularExpression>

namespace crosswalk::cli {

CliEnvironment::CliEnvironment(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}

Status CliEnvironment::openDatabase(Database& db) const
{
    if (hasDatabasePath())
        return DatabaseBootstrap::openExisting(db, m_databasePath);
    return DatabaseBootstrap::openDefault(db);
}

ExitCode CliEnvironment::fail(const QString& reason)
{
    writeError(reason);
    return ExitCode::Failure;
}

ExitCode CliEnvironment::usageError(const QString& reason)
{
    writeError(reason);
    return ExitCode::Usage;
}

void CliEnvironment::writeError(const QString& reason)
{
    // One line, whatever the message holds: scripts read the first line of stderr.
    static const QRegularExpression lineBreaks(QStringLiteral("\\s*[\\r\\n]+\\s*"));
    QString line = reason.trimmed();
    line.replace(lineBreaks, QStringLiteral(" "));
    if (line.isEmpty())
        line = tr("failed");
    m_out.flush();
    m_err << programName() << QStringLiteral(": ") << line << Qt::endl;
}

} // namespace crosswalk::cli
