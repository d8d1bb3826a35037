#include "ui/widgets/MatrixLegend.h"

#include "models/itemmodels/CrosswalkMatrixModel.h"
#include "ui/widgets/FlowLayout.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace crosswalk {

namespace {

QPixmap swatch(MatrixCoverage coverage, const QPalette& palette, qreal ratio)
{
    const QSize size(22, 14);
    QPixmap pixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    const QColor background = CrosswalkMatrixModel::background(coverage);
    pixmap.fill(background.isValid() ? background : palette.color(QPalette::Base));
    QPainter painter(&pixmap);
    painter.setPen(palette.color(QPalette::Mid));
    painter.drawRect(QRect(QPoint(0, 0), size).adjusted(0, 0, -1, -1));
    return pixmap;
}

} // namespace

MatrixLegend::MatrixLegend(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("matrixLegend"));
    auto* layout = new FlowLayout(this, 14, 4);
    layout->setContentsMargins(0, 2, 0, 2);

    auto* caption = new QLabel(tr("Colour: how much of the target group the source group covers "
                                  "(covered provisions count 1, partly covered ones their strength / 10):"),
                               this);
    caption->setObjectName(QStringLiteral("matrixLegendCaption"));
    layout->addWidget(caption);

    const struct
    {
        MatrixCoverage coverage;
        QString detail;
    } entries[] = {
        {MatrixCoverage::Full, tr("every provision")},
        {MatrixCoverage::High, tr("two thirds or more")},
        {MatrixCoverage::Medium, tr("a third to two thirds")},
        {MatrixCoverage::Low, tr("less than a third")},
        {MatrixCoverage::NoCoverage, tr("only “no relationship”")},
        {MatrixCoverage::NotApplicable, tr("marked not applicable")},
        {MatrixCoverage::Empty, QString()},
    };
    for (const auto& entry : entries) {
        auto* item = new QWidget(this);
        auto* itemLayout = new QHBoxLayout(item);
        itemLayout->setContentsMargins(0, 0, 0, 0);
        itemLayout->setSpacing(5);
        auto* colour = new QLabel(item);
        colour->setPixmap(swatch(entry.coverage, palette(), devicePixelRatioF()));
        auto* name =
            new QLabel(entry.detail.isEmpty()
                           ? CrosswalkMatrixModel::coverageLabel(entry.coverage)
                           : tr("%1 (%2)").arg(CrosswalkMatrixModel::coverageLabel(entry.coverage), entry.detail),
                       item);
        itemLayout->addWidget(colour);
        itemLayout->addWidget(name);
        item->setToolTip(name->text());
        layout->addWidget(item);
    }
}

} // namespace crosswalk
