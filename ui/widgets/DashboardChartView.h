#pragma once

#include <QChartView>

class QToolButton;

namespace crosswalk {

/// A chart of the Dashboard page: a QChartView with a small "Save chart…" button in its top right
/// corner (objectName "saveChart_<key>") and the same action in its context menu. When it has no data
/// the chart keeps its title and says "No data" where the plot would be, instead of an empty frame
/// (and cannot be saved).
class DashboardChartView : public QChartView
{
    Q_OBJECT

public:
    explicit DashboardChartView(const QString& key, QWidget* parent = nullptr);

    QString key() const { return m_key; }
    QToolButton* saveButton() const { return m_save; }

    /// Replaces the chart with a new, empty one in the dashboard's style (and deletes the old one), to
    /// be filled by a builder. Building on a fresh chart rather than emptying the old one leaves no
    /// stale axis labels behind.
    QChart* resetChart();

    bool hasData() const { return m_hasData; }
    /// Shows the chart, or "No data" under its title.
    void setHasData(bool hasData);

Q_SIGNALS:
    /// The user asked to save the chart (button or context menu).
    void saveRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    void placeSaveButton();
    QChart* newChart() const;

    QString m_key;
    QToolButton* m_save = nullptr;
    bool m_hasData = true;
};

} // namespace crosswalk
