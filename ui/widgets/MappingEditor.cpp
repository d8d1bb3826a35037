#include "ui/widgets/MappingEditor.h"

#include "models/commands/ChangePlanner.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "ui/support/DialogProvider.h"
#include "ui/support/Preferences.h"
#include "ui/views/PageContext.h"
#include "ui/widgets/MappingForm.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace crosswalk {

namespace {
const QString mappingsTable = QStringLiteral("mappings");

QPushButton* actionButton(QAction* action, const QString& objectName, QWidget* parent)
{
    auto* button = new QPushButton(action->icon(), action->text(), parent);
    button->setObjectName(objectName);
    button->setToolTip(action->toolTip());
    button->setEnabled(action->isEnabled());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
    return button;
}

QString withShortcut(const QString& text, const QAction* action)
{
    return QStringLiteral("%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText));
}
} // namespace

MappingEditor::MappingEditor(PageContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    m_defaultAuthor = context.preferences().authorName();
    m_draft = MappingForm::defaults(m_defaultAuthor);
    const auto make = [this](const QString& text, const char* objectName, const char* icon) {
        auto* action = new QAction(QIcon::fromTheme(QString::fromLatin1(icon)), text, this);
        action->setObjectName(QString::fromLatin1(objectName));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        return action;
    };
    m_mapAction = make(tr("&Map"), "mapAction", "insert-link");
    m_mapAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_mapAction->setToolTip(withShortcut(tr("Map the selected source provision to the selected target provision "
                                            "with the values of the form"),
                                         m_mapAction));
    connect(m_mapAction, &QAction::triggered, this, &MappingEditor::mapPair);

    m_saveAction = make(tr("Sa&ve changes"), "saveMappingAction", "document-save");
    m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_saveAction->setToolTip(withShortcut(tr("Save the changes to the mapping shown"), m_saveAction));
    connect(m_saveAction, &QAction::triggered, this, &MappingEditor::save);

    m_deleteAction = make(tr("De&lete"), "deleteMappingAction", "edit-delete");
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut); // added to the list of mappings
    m_deleteAction->setToolTip(tr("Delete the mapping shown (Delete in the list of mappings)"));
    connect(m_deleteAction, &QAction::triggered, this, &MappingEditor::remove);

