#pragma once

#include "models/storage/RecordValidator.h"

#include <QPointer>
#include <QVariantMap>
#include <QWidget>

class QLabel;
class QScrollArea;
class QStackedWidget;

namespace crosswalk {

class Database;
class RecordForm;

/// The forms of the Frameworks page: every field of a framework ("frameworkForm"), or of a
/// provision ("provisionForm": its parent, order, code, reference, titles, summaries, effective date,
/// source, verification, marking), each in a scroll area. The parent list of a provision offers only
/// the provisions of the same framework, and none that would make it its own ancestor. The editor
/// only holds values: the page validates and writes them.
class FrameworkEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FrameworkEditor(QWidget* parent = nullptr);

    /// The database whose records the lists offer (read only).
    void setDatabase(Database* db);

    /// Edits a framework; an id of 0 is a new one (the row holds its first values).
    void editFramework(const QVariantMap& framework);
    /// Edits a provision of the framework named by its framework_id; language is the framework's
    /// document language ("ja"), which names the original-language fields. An id of 0 is a new one.
    void editProvision(const QVariantMap& provision, const QString& language);
    /// Shows no form, only a hint.
    void showNothing(const QString& hint);

    /// "frameworks", "provisions", or empty when no form is shown.
    const QString& table() const { return m_table; }
    /// The id of the record edited; 0 for a new one.
    qint64 recordId() const { return m_id; }
    /// The record as it was given (the stored row, or the first values of a new one).
    const QVariantMap& record() const { return m_record; }
    bool isNew() const { return !m_table.isEmpty() && m_id == 0; }
    /// True for a new record and for one whose fields were changed since it was shown.
    bool hasChanges() const;

    /// The form shown, nullptr when none.
    RecordForm* form() const;
    RecordForm* frameworkForm() const { return m_frameworkForm; }
    RecordForm* provisionForm() const { return m_provisionForm; }
    /// The values the form does not show but a new record needs (its framework).
    QVariantMap fixedValues() const;
    /// The record with the values in the form.
    QVariantMap editedRecord() const;

    /// Puts the stored (or first) values back in the form.
    void revert();
    /// Shows the problems next to their fields; false when some are about fields the form lacks.
    bool showErrors(const QList<FieldError>& errors);
    /// Puts the focus in the first field.
    void focusFirstField();

Q_SIGNALS:
    /// A field was changed (or a record shown): hasChanges() may have changed.
    void changed();

private:
    QScrollArea* wrap(RecordForm* form);
    void fillParentChoices(qint64 frameworkId, qint64 provisionId);
    void relabel(RecordForm* form, const QString& column, const QString& text);

    QPointer<Database> m_db;
    QString m_table;
    qint64 m_id = 0;
    QVariantMap m_record;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_hint = nullptr;
    RecordForm* m_frameworkForm = nullptr;
    RecordForm* m_provisionForm = nullptr;
    QScrollArea* m_frameworkScroll = nullptr;
    QScrollArea* m_provisionScroll = nullptr;
};

} // namespace crosswalk
