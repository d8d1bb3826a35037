#pragma once

#include "models/domain/Progress.h"
#include "models/exchange/ImportReport.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>

class QAction;
class QDialog;
class QProgressDialog;
class QWidget;

namespace crosswalk {

class PageContext;

/// The window's imports and exports (File > Import, File > Export): OSCAL catalogs and mapping
/// collections, CSV provisions or mappings, dataset packages merged in or exported for a partner.
///
/// Each import asks for a file, plans the import with progress (cancel stops it), shows what it would
/// do (ImportReportDialog) and, when the user accepts, applies it through PageContext::apply: one
/// transaction, one undo step. Each export asks what to export and where, then writes with progress.
/// Messages go through the context's DialogProvider; results to the status bar (statusMessage).
class ExchangeActions : public QObject
{
    Q_OBJECT

public:
    /// Runs a modal dialog and returns its result (QDialog::Accepted or Rejected). The default runs
    /// exec(); tests answer instead.
    using DialogRunner = std::function<int(QDialog&)>;

    /// window: the parent of the dialogs (the main window); the actions are its children.
    ExchangeActions(PageContext& context, QWidget& window);

    QAction* importOscalAction() const { return m_importOscal; }
    QAction* importCsvAction() const { return m_importCsv; }
    QAction* mergePackageAction() const { return m_mergePackage; }
    QAction* exportOscalAction() const { return m_exportOscal; }
    QAction* exportPackageAction() const { return m_exportPackage; }
    QList<QAction*> importActions() const { return {m_importOscal, m_importCsv, m_mergePackage}; }
    QList<QAction*> exportActions() const { return {m_exportOscal, m_exportPackage}; }

    void setDialogRunner(DialogRunner runner);

public Q_SLOTS:
    void importOscal();
    void importCsv();
    void mergePackage();
    void exportOscal();
    void exportPackage();

Q_SIGNALS:
    /// A result for the status bar ("Imported provisions.csv: Adds 3 provisions").
    void statusMessage(const QString& text, int timeoutMs);

private:
    QAction* createAction(const QString& text, const QString& name, const QString& icon, const QString& tip,
                          void (ExchangeActions::*slot)());
    void updateEnabled();
    int run(QDialog& dialog);
    QList<QPair<QString, QString>> frameworks() const;
    QString folder() const;
    void rememberFolder(const QString& path);

    /// A window-modal progress dialog (shown after a short delay) and the Progress that feeds it.
    std::unique_ptr<QProgressDialog> makeProgress(const QString& title, const QString& label);
    static Progress progressOf(QProgressDialog& dialog);
    /// Shows the plan's report; applies it when the user accepts. True when applied.
    bool reviewAndApply(const ImportPlan& plan, const QString& path, const QString& title, const QString& acceptText,
                        bool merge);
    /// Shows a failure unless the user cancelled (then only a status message).
    void showFailure(const QString& title, const QString& message, const QProgressDialog& progress);

    PageContext& m_context;
    QWidget& m_window;
    DialogRunner m_runner;
    QAction* m_importOscal = nullptr;
    QAction* m_importCsv = nullptr;
    QAction* m_mergePackage = nullptr;
    QAction* m_exportOscal = nullptr;
    QAction* m_exportPackage = nullptr;
};

} // namespace crosswalk
