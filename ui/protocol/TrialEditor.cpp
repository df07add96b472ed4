#include "protocol/TrialEditor.h"

#include "common/DateFields.h"
#include "protocol/ProtocolDraft.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace td {

namespace {
// The earliest date of a date field stands for "no date": recruitment dates are optional.
const QDate noDate(2000, 1, 1);

QDate dateOf(const QDateEdit* edit)
{
    return edit->date() == noDate ? QDate() : edit->date();
}
} // namespace

TrialEditor::TrialEditor(ProtocolDraft& draft, QWidget* parent)
    : ProtocolEditor(draft, parent), m_titleEnLabel(new QLabel(this)),
      m_titleNbLabel(new QLabel(this)), m_acronymLabel(new QLabel(this)),
      m_targetLabel(new QLabel(this)), m_startLabel(new QLabel(this)), m_endLabel(new QLabel(this)),
      m_titleEn(new QLineEdit(this)), m_titleNb(new QLineEdit(this)),
      m_acronym(new QLineEdit(this)), m_target(new QSpinBox(this)), m_start(new QDateEdit(this)),
      m_end(new QDateEdit(this))
{
    m_titleEn->setObjectName(QStringLiteral("titleEn"));
    m_titleNb->setObjectName(QStringLiteral("titleNb"));
    m_acronym->setObjectName(QStringLiteral("acronym"));
    m_target->setRange(0, 1000000);
    m_target->setGroupSeparatorShown(true);
    for (QDateEdit* d : {m_start, m_end}) {
        d->setCalendarPopup(true);
        d->setMinimumDate(noDate);
    }
    auto* form = new QFormLayout;
    form->addRow(m_titleEnLabel, m_titleEn);
    form->addRow(m_titleNbLabel, m_titleNb);
    form->addRow(m_acronymLabel, m_acronym);
    form->addRow(m_targetLabel, m_target);
    form->addRow(m_startLabel, m_start);
    form->addRow(m_endLabel, m_end);
    m_titleEnLabel->setBuddy(m_titleEn);
    m_titleNbLabel->setBuddy(m_titleNb);
    m_acronymLabel->setBuddy(m_acronym);
    m_targetLabel->setBuddy(m_target);
    m_startLabel->setBuddy(m_start);
    m_endLabel->setBuddy(m_end);
    body()->addLayout(form);
    body()->addStretch();

    for (QLineEdit* e : {m_titleEn, m_titleNb, m_acronym})
        connect(e, &QLineEdit::textChanged, this, &TrialEditor::store);
    connect(m_target, &QSpinBox::valueChanged, this, &TrialEditor::store);
    connect(m_start, &QDateEdit::dateChanged, this, &TrialEditor::store);
    connect(m_end, &QDateEdit::dateChanged, this, &TrialEditor::store);
    init();
}

QString TrialEditor::title() const
{
    return tr("Trial");
}

QString TrialEditor::subTitle() const
{
    return tr("The trial's title in English and in Norwegian, its acronym, how many participants "
              "it aims to randomize and when it recruits.");
}

bool TrialEditor::belongs(const QString& path) const
{
    return path.startsWith(QStringLiteral("trial."));
}

void TrialEditor::load()
{
    const Trial& t = m_draft.protocol().trial;
    m_titleEn->setText(t.title.en);
    m_titleNb->setText(t.title.nb);
    m_acronym->setText(t.acronym);
    m_target->setValue(t.targetSampleSize);
    m_start->setDate(t.recruitmentStart.isValid() ? t.recruitmentStart : noDate);
    m_end->setDate(t.recruitmentEnd.isValid() ? t.recruitmentEnd : noDate);
}

void TrialEditor::store()
{
    if (m_loading)
        return;
    Trial& t = m_draft.edit().trial;
    t.title = LocalText(m_titleEn->text(), m_titleNb->text());
    t.acronym = m_acronym->text();
    t.targetSampleSize = m_target->value();
    t.recruitmentStart = dateOf(m_start);
    t.recruitmentEnd = dateOf(m_end);
    m_draft.commit();
}

void TrialEditor::mark(const ProtocolProblems& problems)
{
    QMap<QWidget*, QStringList> messages;
    for (const ProtocolProblem& p : problems) {
        const QString field = p.path.section(QLatin1Char('.'), 1);
        QWidget* w = field == QStringLiteral("title")                ? nullptr
                     : field == QStringLiteral("acronym")            ? m_acronym
                     : field == QStringLiteral("target_sample_size") ? m_target
                     : field == QStringLiteral("recruitment_start")  ? m_start
                     : field == QStringLiteral("recruitment_end")    ? static_cast<QWidget*>(m_end)
                                                                     : nullptr;
        if (field == QStringLiteral("title")) {
            // Both languages are needed: mark the blank one(s).
            if (m_titleEn->text().trimmed().isEmpty())
                messages[m_titleEn] << p.message;
            if (m_titleNb->text().trimmed().isEmpty())
                messages[m_titleNb] << p.message;
        } else if (w) {
            messages[w] << p.message;
        }
    }
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_titleEn, m_titleNb, m_acronym, m_target, m_start, m_end})
        markField(w, messages.value(w).join(QLatin1Char('\n')));
}

void TrialEditor::retranslateUi()
{
    m_titleEnLabel->setText(tr("Title in &English:"));
    m_titleNbLabel->setText(tr("Title in &Norwegian:"));
    m_acronymLabel->setText(tr("&Acronym:"));
    m_targetLabel->setText(tr("&Target sample size:"));
    m_startLabel->setText(tr("Recruitment &starts:"));
    m_endLabel->setText(tr("Recruitment &ends:"));
    m_titleEn->setPlaceholderText(tr("e.g. Mechanisms of Change in Psychotherapy"));
    m_titleNb->setPlaceholderText(tr("e.g. Endringsmekanismer i psykoterapi"));
    m_acronym->setPlaceholderText(tr("e.g. MOP"));
    for (QDateEdit* d : {m_start, m_end}) {
        retranslateDateEdit(d);
        d->setSpecialValueText(tr("not set"));
    }
}

} // namespace td
