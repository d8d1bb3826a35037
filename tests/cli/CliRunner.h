#pragma once

// Helpers shared by the crosswalk-cli suites: run the program in-process, read its output back.

#include "app/cli/CliApplication.h"
#include "tests/support/TestDatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextStream>

namespace crosswalk::test {

/// What one run of crosswalk-cli produced.
struct CliRun
{
    int status = -1;
    QString out;
    QString err;

    /// The error stream's lines (without the final line break).
    QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

/// Runs crosswalk-cli with the given arguments (without the program name).
inline CliRun runCli(const QStringList& arguments)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    cli::CliApplication application(out, err);
    run.status = application.run(QStringList{QStringLiteral("crosswalk-cli")} + arguments);
    return run;
}

/// Every suite: QStandardPaths in test mode and names of its own, so that a run without --database
/// can never touch the user's database.
inline void isolateDefaultDatabase(const char* suite)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CrosswalkTest"));
    QCoreApplication::setApplicationName(QString::fromLatin1(suite));
}

/// The lines of `info`-style output ("label  value", columns separated by two or more spaces).
inline QMap<QString, QString> parseLabelledLines(const QString& text)
{
    static const QRegularExpression line(QStringLiteral("^(\\S.*?)\\s{2,}(\\S.*)$"));
    QMap<QString, QString> values;
    for (const QString& row : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = line.match(row);
        if (match.hasMatch())
            values.insert(match.captured(1), match.captured(2));
    }
    return values;
}

/// RFC 4180 records (quoted fields, doubled quotes, CRLF or LF line ends).
inline QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            record << field;
            records << record;
            record.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !record.isEmpty()) {
        record << field;
        records << record;
    }
    return records;
}

/// CSV records as maps keyed by the header row.
inline QList<QMap<QString, QString>> csvRows(const QString& text)
{
    const QList<QStringList> records = parseCsv(text);
    QList<QMap<QString, QString>> rows;
    if (records.isEmpty())
        return rows;
    const QStringList header = records.constFirst();
    for (qsizetype r = 1; r < records.size(); ++r) {
        QMap<QString, QString> row;
        for (qsizetype c = 0; c < header.size(); ++c)
            row.insert(header.at(c), records.at(r).value(c));
        rows << row;
    }
    return rows;
}

/// The sample dataset package as committed in resources/.
inline QJsonObject samplePackage()
{
    QFile file(sourceDir() + QStringLiteral("/resources/sample/japan-nato.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample dataset: %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace crosswalk::test