    m_clearAction = make(tr("&Clear"), "newMappingAction", "edit-clear");
    m_clearAction->setToolTip(tr("Leave the mapping shown: the form takes the values of a new mapping"));
    connect(m_clearAction, &QAction::triggered, this, &MappingEditor::clear);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("mappingHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont font = m_heading->font();
    font.setBold(true);
    m_heading->setFont(font);
    layout->addWidget(m_heading);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = new MappingForm(scroll);
    m_form->setObjectName(QStringLiteral("mappingForm"));
    scroll->setWidget(m_form);
    layout->addWidget(scroll, 1);
    auto* buttons = new QHBoxLayout;
    m_mapButton = actionButton(m_mapAction, QStringLiteral("mapButton"), this);
    m_saveButton = actionButton(m_saveAction, QStringLiteral("saveMappingButton"), this);
    m_deleteButton = actionButton(m_deleteAction, QStringLiteral("deleteMappingButton"), this);
    m_clearButton = actionButton(m_clearAction, QStringLiteral("newMappingButton"), this);
    buttons->addWidget(m_mapButton);
    buttons->addStretch(1);
    buttons->addWidget(m_clearButton);
    buttons->addWidget(m_deleteButton);
    buttons->addWidget(m_saveButton);
    layout->addLayout(buttons);

    connect(m_form, &MappingForm::modified, this, &MappingEditor::updateActions);
    // A new author name in the settings signs the next mappings (unless the user typed another).
    connect(&context.preferences(), &Preferences::changed, this, [this] {
        const QString author = m_context.preferences().authorName();
        if (author == m_defaultAuthor)
            return;
        if (m_draft.value(QStringLiteral("author")).toString() == m_defaultAuthor) {
            m_draft.insert(QStringLiteral("author"), author);
            if (m_editingId == 0 && !m_form->isModified())
                m_form->setValues(m_draft);
        }
        m_defaultAuthor = author;
    });
    showDraft();
}

QList<QWidget*> MappingEditor::tabChain() const
{
    QList<QWidget*> chain;
    for (const QString& column : MappingForm::columns())
        chain << m_form->editor(column);
    chain << m_mapButton << m_saveButton << m_deleteButton << m_clearButton;
    return chain;
}

void MappingEditor::setDatabase(Database* db)
{
    if (m_db)
        disconnect(m_db, nullptr, this, nullptr);
    m_db = db;
    if (m_db)
        connect(m_db, &Database::changed, this, &MappingEditor::onDatabaseChanged);
    m_source = 0;
    m_target = 0;
    const bool wasEditing = m_editingId > 0;
    showDraft();
    if (wasEditing)
        Q_EMIT editingChanged(0);
}

void MappingEditor::onDatabaseChanged(const QString& table)
{
    if (table != mappingsTable && table != QLatin1String("provisions") && table != QLatin1String("frameworks"))
        return;
    if (table == mappingsTable && m_editingId > 0 && m_db) {
        // An edit undone or redone: show the mapping as stored now (unless the user is changing it).
        const auto stored = RecordStore(*m_db).fetch(mappingsTable, m_editingId);
        if (!stored) {
            showDraft();
            Q_EMIT editingChanged(0);
            return;
        }
        if (!m_form->isModified())
            m_form->setValues(*stored);
    }
    updateActions();
    updateHeading();
}

void MappingEditor::setPair(qint64 sourceProvisionId, qint64 targetProvisionId)
{
    m_source = sourceProvisionId;
    m_target = targetProvisionId;
    updateActions();
    updateHeading();
}

bool MappingEditor::showMapping(qint64 id)
{
    if (id == m_editingId)
        return true;
    if (m_editingId > 0 && m_form->isModified() && m_db && RecordStore(*m_db).fetch(mappingsTable, m_editingId)) {
        const QString name = ChangePlanner(*m_db).describe(mappingsTable, m_editingId);
        if (!m_context.dialogs().question(this, tr("Unsaved changes"),
                                          tr("Discard the changes to the %1 that are not saved?").arg(name)))
            return false;
    }
    const auto row = m_db && id > 0 ? RecordStore(*m_db).fetch(mappingsTable, id) : std::nullopt;
    if (!row) {
        showDraft();
    } else {
        if (m_editingId == 0)
            m_draft = m_form->values(); // kept for the next new mapping
        m_editingId = id;
        m_form->setValues(*row);
        updateActions();
        updateHeading();
    }
    Q_EMIT editingChanged(m_editingId);
    return true;
}

void MappingEditor::showDraft()
{
    m_editingId = 0;
    m_form->setValues(m_draft);
    updateActions();
    updateHeading();
}

void MappingEditor::clear()
{
    showMapping(0);
}

// --- writes ----------------------------------------------------------------------------------

RecordValidator MappingEditor::validator(Database& db) const
{
    RecordValidator result(db);
    result.setAllowMappingsWithinFramework(m_allowWithin);
    return result;
}

void MappingEditor::reportErrors(const QString& intro, const QList<FieldError>& errors)
{
    const QList<FieldError> elsewhere = m_form->showErrors(errors);
    if (!elsewhere.isEmpty())
        m_context.showError(intro + QLatin1Char('\n') + RecordValidator::summary(elsewhere), this);
}

qint64 MappingEditor::createMapping(qint64 sourceProvisionId, qint64 targetProvisionId, const QVariantMap& values)
{
    if (!m_db) {
        m_context.showError(tr("No database is open."), this);
        return 0;
    }
    if (sourceProvisionId <= 0 || targetProvisionId <= 0) {
        m_context.showError(tr("Select a provision on each side first (a framework itself cannot be mapped)."), this);
        return 0;
    }
    QVariantMap row = values;
    row.insert(QStringLiteral("source_provision_id"), sourceProvisionId);
    row.insert(QStringLiteral("target_provision_id"), targetProvisionId);
    if (!row.contains(QStringLiteral("marking")))
        row.insert(QStringLiteral("marking"), m_context.preferences().defaultMarking());

    ChangePlanner planner(*m_db);
    planner.setAllowMappingsWithinFramework(m_allowWithin);
    const QString intro = tr("The %1 cannot be added:").arg(planner.describe(mappingsTable, row));
    const QList<FieldError> errors = MappingForm::checkValues(row) + validator(*m_db).validate(mappingsTable, row);
    if (!errors.isEmpty()) {
        reportErrors(intro, errors);
        return 0;
    }
    m_form->clearErrors();
    const Result<ChangeSet> plan = planner.insert(mappingsTable, row);
    if (!plan) {
        m_context.showError(intro + QLatin1Char('\n') + plan.message(), this);
        return 0;
    }
    const qint64 id = plan->changes().constFirst().after.value(QStringLiteral("id")).toLongLong();
    if (!m_context.apply(*plan, this))
        return 0;
    Q_EMIT mappingCreated(id, sourceProvisionId, targetProvisionId);
    return id;
}

qint64 MappingEditor::mapPair()
{
    const QVariantMap values = m_form->values();
    const qint64 source = m_source;
    const qint64 target = m_target;
    if (m_editingId == 0)
        m_draft = values;
    return createMapping(source, target, values);
}

qint64 MappingEditor::mapProvisions(qint64 sourceProvisionId, qint64 targetProvisionId)
{
    const QVariantMap values = m_editingId > 0 ? m_draft : m_form->values();
    if (m_editingId == 0)
        m_draft = values;
    return createMapping(sourceProvisionId, targetProvisionId, values);
}

bool MappingEditor::save()
{
    if (!m_db || m_editingId <= 0)
        return false;
    const auto before = RecordStore(*m_db).fetch(mappingsTable, m_editingId);
    if (!before) {
        m_context.showError(tr("The mapping no longer exists; it was deleted meanwhile."), this);
        showDraft();
        Q_EMIT editingChanged(0);
        return false;
    }
    const QVariantMap values = m_form->values();
    QVariantMap row = *before;
    for (auto it = values.begin(); it != values.end(); ++it)
        row.insert(it.key(), it.value());
    ChangePlanner planner(*m_db);
    planner.setAllowMappingsWithinFramework(m_allowWithin);
    const QString intro = tr("The %1 cannot be saved:").arg(planner.describe(mappingsTable, *before));
    const QList<FieldError> errors = MappingForm::checkValues(row) + validator(*m_db).validate(mappingsTable, row);
    if (!errors.isEmpty()) {
        reportErrors(intro, errors);
        return false;
    }
    m_form->clearErrors();
    const Result<ChangeSet> plan = planner.update(mappingsTable, m_editingId, values);
    if (!plan) {
        m_context.showError(intro + QLatin1Char('\n') + plan.message(), this);
        return false;
    }
    if (!m_context.apply(*plan, this))
        return false;
    if (const auto stored = RecordStore(*m_db).fetch(mappingsTable, m_editingId))
        m_form->setValues(*stored);
    updateActions();
    Q_EMIT editingChanged(m_editingId);
    return true;
}

bool MappingEditor::remove()
{
    if (!m_db || m_editingId <= 0)
        return false;
    ChangePlanner planner(*m_db);
    const Result<ChangePlanner::Deletion> deletion = planner.remove(mappingsTable, m_editingId);
    if (!deletion) {
        m_context.showError(deletion.message(), this);
        return false;
    }
    if (!m_context.dialogs().question(this, tr("Delete mapping"),
                                      tr("Delete the %1?").arg(planner.describe(mappingsTable, m_editingId)),
                                      deletion->consequences.join(QLatin1Char('\n'))))
        return false;
    if (!m_context.apply(deletion->changes, this))
        return false;
    if (m_editingId > 0) { // not already left when the database reported the deletion
        showDraft();
        Q_EMIT editingChanged(0);
    }
    return true;
}

// --- display ---------------------------------------------------------------------------------

QString MappingEditor::provisionCode(qint64 provisionId) const
{
    const RecordStore store(*m_db);
    const auto provision = store.fetch(QStringLiteral("provisions"), provisionId);
    if (!provision)
        return QString::number(provisionId);
    const auto framework =
        store.fetch(QStringLiteral("frameworks"), provision->value(QStringLiteral("framework_id")).toLongLong());
    return QStringLiteral("%1:%2").arg(framework ? framework->value(QStringLiteral("code")).toString() : QString(),
                                       provision->value(QStringLiteral("code")).toString());
}

void MappingEditor::updateActions()
{
    const bool open = m_db != nullptr;
    m_mapAction->setEnabled(open && m_source > 0 && m_target > 0);
    m_saveAction->setEnabled(open && m_editingId > 0 && m_form->isModified());
    m_deleteAction->setEnabled(open && m_editingId > 0);
    m_clearAction->setEnabled(open && m_editingId > 0);
}

void MappingEditor::updateHeading()
{
    if (!m_db) {
        m_heading->setText(tr("No database is open."));
    } else if (m_editingId > 0) {
        m_heading->setText(tr("Editing the %1").arg(ChangePlanner(*m_db).describe(mappingsTable, m_editingId)));
    } else if (m_source > 0 && m_target > 0) {
        m_heading->setText(tr("New mapping: %1 → %2. Choose its values, then Map.")
                               .arg(provisionCode(m_source), provisionCode(m_target)));
    } else {
        m_heading->setText(tr("New mapping: select a provision on each side (or drag one onto the other), choose "
                              "the values, then Map."));
    }
}

} // namespace crosswalk
