// crosswalk-cli brief: PDF, ODT and HTML written for a dialogue named by code or id, the format taken
// from --format or the file's suffix, the marking options, and every bad command line. Exit codes: a
// wrong command line (missing --dialogue or --out, a value that is not one of the choices) is a usage
// error (2); what the database or the file system refuses (a dialogue it does not hold, as `coverage`
// does for an unknown framework; an unwritable path) is a failure (1). Either way one line on stderr
// and no file.
//
// QTEST_MAIN (not GUILESS like the other CLI suites): writing a PDF needs a QGuiApplication, which
// crosswalk-cli's main() creates too.

#include "tests/cli/CliRunner.h"

#include "app/cli/BriefCommand.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"

#include <QDir>
#include <QFileInfo>
#include <QPdfDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace crosswalk;
using namespace crosswalk::test;

namespace {

const QString LatestRound = QStringLiteral("JP-NATO-CD2"); ///< marked GREEN, the rest of the sample CLEAR
const QString FirstRound = QStringLiteral("JP-NATO-CD1");  ///< marked CLEAR

bool startsWith(const QByteArray& bytes, const char* prefix)
{
    return bytes.startsWith(QByteArray(prefix));
}

} // namespace

class TestCliBrief : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void writesEachFormat_data();
    void writesEachFormat();
    void formatComesFromTheSuffix_data();
    void formatComesFromTheSuffix();
    void dialogueByIdOrCode_data();
    void dialogueByIdOrCode();
    void writesEachLanguageAndPaper_data();
    void writesEachLanguageAndPaper();
    void markingOptionsAreParsed_data();
    void markingOptionsAreParsed();
    void markingLimitLeavesOutHigherRecords();
    void badCommandLineIsUsageError_data();
    void badCommandLineIsUsageError();
    void unknownDialogueFails();
    void emptyDatabaseFails();
    void unwritablePathFails_data();
    void unwritablePathFails();
    void existingFileIsReplaced();
    void parseLevel();
    void helpNamesTheOptions();
    void pdfCarriesTheMarkingOnEveryPage_data();
    void pdfCarriesTheMarkingOnEveryPage();

private:
    QString sampleDatabase();
    CliRun brief(const QString& database, const QStringList& options);
    /// The files the folder holds (a failed write leaves none behind, not even a temporary one).
    QStringList filesIn(const QString& folder) const;

    QTemporaryDir m_dir;
    QString m_sample;
    int m_outputs = 0;
};

void TestCliBrief::initTestCase()
{
    isolateDefaultDatabase("tst_clibrief");
    QVERIFY(m_dir.isValid());
    m_sample = sampleDatabase();
    QVERIFY(QFileInfo::exists(m_sample));
}

QString TestCliBrief::sampleDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("sample-%1.crosswalk").arg(++m_outputs));
    const CliRun run = runCli({QStringLiteral("--database"), path, QStringLiteral("init"), QStringLiteral("--sample")});
    if (run.status != 0)
        qWarning("init failed: %s", qPrintable(run.err));
    return path;
}

CliRun TestCliBrief::brief(const QString& database, const QStringList& options)
{
    return runCli(QStringList{QStringLiteral("--database"), database, QStringLiteral("brief")} + options);
}

QStringList TestCliBrief::filesIn(const QString& folder) const
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

void TestCliBrief::writesEachFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("pdf") << QStringLiteral("pdf") << QStringLiteral("pdf");
    QTest::newRow("odt") << QStringLiteral("odt") << QStringLiteral("odt");
    QTest::newRow("html") << QStringLiteral("html") << QStringLiteral("html");
    QTest::newRow("upper case") << QStringLiteral("PDF") << QStringLiteral("pdf");
}

