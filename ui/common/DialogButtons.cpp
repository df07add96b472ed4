#include "common/DialogButtons.h"

#include <QPushButton>

namespace td {

DialogButtons::DialogButtons(QWidget* parent)
    : QDialogButtonBox(parent), m_accept(addButton(QString(), QDialogButtonBox::AcceptRole)),
      m_reject(addButton(QString(), QDialogButtonBox::RejectRole))
{
    m_accept->setDefault(true);
}

void DialogButtons::setTexts(const QString& accept, const QString& reject)
{
    m_accept->setText(accept);
    m_reject->setText(reject);
}

} // namespace td
