#include "ui/widgets/FrameworkEditor.h"

#include "models/itemmodels/LanguageNames.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "ui/widgets/RecordForm.h"

#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSet>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace crosswalk {

namespace {
const QString frameworksTable = QStringLiteral("frameworks");
const QString provisionsTable = QStringLiteral("provisions");

QStringList frameworkColumns()
{
    return {QStringLiteral("code"),         QStringLiteral("title_en"),          QStringLiteral("title_orig"),
            QStringLiteral("short_name"),   QStringLiteral("language"),          QStringLiteral("kind"),
            QStringLiteral("status"),       QStringLiteral("issuer_party_id"),   QStringLiteral("adopted_date"),
            QStringLiteral("version"),      QStringLiteral("description"),       QStringLiteral("source"),
            QStringLiteral("verification"), QStringLiteral("verification_note"), QStringLiteral("marking"),
            QStringLiteral("caveat")};
}

QStringList provisionColumns()
{
    return {QStringLiteral("parent_id"),  QStringLiteral("sort_order"),   QStringLiteral("code"),
            QStringLiteral("ref_label"),  QStringLiteral("title_en"),     QStringLiteral("title_orig"),
            QStringLiteral("summary_en"), QStringLiteral("summary_orig"), QStringLiteral("effective_date"),
            QStringLiteral("source"),     QStringLiteral("verification"), QStringLiteral("verification_note"),
            QStringLiteral("marking"),    QStringLiteral("caveat")};
}

/// Long titles and addresses show their beginning, not their end.
void showStartOfLines(RecordForm* form)
{
    for (QLineEdit* line : form->findChildren<QLineEdit*>())
        line->setCursorPosition(0);
}

qint64 idOf(const QVariantMap& row, const char* column = "id")
{
    return row.value(QLatin1String(column)).toLongLong();
}
} // namespace

FrameworkEditor::FrameworkEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("frameworkEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("editorHint"));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setMargin(6);
    m_stack->addWidget(m_hint);

    m_frameworkForm = new RecordForm(frameworksTable, frameworkColumns(), this);
    m_frameworkForm->setObjectName(QStringLiteral("frameworkForm"));
    m_frameworkScroll = wrap(m_frameworkForm);
    m_provisionForm = new RecordForm(provisionsTable, provisionColumns(), this);
    m_provisionForm->setObjectName(QStringLiteral("provisionForm"));
    m_provisionScroll = wrap(m_provisionForm);
    // The parent list names chapters with their titles: give it the width of the form.
    m_provisionForm->editor(QStringLiteral("parent_id"))->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    for (RecordForm* form : {m_frameworkForm, m_provisionForm})
        connect(form, &RecordForm::modified, this, &FrameworkEditor::changed);
    showNothing(QString());
}

