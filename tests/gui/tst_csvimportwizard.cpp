// The CSV import wizard on its own: the file page reads the start of the file, the columns page maps
// the file's columns to fields (detected from the header, required fields gating Next), the preview page
// shows the first rows as read and the errors the checker reports for every row.
#include "tests/gui/FakeDialogProvider.h"
#include "ui/dialogs/CsvImportWizard.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace crosswalk;

namespace {
QStringList g_warnings;
QtMessageHandler g_previous = nullptr;

void recordWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    // The offscreen platform says this of every top-level window whose minimum size changes.
    const bool platformNotice = message == QLatin1String("This plugin does not support propagateSizeHints()");
    if ((type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) && !platformNotice)
        g_warnings << message;
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

class TestCsvImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void browseFillsTheFile();
    void unreadableFileStaysOnTheFirstPage();
    void columnsAreDetectedFromTheHeader();
    void requiredFieldsGateNext();
    void frameworkColumnIsRequiredWithoutAFrameworkChoice();
    void mappingColumnsAreDetected();
    void previewShowsTheFirstRowsAsRead();
    void checkerErrorsAreListedAndMarked();
    void checkerFailureKeepsFinishDisabled();

private:
    QString writeFile(const QString& name, const QByteArray& content);
    /// A wizard over the file, shown, on its first page.
    void open(const QString& path);
    bool nextEnabled() const { return m_wizard->button(QWizard::NextButton)->isEnabled(); }
    bool finishEnabled() const { return m_wizard->button(QWizard::FinishButton)->isEnabled(); }

    QTemporaryDir m_dir;
    test::FakeDialogProvider m_dialogs;
    std::unique_ptr<CsvImportWizard> m_wizard;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    /// What the checker was asked and what it answers.
    QString m_checkedPath;
    CsvImport::Options m_checkedOptions;
    int m_checks = 0;
    Result<CsvImport::Outcome> m_answer = CsvImport::Outcome();
};

void TestCsvImportWizard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    g_previous = qInstallMessageHandler(recordWarnings);
}

void TestCsvImportWizard::init()
{
    g_warnings.clear();
    m_checks = 0;
    m_checkedPath.clear();
    CsvImport::Outcome clean;
    clean.rows = 2;
    m_answer = clean;
}

void TestCsvImportWizard::cleanup()
{
    m_tester.reset();
    m_wizard.reset();
    QCOMPARE(g_warnings, QStringList());
}

QString TestCsvImportWizard::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qWarning("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

void TestCsvImportWizard::open(const QString& path)
{
    const QList<QPair<QString, QString>> frameworks{{QStringLiteral("FW-A"), QStringLiteral("Framework A")},
                                                    {QStringLiteral("FW-B"), QStringLiteral("Framework B")}};
    m_wizard = std::make_unique<CsvImportWizard>(
        frameworks, m_dialogs,
        [this](const QString& file, const CsvImport::Options& options, const Progress& progress) {
            ++m_checks;
            m_checkedPath = file;
            m_checkedOptions = options;
            reportProgress(progress, 1, 2);
            return m_answer;
        });
    auto* table = m_wizard->findChild<QTableView*>(QStringLiteral("csvPreviewTable"));
    if (table)
        m_tester = std::make_unique<QAbstractItemModelTester>(table->model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_wizard->setFilePath(path);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    QCOMPARE(m_wizard->currentId(), int(CsvImportWizard::FilePage));
}

void TestCsvImportWizard::browseFillsTheFile()
{
    open(QString());
    QVERIFY(!nextEnabled());
    const QString path = writeFile(QStringLiteral("browse.csv"), "code,title_en\nA1,Alpha\n");
    m_dialogs.nextOpenFileName = path;
    auto* browse = m_wizard->findChild<QPushButton*>(QStringLiteral("csvBrowseButton"));
    QVERIFY(browse);
    browse->click();
    QCOMPARE(QDir::fromNativeSeparators(m_wizard->filePath()), path);
    QVERIFY(nextEnabled());
}

void TestCsvImportWizard::unreadableFileStaysOnTheFirstPage()
{
    open(m_dir.filePath(QStringLiteral("missing.csv")));
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(CsvImportWizard::FilePage));
    auto* problem = m_wizard->findChild<QLabel*>(QStringLiteral("csvFileProblem"));
    QVERIFY(problem && problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("missing.csv")), qPrintable(problem->text()));
    QCOMPARE(m_checks, 0);
}

