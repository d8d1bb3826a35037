#include "ui/dialogs/SearchDialog.h"

#include "models/storage/TableCatalog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace crosswalk {

namespace {
constexpr int typingDelayMs = 120;
}

SearchDialog::SearchDialog(SearchFunction search, QWidget* parent) : QDialog(parent), m_search(std::move(search))
{
    setObjectName(QStringLiteral("searchDialog"));
    setWindowTitle(tr("Search all records"));

    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Code, title or name, in English or the original language"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Search text"));
    m_field->installEventFilter(this);
    auto* fieldLabel = new QLabel(tr("&Find:"), this);
    fieldLabel->setBuddy(m_field);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("searchResults"));
    m_list->setAccessibleName(tr("Records found"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Kind"), tr("Code"), tr("Title")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { accept(); });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    QPushButton* open = buttons->button(QDialogButtonBox::Open);
    open->setObjectName(QStringLiteral("searchOpenButton"));
    open->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &SearchDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, open,
            [open](QTreeWidgetItem* current) { open->setEnabled(current != nullptr); });

    auto* fieldRow = new QHBoxLayout;
    fieldRow->addWidget(fieldLabel);
    fieldRow->addWidget(m_field, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fieldRow);
    layout->addWidget(m_list, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(typingDelayMs);
    connect(m_delay, &QTimer::timeout, this, &SearchDialog::runSearch);
    connect(m_field, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    showStatus();

    resize(720, 440);
    m_field->setFocus();
}

QString SearchDialog::kindLabel(const QString& table)
{
    const TableSpec* spec = TableCatalog::table(table);
    QString label = spec ? spec->displayLabel() : table;
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

void SearchDialog::showStatus()
{
    // The status line says what the list holds, so that an empty list is never a puzzle.
    const QString text = m_shownText.trimmed();
    if (text.isEmpty())
        m_status->setText(tr("Type to search frameworks, provisions, dialogues, commitments, programmes, gaps, "
                             "parties and themes."));
    else if (m_results.isEmpty())
        m_status->setText(tr("Nothing matches \u201c%1\u201d.").arg(text));
    else
        m_status->setText(m_results.size() == 1 ? tr("1 record found.")
                                                : tr("%1 records found.").arg(m_results.size()));
}

void SearchDialog::runSearch()
{
    m_delay->stop();
    m_shownText = m_field->text();
    m_results = m_search ? m_search(m_shownText) : QList<SearchResult>();
    m_list->clear();
    for (const SearchResult& result : m_results) {
        auto* item = new QTreeWidgetItem(m_list, {kindLabel(result.table), result.code, result.title});
        if (!result.originalTitle.isEmpty() && result.originalTitle != result.title)
            item->setToolTip(2, result.originalTitle);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showStatus();
}

void SearchDialog::accept()
{
    // Enter right after typing: search what the field holds now.
    if (m_delay->isActive() || m_shownText != m_field->text())
        runSearch();
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (row < 0 || row >= m_results.size())
        return;
    m_chosenTable = m_results.at(row).table;
    m_chosenId = m_results.at(row).id;
    QDialog::accept();
}

bool SearchDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Up, Down, Page Up and Page Down move in the results while the typing stays in the field.
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            accept();
            return true;
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            if (m_delay->isActive())
                runSearch();
            QCoreApplication::sendEvent(m_list, event);
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace crosswalk
