#pragma once

#include "app/cli/ExitCode.h"
#include "models/domain/Progress.h"
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace crosswalk {
class Database;
}

namespace crosswalk::cli {

/// What every command runs in: the output and error streams and the database chosen with the global
/// --database option. Failures are reported here, as one line on the error stream.
class CliEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    CliEnvironment(QTextStream& out, QTextStream& err);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    /// The database named with --database; empty when none was given (the default database is used).
    QString databasePath() const { return m_databasePath; }
    void setDatabasePath(const QString& path) { m_databasePath = path; }
    bool hasDatabasePath() const { return !m_databasePath.isEmpty(); }

    /// Opens the database named with --database, which must exist, or else the default database
    /// (created from the sample dataset when it does not exist yet).
    Status openDatabase(Database& db) const;

    /// Writes "crosswalk-cli: reason" as a single line on the error stream; returns Failure.
    ExitCode fail(const QString& reason);
    /// The same for a command line that is wrong; returns Usage.
    ExitCode usageError(const QString& reason);

    /// A progress function for a long task (an import or export): once the task has run for a second,
    /// it shows "label: 45%" on the error stream, rewritten in place, when the error stream is an
    /// interactive terminal (never in pipes, files or tests unless forced). Never cancels.
    Progress progress(const QString& label);
    /// Ends the progress line (when one was shown) so that the next output starts on a new line.
    void endProgress();
    /// Shows progress even when the error stream is not a terminal (tests).
    void setForceProgress(bool force) { m_forceProgress = force; }
    /// The program's name as it appears in messages and usage lines.
    static QString programName() { return QStringLiteral("crosswalk-cli"); }

private:
    void writeError(const QString& reason);

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_databasePath;
    bool m_forceProgress = false;
    bool m_progressShown = false;
};

} // namespace crosswalk::cli
