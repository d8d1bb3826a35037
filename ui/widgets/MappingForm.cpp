#include "ui/widgets/MappingForm.h"

#include "models/domain/IsoDate.h"
#include "models/domain/Vocabulary.h"
#include "models/storage/TableCatalog.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace crosswalk {

namespace {
const QString relationshipColumn = QStringLiteral("relationship");
const QString strengthColumn = QStringLiteral("strength");
const QString equalKey = QStringLiteral("equal");
const QString noRelationshipKey = QStringLiteral("no_relationship");

QComboBox* enumBox(const QStringList& keys, const QString& enumName, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    for (const QString& key : keys)
        combo->addItem(labelForKey(enumName, key), key);
    return combo;
}

QString nullIfEmpty(const QString& text)
{
    return text.trimmed().isEmpty() ? QString() : text.trimmed();
}
} // namespace

MappingForm::MappingForm(QWidget* parent) : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    m_relationship = enumBox(allKeys<Relationship>(), relationshipColumn, this);
    for (int i = 0; i < m_relationship->count(); ++i)
        m_relationship->setItemData(i, relationshipMeaning(m_relationship->itemData(i).toString()), Qt::ToolTipRole);
    m_rationale = enumBox(allKeys<Rationale>(), QStringLiteral("rationale"), this);
    for (int i = 0; i < m_rationale->count(); ++i)
        m_rationale->setItemData(i, rationaleMeaning(m_rationale->itemData(i).toString()), Qt::ToolTipRole);
    m_rationale->setToolTip(tr("How the two provisions were compared"));
    m_strength = new QSpinBox(this);
    m_strength->setToolTip(tr("How close the relationship is, 0-10: 7-9 mostly similar, 4-6 about even, 1-3 mostly "
                              "dissimilar. 'Equal' is always 10 and 'no relationship' 0."));
    m_reviewStatus = enumBox(allKeys<ReviewStatus>(), QStringLiteral("review_status"), this);
    m_reviewStatus->setToolTip(tr("Draft until reviewed; a complete (reviewed) mapping records its reviewer and date"));
    m_author = new QLineEdit(this);
    m_reviewer = new QLineEdit(this);
    m_reviewDate = new QLineEdit(this);
    m_reviewDate->setPlaceholderText(tr("YYYY-MM-DD"));
    m_reviewDate->setMaxLength(10);
    m_reviewDate->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,4}(-[0-9]{0,2}(-[0-9]{0,2})?)?")), m_reviewDate));
    m_justification = new QPlainTextEdit(this);
    m_justification->setTabChangesFocus(true);
    m_justification->setPlaceholderText(tr("Why the provisions relate this way"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    for (QPlainTextEdit* text : {m_justification, m_notes}) {
        text->setMinimumHeight(44);
        text->setMaximumHeight(90);
    }
    m_help = new QLabel(this);
    m_help->setObjectName(QStringLiteral("relationshipHelp"));
    m_help->setWordWrap(true);
    m_help->setTextFormat(Qt::PlainText);
    QFont helpFont = m_help->font();
    helpFont.setItalic(true);
    m_help->setFont(helpFont);

    addField(grid, 0, 0, relationshipColumn, tr("&Relationship:"), m_relationship);
    addField(grid, 0, 2, QStringLiteral("rationale"), tr("Rati&onale:"), m_rationale);
    grid->addWidget(m_help, 1, 1, 1, 3);
    addField(grid, 2, 0, strengthColumn, tr("Strengt&h:"), m_strength);
    addField(grid, 2, 2, QStringLiteral("review_status"), tr("Review stat&us:"), m_reviewStatus);
    addField(grid, 3, 0, QStringLiteral("author"), tr("&Author:"), m_author);
    addField(grid, 3, 2, QStringLiteral("reviewer"), tr("Rev&iewer:"), m_reviewer);
    addField(grid, 4, 0, QStringLiteral("review_date"), tr("Review &date:"), m_reviewDate);
    addField(grid, 5, 0, QStringLiteral("justification"), tr("&Justification:"), m_justification, 3);
    addField(grid, 6, 0, QStringLiteral("notes"), tr("Not&es:"), m_notes, 3);
    grid->setRowStretch(7, 1);

    const QList<QWidget*> chain{m_relationship, m_rationale,  m_strength,      m_reviewStatus, m_author,
                                m_reviewer,     m_reviewDate, m_justification, m_notes};
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);

    connect(m_relationship, &QComboBox::currentIndexChanged, this, [this] {
        onRelationshipChanged();
        markModified();
    });
    connect(m_rationale, &QComboBox::currentIndexChanged, this, &MappingForm::markModified);
    connect(m_reviewStatus, &QComboBox::currentIndexChanged, this, &MappingForm::markModified);
    connect(m_strength, &QSpinBox::valueChanged, this, &MappingForm::markModified);
    for (QLineEdit* line : {m_author, m_reviewer, m_reviewDate})
        connect(line, &QLineEdit::textEdited, this, &MappingForm::markModified);
    for (QPlainTextEdit* text : {m_justification, m_notes})
        connect(text, &QPlainTextEdit::textChanged, this, &MappingForm::markModified);

    setValues(defaults(QString()));
}

