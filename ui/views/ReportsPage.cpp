#include "ui/views/ReportsPage.h"

#include "models/domain/IsoDate.h"
#include "models/reports/DocumentWriter.h"
#include "models/storage/Database.h"
#include "models/storage/DialogueRepository.h"
#include "models/storage/RecordStore.h"
#include "ui/support/DialogProvider.h"
#include "ui/support/Preferences.h"
#include "ui/views/PageContext.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace crosswalk {

namespace {

/// How long saving or printing runs before its progress dialog appears.
constexpr int ProgressDelayMs = 500;
/// The widest the form grows; the page is mostly empty room otherwise.
constexpr int FormMaximumWidth = 720;

bool listsDialogues(const QString& table)
{
    static const QStringList tables{QStringLiteral("dialogues"), QStringLiteral("dialogue_parties"),
                                    QStringLiteral("parties")};
    return tables.contains(table);
}

/// Newest first; dialogues whose date is still to be confirmed (usually the next round) before all.
bool newerFirst(const Dialogue& a, const Dialogue& b)
{
    const QDate left = IsoDate::earliest(a.dialogueDate);
    const QDate right = IsoDate::earliest(b.dialogueDate);
    if (left.isValid() != right.isValid())
        return !left.isValid();
    if (left != right)
        return left > right;
    return a.code < b.code;
}

QString markingLabel(Tlp level)
{
    return QStringLiteral("TLP:") + toKey(level);
}

/// RAII wait cursor while the brief is composed.
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

} // namespace