void TestCliBrief::writesEachFormat()
{
    QFETCH(QString, format);
    QFETCH(QString, suffix);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("brief.") + suffix);
    const CliRun run = brief(m_sample, {QStringLiteral("--dialogue"), LatestRound, QStringLiteral("--format"), format,
                                        QStringLiteral("--out"), path});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.status, 0);
    // The dialogue is GREEN and everything else in the sample CLEAR: the brief is GREEN.
    QCOMPARE(run.out, QStringLiteral("Wrote %1 (TLP:GREEN)\n").arg(path));
    QCOMPARE(filesIn(out.path()), QStringList{QStringLiteral("brief.") + suffix});

    const QByteArray bytes = fileBytes(path);
    if (suffix == QLatin1String("pdf")) {
        QVERIFY2(startsWith(bytes, "%PDF-"), bytes.left(16).constData());
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    } else if (suffix == QLatin1String("odt")) {
        // A zip archive whose first entry names the OpenDocument text type.
        QVERIFY2(startsWith(bytes, "PK"), bytes.left(16).constData());
        QVERIFY(bytes.left(200).contains("application/vnd.oasis.opendocument.text"));
    } else {
        const QString html = QString::fromUtf8(bytes);
        QVERIFY2(html.contains(QStringLiteral("<html"), Qt::CaseInsensitive), qPrintable(html.left(200)));
        QVERIFY(html.contains(QStringLiteral("2nd Japan-NATO Cyber Dialogue")));
        QVERIFY(html.contains(QStringLiteral("TLP:GREEN")));
    }
}

void TestCliBrief::formatComesFromTheSuffix_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow(".odt") << QStringLiteral("b.odt") << QByteArray("PK");
    QTest::newRow(".ODT") << QStringLiteral("b.ODT") << QByteArray("PK");
    QTest::newRow(".html") << QStringLiteral("b.html") << QByteArray("<");
    QTest::newRow(".htm") << QStringLiteral("b.htm") << QByteArray("<");
    QTest::newRow(".pdf") << QStringLiteral("b.pdf") << QByteArray("%PDF");
    QTest::newRow("no suffix: pdf") << QStringLiteral("brief") << QByteArray("%PDF");
    QTest::newRow("other suffix: pdf") << QStringLiteral("brief.txt") << QByteArray("%PDF");
}

void TestCliBrief::formatComesFromTheSuffix()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, magic);
    QTemporaryDir out;
    const QString path = out.filePath(fileName);
    const CliRun run = brief(m_sample, {QStringLiteral("--dialogue"), FirstRound, QStringLiteral("--out"), path});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.status, 0);
    const QByteArray bytes = fileBytes(path);
    QVERIFY2(bytes.trimmed().startsWith(magic), bytes.left(16).constData());
}

void TestCliBrief::dialogueByIdOrCode_data()
{
    QTest::addColumn<QString>("dialogue");
    QTest::addColumn<QString>("marking");
    QTest::newRow("code") << LatestRound << QStringLiteral("TLP:GREEN");
    QTest::newRow("code in lower case") << LatestRound.toLower() << QStringLiteral("TLP:GREEN");
    QTest::newRow("id") << QStringLiteral("7") << QStringLiteral("TLP:GREEN");
    QTest::newRow("id of a CLEAR dialogue") << QStringLiteral("4") << QStringLiteral("TLP:CLEAR");
}

void TestCliBrief::dialogueByIdOrCode()
{
    QFETCH(QString, dialogue);
    QFETCH(QString, marking);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("brief.html"));
    const CliRun run = brief(m_sample, {QStringLiteral("--dialogue"), dialogue, QStringLiteral("--out"), path});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out, QStringLiteral("Wrote %1 (%2)\n").arg(path, marking));
    const QString html = QString::fromUtf8(fileBytes(path));
    QVERIFY(html.contains(marking));
}

void TestCliBrief::writesEachLanguageAndPaper_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("paper");
    QTest::newRow("en a4") << QStringLiteral("en") << QStringLiteral("a4");
    QTest::newRow("ja letter") << QStringLiteral("ja") << QStringLiteral("letter");
    QTest::newRow("en+ja A4") << QStringLiteral("en+ja") << QStringLiteral("A4");
    QTest::newRow("EN Letter") << QStringLiteral("EN") << QStringLiteral("Letter");
}

void TestCliBrief::writesEachLanguageAndPaper()
{
    QFETCH(QString, language);
    QFETCH(QString, paper);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("brief.pdf"));
    const CliRun run = brief(m_sample, {QStringLiteral("--dialogue"), LatestRound, QStringLiteral("--lang"), language,
                                        QStringLiteral("--paper"), paper, QStringLiteral("--out"), path});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.status, 0);
    QVERIFY(startsWith(fileBytes(path), "%PDF-"));
}

