#include "app/cli/CliEnvironment.h"

#include "models/exchange/DatabaseBootstrap.h"
#include "models/storage/Database.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <memory>
#include <unistd.h>

namespace crosswalk::cli {

CliEnvironment::CliEnvironment(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}

Status CliEnvironment::openDatabase(Database& db) const
{
    if (hasDatabasePath())
        return DatabaseBootstrap::openExisting(db, m_databasePath);
    return DatabaseBootstrap::openDefault(db);
}

Progress CliEnvironment::progress(const QString& label)
{
    if (!m_forceProgress && !::isatty(STDERR_FILENO))
        return {};
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto lastPercent = std::make_shared<int>(-1);
    return [this, label, timer, lastPercent](qint64 done, qint64 total) {
        if (!m_forceProgress && timer->elapsed() < 1000)
            return true;
        const int percent = total > 0 ? static_cast<int>(qBound(qint64(0), done * 100 / total, qint64(100))) : 0;
        if (percent == *lastPercent)
            return true;
        *lastPercent = percent;
        m_err << QStringLiteral("\r%1: %2%").arg(label).arg(percent) << Qt::flush;
        m_progressShown = true;
        return true;
    };
}

void CliEnvironment::endProgress()
{
    if (!m_progressShown)
        return;
    m_err << Qt::endl;
    m_progressShown = false;
}

ExitCode CliEnvironment::fail(const QString& reason)
{
    endProgress();
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
