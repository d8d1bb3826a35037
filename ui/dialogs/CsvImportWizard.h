#pragma once

#include "models/domain/Progress.h"
#include "models/domain/Result.h"
#include "models/exchange/CsvImport.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QWizard>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTreeWidget;

namespace crosswalk {

class DialogProvider;

/// File > Import > CSV provisions or mappings: three pages that end in the CsvImport::Options of an
/// import.
///
/// 1. The file, what it holds (provisions or mappings), how to read it (encoding, delimiter, header row:
///    each may be detected) and the framework(s) of rows that do not name theirs.
/// 2. The file's columns (header and first values), each mapped to a field or ignored; required fields
///    are marked, and Next waits until each has a column.
/// 3. The first rows as they will be read, and the errors of every row (line, column, field, message),
///    found by the checker the caller gives (it plans the import; the wizard never sees the database).
///    Erroneous cells carry a mark and the message as tooltip. Finish waits for a check without errors.
///
/// The wizard reads the file only for the preview (CsvImport::preview); it writes nothing.
class CsvImportWizard : public QWizard
{
    Q_OBJECT

public:
    /// Plans the import of the file with the options (CsvImport::plan on the caller's database).
    using Checker =
        std::function<Result<CsvImport::Outcome>(const QString& path, const CsvImport::Options&, const Progress&)>;

    enum PageId
    {
        FilePage,
        ColumnsPage,
        PreviewPage,
    };

    /// frameworks: (code, title) of the database's frameworks, for the framework choices.
    CsvImportWizard(const QList<QPair<QString, QString>>& frameworks, DialogProvider& dialogs, Checker checker,
                    QWidget* parent = nullptr);
    ~CsvImportWizard() override;

    QString filePath() const;
    void setFilePath(const QString& path);
    void setEntity(CsvImport::Entity entity);

    /// The options as chosen: those of the first page as the preview read the file (detected encoding,
    /// delimiter and header made explicit) and the column mapping of the second page.
    CsvImport::Options options() const;
    /// The start of the file, read when leaving the first page.
    const CsvImport::Preview& preview() const { return m_preview; }

    /// The field key mapped to a 0-based column of the file; empty when ignored.
    QString columnField(int column) const;
    void setColumnField(int column, const QString& fieldKey);
    /// Labels of the required fields no column is mapped to (and no framework choice stands for).
    QStringList missingRequiredFields() const;

    /// Runs the checker over every row now (the third page does it when it is shown). False when the
    /// check failed or found errors.
    bool checkAllRows();
    /// The errors of the last check.
    QList<CsvImport::RowError> rowErrors() const;
    /// Why the last check failed as a whole (unreadable file, missing column, cancelled); empty if it did not.
    const QString& checkFailure() const { return m_checkFailure; }
    /// True after a check that found no errors (Finish is then enabled).
    bool isChecked() const { return m_checked; }

protected:
    void initializePage(int id) override;
    void cleanupPage(int id) override;
    bool validateCurrentPage() override;

private:
    class GatedPage;
    class PreviewModel;

    QWizardPage* createFilePage(const QList<QPair<QString, QString>>& frameworks);
    QWizardPage* createColumnsPage();
    QWizardPage* createPreviewPage();
    CsvImport::Options readingOptions() const;
    CsvImport::Entity entity() const;
    void browse();
    void updateFrameworkRows();
    bool readPreview();
    void fillColumns();
    void updateColumnsMessage();
    bool columnsComplete() const;
    QMap<QString, int> columnMapping() const;
    void showCheck(const Result<CsvImport::Outcome>& outcome);

    DialogProvider& m_dialogs;
    Checker m_checker;
    CsvImport::Preview m_preview;
    QString m_previewKey; ///< file and reading options of the preview the columns page was filled for
    QString m_checkFailure;
    QList<CsvImport::RowError> m_errors;
    qint64 m_errorCount = 0;
    bool m_checked = false;

    // First page.
    QLineEdit* m_file = nullptr;
    QComboBox* m_entity = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QComboBox* m_header = nullptr;
    QComboBox* m_framework = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_target = nullptr;
    QLabel* m_entityHint = nullptr;
    QLabel* m_fileProblem = nullptr;
    // Second page.
    QLabel* m_detected = nullptr;
    QTableWidget* m_columns = nullptr;
    QLabel* m_columnsMessage = nullptr;
    // Third page.
    PreviewModel* m_previewModel = nullptr;
    QTableView* m_previewTable = nullptr;
    QPushButton* m_check = nullptr;
    QLabel* m_checkSummary = nullptr;
    QTreeWidget* m_errorList = nullptr;
};

} // namespace crosswalk