void TestCliBrief::markingOptionsAreParsed_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("marking");
    QTest::newRow("--min-marking red") << QStringList{QStringLiteral("--min-marking"), QStringLiteral("red")}
                                       << QStringLiteral("TLP:RED");
    QTest::newRow("--min-marking AMBER+STRICT")
        << QStringList{QStringLiteral("--min-marking"), QStringLiteral("AMBER+STRICT")}
        << QStringLiteral("TLP:AMBER+STRICT");
    QTest::newRow("--min-marking tlp:amber")
        << QStringList{QStringLiteral("--min-marking"), QStringLiteral("tlp:amber")} << QStringLiteral("TLP:AMBER");
    QTest::newRow("--min-marking below the content")
        << QStringList{QStringLiteral("--min-marking"), QStringLiteral("CLEAR")} << QStringLiteral("TLP:GREEN");
    QTest::newRow("--max-marking Green") << QStringList{QStringLiteral("--max-marking"), QStringLiteral("Green")}
                                         << QStringLiteral("TLP:GREEN");
    QTest::newRow("--max-marking amber+strict")
        << QStringList{QStringLiteral("--max-marking"), QStringLiteral("amber+strict")} << QStringLiteral("TLP:GREEN");
    QTest::newRow("both") << QStringList{QStringLiteral("--max-marking"), QStringLiteral("red"),
                                         QStringLiteral("--min-marking"), QStringLiteral("amber")}
                          << QStringLiteral("TLP:AMBER");
}

void TestCliBrief::markingOptionsAreParsed()
{
    QFETCH(QStringList, options);
    QFETCH(QString, marking);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("brief.html"));
    const CliRun run = brief(
        m_sample, QStringList{QStringLiteral("--dialogue"), LatestRound, QStringLiteral("--out"), path} + options);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out, QStringLiteral("Wrote %1 (%2)\n").arg(path, marking));
    QVERIFY(QString::fromUtf8(fileBytes(path)).contains(marking));
}

void TestCliBrief::markingLimitLeavesOutHigherRecords()
{
    // Every gap of a copy of the sample marked RED: the full brief is RED; limited to GREEN it is not,
    // and the gaps' titles are no longer in it.
    const QString database = sampleDatabase();
    QStringList gapTitles;
    {
        Database db;
        QVERIFY(db.open(database));
        RecordStore store(db);
        for (const QVariantMap& gap : store.fetchAll(QStringLiteral("gaps"))) {
            QVERIFY(store.update(QStringLiteral("gaps"), gap.value(QStringLiteral("id")).toLongLong(),
                                 {{QStringLiteral("marking"), QStringLiteral("RED")}}));
            gapTitles << gap.value(QStringLiteral("title_en")).toString();
        }
        QVERIFY(!gapTitles.isEmpty());
    }
    QTemporaryDir out;
    const QString full = out.filePath(QStringLiteral("full.html"));
    const QString limited = out.filePath(QStringLiteral("limited.html"));
    const CliRun fullRun = brief(database, {QStringLiteral("--dialogue"), LatestRound, QStringLiteral("--out"), full});
    QCOMPARE(fullRun.err, QString());
    QCOMPARE(fullRun.out, QStringLiteral("Wrote %1 (TLP:RED)\n").arg(full));
    const CliRun limitedRun =
        brief(database, {QStringLiteral("--dialogue"), LatestRound, QStringLiteral("--max-marking"),
                         QStringLiteral("green"), QStringLiteral("--out"), limited});
    QCOMPARE(limitedRun.err, QString());
    QCOMPARE(limitedRun.out, QStringLiteral("Wrote %1 (TLP:GREEN)\n").arg(limited));

    const QString fullHtml = QString::fromUtf8(fileBytes(full));
    const QString limitedHtml = QString::fromUtf8(fileBytes(limited));
    bool anyGapInFull = false;
    for (const QString& title : std::as_const(gapTitles)) {
        anyGapInFull = anyGapInFull || fullHtml.contains(title.toHtmlEscaped());
        QVERIFY2(!limitedHtml.contains(title.toHtmlEscaped()), qPrintable(title));
    }
    QVERIFY(anyGapInFull);
    QVERIFY(!limitedHtml.contains(QStringLiteral("TLP:RED")));
}

