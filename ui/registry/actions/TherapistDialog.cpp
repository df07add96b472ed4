#include "registry/actions/TherapistDialog.h"

#include "participants/ParticipantRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <algorithm>

namespace td {

std::vector<User> TherapistDialog::candidates(const std::vector<User>& users, qint64 siteId)
{
    std::vector<User> out;
    for (const User& u : users)
        if (u.role == Role::Therapist && u.active &&
            (u.sites.empty() || std::find(u.sites.begin(), u.sites.end(), siteId) != u.sites.end()))
            out.push_back(u);
    std::sort(out.begin(), out.end(), [](const User& a, const User& b) {
        return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
    });
    return out;
}

TherapistDialog::TherapistDialog(Database& db, const Actor& actor, const Protocol& protocol,
                                 const Participant& participant, QWidget* parent)
    : GuidedDialog(db, actor, parent), m_protocol(protocol), m_participant(participant),
      m_currentLabel(new QLabel(this)), m_current(new QLabel(this)),
      m_therapistLabel(new QLabel(this)), m_therapist(new QComboBox(this)),
      m_reasonLabel(new QLabel(this)), m_reason(new QLineEdit(this))
{
    auto users = UserRepository(m_db).list(m_actor);
    if (users.ok())
        m_users = std::move(users).value();
    for (const User& u : candidates(m_users, participant.siteId))
        m_therapist->addItem(u.displayName.isEmpty()
                                 ? u.username
                                 : QStringLiteral("%1 (%2)").arg(u.displayName, u.username),
                             u.id);
    m_therapist->setCurrentIndex(std::max(0, m_therapist->findData(participant.therapistId)));
    m_therapistLabel->setBuddy(m_therapist);
    m_reasonLabel->setBuddy(m_reason);
    form()->addRow(m_currentLabel, m_current);
    form()->addRow(m_therapistLabel, refusable(QStringLiteral("therapist"), m_therapist));
    form()->addRow(m_reasonLabel, refusable(QStringLiteral("reason"), m_reason));
    m_reasonLabel->setVisible(reassigns());
    m_reason->parentWidget()->setVisible(reassigns());
    connect(m_therapist, &QComboBox::currentIndexChanged, this, &TherapistDialog::updateFields);
    connect(m_reason, &QLineEdit::textChanged, this, &TherapistDialog::updateSummary);
    retranslateUi();
    updateFields();
    if (!users.ok())
        showRefusal(users.error());
}

bool TherapistDialog::choose(qint64 userId)
{
    const int at = m_therapist->findData(userId);
    if (at < 0)
        return false;
    m_therapist->setCurrentIndex(at);
    return true;
}

QString TherapistDialog::nameOf(qint64 userId) const
{
    for (const User& u : m_users)
        if (u.id == userId)
            return u.displayName.isEmpty() ? u.username : u.displayName;
    return QString::number(userId);
}

QString TherapistDialog::title() const
{
    return tr("Therapist of %1").arg(m_participant.studyId);
}

QString TherapistDialog::confirmText() const
{
    return reassigns() ? tr("Reassign") : tr("Assign");
}

void TherapistDialog::retranslateFields()
{
    m_currentLabel->setText(tr("Now:"));
    m_current->setText(reassigns() ? nameOf(m_participant.therapistId) : tr("none assigned"));
    m_therapistLabel->setText(tr("&Therapist:"));
    m_reasonLabel->setText(tr("&Reason:"));
    m_reason->setPlaceholderText(tr("e.g. therapist on leave; the participant asked"));
}

void TherapistDialog::updateFields()
{
    const qint64 chosen = m_therapist->currentData().toLongLong();
    setConfirmEnabled(chosen != 0 && chosen != m_participant.therapistId);
    updateSummary();
}

QString TherapistDialog::summary() const
{
    const Site* site = m_protocol.site(m_participant.siteId);
    const QString siteName = site ? site->name.text() : QString();
    if (m_therapist->count() == 0)
        return tr("No active therapist works at %1. The administrator adds therapists and the "
                  "sites they work at in the Users area.")
            .arg(siteName);
    const qint64 chosen = m_therapist->currentData().toLongLong();
    const QString id = m_participant.studyId;
    if (chosen == m_participant.therapistId)
        return tr("%1 is the therapist of %2 now. Choose another therapist to reassign.")
            .arg(nameOf(chosen), id);
    if (!reassigns())
        return tr("%1 becomes the therapist of %2 and sees %2 among their patients.")
            .arg(nameOf(chosen), id);
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty())
        return tr("%1 takes over %2 from %3. Write the reason first: it is required.")
            .arg(nameOf(chosen), id, nameOf(m_participant.therapistId));
    return tr("%1 takes over %2 from %3 (reason: %4); %3 no longer sees %2.")
        .arg(nameOf(chosen), id, nameOf(m_participant.therapistId), reason);
}

Status TherapistDialog::apply()
{
    auto done = ParticipantRepository(m_db).assignTherapist(
        m_actor, m_participant.id, m_therapist->currentData().toLongLong(), m_reason->text());
    if (!done.ok())
        return done.error();
    return {};
}

} // namespace td
