// The Reports page: the choosers list the database's dialogues and the languages, formats, papers and
// markings; Save writes the brief in the chosen format (PDF, HTML) and says so in the status line, an
// unwritable path shows an error and writes nothing, a cancel leaves no file; Preview and Print
// compose the brief and paint it on a QPrinter (set to PDF output here, through the page's dialog
// seams), and an empty database leaves nothing to do.

#include "models/storage/DialogueRepository.h"
#include "tests/gui/PageFixture.h"
#include "ui/views/ReportsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace crosswalk;
using test::PageFixture;

namespace {

/// The page with its dialogs replaced: the preview and the print dialog set the printer to write a
/// PDF file instead of showing themselves, and the progress can be cancelled at a given page.
class TestableReportsPage : public ReportsPage
{
public:
    using ReportsPage::ReportsPage;

    QString printerOutput; ///< the PDF file the "printer" writes
    bool acceptPrintDialog = true;
    int previewCount = 0;
    int printDialogCount = 0;
    QPageSize::PageSizeId printerPaper = QPageSize::Custom;
    int cancelAtPage = 0; ///< 0: never
    int progressCalls = 0;
    QString progressName; ///< objectName of the progress dialog
    QWidget* progressParent = nullptr;
    bool realDialogs = false; ///< show the real dialogs (the test closes them)
    int paintCount = 0;

protected:
    void execPreviewDialog(QPrinter& printer, const std::function<void(QPrinter*)>& paint) override
    {
        ++previewCount;
        printerPaper = printer.pageLayout().pageSize().id();
        if (realDialogs) {
            ReportsPage::execPreviewDialog(printer, [this, paint](QPrinter* target) {
                ++paintCount;
                paint(target);
            });
            return;
        }
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printerOutput);
        paint(&printer);
    }

    bool execPrintDialog(QPrinter& printer) override
    {
        ++printDialogCount;
        printerPaper = printer.pageLayout().pageSize().id();
        if (realDialogs)
            return ReportsPage::execPrintDialog(printer);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printerOutput);
        return acceptPrintDialog;
    }

    bool advanceProgress(QProgressDialog& dialog, int page, int pageCount) override
    {
        ++progressCalls;
        progressName = dialog.objectName();
        progressParent = dialog.parentWidget();
        if (cancelAtPage > 0 && page >= cancelAtPage)
            dialog.cancel(); // what the Cancel button does
        return ReportsPage::advanceProgress(dialog, page, pageCount);
    }
};

QStringList itemTexts(const QComboBox* box)
{
    QStringList texts;
    for (int i = 0; i < box->count(); ++i)
        texts << box->itemText(i);
    return texts;
}

QStringList itemKeys(const QComboBox* box)
{
    QStringList keys;
    for (int i = 0; i < box->count(); ++i)
        keys << box->itemData(i).toString();
    return keys;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void choose(QComboBox* box, const QString& key)
{
    const int index = box->findData(key);
    QVERIFY2(index >= 0, qPrintable(key));
    box->setCurrentIndex(index);
}

} // namespace

class TestReportsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void choosersListDialoguesAndOptions();
    void paperOnlyForPdf();
    void showRecordChoosesTheDialogue();
    void summaryDescribesTheDialogue();
    void requestFollowsTheControls();
    void suggestedFileName();
    void saveWritesPdf();
    void saveAddsTheSuffix();
    void saveCancelledWritesNothing();
    void unwritablePathShowsErrorAndWritesNothing();
    void htmlEscapesTheDialogueTitle();
    void previewPaintsOnThePrinter();
    void printPaintsOnTheChosenPrinter();
    void printDialogCancelledPrintsNothing();
    void cancelDuringSaveLeavesNoFile();
    void realDialogsOpenAndClose();
    void emptyDatabaseLeavesNothingToDo();
    void listFollowsDatabaseChanges();
    void screenshot();