void TestCliBrief::badCommandLineIsUsageError_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("named"); ///< what the error line must name
    const QString out = QStringLiteral("brief.pdf");
    QTest::newRow("missing --out") << QStringList{QStringLiteral("--dialogue"), LatestRound} << QStringLiteral("--out");
    QTest::newRow("empty --out") << QStringList{QStringLiteral("--dialogue"), LatestRound, QStringLiteral("--out"),
                                                QString()}
                                 << QStringLiteral("--out");
    QTest::newRow("missing --dialogue") << QStringList{QStringLiteral("--out"), out} << QStringLiteral("--dialogue");
    QTest::newRow("bad --lang") << QStringList{QStringLiteral("--dialogue"), LatestRound,
                                               QStringLiteral("--lang"),     QStringLiteral("fr"),
                                               QStringLiteral("--out"),      out}
                                << QStringLiteral("'fr'");
    QTest::newRow("bad --format") << QStringList{QStringLiteral("--dialogue"), LatestRound,
                                                 QStringLiteral("--format"),   QStringLiteral("docx"),
                                                 QStringLiteral("--out"),      out}
                                  << QStringLiteral("'docx'");
    QTest::newRow("bad --paper") << QStringList{QStringLiteral("--dialogue"), LatestRound,
                                                QStringLiteral("--paper"),    QStringLiteral("a5"),
                                                QStringLiteral("--out"),      out}
                                 << QStringLiteral("'a5'");
    QTest::newRow("bad --max-marking") << QStringList{QStringLiteral("--dialogue"),    LatestRound,
                                                      QStringLiteral("--max-marking"), QStringLiteral("purple"),
                                                      QStringLiteral("--out"),         out}
                                       << QStringLiteral("'purple'");
    QTest::newRow("bad --min-marking") << QStringList{QStringLiteral("--dialogue"),    LatestRound,
                                                      QStringLiteral("--min-marking"), QStringLiteral("AMBER-STRICT"),
                                                      QStringLiteral("--out"),         out}
                                       << QStringLiteral("'AMBER-STRICT'");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--dialogue"), LatestRound,
                                                   QStringLiteral("--colour"), QStringLiteral("--out"), out}
                                    << QStringLiteral("colour");
    QTest::newRow("positional argument") << QStringList{QStringLiteral("--dialogue"), LatestRound,
                                                        QStringLiteral("--out"), out, QStringLiteral("extra")}
                                         << QStringLiteral("'extra'");
}

void TestCliBrief::badCommandLineIsUsageError()
{
    QFETCH(QStringList, options);
    QFETCH(QString, named);
    QTemporaryDir out;
    // Relative --out values land in the current folder: run from an empty one.
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(out.path()));
    const CliRun run = brief(m_sample, options);
    QVERIFY(QDir::setCurrent(previous));
    QCOMPARE(run.status, 2);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("crosswalk-cli: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(named), qPrintable(run.err));
    QCOMPARE(filesIn(out.path()), QStringList());
}

void TestCliBrief::unknownDialogueFails()
{
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("brief.pdf"));
    for (const QString& word : {QStringLiteral("JP-NATO-CD9"), QStringLiteral("999")}) {
        const CliRun run = brief(m_sample, {QStringLiteral("--dialogue"), word, QStringLiteral("--out"), path});
        QCOMPARE(run.status, 1);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("crosswalk-cli: brief: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1Char('\'') + word + QLatin1Char('\'')), qPrintable(run.err));
        QCOMPARE(filesIn(out.path()), QStringList());
    }
}

void TestCliBrief::emptyDatabaseFails()
{
    const QString database = m_dir.filePath(QStringLiteral("empty.crosswalk"));
    QCOMPARE(runCli({QStringLiteral("--database"), database, QStringLiteral("init")}).status, 0);
    QTemporaryDir out;
    const CliRun run = brief(database, {QStringLiteral("--dialogue"), LatestRound, QStringLiteral("--out"),
                                        out.filePath(QStringLiteral("brief.pdf"))});
    QCOMPARE(run.status, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(QStringLiteral("no dialogues")), qPrintable(run.err));
    QCOMPARE(filesIn(out.path()), QStringList());
}

void TestCliBrief::unwritablePathFails_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("pdf") << QStringLiteral("brief.pdf");
    QTest::newRow("odt") << QStringLiteral("brief.odt");
    QTest::newRow("html") << QStringLiteral("brief.html");
}