QScrollArea* FrameworkEditor::wrap(RecordForm* form)
{
    auto* scroll = new QScrollArea(m_stack);
    scroll->setObjectName(form->objectName() + QStringLiteral("Scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    form->setParent(content);
    layout->addWidget(form);
    layout->addStretch(1);
    scroll->setWidget(content);
    m_stack->addWidget(scroll);
    return scroll;
}

void FrameworkEditor::setDatabase(Database* db)
{
    m_db = db;
    m_frameworkForm->setDatabase(db);
    m_provisionForm->setDatabase(db);
}

void FrameworkEditor::editFramework(const QVariantMap& framework)
{
    m_table = frameworksTable;
    m_id = idOf(framework);
    m_record = framework;
    m_frameworkForm->reloadChoices();
    m_frameworkForm->setValues(framework);
    showStartOfLines(m_frameworkForm);
    m_stack->setCurrentWidget(m_frameworkScroll);
    Q_EMIT changed();
}

void FrameworkEditor::editProvision(const QVariantMap& provision, const QString& language)
{
    m_table = provisionsTable;
    m_id = idOf(provision);
    m_record = provision;
    const bool original = LanguageNames::isOriginalLanguage(language);
    const QString languageName = original ? LanguageNames::displayName(language) : tr("original language");
    relabel(m_provisionForm, QStringLiteral("title_orig"), tr("Title (%1)").arg(languageName));
    relabel(m_provisionForm, QStringLiteral("summary_orig"), tr("Summary (%1)").arg(languageName));
    fillParentChoices(idOf(provision, "framework_id"), m_id);
    m_provisionForm->setValues(provision);
    showStartOfLines(m_provisionForm);
    m_stack->setCurrentWidget(m_provisionScroll);
    Q_EMIT changed();
}

void FrameworkEditor::showNothing(const QString& hint)
{
    m_table.clear();
    m_id = 0;
    m_record.clear();
    m_hint->setText(hint);
    m_stack->setCurrentWidget(m_hint);
    Q_EMIT changed();
}

void FrameworkEditor::relabel(RecordForm* form, const QString& column, const QString& text)
{
    // Keep a mnemonic on the first Latin letter, as the form gives its labels.
    QString shown = text;
    for (int i = 0; i < shown.size(); ++i) {
        if (shown.at(i).isLetter() && shown.at(i).unicode() < 128) {
            shown.insert(i, QLatin1Char('&'));
            break;
        }
    }
    QWidget* editor = form->editor(column);
    for (QLabel* label : form->findChildren<QLabel*>()) {
        if (label->buddy() == editor)
            label->setText(shown);
    }
}

void FrameworkEditor::fillParentChoices(qint64 frameworkId, qint64 provisionId)
{
    auto* combo = qobject_cast<QComboBox*>(m_provisionForm->editor(QStringLiteral("parent_id")));
    if (!combo)
        return;
    combo->clear();
    combo->addItem(tr("(none: top level)"), QVariant());
    if (!m_db || !m_db->isOpen() || frameworkId <= 0)
        return;
    const QList<QVariantMap> rows =
        RecordStore(*m_db).fetchAll(provisionsTable, QStringLiteral("framework_id"), frameworkId,
                                    {QStringLiteral("sort_order"), QStringLiteral("id")});
    QHash<qint64, QList<int>> childrenOf;
    QSet<qint64> ids;
    for (const QVariantMap& row : rows)
        ids.insert(idOf(row));
    for (int i = 0; i < rows.size(); ++i) {
        const qint64 parent = idOf(rows.at(i), "parent_id");
        childrenOf[ids.contains(parent) ? parent : 0].append(i);
    }
    // In tree order, indented by depth; the provision itself and everything under it are left out,
    // since none of them can become its parent.
    QSet<qint64> visited;
    std::vector<std::pair<int, int>> stack; // row index, depth
    const QList<int> top = childrenOf.value(0);
    for (auto it = top.crbegin(); it != top.crend(); ++it)
        stack.emplace_back(*it, 0);
    while (!stack.empty()) {
        const auto [index, depth] = stack.back();
        stack.pop_back();
        const QVariantMap& row = rows.at(index);
        const qint64 id = idOf(row);
        if (visited.contains(id) || (provisionId > 0 && id == provisionId))
            continue;
        visited.insert(id);
        const QString reference = row.value(QStringLiteral("ref_label")).toString();
        const QString code = row.value(QStringLiteral("code")).toString();
        const QString name = reference.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(reference, code);
        combo->addItem(QString(depth * 4, QLatin1Char(' ')) +
                           QStringLiteral("%1 — %2").arg(name, row.value(QStringLiteral("title_en")).toString()),
                       id);
        const QList<int> children = childrenOf.value(id);
        for (auto it = children.crbegin(); it != children.crend(); ++it)
            stack.emplace_back(*it, depth + 1);
    }
}

bool FrameworkEditor::hasChanges() const
{
    const RecordForm* shown = form();
    return shown && (m_id == 0 || shown->isModified());
}

RecordForm* FrameworkEditor::form() const
{
    if (m_table == frameworksTable)
        return m_frameworkForm;
    if (m_table == provisionsTable)
        return m_provisionForm;
    return nullptr;
}

QVariantMap FrameworkEditor::fixedValues() const
{
    if (m_table == provisionsTable)
        return {{QStringLiteral("framework_id"), m_record.value(QStringLiteral("framework_id"))}};
    return QVariantMap();
}

QVariantMap FrameworkEditor::editedRecord() const
{
    QVariantMap row = m_record;
    if (const RecordForm* shown = form()) {
        const QVariantMap values = shown->values();
        for (auto it = values.begin(); it != values.end(); ++it)
            row.insert(it.key(), it.value());
    }
    return row;
}

void FrameworkEditor::revert()
{
    if (RecordForm* shown = form())
        shown->setValues(m_record);
    Q_EMIT changed();
}

bool FrameworkEditor::showErrors(const QList<FieldError>& errors)
{
    RecordForm* shown = form();
    if (!shown)
        return errors.isEmpty();
    shown->showErrors(errors);
    for (const FieldError& error : errors) {
        if (!shown->columns().contains(error.column))
            return false;
    }
    return true;
}

void FrameworkEditor::focusFirstField()
{
    if (RecordForm* shown = form()) {
        const QString first = m_table == provisionsTable ? QStringLiteral("code") : shown->columns().first();
        if (QWidget* editor = shown->editor(first))
            editor->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace crosswalk
