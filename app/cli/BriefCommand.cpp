#include "app/cli/BriefCommand.h"

#include "app/cli/CliEnvironment.h"
#include "models/reports/BriefRequest.h"
#include "models/reports/BriefService.h"
#include "models/reports/DocumentWriter.h"
#include "models/storage/Database.h"
#include "models/storage/DialogueRepository.h"

#include <QDate>
#include <QFileInfo>
#include <QSettings>

namespace crosswalk::cli {

namespace {

const QString dialogueOption = QStringLiteral("dialogue");
const QString languageOption = QStringLiteral("lang");
const QString formatOption = QStringLiteral("format");
const QString paperOption = QStringLiteral("paper");
const QString maxMarkingOption = QStringLiteral("max-marking");
const QString minMarkingOption = QStringLiteral("min-marking");
const QString outOption = QStringLiteral("out");
const QString authorOption = QStringLiteral("author");

QString levelChoices()
{
    QStringList levels;
    for (const char* key : EnumTraits<Tlp>::keys)
        levels << QString::fromLatin1(key);
    return levels.join(QStringLiteral(", "));
}

/// The format a file name asks for by its suffix; nothing for another suffix.
std::optional<DocumentFormat> formatOfPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("htm"))
        return DocumentFormat::Html;
    return BriefRequest::formatFromKey(suffix);
}

} // namespace

QString BriefCommand::description() const
{
    return tr("Writes the brief of a dialogue as PDF, ODT or HTML, in English, Japanese or both.");
}

void BriefCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(QStringList{dialogueOption},
                                        tr("The dialogue the brief is for: its code or its id."), tr("ID|CODE")));
    parser.addOption(QCommandLineOption(QStringList{languageOption},
                                        tr("Language: en (default), ja, or en+ja for both."), tr("LANG"),
                                        QStringLiteral("en")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("f"), formatOption},
                                        tr("Format: pdf, odt or html (default: the suffix of --out, else pdf)."),
                                        tr("FORMAT")));
    parser.addOption(QCommandLineOption(QStringList{paperOption}, tr("Paper size of a PDF: a4 (default) or letter."),
                                        tr("PAPER"), QStringLiteral("a4")));
    parser.addOption(QCommandLineOption(QStringList{maxMarkingOption},
                                        tr("Leaves out records marked above this level (%1); the brief then says "
                                           "it is a limited version.")
                                            .arg(levelChoices()),
                                        tr("LEVEL")));
    parser.addOption(QCommandLineOption(QStringList{minMarkingOption},
                                        tr("Marks the brief at least at this level, whatever its content."),
                                        tr("LEVEL")));
    parser.addOption(QCommandLineOption(
        QStringList{authorOption},
        tr("The author named on the cover (default: the desktop program's author name, else the login name)."),
        tr("NAME")));
    parser.addOption(
        QCommandLineOption(QStringList{QStringLiteral("o"), outOption}, tr("The file to write."), tr("FILE")));
}

std::optional<Tlp> BriefCommand::parseLevel(const QString& text)
{
    QString key = text.trimmed().toUpper();
    if (key.startsWith(QLatin1String("TLP:")))
        key = key.mid(4).trimmed();
    return fromKey<Tlp>(key);
}

Result<qint64> BriefCommand::resolveDialogue(Database& db, const QString& word)
{
    const DialogueRepository dialogues(db);
    if (const auto dialogue = dialogues.dialogueByCode(word))
        return dialogue->id;
    bool isNumber = false;
    const qint64 id = word.toLongLong(&isNumber);
    if (isNumber) {
        if (const auto dialogue = dialogues.dialogue(id))
            return dialogue->id;
    }
    const QList<Dialogue> all = dialogues.dialogues();
    for (const Dialogue& dialogue : all) {
        if (dialogue.code.compare(word, Qt::CaseInsensitive) == 0)
            return dialogue.id;
    }
    if (all.isEmpty())
        return Result<qint64>::failure(tr("brief: %1 holds no dialogues").arg(db.path()));
    return Result<qint64>::failure(
        tr("brief: %1 holds no dialogue with the code or id '%2' (run 'crosswalk-cli list dialogues')")
            .arg(db.path(), word));
}

ExitCode BriefCommand::execute(const QCommandLineParser& parser, CliEnvironment& env)
{
    const QString dialogue = parser.value(dialogueOption).trimmed();
    if (dialogue.isEmpty())
        return env.usageError(tr("brief: --dialogue is required (a dialogue's code or id)"));
    const QString out = parser.value(outOption);
    if (out.trimmed().isEmpty())
        return env.usageError(tr("brief: --out is required (the file to write)"));

    BriefRequest request;
    const QString language = parser.value(languageOption);
    const auto parsedLanguage = BriefRequest::languageFromKey(language.trimmed());
    if (!parsedLanguage)
        return env.usageError(tr("brief: unknown language '%1' (valid: en, ja, en+ja)").arg(language));
    request.language = *parsedLanguage;

    if (parser.isSet(formatOption)) {
        const QString format = parser.value(formatOption);
        const auto parsedFormat = BriefRequest::formatFromKey(format.trimmed());
        if (!parsedFormat)
            return env.usageError(tr("brief: unknown format '%1' (valid: pdf, odt, html)").arg(format));
        request.format = *parsedFormat;
    } else {
        request.format = formatOfPath(out).value_or(DocumentFormat::Pdf);
    }

    const QString paper = parser.value(paperOption);
    const auto parsedPaper = BriefRequest::paperFromKey(paper.trimmed());
    if (!parsedPaper)
        return env.usageError(tr("brief: unknown paper size '%1' (valid: a4, letter)").arg(paper));
    request.paper = *parsedPaper;

    if (parser.isSet(maxMarkingOption)) {
        const QString level = parser.value(maxMarkingOption);
        request.maxMarking = parseLevel(level);
        if (!request.maxMarking)
            return env.usageError(
                tr("brief: unknown marking '%1' for --max-marking (valid: %2)").arg(level, levelChoices()));
    }
    if (parser.isSet(minMarkingOption)) {
        const QString level = parser.value(minMarkingOption);
        request.minimumMarking = parseLevel(level);
        if (!request.minimumMarking)
            return env.usageError(
                tr("brief: unknown marking '%1' for --min-marking (valid: %2)").arg(level, levelChoices()));
    }
    request.author = parser.value(authorOption).trimmed();
    if (request.author.isEmpty()) // the desktop program's setting (Preferences), else the login name
        request.author = QSettings().value(QStringLiteral("editing/authorName")).toString().trimmed();
    if (request.author.isEmpty())
        request.author = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    request.generatedOn = QDate::currentDate();

    Database db;
    const Status opened = env.openDatabase(db);
    if (!opened)
        return env.fail(opened.message());
    const Result<qint64> dialogueId = resolveDialogue(db, dialogue);
    if (!dialogueId)
        return env.fail(dialogueId.message());
    request.dialogueId = *dialogueId;

    const Result<BriefService::Composed> composed = BriefService::compose(db, request);
    if (!composed)
        return env.fail(tr("brief: %1").arg(composed.message()));
    const Status written =
        DocumentWriter::write(*composed->document, composed->meta, request.format, request.paper, out);
    if (!written) {
        const QString reason = written.message();
        return env.fail(reason.contains(out) ? tr("brief: %1").arg(reason)
                                             : tr("brief: cannot write %1: %2").arg(out, reason));
    }
    env.out() << tr("Wrote %1 (%2)").arg(out, composed->meta.markingText) << Qt::endl;
    return ExitCode::Success;
}

} // namespace crosswalk::cli
