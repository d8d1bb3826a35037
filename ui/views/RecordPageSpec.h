#pragma once

#include <QString>
#include <QStringList>

namespace crosswalk {

/// What a RecordPage shows of one kind of record.
struct RecordPageSpec
{
    QString table;             ///< the records listed ("commitments")
    QString objectName;        ///< the page's object name ("commitmentsPage")
    QString title;             ///< the page heading, translated
    QStringList listColumns;   ///< columns of the list: column names or "link:<link table>"
    QStringList filterColumns; ///< columns with a filter list (may be link columns not in the list)
    QStringList formColumns;   ///< columns of the form; empty: every column but id and timestamps
};

} // namespace crosswalk