private:
    template <typename T> T* child(const char* name) const
    {
        auto* widget = m_page->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    QComboBox* box(const char* name) const { return child<QComboBox>(name); }
    QString status() const { return child<QLabel>("briefStatus")->text(); }

    std::unique_ptr<PageFixture> m_fixture;
    std::unique_ptr<TestableReportsPage> m_page;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestReportsPage::initTestCase()
{
    PageFixture::useTestSettings();
}

void TestReportsPage::init()
{
    m_fixture = std::make_unique<PageFixture>();
    m_fixture->preferences.setAuthorName(QStringLiteral("Test Author"));
    m_page = std::make_unique<TestableReportsPage>(m_fixture->context);
    m_page->resize(900, 600);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_page->printerOutput = m_dir->filePath(QStringLiteral("printer.pdf"));
}

void TestReportsPage::cleanup()
{
    m_page.reset();
    m_fixture.reset();
    m_dir.reset();
}

void TestReportsPage::choosersListDialoguesAndOptions()
{
    // Every dialogue, newest first: the one whose date is to be confirmed (the next round) on top.
    const QStringList dialogues = itemTexts(box("briefDialogue"));
    QCOMPARE(dialogues.size(), DialogueRepository(m_fixture->database.db()).dialogues().size());
    QCOMPARE(dialogues, (QStringList{
                             QStringLiteral("JP-NATO-CD2 — 2nd Japan-NATO Cyber Dialogue (to be confirmed)"),
                             QStringLiteral("JP-NATO-MISSION2025 — Independent Mission of Japan to NATO opens (%1)")
                                 .arg(QLocale().toString(QDate(2025, 1, 16), QLocale::ShortFormat)),
                         } +
                         dialogues.mid(2)));
    const QStringList codes = [&] {
        QStringList list;
        for (const QString& text : dialogues)
            list << text.section(QStringLiteral(" — "), 0, 0);
        return list;
    }();
    QCOMPARE(codes, (QStringList{QStringLiteral("JP-NATO-CD2"), QStringLiteral("JP-NATO-MISSION2025"),
                                 QStringLiteral("JP-NATO-WAS2024"), QStringLiteral("JP-NATO-CD1"),
                                 QStringLiteral("JP-NATO-ITPP2023"), QStringLiteral("JP-NATO-JS2023"),
                                 QStringLiteral("JP-NATO-ST2019")}));
    // The default: the latest dated dialogue.
    QCOMPARE(m_page->dialogueId(), m_fixture->idOf(QStringLiteral("dialogues"), QStringLiteral("JP-NATO-MISSION2025")));

    QCOMPARE(itemTexts(box("briefLanguage")), (QStringList{QStringLiteral("English"), QStringLiteral("Japanese"),
                                                           QStringLiteral("English + Japanese")}));
    QCOMPARE(itemKeys(box("briefLanguage")),
             (QStringList{QStringLiteral("en"), QStringLiteral("ja"), QStringLiteral("en+ja")}));
    QCOMPARE(itemKeys(box("briefFormat")),
             (QStringList{QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("html")}));
    QCOMPARE(itemTexts(box("briefPaper")), (QStringList{QStringLiteral("A4"), QStringLiteral("US Letter")}));
    const QStringList levels{QStringLiteral("TLP:CLEAR"), QStringLiteral("TLP:GREEN"), QStringLiteral("TLP:AMBER"),
                             QStringLiteral("TLP:AMBER+STRICT"), QStringLiteral("TLP:RED")};
    QCOMPARE(itemTexts(box("briefMaxMarking")), QStringList{QStringLiteral("Everything")} + levels);
    QCOMPARE(itemTexts(box("briefMinMarking")), QStringList{QStringLiteral("As the content requires")} + levels);
    QCOMPARE(box("briefMaxMarking")->currentIndex(), 0);
    QCOMPARE(box("briefMinMarking")->currentIndex(), 0);
    for (const char* button : {"previewButton", "printButton", "saveButton"})
        QVERIFY2(child<QPushButton>(button)->isEnabled(), button);
}

void TestReportsPage::paperOnlyForPdf()
{
    QVERIFY(box("briefPaper")->isEnabled());
    choose(box("briefFormat"), QStringLiteral("odt"));
    QVERIFY(!box("briefPaper")->isEnabled());
    choose(box("briefFormat"), QStringLiteral("html"));
    QVERIFY(!box("briefPaper")->isEnabled());
    choose(box("briefFormat"), QStringLiteral("pdf"));
    QVERIFY(box("briefPaper")->isEnabled());
}

void TestReportsPage::showRecordChoosesTheDialogue()
{
    QCOMPARE(m_page->tables(), QStringList{QStringLiteral("dialogues")});
    QCOMPARE(m_page->currentTable(), QString());
    const qint64 first = m_fixture->idOf(QStringLiteral("dialogues"), QStringLiteral("JP-NATO-CD1"));
    QVERIFY(m_page->showRecord(QStringLiteral("dialogues"), first));
    QCOMPARE(m_page->dialogueId(), first);
    QVERIFY(box("briefDialogue")->currentText().startsWith(QStringLiteral("JP-NATO-CD1 — ")));
    QVERIFY(!m_page->showRecord(QStringLiteral("dialogues"), 9999));
    QVERIFY(!m_page->showRecord(QStringLiteral("gaps"), 1));
    QCOMPARE(m_page->dialogueId(), first);
}

void TestReportsPage::summaryDescribesTheDialogue()
{
    QVERIFY(m_page->showRecord(QStringLiteral("dialogues"),
                               m_fixture->idOf(QStringLiteral("dialogues"), QStringLiteral("JP-NATO-CD2"))));
    const QString summary = child<QLabel>("briefSummary")->text();
    QVERIFY2(summary.contains(QStringLiteral("to be confirmed")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Brussels")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Japan")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("North Atlantic Treaty Organization")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("TLP:GREEN")), qPrintable(summary));

    QVERIFY(m_page->showRecord(QStringLiteral("dialogues"),
                               m_fixture->idOf(QStringLiteral("dialogues"), QStringLiteral("JP-NATO-CD1"))));
    const QString dated = child<QLabel>("briefSummary")->text();
    QVERIFY2(!dated.contains(QStringLiteral("to be confirmed")), qPrintable(dated));
    QVERIFY2(dated.contains(QLocale().toString(QDate(2023, 11, 21), QLocale::ShortFormat)), qPrintable(dated));
}

