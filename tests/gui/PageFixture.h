#pragma once

#include "models/storage/RecordStore.h"
#include "tests/gui/FakeDialogProvider.h"
#include "tests/support/TestDatabase.h"
#include "ui/support/Preferences.h"
#include "ui/views/PageContext.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QStandardPaths>
#include <QUndoStack>

namespace crosswalk::test {

/// What a page needs, on a fresh copy of the sample database: the undo stack, dialogs that answer
/// from the test, and preferences kept in the test settings.
struct PageFixture
{
    TestDatabase database{TestDatabase::Content::Sample};
    QUndoStack undoStack;
    FakeDialogProvider dialogs;
    Preferences preferences;
    PageContext context{undoStack, dialogs, preferences};

    PageFixture() { context.setDatabase(&database.db()); }

    /// Keeps QSettings away from the user's settings; call once from initTestCase().
    static void useTestSettings()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CrosswalkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("crosswalk-pages-test"));
    }

    qint64 idOf(const QString& table, const QString& code)
    {
        return RecordStore(database.db()).idForCode(table, code).value_or(0);
    }

    QVariantMap record(const QString& table, qint64 id)
    {
        return RecordStore(database.db()).fetch(table, id).value_or(QVariantMap());
    }
};

/// The texts of a column of a model, top to bottom.
inline QStringList columnTexts(const QAbstractItemModel* model, int column = 0)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data().toString();
    return texts;
}

/// The stored values (RecordTableModel::KeyRole) of a column, top to bottom.
inline QStringList columnKeys(const QAbstractItemModel* model, int column, int role)
{
    QStringList keys;
    for (int row = 0; row < model->rowCount(); ++row)
        keys << model->index(row, column).data(role).toString();
    return keys;
}

} // namespace crosswalk::test
