#include "registry/actions/ScreenDialog.h"

#include "common/DateFields.h"
#include "participants/ParticipantRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>

namespace td {

ScreenDialog::ScreenDialog(Database& db, const Actor& actor, const Protocol& protocol,
                           QWidget* parent)
    : GuidedDialog(db, actor, parent), m_protocol(protocol), m_siteLabel(new QLabel(this)),
      m_site(new QComboBox(this)), m_dateLabel(new QLabel(this)), m_date(todayDateEdit(this))
{
    for (const Site& site : m_protocol.sites)
        m_site->addItem(QStringLiteral("%1 (%2)").arg(site.name, site.code), site.id);
    m_siteLabel->setBuddy(m_site);
    m_dateLabel->setBuddy(m_date);
    form()->addRow(m_siteLabel, m_site);
    form()->addRow(m_dateLabel, m_date);
    connect(m_site, &QComboBox::currentIndexChanged, this, &ScreenDialog::updateSummary);
    connect(m_date, &QDateEdit::dateChanged, this, &ScreenDialog::updateSummary);
    retranslateUi();
}

QString ScreenDialog::title() const
{
    return tr("Screen a new participant");
}

QString ScreenDialog::confirmText() const
{
    return tr("Add to screening log");
}

void ScreenDialog::retranslateFields()
{
    m_siteLabel->setText(tr("&Site:"));
    m_dateLabel->setText(tr("Screening &date:"));
    retranslateDateEdit(m_date);
}

QString ScreenDialog::summary() const
{
    const Site* site = m_protocol.site(m_site->currentData().toLongLong());
    if (!site)
        return tr("Choose the site where the person was assessed.");
    return tr("A screening log entry dated %1 is added at %2, and the person gets the next study "
              "ID of that site (%3-…). Eligibility and consent are recorded as the next steps.")
        .arg(QLocale().toString(m_date->date(), QLocale::LongFormat), site->name, site->code);
}

QString ScreenDialog::apply()
{
    auto made = ParticipantRepository(m_db).screen(m_actor, m_site->currentData().toLongLong(),
                                                   m_date->date());
    if (!made.ok())
        return made.message();
    m_createdId = made->id;
    return {};
}

} // namespace td
