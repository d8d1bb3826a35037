#pragma once

#include "models/storage/RecordValidator.h"

#include <QHash>
#include <QPointer>
#include <QVariantMap>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace crosswalk {

class Database;

/// A form for the columns of one table, built from TableCatalog: a line for text, a multi-line box
/// for paragraphs, a list for enumerations and references (with "(none)" where a reference is
/// optional), a number box for whole numbers, and a date field that takes YYYY, YYYY-MM or
/// YYYY-MM-DD. Each field has a label with a mnemonic and an error line under it that
/// showErrors() fills. Editors are named "field_<column>", error lines "error_<column>".
/// The form only holds values: it never writes to the database.
class RecordForm : public QWidget
{
    Q_OBJECT

public:
    RecordForm(QString table, QStringList columns, QWidget* parent = nullptr);

    /// The database whose records the reference lists offer (read only).
    void setDatabase(Database* db);
    /// Reloads the reference lists (after records were added elsewhere).
    void reloadChoices();

    const QString& table() const { return m_table; }
    const QStringList& columns() const { return m_columns; }

    /// Shows a record (or the defaults of a new one); clears errors and the modified flag.
    void setValues(const QVariantMap& row);
    /// The values in the editors, keyed by column; empty fields are null.
    QVariantMap values() const;
    bool isModified() const { return m_modified; }

    void showErrors(const QList<FieldError>& errors);
    void clearErrors();
    bool hasErrors() const;

    QWidget* editor(const QString& column) const { return m_editors.value(column); }
    QLabel* errorLabel(const QString& column) const { return m_errors.value(column); }

    /// Makes every editor read only (true) or editable.
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void modified();

private:
    QWidget* createEditor(const QString& column);
    void setEditorValue(const QString& column, const QVariant& value);
    QVariant editorValue(const QString& column) const;
    void markModified();

    QString m_table;
    QStringList m_columns;
    QPointer<Database> m_db;
    QFormLayout* m_layout = nullptr;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_errors;
    bool m_modified = false;
    bool m_loading = false;
};

} // namespace crosswalk