void MappingForm::addField(QGridLayout* grid, int row, int column, const QString& name, const QString& label,
                           QWidget* editor, int span)
{
    editor->setObjectName(QStringLiteral("field_") + name);
    auto* caption = new QLabel(label, this);
    caption->setBuddy(editor);
    caption->setAlignment(Qt::AlignRight | Qt::AlignTop);
    caption->setContentsMargins(0, 4, 0, 0);
    editor->setAccessibleName(TableCatalog::columnLabel(name));
    auto* error = new QLabel(this);
    error->setObjectName(QStringLiteral("error_") + name);
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    error->setVisible(false);
    auto* field = new QWidget(this);
    auto* layout = new QVBoxLayout(field);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    layout->addWidget(error);
    grid->addWidget(caption, row, column);
    grid->addWidget(field, row, column + 1, 1, span);
    m_editors.insert(name, editor);
    m_errors.insert(name, error);
}

QStringList MappingForm::columns()
{
    return {QStringLiteral("relationship"),  QStringLiteral("rationale"),     QStringLiteral("strength"),
            QStringLiteral("review_status"), QStringLiteral("author"),        QStringLiteral("reviewer"),
            QStringLiteral("review_date"),   QStringLiteral("justification"), QStringLiteral("notes")};
}

QVariantMap MappingForm::defaults(const QString& author)
{
    return {{QStringLiteral("relationship"), QStringLiteral("intersects_with")},
            {QStringLiteral("rationale"), QStringLiteral("semantic")},
            {QStringLiteral("strength"), QVariant()},
            {QStringLiteral("review_status"), QStringLiteral("draft")},
            {QStringLiteral("author"), author},
            {QStringLiteral("reviewer"), QString()},
            {QStringLiteral("review_date"), QVariant()},
            {QStringLiteral("justification"), QString()},
            {QStringLiteral("notes"), QString()}};
}

QString MappingForm::relationshipMeaning(const QString& key)
{
    if (key == QLatin1String("equal"))
        return tr("Same scope. Counts as full coverage of the target; strength 10.");
    if (key == QLatin1String("subset_of"))
        return tr("The source covers part of the target. Counts as partial coverage.");
    if (key == QLatin1String("superset_of"))
        return tr("The source covers all of the target and more. Counts as full coverage.");
    if (key == QLatin1String("intersects_with"))
        return tr("They overlap; each has parts the other lacks. Counts as partial coverage.");
    if (key == QLatin1String("no_relationship"))
        return tr("Examined and found unrelated. No coverage, but recorded as reviewed; strength 0.");
    return QString();
}

QString MappingForm::rationaleMeaning(const QString& key)
{
    if (key == QLatin1String("syntactic"))
        return tr("Compared by wording: the texts say the same or similar things.");
    if (key == QLatin1String("semantic"))
        return tr("Compared by meaning: the texts mean similar things, though worded differently.");
    if (key == QLatin1String("functional"))
        return tr("Compared by effect: the provisions achieve similar results.");
    return QString();
}

