#include "ui/widgets/ChartExporter.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace crosswalk {

namespace {

/// Paints the chart's scene (not the view's child widgets) into the painter's target rectangle.
void paintChart(QChartView& view, QPainter& painter, const QRectF& target)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    view.scene()->render(&painter, target, view.sceneRect(), Qt::IgnoreAspectRatio);
}

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QString ChartExporter::fileFilters()
{
    return tr("PNG image (*.png)") + QStringLiteral(";;") + tr("SVG image (*.svg)");
}

std::optional<ChartExporter::Format> ChartExporter::formatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    return std::nullopt;
}

QString ChartExporter::withDefaultSuffix(const QString& path)
{
    return QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".png") : path;
}

Status ChartExporter::save(QChartView& view, const QString& path)
{
    const std::optional<Format> format = formatFor(path);
    if (!format) {
        return Status::failure(
            tr("Cannot save the chart as %1: choose a file name ending in .png or .svg.").arg(nativePath(path)));
    }
    const QSize size = view.viewport()->size().isEmpty() ? view.size() : view.viewport()->size();
    if (size.isEmpty())
        return Status::failure(tr("Cannot save the chart as %1: the chart has no size yet.").arg(nativePath(path)));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(nativePath(path), file.errorString()));

    if (*format == Format::Png) {
        constexpr qreal scale = 2.0; // sharp enough for print
        QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            paintChart(view, painter, QRectF(QPointF(0, 0), QSizeF(size)));
        }
        QImageWriter writer(&file, "png");
        if (!writer.write(image)) {
            file.cancelWriting();
            return Status::failure(tr("Cannot write %1: %2").arg(nativePath(path), writer.errorString()));
        }
    } else {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(view.chart() ? view.chart()->title() : QString());
        generator.setDescription(tr("Chart exported by Crosswalk"));
        QPainter painter;
        if (!painter.begin(&generator)) {
            file.cancelWriting();
            return Status::failure(tr("Cannot write %1: %2").arg(nativePath(path), file.errorString()));
        }
        paintChart(view, painter, QRectF(QPointF(0, 0), QSizeF(size)));
        painter.end();
    }
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(nativePath(path), file.errorString()));
    return {};
}

} // namespace crosswalk
