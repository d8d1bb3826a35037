#include "ui/widgets/DashboardChartView.h"

#include <QChart>
#include <QContextMenuEvent>
#include <QGraphicsLayout>
#include <QIcon>
#include <QMenu>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

namespace crosswalk {

DashboardChartView::DashboardChartView(const QString& key, QWidget* parent) : QChartView(parent), m_key(key)
{
    setObjectName(QStringLiteral("chart_") + key);
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::StyledPanel);
    setMinimumHeight(300);
    resetChart(); // the view's default chart in the dashboard's style

    m_save = new QToolButton(this);
    m_save->setObjectName(QStringLiteral("saveChart_") + key);
    m_save->setText(tr("Save chart…"));
    m_save->setAccessibleName(tr("Save chart"));
    m_save->setIcon(
        QIcon::fromTheme(QStringLiteral("document-save-as"), style()->standardIcon(QStyle::SP_DialogSaveButton)));
    m_save->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_save->setAutoRaise(true);
    m_save->setCursor(Qt::ArrowCursor);
    connect(m_save, &QToolButton::clicked, this, &DashboardChartView::saveRequested);
    placeSaveButton();
}

QChart* DashboardChartView::newChart() const
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(8, 8, 8, 8));
    chart->layout()->setContentsMargins(0, 0, 0, 0); // the chart's white fills the whole frame
    QFont titleFont = font();
    titleFont.setBold(true);
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    chart->setTitleFont(titleFont);
    return chart;
}

QChart* DashboardChartView::resetChart()
{
    QChart* old = chart();
    setChart(newChart());
    delete old;
    return chart();
}

void DashboardChartView::setHasData(bool hasData)
{
    m_hasData = hasData;
    m_save->setEnabled(hasData);
    m_save->setToolTip(hasData ? tr("Save this chart as a PNG or SVG image") : tr("There is nothing to save"));
    viewport()->update();
}

void DashboardChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    placeSaveButton();
}

void DashboardChartView::placeSaveButton()
{
    m_save->adjustSize();
    const int margin = 4;
    m_save->move(width() - m_save->width() - margin, margin);
    m_save->raise();
}

void DashboardChartView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    QAction* save = menu.addAction(m_save->icon(), tr("&Save chart as…"));
    save->setEnabled(m_hasData);
    connect(save, &QAction::triggered, this, &DashboardChartView::saveRequested);
    menu.exec(event->globalPos());
}

void DashboardChartView::drawForeground(QPainter* painter, const QRectF& rect)
{
    QChartView::drawForeground(painter, rect);
    if (m_hasData)
        return;
    painter->save();
    QFont big = font();
    if (big.pointSizeF() > 0)
        big.setPointSizeF(big.pointSizeF() * 1.3);
    painter->setFont(big);
    painter->setPen(palette().color(QPalette::Disabled, QPalette::Text));
    painter->drawText(sceneRect(), Qt::AlignCenter, tr("No data"));
    painter->restore();
}

} // namespace crosswalk