void TestCsvImportWizard::columnsAreDetectedFromTheHeader()
{
    open(writeFile(QStringLiteral("header.csv"), "Code;Title (English);Notes to self;summary_en\n"
                                                 "A1;Alpha;x;First\nA2;Beta;y;Second\n"));
    auto* framework = m_wizard->findChild<QComboBox*>(QStringLiteral("csvFrameworkCombo"));
    QVERIFY(framework && framework->isVisible());
    framework->setCurrentIndex(framework->findData(QStringLiteral("FW-A")));
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(CsvImportWizard::ColumnsPage));

    QVERIFY(m_wizard->preview().hasHeader);
    QCOMPARE(m_wizard->preview().delimiter, QLatin1Char(';'));
    QCOMPARE(m_wizard->columnField(0), QStringLiteral("code"));
    QCOMPARE(m_wizard->columnField(1), QStringLiteral("title_en"));
    QCOMPARE(m_wizard->columnField(2), QString());
    QCOMPARE(m_wizard->columnField(3), QStringLiteral("summary_en"));

    // The table lists each column with its header and first values.
    auto* columns = m_wizard->findChild<QTableWidget*>(QStringLiteral("csvColumnsTable"));
    QVERIFY(columns);
    QCOMPARE(columns->rowCount(), 4);
    QCOMPARE(columns->item(2, 0)->text(), QStringLiteral("Notes to self"));
    QVERIFY2(columns->item(0, 1)->text().contains(QStringLiteral("A1")), qPrintable(columns->item(0, 1)->text()));
    QVERIFY(columns->item(0, 1)->text().contains(QStringLiteral("A2")));
    QVERIFY(nextEnabled());

    const CsvImport::Options options = m_wizard->options();
    QCOMPARE(options.frameworkCode, QStringLiteral("FW-A"));
    QCOMPARE(options.columns.value(QStringLiteral("code"), -1), 0);
    QCOMPARE(options.columns.value(QStringLiteral("title_en"), -1), 1);
    QCOMPARE(options.columns.value(QStringLiteral("summary_en"), -1), 3);
    QCOMPARE(options.columns.size(), 3);
    QCOMPARE(options.delimiter, QLatin1Char(';'));
    QCOMPARE(options.hasHeader, std::optional<bool>(true));
}

void TestCsvImportWizard::requiredFieldsGateNext()
{
    open(writeFile(QStringLiteral("gate.csv"), "code,title_en\nA1,Alpha\n"));
    auto* framework = m_wizard->findChild<QComboBox*>(QStringLiteral("csvFrameworkCombo"));
    framework->setCurrentIndex(framework->findData(QStringLiteral("FW-B")));
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(CsvImportWizard::ColumnsPage));
    QVERIFY(nextEnabled());

    auto* message = m_wizard->findChild<QLabel*>(QStringLiteral("csvColumnsMessage"));
    QVERIFY(message);
    m_wizard->setColumnField(1, QString());
    QVERIFY(!nextEnabled());
    QCOMPARE(m_wizard->missingRequiredFields(), QStringList{QStringLiteral("Title (English)")});
    QVERIFY2(message->text().contains(QStringLiteral("Title (English)")), qPrintable(message->text()));
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(CsvImportWizard::ColumnsPage));

    // One field for two columns is refused too.
    m_wizard->setColumnField(1, QStringLiteral("code"));
    QVERIFY(!nextEnabled());
    QVERIFY2(message->text().contains(QStringLiteral("several columns")), qPrintable(message->text()));

    // Through the combo box, as a user does.
    auto* combo = m_wizard->findChild<QComboBox*>(QStringLiteral("csvColumnField_1"));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(QStringLiteral("title_en")));
    QVERIFY(combo->currentText().endsWith(QLatin1Char('*'))); // required fields are marked
    QVERIFY(nextEnabled());
    QCOMPARE(m_wizard->missingRequiredFields(), QStringList());
}

