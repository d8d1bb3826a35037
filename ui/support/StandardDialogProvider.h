#pragma once

#include "ui/support/DialogProvider.h"

namespace crosswalk {

/// The real dialogs: QFileDialog and QMessageBox.
class StandardDialogProvider : public DialogProvider
{
public:
    StandardDialogProvider() = default;

    QString getOpenFileName(QWidget* parent, const QString& caption, const QString& directory,
                            const QString& filter) override;
    QString getSaveFileName(QWidget* parent, const QString& caption, const QString& directory,
                            const QString& filter) override;
    void critical(QWidget* parent, const QString& title, const QString& text) override;
    void information(QWidget* parent, const QString& title, const QString& text) override;
    bool question(QWidget* parent, const QString& title, const QString& text, const QString& details) override;
    void about(QWidget* parent, const QString& title, const QString& text) override;
};

} // namespace crosswalk
