#pragma once

#include "ui/views/RecordPage.h"

namespace crosswalk {

/// Capacity building: the programmes with their kind, lead, dates and status, and their partners,
/// themes, gaps and commitments.
class ProgrammesPage : public RecordPage
{
    Q_OBJECT

public:
    explicit ProgrammesPage(PageContext& context, QWidget* parent = nullptr);
};

} // namespace crosswalk
