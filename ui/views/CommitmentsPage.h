#pragma once

#include "ui/views/RecordPage.h"

namespace crosswalk {

class CommitmentUpdatesPanel;

/// What parties undertook: the commitments with their status, progress and themes; under the form
/// the update history (and a new dated update) and the links to themes, gaps, programmes and
/// provisions.
class CommitmentsPage : public RecordPage
{
    Q_OBJECT

public:
    explicit CommitmentsPage(PageContext& context, QWidget* parent = nullptr);

    QStringList tables() const override;
    /// Also shows a commitment update: its commitment, with the history in front.
    bool showRecord(const QString& table, qint64 id) override;

    CommitmentUpdatesPanel* updatesPanel() const { return m_updates; }

private:
    CommitmentUpdatesPanel* m_updates = nullptr;
};

} // namespace crosswalk
