#pragma once

#include <QLabel>

namespace td {

// The line under a form that says what was refused and why; hidden until there is a message.
class ErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ErrorLabel(QWidget* parent = nullptr);
    void showMessage(const QString& message);
};

} // namespace td