ReportsPage::ReportsPage(PageContext& context, QWidget* parent) : WorkPage(context, parent)
{
    setObjectName(QStringLiteral("reportsPage"));
    buildForm();
    connect(&context, &PageContext::databaseChanged, this, [this](Database* database) {
        watch(database);
        reload();
    });
    watch(context.database());
    reload();
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::buildForm()
{
    auto* layout = new QVBoxLayout(this);

    auto* heading = new QLabel(tr("Dialogue brief"), this);
    heading->setObjectName(QStringLiteral("briefHeading"));
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    if (headingFont.pointSizeF() > 0)
        headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    auto* intro = new QLabel(tr("Marking banner, cover, objectives and key messages, points to raise, delegations, "
                                "key figures, changes since the previous round, commitments, gaps, programmes, "
                                "coverage chart and an appendix of mappings, in the order a delegation reads "
                                "them."),
                             this);
    intro->setWordWrap(true);
    intro->setMaximumWidth(FormMaximumWidth);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addChoice = [this, form](const QString& name, const QString& label) {
        auto* box = new QComboBox(this);
        box->setObjectName(name);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(16);
        form->addRow(label, box);
        return box;
    };
    m_dialogue = addChoice(QStringLiteral("briefDialogue"), tr("&Dialogue:"));
    m_language = addChoice(QStringLiteral("briefLanguage"), tr("&Language:"));
    m_language->addItem(tr("English"), BriefRequest::key(DocumentLanguage::English));
    m_language->addItem(tr("Japanese"), BriefRequest::key(DocumentLanguage::Japanese));
    m_language->addItem(tr("English + Japanese"), BriefRequest::key(DocumentLanguage::Bilingual));
    m_format = addChoice(QStringLiteral("briefFormat"), tr("&Format:"));
    m_format->addItem(tr("PDF"), BriefRequest::key(DocumentFormat::Pdf));
    m_format->addItem(tr("ODT (word processors)"), BriefRequest::key(DocumentFormat::Odt));
    m_format->addItem(tr("HTML (web page)"), BriefRequest::key(DocumentFormat::Html));
    m_paper = addChoice(QStringLiteral("briefPaper"), tr("&Paper:"));
    m_paper->addItem(tr("A4"), BriefRequest::key(PaperSize::A4));
    m_paper->addItem(tr("US Letter"), BriefRequest::key(PaperSize::Letter));
    m_maxMarking = addChoice(QStringLiteral("briefMaxMarking"), tr("&Include records marked up to:"));
    m_maxMarking->addItem(tr("Everything"));
    m_maxMarking->setToolTip(tr("Records marked above this level are left out; the brief then says it is a "
                                "limited version."));
    m_minMarking = addChoice(QStringLiteral("briefMinMarking"), tr("&Mark the brief at least:"));
    m_minMarking->addItem(tr("As the content requires"));
    m_minMarking->setToolTip(tr("The brief carries the highest marking of what it includes, raised to at least "
                                "this level."));
    for (const Tlp level : {Tlp::Clear, Tlp::Green, Tlp::Amber, Tlp::AmberStrict, Tlp::Red}) {
        m_maxMarking->addItem(markingLabel(level), toKey(level));
        m_minMarking->addItem(markingLabel(level), toKey(level));
    }

    auto* formHost = new QWidget(this);
    formHost->setLayout(form);
    form->setContentsMargins(0, 8, 0, 0);
    formHost->setMaximumWidth(FormMaximumWidth);
    layout->addWidget(formHost);

    // What the brief is about: the chosen dialogue's kind, date, place and parties.
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("briefSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setMaximumWidth(FormMaximumWidth);
    layout->addSpacing(4);
    layout->addWidget(m_summary);
    layout->addSpacing(4);

    auto* buttons = new QHBoxLayout;
    m_preview = new QPushButton(QIcon::fromTheme(QStringLiteral("document-print-preview")), tr("Pre&view…"), this);
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_preview->setToolTip(tr("Shows the brief as it will print, page by page"));
    m_print = new QPushButton(QIcon::fromTheme(QStringLiteral("document-print")), tr("P&rint…"), this);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_save = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("&Save…"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Writes the brief as a file in the chosen format"));
    m_save->setDefault(true);
    buttons->addWidget(m_preview);
    buttons->addWidget(m_print);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("briefStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_preview, &QPushButton::clicked, this, &ReportsPage::preview);
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::print);
    connect(m_save, &QPushButton::clicked, this, &ReportsPage::save);
    connect(m_dialogue, &QComboBox::currentIndexChanged, this, [this] {
        updateSummary();
        updateControls();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] { updateControls(); });
}

QStringList ReportsPage::tables() const
{
    return {QStringLiteral("dialogues")};
}

bool ReportsPage::showRecord(const QString& table, qint64 id)
{
    if (table != QLatin1String("dialogues"))
        return false;
    const int index = m_dialogue->findData(id);
    if (index < 0)
        return false;
    m_dialogue->setCurrentIndex(index);
    return true;
}

QString ReportsPage::currentTable() const
{
    return QString();
}

QVariantMap ReportsPage::currentRecord() const
{
    return {};
}

void ReportsPage::focusSearch()
{
    m_dialogue->setFocus(Qt::ShortcutFocusReason);
}

qint64 ReportsPage::dialogueId() const
{
    return m_dialogue->currentData().toLongLong();
}

BriefRequest ReportsPage::request() const
{
    BriefRequest request;
    request.dialogueId = dialogueId();
    request.language =
        BriefRequest::languageFromKey(m_language->currentData().toString()).value_or(DocumentLanguage::English);
    request.format = BriefRequest::formatFromKey(m_format->currentData().toString()).value_or(DocumentFormat::Pdf);
    request.paper = BriefRequest::paperFromKey(m_paper->currentData().toString()).value_or(PaperSize::A4);
    request.maxMarking = fromKey<Tlp>(m_maxMarking->currentData().toString());
    request.minimumMarking = fromKey<Tlp>(m_minMarking->currentData().toString());
    request.author = context().preferences().authorName();
    request.generatedOn = QDate::currentDate();
    return request;
}

QString ReportsPage::suggestedFileName() const
{
    const BriefRequest brief = request();
    QString code;
    if (Database* db = context().database(); db && brief.dialogueId > 0) {
        if (const auto dialogue = DialogueRepository(*db).dialogue(brief.dialogueId))
            code = dialogue->code;
    }
    // Codes are short identifiers, but a file name must not take a path separator from one.
    code.replace(QLatin1Char('/'), QLatin1Char('-')).replace(QLatin1Char('\\'), QLatin1Char('-'));
    return QStringLiteral("brief-%1-%2.%3")
        .arg(code.isEmpty() ? QStringLiteral("dialogue") : code, BriefRequest::key(brief.language),
             BriefRequest::suffix(brief.format));
}

void ReportsPage::watch(Database* database)
{
    if (m_watched)
        disconnect(m_watched, &Database::changed, this, &ReportsPage::onTableChanged);
    m_watched = database;
    if (database)
        connect(database, &Database::changed, this, &ReportsPage::onTableChanged, Qt::UniqueConnection);
}

void ReportsPage::onTableChanged(const QString& table)
{
    if (!listsDialogues(table) || m_reloadQueued)
        return;
    // One reload for the burst of change signals that one edit sends.
    m_reloadQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_reloadQueued)
                reload();
        },
        Qt::QueuedConnection);
}

