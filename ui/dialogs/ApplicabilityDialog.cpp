#include "ui/dialogs/ApplicabilityDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace crosswalk {

ApplicabilityDialog::ApplicabilityDialog(const QString& provision, const QString& party, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("applicabilityDialog"));
    setWindowTitle(tr("Not applicable"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Mark %1 as not applicable to %2. It then leaves the coverage figures of %2, with "
                                "this justification shown in its place.")
                                 .arg(provision, party),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* caption = new QLabel(tr("&Justification (required):"), this);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("justification"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("For example: Japan is not party to the Washington Treaty, so Article 5 does not "
                                  "apply to it."));
    caption->setBuddy(m_text);
    layout->addWidget(caption);
    layout->addWidget(m_text, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Mark not applicable"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ApplicabilityDialog::updateButtons);
    updateButtons();
    resize(480, 260);
}

QString ApplicabilityDialog::justification() const
{
    return m_text->toPlainText().trimmed();
}

void ApplicabilityDialog::setJustification(const QString& text)
{
    m_text->setPlainText(text);
}

void ApplicabilityDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!justification().isEmpty());
}

std::optional<QString> ApplicabilityDialog::ask(QWidget* parent, const QString& provision, const QString& party)
{
    ApplicabilityDialog dialog(provision, party, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.justification().isEmpty())
        return std::nullopt;
    return dialog.justification();
}

} // namespace crosswalk
