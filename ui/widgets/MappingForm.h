#pragma once

#include "models/storage/RecordValidator.h"

#include <QHash>
#include <QVariantMap>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace crosswalk {

/// The fields of a mapping (DESIGN.md section 3): relationship (with its meaning shown below it and
/// on each choice), rationale, strength, justification, notes, review status, author, reviewer and
/// review date. The strength follows the relationship: 'equal' fixes it at 10 and 'no relationship'
/// at 0; the partial relationships take 1-9 or none. Editors are named "field_<column>", the error
/// line under each "error_<column>" (as in RecordForm). The form only holds values: it never writes.
class MappingForm : public QWidget
{
    Q_OBJECT

public:
    explicit MappingForm(QWidget* parent = nullptr);

    /// The mapping columns the form edits, in tab order.
    static QStringList columns();
    /// The values of a new mapping: intersects with, semantic, no strength, draft, the given author.
    static QVariantMap defaults(const QString& author);

    /// Shows the values (a stored mapping or the values of a new one); clears errors and the
    /// modified flag.
    void setValues(const QVariantMap& row);
    /// The values in the editors, keyed by column; an empty strength or review date is null.
    QVariantMap values() const;
    bool isModified() const { return m_modified; }

    /// Problems of mapping values that the validator does not see (a review date that is not a full
    /// YYYY-MM-DD date, which the schema requires).
    static QList<FieldError> checkValues(const QVariantMap& values);
    /// Shows each error under its field; returns the errors that have no field here (the pair of
    /// provisions: self-mapping, duplicate, within one framework).
    QList<FieldError> showErrors(const QList<FieldError>& errors);
    void clearErrors();

    QWidget* editor(const QString& column) const { return m_editors.value(column); }
    QLabel* errorLabel(const QString& column) const { return m_errors.value(column); }
    /// The explanation of the chosen relationship ("relationshipHelp").
    QLabel* relationshipHelp() const { return m_help; }

    /// What a relationship means (DESIGN.md vocabulary) and what it counts for the target.
    static QString relationshipMeaning(const QString& key);
    static QString rationaleMeaning(const QString& key);

Q_SIGNALS:
    void modified();

private:
    void addField(QGridLayout* grid, int row, int column, const QString& name, const QString& label, QWidget* editor,
                  int span = 1);
    void onRelationshipChanged();
    void markModified();

    QComboBox* m_relationship = nullptr;
    QComboBox* m_rationale = nullptr;
    QSpinBox* m_strength = nullptr;
    QPlainTextEdit* m_justification = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QComboBox* m_reviewStatus = nullptr;
    QLineEdit* m_author = nullptr;
    QLineEdit* m_reviewer = nullptr;
    QLineEdit* m_reviewDate = nullptr;
    QLabel* m_help = nullptr;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_errors;
    int m_partialStrength = 0; ///< the strength of a partial relationship, kept while 'equal' is shown
    bool m_modified = false;
    bool m_loading = false;
};

} // namespace crosswalk
