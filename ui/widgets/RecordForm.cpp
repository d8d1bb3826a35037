#include "ui/widgets/RecordForm.h"

#include "models/domain/Vocabulary.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "models/storage/TableCatalog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>

namespace crosswalk {

namespace {
constexpr int NullNumber = std::numeric_limits<int>::min();

/// Adds a mnemonic to a label: the first letter that is a Latin letter.
QString withMnemonic(const QString& label)
{
    for (int i = 0; i < label.size(); ++i) {
        if (label.at(i).isLetter() && label.at(i).unicode() < 128)
            return label.left(i) + QLatin1Char('&') + label.mid(i);
    }
    return label;
}
} // namespace

RecordForm::RecordForm(QString table, QStringList columns, QWidget* parent)
    : QWidget(parent), m_table(std::move(table)), m_columns(std::move(columns))
{
    m_layout = new QFormLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    for (const QString& column : m_columns) {
        QWidget* editor = createEditor(column);
        editor->setObjectName(QStringLiteral("field_") + column);
        auto* label = new QLabel(withMnemonic(TableCatalog::columnLabel(column)), this);
        label->setBuddy(editor);
        auto* error = new QLabel(this);
        error->setObjectName(QStringLiteral("error_") + column);
        error->setWordWrap(true);
        error->setStyleSheet(QStringLiteral("color: #b00020;"));
        error->setVisible(false);
        auto* field = new QWidget(this);
        auto* fieldLayout = new QVBoxLayout(field);
        fieldLayout->setContentsMargins(0, 0, 0, 0);
        fieldLayout->setSpacing(2);
        fieldLayout->addWidget(editor);
        fieldLayout->addWidget(error);
        m_layout->addRow(label, field);
        m_editors.insert(column, editor);
        m_errors.insert(column, error);
    }
}

QWidget* RecordForm::createEditor(const QString& column)
{
    const ColumnSpec* spec = TableCatalog::table(m_table)->column(column);
    Q_ASSERT(spec);
    switch (spec->type) {
    case ColumnType::Enum: {
        auto* combo = new QComboBox(this);
        for (const QString& key : spec->enumKeys)
            combo->addItem(labelForKey(spec->enumName, key), key);
        connect(combo, &QComboBox::currentIndexChanged, this, &RecordForm::markModified);
        return combo;
    }
    case ColumnType::Ref: {
        auto* combo = new QComboBox(this);
        combo->setEditable(false);
        combo->setMinimumContentsLength(20);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        connect(combo, &QComboBox::currentIndexChanged, this, &RecordForm::markModified);
        return combo;
    }
    case ColumnType::Integer: {
        auto* spin = new QSpinBox(this);
        const int minimum = spec->hasRange ? spec->minimum : -1000000;
        if (spec->nullable) {
            spin->setRange(minimum - 1, spec->hasRange ? spec->maximum : 1000000);
            spin->setSpecialValueText(tr("(none)"));
        } else {
            spin->setRange(minimum, spec->hasRange ? spec->maximum : 1000000);
        }
        connect(spin, &QSpinBox::valueChanged, this, &RecordForm::markModified);
        return spin;
    }
    default:
        break;
    }
    if (spec->type == ColumnType::Text && TableCatalog::isLongText(column)) {
        auto* text = new QPlainTextEdit(this);
        text->setTabChangesFocus(true);
        text->setMinimumHeight(60);
        text->setMaximumHeight(120);
        connect(text, &QPlainTextEdit::textChanged, this, &RecordForm::markModified);
        return text;
    }
    auto* line = new QLineEdit(this);
    if (spec->type == ColumnType::Date) {
        line->setPlaceholderText(tr("YYYY-MM-DD (or YYYY-MM, YYYY)"));
        line->setMaxLength(10);
    } else if (spec->type == ColumnType::Real) {
        line->setPlaceholderText(tr("amount"));
    }
    connect(line, &QLineEdit::textEdited, this, &RecordForm::markModified);
    return line;
}

void RecordForm::setDatabase(Database* db)
{
    m_db = db;
    reloadChoices();
}

void RecordForm::reloadChoices()
{
    const TableSpec& table = *TableCatalog::table(m_table);
    for (const QString& column : m_columns) {
        const ColumnSpec* spec = table.column(column);
        if (spec->type != ColumnType::Ref)
            continue;
        auto* combo = static_cast<QComboBox*>(m_editors.value(column));
        const QVariant current = combo->currentData();
        const bool wasLoading = m_loading;
        m_loading = true;
        combo->clear();
        if (spec->nullable)
            combo->addItem(tr("(none)"), QVariant());
        if (m_db && m_db->isOpen()) {
            RecordStore store(*m_db);
            const TableSpec& target = *TableCatalog::table(spec->refTable);
            QHash<qint64, QString> frameworkCodes;
            if (spec->refTable == QLatin1String("provisions")) {
                for (const QVariantMap& f : store.fetchAll(QStringLiteral("frameworks")))
                    frameworkCodes.insert(f.value(QStringLiteral("id")).toLongLong(), f.value(QStringLiteral("code")).toString());
            }
            const QString nameColumn = target.hasColumn(QStringLiteral("title_en")) ? QStringLiteral("title_en")
                                       : target.hasColumn(QStringLiteral("name_en")) ? QStringLiteral("name_en")
                                                                                   : QStringLiteral("name");
            for (const QVariantMap& row : store.fetchAll(spec->refTable)) {
                QString code = target.codeColumn.isEmpty() ? QString() : row.value(target.codeColumn).toString();
                if (!frameworkCodes.isEmpty())
                    code = frameworkCodes.value(row.value(QStringLiteral("framework_id")).toLongLong()) +
                           QLatin1Char(':') + code;
                const QString name = row.value(nameColumn).toString();
                combo->addItem(code.isEmpty() ? name : QStringLiteral("%1 — %2").arg(code, name),
                               row.value(QStringLiteral("id")));
            }
        }
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
        m_loading = wasLoading;
    }
}

void RecordForm::setEditorValue(const QString& column, const QVariant& value)
{
    QWidget* editor = m_editors.value(column);
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const int index = value.isNull() ? combo->findData(QVariant()) : combo->findData(value);
        combo->setCurrentIndex(index >= 0 ? index : (value.isNull() ? 0 : -1));
    } else if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->setValue(value.isNull() ? spin->minimum() : value.toInt());
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(editor)) {
        text->setPlainText(value.toString());
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setText(value.isNull() ? QString() : value.toString());
    }
}