void ReportsPage::reload()
{
    m_reloadQueued = false;
    const qint64 previous = dialogueId();
    QList<Dialogue> dialogues;
    if (Database* db = context().database(); db && db->isOpen())
        dialogues = DialogueRepository(*db).dialogues();
    std::sort(dialogues.begin(), dialogues.end(), newerFirst);

    const QSignalBlocker blocker(m_dialogue);
    m_dialogue->clear();
    int latestDated = -1;
    for (const Dialogue& dialogue : std::as_const(dialogues)) {
        const QString date =
            dialogue.dialogueDate.isEmpty() ? tr("to be confirmed") : IsoDate::display(dialogue.dialogueDate);
        m_dialogue->addItem(tr("%1 — %2 (%3)").arg(dialogue.code, dialogue.titleEn, date), dialogue.id);
        if (latestDated < 0 && !dialogue.dialogueDate.isEmpty())
            latestDated = m_dialogue->count() - 1;
    }
    int index = previous > 0 ? m_dialogue->findData(previous) : -1;
    if (index < 0)
        index = latestDated >= 0 ? latestDated : 0;
    m_dialogue->setCurrentIndex(m_dialogue->count() > 0 ? index : -1);
    updateSummary();
    updateControls();
}

void ReportsPage::updateControls()
{
    const bool hasDialogue = dialogueId() > 0;
    m_dialogue->setEnabled(m_dialogue->count() > 0);
    m_paper->setEnabled(m_format->currentData().toString() == BriefRequest::key(DocumentFormat::Pdf));
    for (QPushButton* button : {m_preview, m_print, m_save})
        button->setEnabled(hasDialogue);
}

