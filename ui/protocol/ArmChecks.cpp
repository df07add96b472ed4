#include "protocol/ArmChecks.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>

namespace td {

ArmChecks::ArmChecks(QWidget* parent)
    : QWidget(parent), m_label(new QLabel(this)), m_boxes(new QHBoxLayout)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_label);
    layout->addLayout(m_boxes);
    layout->addStretch();
}

void ArmChecks::setLabel(const QString& text)
{
    m_label->setText(text);
    if (!m_checks.isEmpty())
        m_label->setBuddy(m_checks.first());
}

void ArmChecks::setArms(const QStringList& codes)
{
    QStringList now;
    for (const QCheckBox* c : m_checks)
        now << c->text();
    if (now == codes)
        return;
    const QStringList keep = selected();
    qDeleteAll(m_checks);
    m_checks.clear();
    for (const QString& code : codes) {
        auto* box = new QCheckBox(code, this);
        box->setObjectName(code);
        m_boxes->addWidget(box);
        m_checks << box;
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_setting)
                emit toggled();
        });
    }
    m_label->setBuddy(m_checks.isEmpty() ? nullptr : m_checks.first());
    setSelected(keep);
}

void ArmChecks::setSelected(const QStringList& codes)
{
    m_setting = true;
    for (QCheckBox* c : m_checks)
        c->setChecked(codes.contains(c->text()));
    m_setting = false;
}

QStringList ArmChecks::selected() const
{
    QStringList out;
    for (const QCheckBox* c : m_checks)
        if (c->isChecked())
            out << c->text();
    return out;
}

QCheckBox* ArmChecks::box(const QString& code) const
{
    for (QCheckBox* c : m_checks)
        if (c->text() == code)
            return c;
    return nullptr;
}

} // namespace td