void TestReportsPage::requestFollowsTheControls()
{
    BriefRequest request = m_page->request();
    QCOMPARE(request.dialogueId, m_page->dialogueId());
    QCOMPARE(request.language, DocumentLanguage::English);
    QCOMPARE(request.format, DocumentFormat::Pdf);
    QCOMPARE(request.paper, PaperSize::A4);
    QCOMPARE(request.maxMarking, std::optional<Tlp>());
    QCOMPARE(request.minimumMarking, std::optional<Tlp>());
    QCOMPARE(request.author, QStringLiteral("Test Author"));
    QCOMPARE(request.generatedOn, QDate::currentDate());

    choose(box("briefLanguage"), QStringLiteral("en+ja"));
    choose(box("briefFormat"), QStringLiteral("odt"));
    choose(box("briefPaper"), QStringLiteral("letter"));
    choose(box("briefMaxMarking"), QStringLiteral("AMBER"));
    choose(box("briefMinMarking"), QStringLiteral("GREEN"));
    request = m_page->request();
    QCOMPARE(request.language, DocumentLanguage::Bilingual);
    QCOMPARE(request.format, DocumentFormat::Odt);
    QCOMPARE(request.paper, PaperSize::Letter);
    QCOMPARE(request.maxMarking, std::optional<Tlp>(Tlp::Amber));
    QCOMPARE(request.minimumMarking, std::optional<Tlp>(Tlp::Green));
}

void TestReportsPage::suggestedFileName()
{
    QCOMPARE(m_page->suggestedFileName(), QStringLiteral("brief-JP-NATO-MISSION2025-en.pdf"));
    choose(box("briefLanguage"), QStringLiteral("en+ja"));
    choose(box("briefFormat"), QStringLiteral("html"));
    QVERIFY(m_page->showRecord(QStringLiteral("dialogues"),
                               m_fixture->idOf(QStringLiteral("dialogues"), QStringLiteral("JP-NATO-CD2"))));
    QCOMPARE(m_page->suggestedFileName(), QStringLiteral("brief-JP-NATO-CD2-en+ja.html"));
}

void TestReportsPage::saveWritesPdf()
{
    QVERIFY(m_page->showRecord(QStringLiteral("dialogues"),
                               m_fixture->idOf(QStringLiteral("dialogues"), QStringLiteral("JP-NATO-CD2"))));
    const QString path = m_dir->filePath(QStringLiteral("brief.pdf"));
    m_fixture->dialogs.nextSaveFileName = path;
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);

    QCOMPARE(m_fixture->dialogs.criticals, QStringList());
    QVERIFY(fileBytes(path).startsWith("%PDF-"));
    QVERIFY2(status().startsWith(QStringLiteral("Saved %1 (").arg(path)), qPrintable(status()));
    QVERIFY2(status().contains(QStringLiteral(" page")), qPrintable(status()));
    QVERIFY2(status().endsWith(QStringLiteral("TLP:GREEN)")), qPrintable(status()));
    // The progress went through the page's progress dialog, page by page.
    QVERIFY(m_page->progressCalls > 0);
    QCOMPARE(m_page->progressName, QStringLiteral("briefProgress"));
    QCOMPARE(m_page->progressParent, static_cast<QWidget*>(m_page.get()));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("brief.pdf")});
}