void ReportsPage::updateSummary()
{
    Database* db = context().database();
    if (!db || !db->isOpen()) {
        m_summary->setText(tr("No database is open."));
        return;
    }
    if (m_dialogue->count() == 0) {
        m_summary->setText(tr("This database holds no dialogues yet. Add one on the Dialogues page to write its "
                              "brief."));
        return;
    }
    const auto dialogue = DialogueRepository(*db).dialogue(dialogueId());
    if (!dialogue) {
        m_summary->clear();
        return;
    }
    const RecordStore store(*db);
    QStringList parties;
    for (const qint64 id : dialogue->partyIds) {
        const QVariantMap party = store.fetch(QStringLiteral("parties"), id).value_or(QVariantMap());
        const QString name = party.value(QStringLiteral("name_en")).toString();
        parties << (name.isEmpty() ? party.value(QStringLiteral("code")).toString() : name);
    }
    QStringList parts;
    parts << toLabel(dialogue->kind);
    parts << tr("Date: %1")
                 .arg(dialogue->dialogueDate.isEmpty() ? tr("to be confirmed")
                                                       : IsoDate::display(dialogue->dialogueDate));
    if (!dialogue->place.isEmpty())
        parts << tr("Place: %1").arg(dialogue->place);
    parts << tr("Parties: %1").arg(parties.isEmpty() ? tr("none recorded") : parties.join(QStringLiteral(", ")));
    parts << tr("Record marked %1").arg(markingLabel(dialogue->marking));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

void ReportsPage::showStatus(const QString& text)
{
    m_status->setText(text);
}

std::optional<BriefService::Composed> ReportsPage::compose()
{
    Database* db = context().database();
    if (!db || !db->isOpen()) {
        context().showError(tr("No database is open."), this);
        return std::nullopt;
    }
    if (dialogueId() <= 0) {
        context().showError(tr("Choose the dialogue the brief is for."), this);
        return std::nullopt;
    }
    Result<BriefService::Composed> composed = [&] {
        const BusyCursor busy;
        return BriefService::compose(*db, request());
    }();
    if (!composed) {
        context().showError(tr("The brief could not be composed: %1").arg(composed.message()), this);
        return std::nullopt;
    }
    return std::move(composed.value());
}

std::unique_ptr<QProgressDialog> ReportsPage::makeProgressDialog(const QString& label)
{
    auto dialog = std::make_unique<QProgressDialog>(label, tr("Cancel"), 0, 0, this);
    dialog->setObjectName(QStringLiteral("briefProgress"));
    dialog->setWindowTitle(tr("Dialogue brief"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(ProgressDelayMs);
    // Reaching the last page must not clear a cancellation; the dialog goes when the work is done.
    dialog->setAutoReset(false);
    dialog->setAutoClose(false);
    return dialog;
}

std::function<bool(int, int)> ReportsPage::progressOf(QProgressDialog& dialog)
{
    return [this, &dialog](int page, int pageCount) { return advanceProgress(dialog, page, pageCount); };
}

bool ReportsPage::advanceProgress(QProgressDialog& dialog, int page, int pageCount)
{
    if (dialog.wasCanceled())
        return false;
    if (dialog.maximum() != pageCount)
        dialog.setMaximum(pageCount);
    dialog.setLabelText(tr("Page %1 of %2…").arg(page).arg(pageCount));
    dialog.setValue(page);
    return !dialog.wasCanceled();
}

void ReportsPage::setupPrinter(QPrinter& printer) const
{
    const PaperSize paper = BriefRequest::paperFromKey(m_paper->currentData().toString()).value_or(PaperSize::A4);
    printer.setPageSize(QPageSize(paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
}

void ReportsPage::preview()
{
    auto composed = compose();
    if (!composed)
        return;
    QPrinter printer(QPrinter::HighResolution);
    setupPrinter(printer);
    printer.setDocName(composed->meta.title);
    printer.setCreator(QCoreApplication::applicationName());
    Status painted;
    execPreviewDialog(printer, [&composed, &painted](QPrinter* target) {
        if (target)
            painted = DocumentWriter::paint(*composed->document, composed->meta, *target);
    });
    if (!painted)
        context().showError(tr("The brief could not be shown: %1").arg(painted.message()), this);
}

void ReportsPage::execPreviewDialog(QPrinter& printer, const std::function<void(QPrinter*)>& paint)
{
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Dialogue brief: preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, paint);
    dialog.resize(std::max(dialog.width(), 900), std::max(dialog.height(), 700));
    dialog.exec();
}

void ReportsPage::print()
{
    auto composed = compose();
    if (!composed)
        return;
    QPrinter printer(QPrinter::HighResolution);
    setupPrinter(printer);
    printer.setDocName(composed->meta.title);
    printer.setCreator(QCoreApplication::applicationName());
    if (!execPrintDialog(printer))
        return;
    const auto progress = makeProgressDialog(tr("Printing the brief…"));
    int pages = 0;
    const auto advance = progressOf(*progress);
    const Status printed =
        DocumentWriter::paint(*composed->document, composed->meta, printer, [&](int page, int pageCount) {
            pages = pageCount;
            return advance(page, pageCount);
        });
    const bool cancelled = progress->wasCanceled();
    progress->close();
    if (cancelled) {
        showStatus(tr("Printing cancelled."));
        return;
    }
    if (!printed) {
        context().showError(tr("The brief could not be printed: %1").arg(printed.message()), this);
        return;
    }
    showStatus(tr("Printed %n page(s) (%1).", nullptr, pages).arg(composed->meta.markingText));
}

bool ReportsPage::execPrintDialog(QPrinter& printer)
{
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the dialogue brief"));
    return dialog.exec() == QDialog::Accepted;
}

void ReportsPage::save()
{
    if (dialogueId() <= 0) {
        context().showError(tr("Choose the dialogue the brief is for."), this);
        return;
    }
    const BriefRequest brief = request();
    QString filter;
    switch (brief.format) {
    case DocumentFormat::Pdf:
        filter = tr("PDF documents (*.pdf)");
        break;
    case DocumentFormat::Odt:
        filter = tr("OpenDocument text (*.odt)");
        break;
    case DocumentFormat::Html:
        filter = tr("Web pages (*.html *.htm)");
        break;
    }
    if (m_lastDirectory.isEmpty())
        m_lastDirectory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = context().dialogs().getSaveFileName(this, tr("Save the dialogue brief"),
                                                       QDir(m_lastDirectory).filePath(suggestedFileName()), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + BriefRequest::suffix(brief.format);
    m_lastDirectory = QFileInfo(path).absolutePath();

    auto composed = compose();
    if (!composed)
        return;
    const auto progress = makeProgressDialog(tr("Writing the brief…"));
    int pages = 0;
    const auto advance = progressOf(*progress);
    const Status written = DocumentWriter::write(*composed->document, composed->meta, brief.format, brief.paper, path,
                                                 [&](int page, int pageCount) {
                                                     pages = pageCount;
                                                     return advance(page, pageCount);
                                                 });
    const bool cancelled = progress->wasCanceled();
    progress->close();
    const QString shown = QDir::toNativeSeparators(path);
    if (cancelled) {
        showStatus(tr("Saving cancelled; %1 was not written.").arg(shown));
        return;
    }
    if (!written) {
        const QString reason = written.message();
        context().showError(reason.contains(path) || reason.contains(shown)
                                ? reason
                                : tr("The brief could not be saved as %1: %2").arg(shown, reason),
                            this);
        showStatus(tr("Not saved."));
        return;
    }
    QString marking = composed->meta.markingText;
    if (composed->limited)
        marking = tr("%1, limited version").arg(marking);
    showStatus(brief.format == DocumentFormat::Pdf && pages > 0
                   ? tr("Saved %1 (%n page(s), %2)", nullptr, pages).arg(shown, marking)
                   : tr("Saved %1 (%2)").arg(shown, marking));
}

} // namespace crosswalk
