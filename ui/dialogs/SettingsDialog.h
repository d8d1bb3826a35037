#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace crosswalk {

/// Edit > Settings: the interface language, the author name recorded in audit entries and mapping
/// reviews, and the marking new records get. It shows the values it is given and returns the ones
/// chosen; the caller stores them.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Values
    {
        QString language; ///< "", "en" or "ja" ("" follows the system)
        QString authorName;
        QString defaultMarking; ///< TLP key: "CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED"

        bool operator==(const Values& other) const = default;
    };

    explicit SettingsDialog(const Values& values, QWidget* parent = nullptr);

    Values values() const;
    void setValues(const Values& values);

private:
    QComboBox* m_language = nullptr;
    QLineEdit* m_author = nullptr;
    QComboBox* m_marking = nullptr;
};

} // namespace crosswalk