void TestCsvImportWizard::frameworkColumnIsRequiredWithoutAFrameworkChoice()
{
    open(writeFile(QStringLiteral("noframework.csv"), "code,title_en\nA1,Alpha\n"));
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(CsvImportWizard::ColumnsPage));
    QVERIFY(!nextEnabled());
    QCOMPARE(m_wizard->missingRequiredFields(), QStringList{QStringLiteral("Framework")});

    // Back, choose the framework for every row, and the columns suffice.
    m_wizard->back();
    auto* framework = m_wizard->findChild<QComboBox*>(QStringLiteral("csvFrameworkCombo"));
    framework->setCurrentIndex(framework->findData(QStringLiteral("FW-A")));
    m_wizard->next();
    QVERIFY(nextEnabled());
}

void TestCsvImportWizard::mappingColumnsAreDetected()
{
    open(writeFile(QStringLiteral("mappings.csv"), "source_code\ttarget_code\trelationship\n1.1\tC1\tequal\n"));
    m_wizard->setEntity(CsvImport::Entity::Mappings);
    auto* source = m_wizard->findChild<QComboBox*>(QStringLiteral("csvSourceFrameworkCombo"));
    auto* target = m_wizard->findChild<QComboBox*>(QStringLiteral("csvTargetFrameworkCombo"));
    QVERIFY(source && source->isVisible());
    QVERIFY(target && target->isVisible());
    QVERIFY(!m_wizard->findChild<QComboBox*>(QStringLiteral("csvFrameworkCombo"))->isVisible());
    source->setCurrentIndex(source->findData(QStringLiteral("FW-A")));
    target->setCurrentIndex(target->findData(QStringLiteral("FW-B")));
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(CsvImportWizard::ColumnsPage));
    QCOMPARE(m_wizard->preview().delimiter, QLatin1Char('\t'));
    QCOMPARE(m_wizard->columnField(0), QStringLiteral("source_code"));
    QCOMPARE(m_wizard->columnField(1), QStringLiteral("target_code"));
    QCOMPARE(m_wizard->columnField(2), QStringLiteral("relationship"));
    QVERIFY(nextEnabled());
    const CsvImport::Options options = m_wizard->options();
    QCOMPARE(options.entity, CsvImport::Entity::Mappings);
    QCOMPARE(options.sourceFrameworkCode, QStringLiteral("FW-A"));
    QCOMPARE(options.targetFrameworkCode, QStringLiteral("FW-B"));
}

void TestCsvImportWizard::previewShowsTheFirstRowsAsRead()
{
    const QString path = writeFile(QStringLiteral("preview.csv"), "code,ignored,title_en\nA1,x,Alpha\nA2,y,Beta\n");
    open(path);
    auto* framework = m_wizard->findChild<QComboBox*>(QStringLiteral("csvFrameworkCombo"));
    framework->setCurrentIndex(framework->findData(QStringLiteral("FW-A")));
    m_wizard->next();
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(CsvImportWizard::PreviewPage));

    // Entering the page checked every row with the wizard's options.
    QCOMPARE(m_checks, 1);
    QCOMPARE(m_checkedPath, path);
    QCOMPARE(m_checkedOptions.frameworkCode, QStringLiteral("FW-A"));
    QCOMPARE(m_checkedOptions.columns.value(QStringLiteral("title_en"), -1), 2);
    QVERIFY(m_wizard->isChecked());
    QVERIFY(finishEnabled());

    const QAbstractItemModel* model = m_wizard->findChild<QTableView*>(QStringLiteral("csvPreviewTable"))->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->columnCount(), 3); // line, code, title
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Code"));
    QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Title (English)"));
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("2"));
    QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("A1"));
    QCOMPARE(model->index(1, 2).data().toString(), QStringLiteral("Beta"));

    // "Check all rows" asks again.
    m_wizard->findChild<QPushButton*>(QStringLiteral("csvCheckButton"))->click();
    QCOMPARE(m_checks, 2);
}

