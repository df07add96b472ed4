#include "common/FormParts.h"

#include <QDialog>
#include <QLabel>
#include <QLayout>
#include <QVBoxLayout>

namespace td {

QWidget* fieldBox(QWidget* parent, QWidget* field, QLabel* hint, ErrorLabel* error)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    if (hint)
        layout->addWidget(hint);
    if (error)
        layout->addWidget(error);
    return box;
}

void growToFit(QDialog* dialog)
{
    QLayout* layout = dialog->layout();
    if (!dialog->isVisible() || !layout)
        return;
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width())
                                                   : layout->totalSizeHint().height();
    if (needed > dialog->height())
        dialog->resize(dialog->width(), needed);
}

} // namespace td