QVariant RecordForm::editorValue(const QString& column) const
{
    const ColumnSpec* spec = TableCatalog::table(m_table)->column(column);
    QWidget* editor = m_editors.value(column);
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        return combo->currentIndex() < 0 ? QVariant() : combo->currentData();
    if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        if (spec->nullable && spin->value() == spin->minimum())
            return QVariant();
        return spin->value();
    }
    QString text;
    if (auto* edit = qobject_cast<QPlainTextEdit*>(editor))
        text = edit->toPlainText();
    else if (auto* line = qobject_cast<QLineEdit*>(editor))
        text = line->text();
    if (spec->type != ColumnType::Text)
        text = text.trimmed();
    if (text.isEmpty() && spec->type != ColumnType::Text)
        return QVariant();
    if (spec->type == ColumnType::Real) {
        bool ok = false;
        const double number = QLocale().toDouble(text, &ok);
        return ok ? QVariant(number) : QVariant(text); // the validator names a text that is not a number
    }
    return text;
}

void RecordForm::setValues(const QVariantMap& row)
{
    m_loading = true;
    for (const QString& column : m_columns)
        setEditorValue(column, row.value(column));
    m_loading = false;
    m_modified = false;
    clearErrors();
}

QVariantMap RecordForm::values() const
{
    QVariantMap result;
    for (const QString& column : m_columns)
        result.insert(column, editorValue(column));
    return result;
}

void RecordForm::showErrors(const QList<FieldError>& errors)
{
    clearErrors();
    QWidget* first = nullptr;
    for (const FieldError& error : errors) {
        QLabel* label = m_errors.value(error.column);
        if (!label)
            continue;
        label->setText(error.message);
        label->setVisible(true);
        if (!first)
            first = m_editors.value(error.column);
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void RecordForm::clearErrors()
{
    for (QLabel* label : std::as_const(m_errors)) {
        label->clear();
        label->setVisible(false);
    }
}

bool RecordForm::hasErrors() const
{
    for (QLabel* label : m_errors) {
        if (!label->text().isEmpty())
            return true;
    }
    return false;
}

void RecordForm::setReadOnly(bool readOnly)
{
    for (QWidget* editor : std::as_const(m_editors)) {
        if (auto* line = qobject_cast<QLineEdit*>(editor))
            line->setReadOnly(readOnly);
        else if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
            text->setReadOnly(readOnly);
        else
            editor->setEnabled(!readOnly);
    }
}

void RecordForm::markModified()
{
    if (m_loading)
        return;
    m_modified = true;
    Q_EMIT modified();
}

} // namespace crosswalk
