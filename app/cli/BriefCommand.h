#pragma once

#include "app/cli/Command.h"
#include "models/domain/Result.h"
#include "models/domain/Vocabulary.h"

#include <optional>

namespace crosswalk {
class Database;
}

namespace crosswalk::cli {

/// `brief --dialogue ID|CODE --lang en|ja|en+ja --format pdf|odt|html [--paper a4|letter]
/// [--max-marking LEVEL] [--min-marking LEVEL] --out FILE`: writes the dialogue brief (DESIGN.md section 5)
/// through BriefService, as the Reports page does, and prints "Wrote FILE (TLP:X)".
///
/// A command line that is wrong (a missing --dialogue or --out, a value that is not one of the
/// choices) exits with Usage (2). What the database or the file system refuses (a dialogue the
/// database does not hold, as `coverage` does for an unknown framework; an unwritable path; Japanese
/// without a font) exits with Failure (1). Either way a single line on stderr names the problem, and
/// no file is left behind.
class BriefCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    QString name() const override { return QStringLiteral("brief"); }
    QString description() const override;

    /// A TLP level as written on the command line: CLEAR, GREEN, AMBER, AMBER+STRICT or RED in any case,
    /// with or without "TLP:" before it.
    static std::optional<Tlp> parseLevel(const QString& text);
    /// The dialogue a word names: its code (exactly, else ignoring case) or its id.
    static Result<qint64> resolveDialogue(Database& db, const QString& word);

protected:
    void addOptions(QCommandLineParser& parser) const override;
    ExitCode execute(const QCommandLineParser& parser, CliEnvironment& env) override;
};

} // namespace crosswalk::cli
