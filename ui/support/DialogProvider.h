#pragma once

#include <QString>

class QWidget;

namespace crosswalk {

/// The seam through which the interface asks the user for files and shows messages, so that GUI
/// tests can answer instead of a modal dialog. StandardDialogProvider shows the real dialogs.
class DialogProvider
{
public:
    DialogProvider() = default;
    virtual ~DialogProvider() = default;
    DialogProvider(const DialogProvider&) = delete;
    DialogProvider& operator=(const DialogProvider&) = delete;

    /// An existing file to open; empty when the user cancelled.
    virtual QString getOpenFileName(QWidget* parent, const QString& caption, const QString& directory,
                                    const QString& filter) = 0;
    /// A file to write; empty when the user cancelled.
    virtual QString getSaveFileName(QWidget* parent, const QString& caption, const QString& directory,
                                    const QString& filter) = 0;
    virtual void critical(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void information(QWidget* parent, const QString& title, const QString& text) = 0;
    /// A yes/no question (confirming a deletion); details, when given, list what else changes.
    /// True when the user answered yes.
    virtual bool question(QWidget* parent, const QString& title, const QString& text,
                          const QString& details = QString()) = 0;
    /// The "About" box; text may hold simple rich text (already escaped).
    virtual void about(QWidget* parent, const QString& title, const QString& text) = 0;
};

} // namespace crosswalk
