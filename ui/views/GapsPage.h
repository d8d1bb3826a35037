#pragma once

#include "ui/views/RecordPage.h"

namespace crosswalk {

/// Shortfalls: the gaps with their severity, status and owner, and their links to themes,
/// commitments and programmes.
class GapsPage : public RecordPage
{
    Q_OBJECT

public:
    explicit GapsPage(PageContext& context, QWidget* parent = nullptr);
};

} // namespace crosswalk
