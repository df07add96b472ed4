#include "common/ErrorLabel.h"

namespace td {

ErrorLabel::ErrorLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setStyleSheet(QStringLiteral("color: #b00020;"));
    hide();
}

void ErrorLabel::showMessage(const QString& message)
{
    setText(message);
    show();
}

} // namespace td
