#pragma once

#include <QWidget>

namespace crosswalk {

class Database;
class PageContext;

/// A tab under the form of a record page that shows more about the selected record (its links,
/// its update history, its delegates). The page tells it the database and the record shown.
class DetailTab : public QWidget
{
    Q_OBJECT

public:
    explicit DetailTab(PageContext& context, QWidget* parent = nullptr) : QWidget(parent), m_context(context) {}

    PageContext& context() const { return m_context; }

    /// The database to show (nullptr: none).
    virtual void setDatabase(Database* db) = 0;
    /// The record shown by the page; 0 when none is selected or it is a new record not saved yet.
    virtual void setRecord(qint64 id) = 0;

private:
    PageContext& m_context;
};

} // namespace crosswalk
