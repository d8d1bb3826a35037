#pragma once

#include "ui/support/DialogProvider.h"

#include <QStringList>

namespace crosswalk::test {

/// Answers file dialogs with prepared paths and records the messages instead of showing them.
class FakeDialogProvider : public DialogProvider
{
public:
    QString nextOpenFileName;
    QString nextSaveFileName;
    QStringList criticals;
    QStringList informations;
    QString aboutText;
    int aboutCount = 0;
    bool nextAnswer = true;      ///< the answer to the next question
    QStringList questions;       ///< the questions asked, with their details after a newline

    QString getOpenFileName(QWidget*, const QString&, const QString&, const QString&) override
    {
        return std::exchange(nextOpenFileName, QString());
    }
    QString getSaveFileName(QWidget*, const QString&, const QString&, const QString&) override
    {
        return std::exchange(nextSaveFileName, QString());
    }
    void critical(QWidget*, const QString&, const QString& text) override { criticals << text; }
    void information(QWidget*, const QString&, const QString& text) override { informations << text; }
    bool question(QWidget*, const QString&, const QString& text, const QString& details) override
    {
        questions << (details.isEmpty() ? text : text + QLatin1Char('\n') + details);
        return nextAnswer;
    }
    void about(QWidget*, const QString&, const QString& text) override
    {
        aboutText = text;
        ++aboutCount;
    }
};

} // namespace crosswalk::test
