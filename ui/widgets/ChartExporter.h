#pragma once

#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QChartView;

namespace crosswalk {

/// Writes what a chart view shows to an image file: PNG (a raster at twice the view's size) or SVG
/// (vector), chosen by the file's suffix; a name without suffix gets ".png". The file is written to a
/// temporary file beside it and renamed when complete (QSaveFile), so that a failed write leaves no
/// half-written file and an existing file untouched. Widgets on top of the view (its buttons) are not
/// part of the image.
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(crosswalk::ChartExporter)

public:
    enum class Format
    {
        Png,
        Svg
    };

    /// The file dialog's filters: "PNG image (*.png);;SVG image (*.svg)".
    static QString fileFilters();
    /// The format for a file name's suffix (case-insensitive); nothing for other suffixes.
    static std::optional<Format> formatFor(const QString& path);
    /// The path with ".png" added when it has no suffix.
    static QString withDefaultSuffix(const QString& path);

    /// Writes the view's chart to path (see the class comment). The failure message names the file.
    static Status save(QChartView& view, const QString& path);
};

} // namespace crosswalk
