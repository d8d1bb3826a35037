#pragma once

#include <QWidget>

namespace crosswalk {

/// The key to the matrix colours: a swatch and a name for each coverage class, from "Covers all" to
/// "No mappings", after a line that says what the colour measures.
class MatrixLegend : public QWidget
{
    Q_OBJECT

public:
    explicit MatrixLegend(QWidget* parent = nullptr);
};

} // namespace crosswalk