void TestReportsPage::saveAddsTheSuffix()
{
    choose(box("briefFormat"), QStringLiteral("html"));
    const QString path = m_dir->filePath(QStringLiteral("brief"));
    m_fixture->dialogs.nextSaveFileName = path;
    m_page->save();
    QCOMPARE(m_fixture->dialogs.criticals, QStringList());
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(QString::fromUtf8(fileBytes(path + QStringLiteral(".html"))).contains(QStringLiteral("<html")));
    QCOMPARE(status(), QStringLiteral("Saved %1.html (TLP:CLEAR)").arg(path));
}

void TestReportsPage::saveCancelledWritesNothing()
{
    m_fixture->dialogs.nextSaveFileName.clear(); // the user cancels the file dialog
    m_page->save();
    QCOMPARE(m_fixture->dialogs.criticals, QStringList());
    QCOMPARE(status(), QString());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestReportsPage::unwritablePathShowsErrorAndWritesNothing()
{
    const QString path = m_dir->filePath(QStringLiteral("missing/brief.pdf"));
    m_fixture->dialogs.nextSaveFileName = path;
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(m_fixture->dialogs.criticals.size(), 1);
    QVERIFY2(m_fixture->dialogs.criticals.constFirst().contains(path),
             qPrintable(m_fixture->dialogs.criticals.constFirst()));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!status().startsWith(QStringLiteral("Saved")));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void TestReportsPage::htmlEscapesTheDialogueTitle()
{
    const qint64 id = m_fixture->idOf(QStringLiteral("dialogues"), QStringLiteral("JP-NATO-CD2"));
    const QString title = QStringLiteral("<b>Round</b> two & \"more\"");
    QVERIFY(RecordStore(m_fixture->database.db())
                .update(QStringLiteral("dialogues"), id, {{QStringLiteral("title_en"), title}}));
    m_fixture->database.db().notifyChanged(QStringLiteral("dialogues"));
    QTRY_VERIFY(box("briefDialogue")->itemText(box("briefDialogue")->findData(id)).contains(title));

    QVERIFY(m_page->showRecord(QStringLiteral("dialogues"), id));
    choose(box("briefFormat"), QStringLiteral("html"));
    const QString path = m_dir->filePath(QStringLiteral("brief.html"));
    m_fixture->dialogs.nextSaveFileName = path;
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(m_fixture->dialogs.criticals, QStringList());
    const QString html = QString::fromUtf8(fileBytes(path));
    QVERIFY2(html.contains(QStringLiteral("&lt;b&gt;Round&lt;/b&gt; two &amp;")), qPrintable(html.left(2000)));
    QVERIFY(!html.contains(QStringLiteral("<b>Round</b>")));
    QCOMPARE(status(), QStringLiteral("Saved %1 (TLP:GREEN)").arg(path));
}

void TestReportsPage::previewPaintsOnThePrinter()
{
    choose(box("briefPaper"), QStringLiteral("letter"));
    QTest::mouseClick(child<QPushButton>("previewButton"), Qt::LeftButton);
    QCOMPARE(m_page->previewCount, 1);
    QCOMPARE(m_page->printerPaper, QPageSize::Letter);
    QCOMPARE(m_fixture->dialogs.criticals, QStringList());
    const QByteArray pdf = fileBytes(m_page->printerOutput);
    QVERIFY2(pdf.startsWith("%PDF-"), pdf.left(16).constData());
    QVERIFY(pdf.size() > 1000);
    QCOMPARE(m_page->printDialogCount, 0);
}

void TestReportsPage::printPaintsOnTheChosenPrinter()
{
    QTest::mouseClick(child<QPushButton>("printButton"), Qt::LeftButton);
    QCOMPARE(m_page->printDialogCount, 1);
    QCOMPARE(m_page->printerPaper, QPageSize::A4);
    QCOMPARE(m_fixture->dialogs.criticals, QStringList());
    QVERIFY(fileBytes(m_page->printerOutput).startsWith("%PDF-"));
    QVERIFY(m_page->progressCalls > 0);
    QVERIFY2(status().startsWith(QStringLiteral("Printed ")), qPrintable(status()));
    QVERIFY2(status().endsWith(QStringLiteral("(TLP:CLEAR).")), qPrintable(status()));
}

void TestReportsPage::printDialogCancelledPrintsNothing()
{
    m_page->acceptPrintDialog = false;
    QTest::mouseClick(child<QPushButton>("printButton"), Qt::LeftButton);
    QCOMPARE(m_page->printDialogCount, 1);
    QCOMPARE(m_page->progressCalls, 0);
    QVERIFY(!QFileInfo::exists(m_page->printerOutput));
    QCOMPARE(status(), QString());
}

void TestReportsPage::cancelDuringSaveLeavesNoFile()
{
    const QString path = m_dir->filePath(QStringLiteral("brief.pdf"));
    m_fixture->dialogs.nextSaveFileName = path;
    m_page->cancelAtPage = 1;
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(m_page->progressCalls, 1);
    QCOMPARE(m_fixture->dialogs.criticals, QStringList());
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    QVERIFY2(status().contains(QStringLiteral("cancelled")), qPrintable(status()));

    // An existing file stays as it was.
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old brief");
    }
    m_fixture->dialogs.nextSaveFileName = path;
    m_page->save();
    QCOMPARE(fileBytes(path), QByteArray("old brief"));
}

