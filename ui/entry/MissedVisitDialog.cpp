#include "entry/MissedVisitDialog.h"

#include "assessments/AssessmentRepository.h"
#include "common/DateFields.h"
#include "common/DialogButtons.h"
#include "common/HintLabel.h"
#include "instruments/InstrumentCatalog.h"
#include "participants/ParticipantRepository.h"
#include "storage/Database.h"
#include "trial/ProtocolRepository.h"

#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace td {

MissedVisitDialog::MissedVisitDialog(Database& db, const Actor& actor, qint64 participantId,
                                     qint64 timePointId, QWidget* parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_participantId(participantId),
      m_timePointId(timePointId), m_heading(new QLabel(this)), m_window(new QLabel(this)),
      m_instruments(new QLabel(this)), m_text(new QLabel(this)), m_dateLabel(new QLabel(this)),
      m_date(todayDateEdit(db.clock().today(), this)), m_reasonLabel(new QLabel(this)),
      m_reason(new QLineEdit(this)), m_reasonHint(makeHintLabel(this)),
      m_buttons(new DialogButtons(this))
{
    auto* dateError = new ErrorLabel(this);
    auto* reasonError = new ErrorLabel(this);
    auto* error = new ErrorLabel(this);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_window->setObjectName(QStringLiteral("window"));
    m_instruments->setObjectName(QStringLiteral("instruments"));
    m_date->setObjectName(QStringLiteral("date"));
    m_reason->setObjectName(QStringLiteral("reason"));
    dateError->setObjectName(QStringLiteral("dateError"));
    reasonError->setObjectName(QStringLiteral("reasonError"));
    error->setObjectName(QStringLiteral("error"));
    m_errors.add(Field::General, error);
    m_errors.add(Field::Date, dateError, m_date);
    m_errors.add(Field::Reason, reasonError, m_reason);

    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_heading->setFont(big);
    for (QLabel* label : {m_window, m_instruments, m_text})
        label->setWordWrap(true);
    // Settled today by default; never a day still to come.
    const QDate today = m_db.clock().today();
    m_date->setMaximumDate(today);
    m_date->setDate(today);
    m_dateLabel->setBuddy(m_date);
    m_reasonLabel->setBuddy(m_reason);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_dateLabel, fieldBox(this, m_date, nullptr, dateError));
    form->addRow(m_reasonLabel, fieldBox(this, m_reason, m_reasonHint, reasonError));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_window);
    layout->addWidget(m_instruments);
    layout->addSpacing(4);
    layout->addWidget(m_text);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addSpacing(8);
    layout->addWidget(m_buttons);

    // A refusal is about the value refused: changing the value takes it away (the next
    // Record checks again).
    connect(m_reason, &QLineEdit::textEdited, this, [this] {
        if (m_ready && m_errors.shown() != Field::Date)
            m_errors.clear();
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (m_ready && m_errors.shown() != Field::Reason)
            m_errors.clear();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { submit(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(540);
    m_ready = load();
    m_buttons->acceptButton()->setEnabled(m_ready);
    m_date->setEnabled(m_ready);
    m_reason->setEnabled(m_ready);
    retranslateUi();
    if (!m_ready)
        m_errors.show(Field::General, m_loadError);
    m_reason->setFocus();
}

bool MissedVisitDialog::load()
{
    auto fail = [this](const QString& message) {
        m_loadError = message;
        return false;
    };
    auto participant = ParticipantRepository(m_db).get(m_actor, m_participantId);
    if (!participant.ok())
        return fail(participant.message());
    m_studyId = participant->studyId;
    auto protocol = ProtocolRepository(m_db).load(m_actor);
    if (!protocol.ok())
        return fail(protocol.message());
    if (const TimePoint* tp = protocol->timePoint(m_timePointId))
        m_timePoint = *tp;
    auto visits = VisitTimeline::forParticipant(m_db, m_actor, m_participantId);
    if (!visits.ok())
        return fail(visits.message());
    const auto found = std::find_if(visits->begin(), visits->end(), [this](const Visit& v) {
        return v.timePointId == m_timePointId;
    });
    if (!m_timePoint || found == visits->end())
        return fail(tr("Visit %1 is not in this participant's schedule.").arg(m_timePointId));
    m_visit = *found;
    if (auto catalog = InstrumentCatalog::load(m_db); catalog.ok())
        for (const QString& id : m_visit.scheduled)
            if (const InstrumentDefinition* d = catalog->find(id))
                m_shortNames[id] = d->shortName;
    return true;
}

QString MissedVisitDialog::instrumentNames(const QStringList& ids) const
{
    QStringList names;
    for (const QString& id : ids) {
        const auto it = m_shortNames.find(id);
        names << (it == m_shortNames.end() || it->second.isEmpty() ? id : it->second);
    }
    return QLocale().createSeparatedList(names);
}

void MissedVisitDialog::retranslateUi()
{
    setWindowTitle(tr("Record missed visit"));
    const QLocale locale;
    const QString visit = m_timePoint ? QString(m_timePoint->label) : QString();
    m_heading->setText(m_studyId.isEmpty() ? tr("Record missed visit")
                                           : tr("Participant %1 · %2").arg(m_studyId, visit));
    if (!m_ready) {
        m_window->clear();
    } else if (m_visit.windowOpen.isValid()) {
        m_window->setText(tr("Window: %1 to %2 (target %3)")
                              .arg(locale.toString(m_visit.windowOpen, QLocale::ShortFormat),
                                   locale.toString(m_visit.windowClose, QLocale::ShortFormat),
                                   locale.toString(m_visit.target, QLocale::ShortFormat)));
    } else {
        m_window->setText(tr("Not scheduled yet: the visit counts from randomization."));
    }
    QString instruments;
    if (m_ready) {
        instruments = tr("Scheduled: %1.").arg(instrumentNames(m_visit.scheduled));
        if (!m_visit.completed.isEmpty())
            instruments += QLatin1Char(' ') + tr("Already recorded with data: %1 (kept).")
                                                  .arg(instrumentNames(m_visit.completed));
    }
    m_instruments->setText(instruments);
    m_instruments->setVisible(m_ready);
    m_window->setVisible(m_ready);
    m_text->setText(tr("Every scheduled instrument of this visit that is not recorded yet is "
                       "recorded as missing, with the reason below. The visit then shows as "
                       "missed, and the data export says why."));
    m_dateLabel->setText(tr("&Date:"));
    retranslateDateEdit(m_date);
    m_reasonLabel->setText(tr("&Reason:"));
    m_reason->setPlaceholderText(tr("e.g. Participant could not be reached"));
    m_reasonHint->setText(tr("Required. The date is when the visit was settled as missed, no "
                             "later than today."));
    m_buttons->setTexts(tr("Record missed visit"), tr("Cancel"));
}

QString MissedVisitDialog::submit(const QDate& date, const QString& reason)
{
    m_date->setDate(date);
    m_reason->setText(reason);
    return submit();
}

QString MissedVisitDialog::submit()
{
    if (!m_ready)
        return m_loadError;
    m_errors.clear();
    auto recorded = AssessmentRepository(m_db).recordMissedVisit(
        m_actor, m_participantId, m_timePointId, m_date->date(), m_reason->text());
    if (!recorded.ok()) {
        const QString field = recorded.error().field;
        const Field at = field == QStringLiteral("missing_reason")    ? Field::Reason
                         : field == QStringLiteral("assessment_date") ? Field::Date
                                                                      : Field::General;
        m_errors.show(at, recorded.message());
        fitHeight();
        return recorded.message();
    }
    m_recorded.clear();
    for (const Assessment& a : *recorded)
        m_recorded << a.instrumentId;
    accept();
    return {};
}

void MissedVisitDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitHeight();
}

void MissedVisitDialog::fitHeight()
{
    // As tall as the wrapped texts and the refusal need at this width, no taller.
    layout()->activate();
    resize(width(), std::max(minimumHeight(), layout()->totalHeightForWidth(width())));
}

void MissedVisitDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace td