void MappingForm::onRelationshipChanged()
{
    const QString key = m_relationship->currentData().toString();
    m_help->setText(relationshipMeaning(key));
    m_relationship->setToolTip(relationshipMeaning(key));
    const bool wasLoading = m_loading;
    m_loading = true; // the strength follows: not a change of its own
    const bool fixed = key == equalKey || key == noRelationshipKey;
    if (!fixed && m_strength->isEnabled() == false) {
        // Back from a fixed strength: the partial strength the user had given.
        m_strength->setSpecialValueText(tr("(none)"));
        m_strength->setRange(0, 9);
        m_strength->setValue(m_partialStrength);
    } else if (!fixed) {
        m_strength->setSpecialValueText(tr("(none)"));
        m_strength->setRange(0, 9);
    } else {
        if (m_strength->isEnabled())
            m_partialStrength = m_strength->value();
        const int value = key == equalKey ? 10 : 0;
        m_strength->setSpecialValueText(QString());
        m_strength->setRange(value, value);
        m_strength->setValue(value);
    }
    m_strength->setEnabled(!fixed);
    m_loading = wasLoading;
}

void MappingForm::setValues(const QVariantMap& row)
{
    m_loading = true;
    const auto select = [](QComboBox* combo, const QVariant& key) {
        const int index = combo->findData(key.toString());
        combo->setCurrentIndex(index >= 0 ? index : 0);
    };
    select(m_relationship, row.value(relationshipColumn));
    onRelationshipChanged();
    if (m_strength->isEnabled()) {
        const QVariant strength = row.value(strengthColumn);
        m_strength->setValue(strength.isNull() ? 0 : strength.toInt());
    }
    m_partialStrength = m_strength->isEnabled() ? m_strength->value() : 0;
    select(m_rationale, row.value(QStringLiteral("rationale")));
    select(m_reviewStatus, row.value(QStringLiteral("review_status")));
    m_author->setText(row.value(QStringLiteral("author")).toString());
    m_reviewer->setText(row.value(QStringLiteral("reviewer")).toString());
    m_reviewDate->setText(row.value(QStringLiteral("review_date")).toString());
    m_justification->setPlainText(row.value(QStringLiteral("justification")).toString());
    m_notes->setPlainText(row.value(QStringLiteral("notes")).toString());
    m_loading = false;
    m_modified = false;
    clearErrors();
}

QVariantMap MappingForm::values() const
{
    QVariantMap row;
    row.insert(relationshipColumn, m_relationship->currentData().toString());
    row.insert(QStringLiteral("rationale"), m_rationale->currentData().toString());
    const bool none = m_strength->isEnabled() && m_strength->value() == m_strength->minimum();
    row.insert(strengthColumn, none ? QVariant() : QVariant(m_strength->value()));
    row.insert(QStringLiteral("review_status"), m_reviewStatus->currentData().toString());
    row.insert(QStringLiteral("author"), m_author->text().trimmed());
    row.insert(QStringLiteral("reviewer"), m_reviewer->text().trimmed());
    const QString date = nullIfEmpty(m_reviewDate->text());
    row.insert(QStringLiteral("review_date"), date.isEmpty() ? QVariant() : QVariant(date));
    row.insert(QStringLiteral("justification"), m_justification->toPlainText());
    row.insert(QStringLiteral("notes"), m_notes->toPlainText());
    return row;
}

QList<FieldError> MappingForm::checkValues(const QVariantMap& values)
{
    QList<FieldError> errors;
    const QString date = values.value(QStringLiteral("review_date")).toString().trimmed();
    // The review is dated to the day (the schema keeps YYYY-MM-DD only).
    if (!date.isEmpty() && (date.size() != 10 || !IsoDate::isValid(date)))
        errors.append(
            {QStringLiteral("review_date"), tr("%1: \"%2\" is not a date (YYYY-MM-DD)")
                                                .arg(TableCatalog::columnLabel(QStringLiteral("review_date")), date)});
    return errors;
}

QList<FieldError> MappingForm::showErrors(const QList<FieldError>& errors)
{
    clearErrors();
    QList<FieldError> elsewhere;
    QWidget* first = nullptr;
    for (const FieldError& error : errors) {
        QLabel* label = m_errors.value(error.column);
        if (!label) {
            elsewhere << error;
            continue;
        }
        label->setText(error.message);
        label->setVisible(true);
        if (!first)
            first = m_editors.value(error.column);
    }
    if (first && first->isEnabled())
        first->setFocus(Qt::OtherFocusReason);
    return elsewhere;
}

void MappingForm::clearErrors()
{
    for (QLabel* label : std::as_const(m_errors)) {
        label->clear();
        label->setVisible(false);
    }
}

void MappingForm::markModified()
{
    if (m_loading)
        return;
    m_modified = true;
    Q_EMIT modified();
}

} // namespace crosswalk
