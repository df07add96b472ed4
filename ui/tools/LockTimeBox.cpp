#include "tools/LockTimeBox.h"

#include "access/LockSettings.h"
#include "common/ErrorLabel.h"
#include "common/HintLabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace td {

LockTimeBox::LockTimeBox(Database& db, const Actor& actor, QWidget* parent)
    : QGroupBox(parent), m_db(db), m_actor(actor), m_label(new QLabel(this)),
      m_minutes(new QSpinBox(this)), m_apply(new QPushButton(this)), m_hint(makeHintLabel(this)),
      m_saved(new QLabel(this)), m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("lockTime"));
    m_minutes->setObjectName(QStringLiteral("lockMinutes"));
    m_error->setObjectName(QStringLiteral("lockTimeError"));
    // The field offers the range the core accepts; the core still checks it.
    m_minutes->setRange(LockSettings::minMinutes, LockSettings::maxMinutes);
    m_minutes->setValue(LockSettings(db).minutes());
    m_label->setBuddy(m_minutes);
    m_saved->setWordWrap(true);
    m_saved->hide();
    auto* row = new QHBoxLayout;
    row->addWidget(m_label);
    row->addWidget(m_minutes);
    row->addWidget(m_apply);
    row->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_hint);
    layout->addWidget(m_saved);
    layout->addWidget(m_error);
    connect(m_apply, &QPushButton::clicked, this, [this] { apply(); });
    connect(m_minutes, &QSpinBox::valueChanged, this, [this] {
        m_saved->hide();
        m_error->hide();
    });
    retranslateUi();
}

QString LockTimeBox::apply()
{
    const int minutes = m_minutes->value();
    const Status set = LockSettings(m_db).setMinutes(m_actor, minutes);
    if (!set.ok()) {
        m_saved->hide();
        m_error->showMessage(set.message());
        return set.message();
    }
    m_error->hide();
    m_saved->setText(
        tr("Saved: windows lock after %Ln minute(s) without input.", nullptr, minutes));
    m_saved->show();
    emit changed(minutes);
    return m_saved->text();
}

void LockTimeBox::retranslateUi()
{
    setTitle(tr("Screen lock"));
    m_label->setText(tr("Lock the &window after:"));
    m_minutes->setSuffix(tr(" minutes"));
    m_apply->setText(tr("Appl&y"));
    m_hint->setText(tr("After this long without keyboard or mouse input, TrialDesk hides the "
                       "trial until the signed-in user gives their password again. For every "
                       "user of this trial; from %1 to %2 minutes.")
                        .arg(LockSettings::minMinutes)
                        .arg(LockSettings::maxMinutes));
}

void LockTimeBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

} // namespace td
