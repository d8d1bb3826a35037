#pragma once

#include "models/storage/RecordValidator.h"

#include <QCoreApplication>
#include <QPointer>
#include <QVariantMap>

class QWidget;

namespace crosswalk {

class PageContext;
class RecordForm;

/// The edits a record form makes, for pages and panels alike: the values of a new record, saving
/// (validated first, errors shown next to the fields and nothing written), and deleting after a
/// question that lists what else changes. Every write goes through PageContext::apply, so it can
/// be undone.
class RecordEditor
{
    Q_DECLARE_TR_FUNCTIONS(RecordEditor)

public:
    /// parent: the widget messages and questions are shown over.
    RecordEditor(PageContext& context, QWidget* parent);

    /// The values of a new record: the schema's default or the first choice of each column, the
    /// default marking of the preferences, unverified.
    QVariantMap defaults(const QString& table) const;

    /// Writes the form's values (with fixed values the form does not show, such as the dialogue of
    /// a delegate) as a new record (id 0) or into record id. Returns the id of the record written,
    /// or 0 when nothing was written (the problems are shown in the form or in a message).
    qint64 save(RecordForm& form, qint64 id, const QVariantMap& fixed = {}) const;

    /// Asks whether to delete the record, naming what refers to it, and deletes it (with everything
    /// that would be left dangling) on yes. True when it was deleted.
    bool remove(const QString& table, qint64 id) const;

private:
    PageContext& m_context;
    QPointer<QWidget> m_parent;
};

} // namespace crosswalk
