#include "ui/widgets/DashboardTimeline.h"

#include "models/domain/IsoDate.h"
#include "ui/widgets/DashboardCharts.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QSet>
#include <QToolTip>

namespace crosswalk {

namespace {

constexpr int TitleLength = 34;

qreal msecs(const QDateTime& time)
{
    return qreal(time.toMSecsSinceEpoch());
}

/// Midday of the day: where a marker for that day sits.
qreal middayOf(const QDate& date)
{
    return msecs(date.startOfDay().addSecs(12 * 3600));
}

/// The end of the day (the start of the next), where a period that ends on that day stops.
qreal endOf(const QDate& date)
{
    return msecs(date.addDays(1).startOfDay());
}

/// Hides the legend entries of a series (rows repeat the colours the first entry names).
void hideFromLegend(QChart& chart, QAbstractSeries* series)
{
    const QList<QLegendMarker*> markers = chart.legend()->markers(series);
    for (QLegendMarker* marker : markers)
        marker->setVisible(false);
}

/// Shows the point's description as a tooltip when the pointer rests on it.
void describePoints(QXYSeries* series, const QStringList& texts)
{
    QObject::connect(series, &QXYSeries::hovered, series, [series, texts](const QPointF& point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const QList<QPointF> points = series->points();
        for (qsizetype i = 0; i < points.size() && i < texts.size(); ++i) {
            if (qFuzzyCompare(points.at(i).x(), point.x()) && qFuzzyCompare(points.at(i).y(), point.y())) {
                QToolTip::showText(QCursor::pos(), texts.at(i));
                return;
            }
        }
    });
}

/// The date range shown: whole years (or steps of several years) around every date and today.
struct YearRange
{
    int first = 0;
    int end = 0; ///< exclusive: the axis stops on 1 January of this year
    int step = 1;
};

YearRange yearRange(const DashboardFigures& figures)
{
    QDate earliest = figures.today;
    QDate latest = figures.today;
    const auto include = [&](const QDate& date) {
        if (!date.isValid())
            return;
        if (!earliest.isValid() || date < earliest)
            earliest = date;
        if (!latest.isValid() || date > latest)
            latest = date;
    };
    for (const ProgrammePeriod& programme : figures.programmes) {
        include(programme.start);
        include(programme.end);
    }
    for (const DueCommitment& commitment : figures.dueCommitments) {
        include(commitment.earliest);
        include(commitment.latest);
    }
    YearRange range;
    range.first = earliest.year();
    // A marker late in the last year would sit on the right edge: show the next year too.
    const int lastYear = latest.dayOfYear() > 270 ? latest.year() + 1 : latest.year();
    const int years = lastYear - range.first + 1;
    range.step = years <= 12 ? 1 : years <= 24 ? 2 : years <= 60 ? 5 : 10;
    range.end = range.first + (years + range.step - 1) / range.step * range.step;
    return range;
}

/// 1 January of the year, shifted by a day and a half. QDateTimeAxis spaces its ticks evenly in time,
/// so with leap years a tick can land up to a day before 1 January and be labelled with the year
/// before; shifted, every tick falls on 1 to 3 January and reads as its year (the shift is invisible).
QDateTime yearStart(int year)
{
    return QDate(year, 1, 1).startOfDay().addSecs(36 * 3600);
}

} // namespace

int DashboardTimeline::rowCount(const DashboardFigures& figures)
{
    return int(figures.programmes.size() + figures.dueCommitments.size());
}

QString DashboardTimeline::programmeLabel(const ProgrammePeriod& programme)
{
    return DashboardFigures::shortLabel(programme.code, programme.title, TitleLength);
}

QString DashboardTimeline::commitmentLabel(const DueCommitment& commitment)
{
    const QString label = DashboardFigures::shortLabel(commitment.code, commitment.title, TitleLength);
    return commitment.overdue ? tr("%1 — overdue").arg(label) : label;
}

bool DashboardTimeline::build(QChart& chart, const DashboardFigures& figures)
{
    DashboardCharts::clear(chart);
    chart.setTitle(tr("Timeline: programme periods and commitment due dates"));
    const int rows = rowCount(figures);
    if (rows == 0)
        return false;

    const YearRange years = yearRange(figures);
    const QDateTime axisStart = yearStart(years.first);
    const QDateTime axisEnd = yearStart(years.end);

    auto* dates = new QDateTimeAxis;
    dates->setRange(axisStart, axisEnd);
    dates->setTickCount((years.end - years.first) / years.step + 1);
    dates->setFormat(QStringLiteral("yyyy"));
    dates->setTitleText(tr("Year"));
    chart.addAxis(dates, Qt::AlignBottom);

    // Rows from the top: programmes, then commitments. Row r sits at y = rows - r - 0.5.
    auto* rowAxis = new QCategoryAxis;
    rowAxis->setRange(0, rows);
    rowAxis->setStartValue(0);
    rowAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    rowAxis->setGridLineColor(QColor(0xe0, 0xe0, 0xe0));
    QStringList labels;
    for (const ProgrammePeriod& programme : figures.programmes)
        labels << programmeLabel(programme);
    for (const DueCommitment& commitment : figures.dueCommitments)
        labels << commitmentLabel(commitment);
    QSet<QString> used;
    for (QString& label : labels) {
        // The axis needs distinct labels.
        const QString base = label;
        for (int n = 2; used.contains(label); ++n)
            label = QStringLiteral("%1 (%2)").arg(base).arg(n);
        used.insert(label);
    }
    for (int i = 0; i < rows; ++i)
        rowAxis->append(labels.at(rows - 1 - i), i + 1);
    chart.addAxis(rowAxis, Qt::AlignLeft);

    const auto add = [&](QAbstractSeries* series) {
        chart.addSeries(series);
        series->attachAxis(dates);
        series->attachAxis(rowAxis);
    };
    const auto rowY = [rows](int row) { return rows - row - 0.5; };
    const QLocale locale;

    // Programme periods: a thick bar per programme in the colour of its status; the legend names each
    // status once.
    QSet<int> named;
    for (int row = 0; row < figures.programmes.size(); ++row) {
        const ProgrammePeriod& programme = figures.programmes.at(row);
        auto* bar = new QLineSeries;
        QPen pen(DashboardCharts::colourFor(toKey(programme.status)), 12);
        pen.setCapStyle(Qt::FlatCap);
        bar->setPen(pen);
        const qreal from = programme.start.isValid() ? msecs(programme.start.startOfDay()) : msecs(axisStart);
        const qreal to = programme.end.isValid() ? endOf(programme.end) : msecs(axisEnd);
        bar->append(from, rowY(row));
        bar->append(to, rowY(row));
        bar->setName(tr("Programme: %1").arg(toLabel(programme.status)));
        add(bar);
        if (named.contains(int(programme.status)))
            hideFromLegend(chart, bar);
        named.insert(int(programme.status));
        const QString period =
            tr("%1 to %2")
                .arg(programme.startDate.isEmpty() ? tr("unknown start")
                                                   : IsoDate::display(programme.startDate, locale),
                     programme.endDate.isEmpty() ? tr("open end") : IsoDate::display(programme.endDate, locale));
        describePoints(bar,
                       {tr("%1 %2\n%3 (%4)").arg(programme.code, programme.title, period, toLabel(programme.status))});
    }

    // Commitments: the period the due date can mean as a thin bar, the deadline as a marker.
    auto* due = new QScatterSeries;
    due->setName(tr("Commitment due"));
    due->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    due->setMarkerSize(11);
    due->setColor(QColor(0x26, 0x32, 0x38)); // neutral, unlike the status colours of the bars
    auto* finished = new QScatterSeries;
    finished->setName(tr("Commitment done or dropped"));
    finished->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    finished->setMarkerSize(11);
    finished->setColor(QColor(0x9e, 0x9e, 0x9e));
    auto* overdue = new QScatterSeries;
    overdue->setName(tr("Overdue commitment"));
    overdue->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    overdue->setMarkerSize(13);
    overdue->setColor(DashboardCharts::colourFor(QStringLiteral("critical")));
    QStringList dueTexts;
    QStringList finishedTexts;
    QStringList overdueTexts;
    for (int i = 0; i < figures.dueCommitments.size(); ++i) {
        const DueCommitment& commitment = figures.dueCommitments.at(i);
        const int row = int(figures.programmes.size()) + i;
        const bool done = commitment.status == CommitmentStatus::Done || commitment.status == CommitmentStatus::Dropped;
        QScatterSeries* marker = commitment.overdue ? overdue : done ? finished : due;
        QStringList& texts = commitment.overdue ? overdueTexts : done ? finishedTexts : dueTexts;
        if (commitment.earliest < commitment.latest) {
            auto* span = new QLineSeries;
            QColor colour = marker->color();
            colour.setAlpha(110);
            QPen pen(colour, 5);
            pen.setCapStyle(Qt::FlatCap);
            span->setPen(pen);
            span->append(msecs(commitment.earliest.startOfDay()), rowY(row));
            span->append(endOf(commitment.latest), rowY(row));
            add(span);
            hideFromLegend(chart, span);
        }
        marker->append(middayOf(commitment.latest), rowY(row));
        QString text = tr("%1 %2\ndue %3 (%4)")
                           .arg(commitment.code, commitment.title, IsoDate::display(commitment.dueDate, locale),
                                toLabel(commitment.status));
        if (commitment.overdue)
            text += QLatin1Char('\n') + tr("Overdue");
        texts << text;
    }
    for (QScatterSeries* series : {due, finished, overdue}) {
        if (series->count() == 0) {
            delete series;
            continue;
        }
        series->setBorderColor(series->color().darker(140));
        add(series);
        describePoints(series, series == due ? dueTexts : series == finished ? finishedTexts : overdueTexts);
    }

    // A dotted rule between the programmes and the commitments.
    if (!figures.programmes.isEmpty() && !figures.dueCommitments.isEmpty()) {
        auto* rule = new QLineSeries;
        QPen pen(QColor(0x9e, 0x9e, 0x9e), 1, Qt::DotLine);
        rule->setPen(pen);
        const qreal y = qreal(figures.dueCommitments.size());
        rule->append(msecs(axisStart), y);
        rule->append(msecs(axisEnd), y);
        add(rule);
        hideFromLegend(chart, rule);
    }

    // Today.
    auto* today = new QLineSeries;
    QPen todayPen(QColor(0x42, 0x42, 0x42), 1.5, Qt::DashLine);
    today->setPen(todayPen);
    today->setName(tr("Today (%1)").arg(locale.toString(figures.today, QLocale::ShortFormat)));
    today->append(middayOf(figures.today), 0);
    today->append(middayOf(figures.today), rows);
    add(today);

    chart.legend()->setAlignment(Qt::AlignBottom);
    return true;
}

} // namespace crosswalk
