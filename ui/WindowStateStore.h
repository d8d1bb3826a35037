#pragma once

#include <QString>

class QMainWindow;
class QWidget;

namespace crosswalk {

/// Keeps the main window's layout in QSettings: geometry, toolbars and docks (saveState), the
/// position of every named splitter inside the pages, and the page shown last.
class WindowStateStore
{
public:
    /// pages: the widget holding the pages (their splitters are found by objectName, so a splitter
    /// without one is not kept).
    static void save(const QMainWindow& window, const QWidget& pages, const QString& lastPage);
    /// Restores what save() kept; false when nothing was kept (the window keeps its default size).
    static bool restore(QMainWindow& window, QWidget& pages);
    /// The page shown last, empty when none was kept.
    static QString lastPage();

    /// The settings key of a splitter inside pages: "MainWindow/splitters/<names from the page down>".
    static QString splitterKey(const QWidget& pages, const QWidget& splitter);
};

} // namespace crosswalk
