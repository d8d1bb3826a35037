#pragma once

#include <QWidget>

namespace crosswalk {

/// A navigation page that is not built yet: its name and one honest line saying so.
class PlaceholderView : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderView(const QString& title, QWidget* parent = nullptr);
};

} // namespace crosswalk
