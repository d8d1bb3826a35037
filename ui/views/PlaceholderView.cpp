#include "ui/views/PlaceholderView.h"

#include <QLabel>
#include <QVBoxLayout>

namespace crosswalk {

PlaceholderView::PlaceholderView(const QString& title, QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);

    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    heading->setTextFormat(Qt::PlainText);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.5);
    heading->setFont(font);
    layout->addWidget(heading);

    auto* note = new QLabel(tr("This page arrives in a later version of Crosswalk."), this);
    note->setObjectName(QStringLiteral("pageNote"));
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch(1);
}

} // namespace crosswalk
