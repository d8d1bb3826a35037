#pragma once

#include "app/cli/Command.h"

#include <QList>
#include <QVariantMap>

namespace crosswalk {
struct TableSpec;
}

namespace crosswalk::cli {

class EntityListing;

/// `list ENTITY [--format text|csv|json] [--framework CODE]`: the records of one entity table.
/// Text is an aligned table of the main columns for people; CSV and JSON hold every column plus the
/// resolved codes of references, for scripts.
class ListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString description() const override;

    /// The entity table a word names: a table name or its singular, in any case, with - or _ or a
    /// space between words ("frameworks", "framework", "commitment-update"); nullptr when none.
    static const TableSpec* findEntity(const QString& word);

protected:
    void addOptions(QCommandLineParser& parser) const override;
    int argumentCount() const override { return 1; }
    QString argumentSyntax() const override { return tr("ENTITY"); }
    ExitCode execute(const QCommandLineParser& parser, CliEnvironment& env) override;

private:
    static QString writeText(const TableSpec& table, const QList<QVariantMap>& rows);
    static QString writeJson(const EntityListing& listing, const QList<QVariantMap>& rows);
};

} // namespace crosswalk::cli
