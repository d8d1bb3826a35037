#pragma once

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QPlainTextEdit;

namespace crosswalk {

/// Asks why a target provision does not apply to a party ("Article 5 commitments bind members
/// only"). The justification is required: OK stays disabled while it is blank. The dialog returns the
/// text; it never touches the database.
class ApplicabilityDialog : public QDialog
{
    Q_OBJECT

public:
    /// provision: "NATO-SC2022:B Malicious cyber activities and Article 5"; party: "JP — Japan".
    ApplicabilityDialog(const QString& provision, const QString& party, QWidget* parent = nullptr);

    /// The justification as typed, trimmed.
    QString justification() const;
    void setJustification(const QString& text);

    /// Shows the dialog; the justification when the user confirmed, nothing when cancelled.
    static std::optional<QString> ask(QWidget* parent, const QString& provision, const QString& party);

private:
    void updateButtons();

    QPlainTextEdit* m_text = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace crosswalk
