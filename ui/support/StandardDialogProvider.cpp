#include "ui/support/StandardDialogProvider.h"

#include <QFileDialog>
#include <QMessageBox>

namespace crosswalk {

QString StandardDialogProvider::getOpenFileName(QWidget* parent, const QString& caption, const QString& directory,
                                                const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString StandardDialogProvider::getSaveFileName(QWidget* parent, const QString& caption, const QString& directory,
                                                const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, caption, directory, filter);
}

void StandardDialogProvider::critical(QWidget* parent, const QString& title, const QString& text)
{
    // Plain text: messages quote file names and database errors, which are not markup.
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void StandardDialogProvider::information(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void StandardDialogProvider::about(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::about(parent, title, text);
}

bool StandardDialogProvider::question(QWidget* parent, const QString& title, const QString& text,
                                      const QString& details)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    box.setDefaultButton(QMessageBox::No);
    box.setTextFormat(Qt::PlainText);
    if (!details.isEmpty())
        box.setDetailedText(details);
    return box.exec() == QMessageBox::Yes;
}

} // namespace crosswalk
