#pragma once

#include "models/domain/Result.h"
#include "models/reports/BriefRequest.h"
#include "models/reports/BriefService.h"
#include "ui/views/WorkPage.h"

#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPrinter;
class QProgressDialog;
class QPushButton;

namespace crosswalk {

class Database;

/// The Reports page: the dialogue brief (DESIGN.md section 5). The user chooses the dialogue
/// ("briefDialogue": "CODE — Title (date)", newest first, the latest dated one by default), the
/// language ("briefLanguage"), the format ("briefFormat"), the paper ("briefPaper", PDF only), the
/// highest marking of the records it may include ("briefMaxMarking") and the lowest marking of the
/// document ("briefMinMarking"); a line ("briefSummary") says what the brief is about. Then:
/// Preview ("previewButton": QPrintPreviewDialog), Print ("printButton": QPrintDialog) or Save
/// ("saveButton": a file name, then the file written with a cancellable progress dialog,
/// "briefProgress"). The result of the last save or print shows in the status line ("briefStatus");
/// failures in a message box.
///
/// The document comes from BriefService::compose and is painted page by page by DocumentWriter, with
/// the marking banner on every page, on the printer as on a PDF. The page shows no record of its own;
/// showRecord("dialogues", id) chooses that dialogue.
class ReportsPage : public WorkPage
{
    Q_OBJECT

public:
    explicit ReportsPage(PageContext& context, QWidget* parent = nullptr);
    ~ReportsPage() override;

    QStringList tables() const override;
    bool showRecord(const QString& table, qint64 id) override;
    QString currentTable() const override;
    QVariantMap currentRecord() const override;
    /// The page has no search box: focuses the dialogue choice.
    void focusSearch() override;

    /// The dialogue chosen; 0 when there is none.
    qint64 dialogueId() const;
    /// What the controls ask for now, with the author from the preferences and today's date.
    BriefRequest request() const;
    /// The file name offered when saving: "brief-CODE-LANG.SUFFIX".
    QString suggestedFileName() const;

public Q_SLOTS:
    /// Lists the dialogues of the open database again, keeping the choice when it is still there.
    void reload();
    /// Composes the brief and shows it in a print preview.
    void preview();
    /// Composes the brief and prints it on the printer the user chooses.
    void print();
    /// Asks for a file name and writes the brief in the chosen format.
    void save();

protected:
    /// Shows the print preview of the printer; paint draws the brief on the printer it is given. The
    /// seam through which tests paint without a dialog.
    virtual void execPreviewDialog(QPrinter& printer, const std::function<void(QPrinter*)>& paint);
    /// Lets the user choose and set up the printer; false when cancelled. A seam for tests.
    virtual bool execPrintDialog(QPrinter& printer);
    /// Shows that a page is done; false when the user cancelled. A seam for tests.
    virtual bool advanceProgress(QProgressDialog& dialog, int page, int pageCount);

private:
    void buildForm();
    void watch(Database* database);
    void onTableChanged(const QString& table);
    void updateControls();
    void updateSummary();
    /// Composes the brief of the chosen dialogue; shows the failure and returns nothing when it cannot.
    std::optional<BriefService::Composed> compose();
    std::function<bool(int, int)> progressOf(QProgressDialog& dialog);
    std::unique_ptr<QProgressDialog> makeProgressDialog(const QString& label);
    void setupPrinter(QPrinter& printer) const;
    void showStatus(const QString& text);

    QPointer<Database> m_watched;
    bool m_reloadQueued = false;
    QString m_lastDirectory;

    QComboBox* m_dialogue = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_paper = nullptr;
    QComboBox* m_maxMarking = nullptr;
    QComboBox* m_minMarking = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace crosswalk
