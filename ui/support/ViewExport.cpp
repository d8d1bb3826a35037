#include "ui/support/ViewExport.h"

#include "models/itemmodels/ModelTable.h"
#include "ui/support/DialogProvider.h"
#include "ui/views/PageContext.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>

namespace crosswalk {

namespace {

/// The folder of the last export in this session, where the next one starts.
QString& lastFolder()
{
    static QString folder;
    return folder;
}

const QHeaderView* columnHeader(const QAbstractItemView& view)
{
    if (const auto* table = qobject_cast<const QTableView*>(&view))
        return table->horizontalHeader();
    if (const auto* tree = qobject_cast<const QTreeView*>(&view))
        return tree->header();
    return nullptr;
}

/// A file name made of a title: characters that file systems refuse become "-".
QString fileNameOf(const QString& title)
{
    QString name = title.trimmed();
    for (QChar& c : name) {
        if (QStringLiteral("\\/:*?\"<>|").contains(c) || !c.isPrint())
            c = QLatin1Char('-');
    }
    return name.isEmpty() ? ViewExport::tr("export") : name;
}

} // namespace

QAction* ViewExport::createAction(QWidget* page)
{
    auto* action = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("E&xport\u2026"), page);
    action->setObjectName(QStringLiteral("exportAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(tr("Export the rows shown as a CSV or Excel file (%1)")
                           .arg(action->shortcut().toString(QKeySequence::NativeText)));
    page->addAction(action);
    return action;
}

QString ViewExport::fileFilters()
{
    return tr("CSV (*.csv)") + QStringLiteral(";;") + tr("Excel workbook (*.xlsx)");
}

QString ViewExport::withDefaultSuffix(const QString& path)
{
    return QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".csv") : path;
}

QList<int> ViewExport::shownColumns(const QAbstractItemView& view)
{
    QList<int> columns;
    const QAbstractItemModel* model = view.model();
    if (!model)
        return columns;
    const QHeaderView* header = columnHeader(view);
    if (!header) {
        for (int column = 0; column < model->columnCount(view.rootIndex()); ++column)
            columns << column;
        return columns;
    }
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

TableExport ViewExport::table(const QAbstractItemView& view)
{
    if (!view.model())
        return TableExport();
    const QList<int> columns = shownColumns(view);
    if (columns.isEmpty())
        return TableExport();
    return ModelTable::read(*view.model(), columns, view.rootIndex());
}

Status ViewExport::write(const QAbstractItemView& view, const QString& title, const QString& path)
{
    TableExport::Options options;
    options.title = title;
    const auto format = TableExport::formatOfPath(path).value_or(TableExport::Format::Csv);
    return table(view).write(path, format, options);
}

bool ViewExport::run(PageContext& context, const QAbstractItemView& view, const QString& title, QWidget* parent)
{
    if (lastFolder().isEmpty())
        lastFolder() = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(lastFolder()).filePath(fileNameOf(title) + QStringLiteral(".csv"));
    QString path = context.dialogs().getSaveFileName(parent, tr("Export %1").arg(title), suggested, fileFilters());
    if (path.isEmpty())
        return false;
    path = withDefaultSuffix(path);
    lastFolder() = QFileInfo(path).absolutePath();
    const Status written = write(view, title, path);
    if (!written) {
        context.showError(written.message(), parent);
        return false;
    }
    return true;
}

} // namespace crosswalk
