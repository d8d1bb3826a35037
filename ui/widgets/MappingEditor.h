#pragma once

#include "models/storage/RecordValidator.h"

#include <QPointer>
#include <QVariantMap>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;

namespace crosswalk {

class Database;
class MappingForm;
class PageContext;

/// The mapping form of the Crosswalk page with its heading and buttons: Map ("mapButton", Ctrl+M)
/// adds a mapping between the pair of provisions the page selected, with the form's values; a stored
/// mapping shown in the form is saved ("saveMappingButton", Ctrl+S) or deleted after a question
/// ("deleteMappingButton"); Clear ("newMappingButton") goes back to the values of a new mapping,
/// which are kept while a stored mapping is shown. The validator's refusals are shown next to the
/// fields, or in a message for the pair (self-mapping, duplicate, within one framework); nothing is
/// written then. Every write goes through PageContext::apply.
class MappingEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MappingEditor(PageContext& context, QWidget* parent = nullptr);

    void setDatabase(Database* db);
    MappingForm* form() const { return m_form; }
    QPushButton* mapButton() const { return m_mapButton; }
    /// The widgets in tab order (form fields, then buttons), for the page's tab chain.
    QList<QWidget*> tabChain() const;
    /// Delete in the list of mappings deletes the mapping shown.
    QAction* deleteAction() const { return m_deleteAction; }
    /// Map (Ctrl+M) and Save changes (Ctrl+S), for the page to add so that they work anywhere on it.
    QList<QAction*> pageActions() const { return {m_mapAction, m_saveAction}; }

    /// Mappings between two provisions of one framework are refused unless allowed.
    void setAllowMappingsWithinFramework(bool allow) { m_allowWithin = allow; }
    /// The provisions selected on each side (0: none), for Map and the heading.
    void setPair(qint64 sourceProvisionId, qint64 targetProvisionId);

    /// The stored mapping shown (0: the values of a new one).
    qint64 editingMappingId() const { return m_editingId; }
    /// Shows a stored mapping (0: the values of a new one). When the form holds unsaved changes to
    /// another mapping, asks first; false when the user keeps them.
    bool showMapping(qint64 id);

    /// Adds "source REL target" with the values; returns the new id, or 0 when refused.
    qint64 createMapping(qint64 sourceProvisionId, qint64 targetProvisionId, const QVariantMap& values);
    /// Adds a mapping between two provisions with the values of a new mapping (the form's, or those
    /// kept while a stored mapping is shown): a drop of one provision onto another.
    qint64 mapProvisions(qint64 sourceProvisionId, qint64 targetProvisionId);

public Q_SLOTS:
    /// Map: the selected pair with the form's values.
    qint64 mapPair();
    bool save();
    bool remove();
    /// Leaves the stored mapping: the form takes the values of a new mapping.
    void clear();

Q_SIGNALS:
    /// A mapping was added (Map or a drop).
    void mappingCreated(qint64 id, qint64 sourceProvisionId, qint64 targetProvisionId);
    /// Another stored mapping (0: a new one) is shown, or the one shown was saved.
    void editingChanged(qint64 id);

private:
    void onDatabaseChanged(const QString& table);
    void showDraft();
    void reportErrors(const QString& intro, const QList<FieldError>& errors);
    RecordValidator validator(Database& db) const;
    QString provisionCode(qint64 provisionId) const;
    void updateActions();
    void updateHeading();

    PageContext& m_context;
    QPointer<Database> m_db;
    bool m_allowWithin = false;
    qint64 m_source = 0;
    qint64 m_target = 0;
    qint64 m_editingId = 0;
    QVariantMap m_draft; ///< the values of a new mapping, kept while a stored one is shown
    QString m_defaultAuthor;

    QLabel* m_heading = nullptr;
    MappingForm* m_form = nullptr;
    QAction* m_mapAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_clearAction = nullptr;
    QPushButton* m_mapButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QPushButton* m_clearButton = nullptr;
};

} // namespace crosswalk