void TestCliBrief::unwritablePathFails()
{
    QFETCH(QString, fileName);
    QTemporaryDir out;
    // A folder that does not exist, and a path that is a folder.
    const QString missingFolder = out.filePath(QStringLiteral("missing/") + fileName);
    const QString folder = out.filePath(fileName);
    QVERIFY(QDir(out.path()).mkdir(fileName));
    for (const QString& path : {missingFolder, folder}) {
        const CliRun run = brief(m_sample, {QStringLiteral("--dialogue"), LatestRound, QStringLiteral("--out"), path});
        QCOMPARE(run.status, 1);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("crosswalk-cli: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
    }
    QVERIFY(!QFileInfo::exists(missingFolder));
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(filesIn(out.path()), QStringList());
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

void TestCliBrief::existingFileIsReplaced()
{
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("brief.html"));
    QVERIFY(writeFile(path, "old contents"));
    const CliRun run = brief(m_sample, {QStringLiteral("--dialogue"), LatestRound, QStringLiteral("--out"), path});
    QCOMPARE(run.status, 0);
    const QByteArray bytes = fileBytes(path);
    QVERIFY(!bytes.contains("old contents"));
    QVERIFY(bytes.contains("2nd Japan-NATO Cyber Dialogue"));
    QCOMPARE(filesIn(out.path()), QStringList{QStringLiteral("brief.html")});
}

void TestCliBrief::parseLevel()
{
    using cli::BriefCommand;
    QCOMPARE(BriefCommand::parseLevel(QStringLiteral("clear")), std::optional<Tlp>(Tlp::Clear));
    QCOMPARE(BriefCommand::parseLevel(QStringLiteral("GREEN")), std::optional<Tlp>(Tlp::Green));
    QCOMPARE(BriefCommand::parseLevel(QStringLiteral(" Amber ")), std::optional<Tlp>(Tlp::Amber));
    QCOMPARE(BriefCommand::parseLevel(QStringLiteral("amber+strict")), std::optional<Tlp>(Tlp::AmberStrict));
    QCOMPARE(BriefCommand::parseLevel(QStringLiteral("TLP:RED")), std::optional<Tlp>(Tlp::Red));
    QCOMPARE(BriefCommand::parseLevel(QStringLiteral("white")), std::optional<Tlp>());
    QCOMPARE(BriefCommand::parseLevel(QString()), std::optional<Tlp>());
}

void TestCliBrief::helpNamesTheOptions()
{
    const CliRun run = runCli({QStringLiteral("brief"), QStringLiteral("--help")});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("Usage: crosswalk-cli brief [options]")), qPrintable(run.out));
    for (const QString& option :
         {QStringLiteral("--dialogue <ID|CODE>"), QStringLiteral("--lang <LANG>"), QStringLiteral("--format <FORMAT>"),
          QStringLiteral("--paper <PAPER>"), QStringLiteral("--max-marking <LEVEL>"),
          QStringLiteral("--min-marking <LEVEL>"), QStringLiteral("--out <FILE>")})
        QVERIFY2(run.out.contains(option), qPrintable(option));
    const CliRun programHelp = runCli({QStringLiteral("--help")});
    QVERIFY(programHelp.out.contains(QStringLiteral("\n  brief ")));
}

void TestCliBrief::pdfCarriesTheMarkingOnEveryPage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected"); ///< text the brief must hold in that language
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Cyber Response Capability");
    QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("サイバー");
    QTest::newRow("en+ja") << QStringLiteral("en+ja") << QStringLiteral("サイバー");
}

void TestCliBrief::pdfCarriesTheMarkingOnEveryPage()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const QString out = m_dir.filePath(QStringLiteral("readback-%1.pdf").arg(++m_outputs));
    const CliRun run =
        brief(m_sample, {QStringLiteral("--dialogue"), LatestRound, QStringLiteral("--lang"), language,
                         QStringLiteral("--min-marking"), QStringLiteral("amber"), QStringLiteral("--out"), out});
    QCOMPARE(run.status, 0);
    QPdfDocument pdf;
    QCOMPARE(pdf.load(out), QPdfDocument::Error::None);
    QVERIFY(pdf.pageCount() > 1);
    QString all;
    for (int page = 0; page < pdf.pageCount(); ++page) {
        const QString text = pdf.getAllText(page).text();
        // The banner at the top and the bottom of every page.
        QVERIFY2(text.count(QStringLiteral("TLP:AMBER")) >= 2, qPrintable(QStringLiteral("page %1").arg(page + 1)));
        all += text;
    }
    QVERIFY(pdf.metaData(QPdfDocument::MetaDataField::Title).toString().contains(QStringLiteral("2nd Japan-NATO")));
    // Some Japanese glyphs read back as their Kangxi radical look-alikes (DocumentWriter.h); the text
    // checked here has none.
    QVERIFY2(all.contains(expected), qPrintable(all.left(400)));
}

QTEST_MAIN(TestCliBrief)
#include "tst_clibrief.moc"
