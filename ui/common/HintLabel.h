#pragma once

class QLabel;
class QWidget;

namespace td {

// The grey, wrapping line under a field that says what it takes (not an error: ErrorLabel).
QLabel* makeHintLabel(QWidget* parent);

} // namespace td