void TestReportsPage::realDialogsOpenAndClose()
{
    // The production dialogs, closed by the test as soon as they run: the preview paints the brief
    // into its pages; a closed print dialog prints nothing.
    m_page->realDialogs = true;
    QStringList shown;
    const auto closeDialog = [&shown] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (dialog) {
            shown << QString::fromLatin1(dialog->metaObject()->className());
            const QString out = qEnvironmentVariable("CROSSWALK_SCREENSHOT_DIR");
            if (!out.isEmpty())
                dialog->grab().save(QDir(out).filePath(QStringLiteral("reports-%1.png").arg(shown.size())));
            dialog->close();
        }
    };
    QTimer::singleShot(0, m_page.get(), closeDialog);
    m_page->preview();
    QCOMPARE(shown, QStringList{QStringLiteral("QPrintPreviewDialog")});
    QVERIFY(m_page->paintCount >= 1);
    QCOMPARE(m_fixture->dialogs.criticals, QStringList());

    QTimer::singleShot(0, m_page.get(), closeDialog);
    m_page->print();
    QCOMPARE(shown.size(), 2);
    QVERIFY2(shown.constLast().contains(QStringLiteral("PrintDialog")), qPrintable(shown.constLast()));
    QCOMPARE(m_page->progressCalls, 0);
    QCOMPARE(status(), QString());
    QCOMPARE(m_fixture->dialogs.criticals, QStringList());
}

void TestReportsPage::emptyDatabaseLeavesNothingToDo()
{
    test::TestDatabase empty(test::TestDatabase::Content::ReferenceData);
    m_fixture->context.setDatabase(&empty.db());
    QCOMPARE(box("briefDialogue")->count(), 0);
    QCOMPARE(m_page->dialogueId(), 0);
    for (const char* button : {"previewButton", "printButton", "saveButton"})
        QVERIFY2(!child<QPushButton>(button)->isEnabled(), button);
    QVERIFY(child<QLabel>("briefSummary")->text().contains(QStringLiteral("no dialogues")));

    // Called anyway (a shortcut): a message, no file dialog, no file.
    m_fixture->dialogs.nextSaveFileName = m_dir->filePath(QStringLiteral("brief.pdf"));
    m_page->save();
    QCOMPARE(m_fixture->dialogs.criticals.size(), 1);
    QCOMPARE(m_fixture->dialogs.nextSaveFileName, m_dir->filePath(QStringLiteral("brief.pdf")));
    m_page->preview();
    QCOMPARE(m_page->previewCount, 0);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList());

    m_fixture->context.setDatabase(nullptr);
    QCOMPARE(box("briefDialogue")->count(), 0);
    QCOMPARE(child<QLabel>("briefSummary")->text(), QStringLiteral("No database is open."));
    m_fixture->context.setDatabase(&m_fixture->database.db());
    QCOMPARE(box("briefDialogue")->count(), 7);
}

void TestReportsPage::listFollowsDatabaseChanges()
{
    const qint64 chosen = m_fixture->idOf(QStringLiteral("dialogues"), QStringLiteral("JP-NATO-CD1"));
    QVERIFY(m_page->showRecord(QStringLiteral("dialogues"), chosen));
    Dialogue added;
    added.code = QStringLiteral("JP-NATO-CD3");
    added.titleEn = QStringLiteral("3rd Japan-NATO Cyber Dialogue");
    added.dialogueDate = QStringLiteral("2030-05-01");
    QVERIFY(DialogueRepository(m_fixture->database.db()).insert(added));
    QTRY_COMPARE(box("briefDialogue")->count(), 8);
    QVERIFY(box("briefDialogue")->itemText(1).startsWith(QStringLiteral("JP-NATO-CD3 — ")));
    // The choice stays.
    QCOMPARE(m_page->dialogueId(), chosen);
}

void TestReportsPage::screenshot()
{
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    const QString out = qEnvironmentVariable("CROSSWALK_SCREENSHOT_DIR");
    if (!out.isEmpty())
        QVERIFY(m_page->grab().save(QDir(out).filePath(QStringLiteral("reports-page.png"))));
    QVERIFY(!m_page->grab().isNull());
}

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
