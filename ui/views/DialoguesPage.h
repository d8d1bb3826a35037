#pragma once

#include "ui/views/RecordPage.h"

namespace crosswalk {

class DelegatesPanel;

/// Meeting rounds: the dialogues with their kind, date and place; the form holds objectives, key
/// messages and outcomes in both languages; under it the parties and the delegates.
class DialoguesPage : public RecordPage
{
    Q_OBJECT

public:
    explicit DialoguesPage(PageContext& context, QWidget* parent = nullptr);

    QStringList tables() const override;
    /// Also shows a delegate: its dialogue, with the delegates in front.
    bool showRecord(const QString& table, qint64 id) override;

    DelegatesPanel* delegatesPanel() const { return m_delegates; }

private:
    DelegatesPanel* m_delegates = nullptr;
};

} // namespace crosswalk
