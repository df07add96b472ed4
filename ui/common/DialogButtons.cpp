#include "common/DialogButtons.h"

#include <QPushButton>

namespace td {

void DialogButtons::retranslate(QDialogButtonBox* box)
{
    if (auto* b = box->button(QDialogButtonBox::Ok))
        b->setText(tr("OK"));
    if (auto* b = box->button(QDialogButtonBox::Cancel))
        b->setText(tr("Cancel"));
    if (auto* b = box->button(QDialogButtonBox::Yes))
        b->setText(tr("Yes"));
    if (auto* b = box->button(QDialogButtonBox::No))
        b->setText(tr("No"));
    if (auto* b = box->button(QDialogButtonBox::Close))
        b->setText(tr("Close"));
}

} // namespace td