void TestCsvImportWizard::checkerErrorsAreListedAndMarked()
{
    CsvImport::Outcome outcome;
    outcome.rows = 2;
    outcome.errors << CsvImport::RowError{3, 2, QStringLiteral("title_en"),
                                          QStringLiteral("Title (English): is required")};
    outcome.errorCount = 1;
    m_answer = outcome;
    open(writeFile(QStringLiteral("errors.csv"), "code,title_en\nA1,Alpha\nA2,\n"));
    auto* framework = m_wizard->findChild<QComboBox*>(QStringLiteral("csvFrameworkCombo"));
    framework->setCurrentIndex(framework->findData(QStringLiteral("FW-A")));
    m_wizard->next();
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(CsvImportWizard::PreviewPage));
    QVERIFY(!m_wizard->isChecked());
    QVERIFY(!finishEnabled());

    auto* errors = m_wizard->findChild<QTreeWidget*>(QStringLiteral("csvErrorList"));
    QVERIFY(errors);
    QCOMPARE(errors->topLevelItemCount(), 1);
    const QTreeWidgetItem* error = errors->topLevelItem(0);
    QCOMPARE(error->text(0), QStringLiteral("3"));
    QCOMPARE(error->text(1), QStringLiteral("2"));
    QCOMPARE(error->text(2), QStringLiteral("Title (English)"));
    QCOMPARE(error->text(3), QStringLiteral("Title (English): is required"));

    // The wrong cell carries a mark and the message, not colour alone; so does its line.
    const QAbstractItemModel* model = m_wizard->findChild<QTableView*>(QStringLiteral("csvPreviewTable"))->model();
    const QModelIndex cell = model->index(1, 2);
    QVERIFY2(cell.data().toString().startsWith(QStringLiteral("\u26a0")), qPrintable(cell.data().toString()));
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), QStringLiteral("Title (English): is required"));
    QVERIFY(model->index(1, 0).data().toString().startsWith(QStringLiteral("\u26a0")));
    QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("Alpha"));
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("2"));

    auto* summary = m_wizard->findChild<QLabel*>(QStringLiteral("csvCheckSummary"));
    QVERIFY2(summary->text().contains(QStringLiteral("1 error")), qPrintable(summary->text()));

    // Choosing the error shows its cell.
    auto* table = m_wizard->findChild<QTableView*>(QStringLiteral("csvPreviewTable"));
    errors->setCurrentItem(errors->topLevelItem(0));
    QCOMPARE(table->currentIndex(), cell);

    // Once the file is corrected, checking again enables Finish.
    m_answer = CsvImport::Outcome();
    m_wizard->findChild<QPushButton*>(QStringLiteral("csvCheckButton"))->click();
    QCOMPARE(errors->topLevelItemCount(), 0);
    QVERIFY(finishEnabled());
    QCOMPARE(model->index(1, 2).data().toString(), QString());
}

void TestCsvImportWizard::checkerFailureKeepsFinishDisabled()
{
    m_answer = Result<CsvImport::Outcome>::failure(QStringLiteral("fail.csv: required columns missing: Code"));
    open(writeFile(QStringLiteral("fail.csv"), "code,title_en\nA1,Alpha\n"));
    auto* framework = m_wizard->findChild<QComboBox*>(QStringLiteral("csvFrameworkCombo"));
    framework->setCurrentIndex(framework->findData(QStringLiteral("FW-A")));
    m_wizard->next();
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(CsvImportWizard::PreviewPage));
    QVERIFY(!finishEnabled());
    QCOMPARE(m_wizard->checkFailure(), QStringLiteral("fail.csv: required columns missing: Code"));
    auto* summary = m_wizard->findChild<QLabel*>(QStringLiteral("csvCheckSummary"));
    QVERIFY(summary->text().contains(QStringLiteral("required columns missing")));

    // Back and forth checks again.
    m_answer = CsvImport::Outcome();
    m_wizard->back();
    m_wizard->next();
    QCOMPARE(m_checks, 2);
    QVERIFY(finishEnabled());
}

QTEST_MAIN(TestCsvImportWizard)
#include "tst_csvimportwizard.moc"
