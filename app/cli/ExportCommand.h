#pragma once

#include "app/cli/Command.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariantMap>

namespace crosswalk::cli {

class EntityListing;

/// `export ENTITY --format csv|xlsx [--filter COLUMN=VALUE]... [--search TEXT] [--bom]
/// [--no-marking-line] --out FILE`: the records of one entity table as a CSV or XLSX table file
/// (DESIGN.md section 5), with the same columns as `list --format csv` (every column plus the
/// resolved codes of references) and the highest marking of the rows written (section 4).
///
/// --filter keeps the rows whose column holds the value as stored (an enumeration key such as
/// status=open, a code column such as lead_party_code=JP), compared without regard to case; several
/// filters on one column keep rows holding any of the values, filters on different columns must all
/// hold. framework=CODE keeps the records of a framework, as `list --framework` does. --search keeps
/// the rows with the text in any column. The format comes from --format, or else from the suffix of
/// --out. The file is written whole or not at all.
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) const override;
    int argumentCount() const override { return 1; }
    QString argumentSyntax() const override { return tr("ENTITY"); }
    ExitCode execute(const QCommandLineParser& parser, CliEnvironment& env) override;

private:
    /// Column -> the values it may hold (lower case).
    using Filters = QHash<QString, QStringList>;

    static bool matches(const QVariantMap& row, const Filters& filters, const QString& search,
                        const QStringList& columns);
};

} // namespace crosswalk::cli
