#include "registry/actions/CovariatesDialog.h"

#include "common/HintLabel.h"
#include "participant/ParticipantFormat.h"
#include "participants/CovariateValues.h"
#include "registry/actions/CovariateInputs.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace td {

CovariatesDialog::CovariatesDialog(Database& db, const Actor& actor, const Protocol& protocol,
                                   const Participant& participant, QWidget* parent)
    : GuidedDialog(db, actor, parent), m_protocol(protocol), m_participant(participant),
      m_box(new QGroupBox(this)), m_inputs(new CovariateInputs(protocol.covariates, m_box)),
      m_reasonLabel(new QLabel(this)), m_reasonHint(makeHintLabel(this)),
      m_reason(new QLineEdit(this))
{
    m_inputs->setValues(participant.covariates.values);
    (new QVBoxLayout(m_box))->addWidget(m_inputs);
    m_reasonLabel->setBuddy(m_reason);
    form()->addRow(m_box);
    form()->addRow(m_reasonLabel, refusable(QStringLiteral("reason"), m_reason, m_reasonHint));
    for (const Covariate& c : m_protocol.covariates)
        addRefusalLine(c.code, m_inputs->refusalLine(c.code), m_inputs->input(c.code));
    connect(m_inputs, &CovariateInputs::changed, this, &CovariatesDialog::updateSummary);
    connect(m_reason, &QLineEdit::textChanged, this, &CovariatesDialog::updateSummary);
    retranslateUi();
}

QString CovariatesDialog::title() const
{
    return tr("Covariates of %1").arg(m_participant.studyId);
}

QString CovariatesDialog::confirmText() const
{
    return tr("Save covariates");
}

void CovariatesDialog::retranslateFields()
{
    m_box->setTitle(tr("Covariates"));
    m_reasonLabel->setText(tr("&Reason for a correction:"));
    m_reasonHint->setText(tr("Needed when a recorded value changes; it goes into the audit "
                             "trail. A recorded value is corrected, never erased."));
}

std::vector<CovariatesDialog::Change> CovariatesDialog::changes() const
{
    std::vector<Change> out;
    const auto& recorded = m_participant.covariates.values;
    for (const auto& [code, value] : m_inputs->values()) {
        const Covariate* c = m_protocol.covariate(code);
        if (!c || value.isEmpty())
            continue;
        auto normalized = CovariateValues::check(*c, value);
        const QString after = normalized.ok() ? *normalized : value;
        const auto it = recorded.find(code);
        const QString before = it == recorded.end() ? QString() : it->second;
        if (after != before)
            out.push_back({c, before, after});
    }
    return out;
}

QString CovariatesDialog::summary() const
{
    const auto changed = changes();
    if (changed.empty())
        return tr("Nothing changes: enter or correct a value first.");
    QStringList lines;
    bool corrects = false;
    for (const Change& change : changed) {
        const QString name = change.covariate->name;
        const QString after = ParticipantFormat::covariateValue(*change.covariate, change.after);
        if (change.before.isEmpty()) {
            lines << tr("%1: %2 is recorded.").arg(name, after);
        } else {
            corrects = true;
            lines << tr("%1: %2 is corrected to %3.")
                         .arg(name,
                              ParticipantFormat::covariateValue(*change.covariate, change.before),
                              after);
        }
    }
    QString text = lines.join(QLatin1Char('\n'));
    if (corrects && m_reason->text().trimmed().isEmpty())
        text += QStringLiteral("\n\n") +
                tr("A recorded value changes: write the reason first, it is required.");
    const QStringList missing = CovariateValues::missingForRandomization(m_protocol, m_participant);
    if (!m_participant.isRandomized() && !missing.isEmpty()) {
        QStringList still;
        const auto values = m_inputs->values();
        for (const QString& code : missing)
            if (const auto it = values.find(code); it == values.end() || it->second.isEmpty())
                if (const Covariate* c = m_protocol.covariate(code))
                    still << c->name;
        if (!still.isEmpty())
            text +=
                QStringLiteral("\n\n") +
                tr("Still needed before randomization: %1.").arg(still.join(QStringLiteral(", ")));
    }
    return text;
}

Status CovariatesDialog::apply()
{
    auto done =
        CovariateValues(m_db).set(m_actor, m_participant.id, m_inputs->values(), m_reason->text());
    if (!done.ok())
        return done.error();
    return {};
}

} // namespace td
