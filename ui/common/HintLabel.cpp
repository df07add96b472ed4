#include "common/HintLabel.h"

#include <QLabel>

namespace td {

QLabel* makeHintLabel(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #505050;"));
    return l;
}

} // namespace td
