#include "registry/actions/CriteriaAnswers.h"

#include "common/ErrorLabel.h"
#include "participant/ParticipantFormat.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>

namespace td {

CriteriaAnswers::CriteriaAnswers(std::vector<EligibilityCriterion> criteria,
                                 std::map<QString, bool> recorded, QWidget* parent)
    : QWidget(parent), m_none(new QLabel(this))
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(1, 1);
    grid->addWidget(m_none, 0, 0, 1, 5);
    m_none->setVisible(criteria.empty());
    int line = 1;
    for (EligibilityCriterion& c : criteria) {
        Row r;
        const auto given = recorded.find(c.code);
        if (given != recorded.end())
            r.recorded = given->second;
        r.criterion = std::move(c);
        r.kind = new QLabel(this);
        r.kind->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
        r.text = new QLabel(this);
        r.text->setWordWrap(true);
        r.text->setMinimumWidth(220);
        r.yes = new QRadioButton(this);
        r.no = new QRadioButton(this);
        r.open = new QRadioButton(this);
        r.error = new ErrorLabel(this);
        const QString code = r.criterion.code;
        r.yes->setObjectName(QStringLiteral("yes-") + code);
        r.no->setObjectName(QStringLiteral("no-") + code);
        r.text->setBuddy(r.yes);
        auto* group = new QButtonGroup(this);
        for (QRadioButton* b : {r.yes, r.no, r.open}) {
            group->addButton(b);
            connect(b, &QRadioButton::toggled, this, [this](bool on) {
                if (on)
                    emit changed();
            });
        }
        if (r.recorded) {
            (*r.recorded ? r.yes : r.no)->setChecked(true);
            for (QRadioButton* b : {r.yes, r.no, r.open})
                b->setEnabled(false);
            r.open->hide();
        } else {
            r.open->setChecked(true);
        }
        grid->addWidget(r.kind, line, 0, Qt::AlignVCenter);
        grid->addWidget(r.text, line, 1, Qt::AlignVCenter);
        grid->addWidget(r.yes, line, 2, Qt::AlignVCenter);
        grid->addWidget(r.no, line, 3, Qt::AlignVCenter);
        grid->addWidget(r.open, line, 4, Qt::AlignVCenter);
        grid->addWidget(r.error, line + 1, 1, 1, 4);
        line += 2;
        m_rows.push_back(r);
    }
    retranslateUi();
}

const CriteriaAnswers::Row* CriteriaAnswers::row(const QString& code) const
{
    for (const Row& r : m_rows)
        if (r.criterion.code == code)
            return &r;
    return nullptr;
}

std::map<QString, bool> CriteriaAnswers::answers() const
{
    std::map<QString, bool> out;
    for (const Row& r : m_rows)
        if (!r.recorded && (r.yes->isChecked() || r.no->isChecked()))
            out[r.criterion.code] = r.yes->isChecked();
    return out;
}

bool CriteriaAnswers::setAnswer(const QString& code, std::optional<bool> applies)
{
    const Row* r = row(code);
    if (!r || r->recorded)
        return false;
    (applies ? (*applies ? r->yes : r->no) : r->open)->setChecked(true);
    return true;
}

int CriteriaAnswers::openCount() const
{
    int open = 0;
    for (const Row& r : m_rows)
        open += !r.recorded && r.open->isChecked();
    return open;
}

QRadioButton* CriteriaAnswers::yesButton(const QString& code) const
{
    const Row* r = row(code);
    return r ? r->yes : nullptr;
}

QRadioButton* CriteriaAnswers::noButton(const QString& code) const
{
    const Row* r = row(code);
    return r ? r->no : nullptr;
}

ErrorLabel* CriteriaAnswers::refusalLine(const QString& code) const
{
    const Row* r = row(code);
    return r ? r->error : nullptr;
}

void CriteriaAnswers::retranslateUi()
{
    m_none->setText(tr("The protocol has no eligibility criteria."));
    for (const Row& r : m_rows) {
        r.kind->setText(ParticipantFormat::criterionKind(r.criterion.kind));
        r.text->setText(r.criterion.text);
        r.yes->setText(tr("Yes"));
        r.no->setText(tr("No"));
        r.open->setText(tr("Not known yet"));
        const QString applies = r.criterion.kind == CriterionKind::Inclusion
                                    ? tr("Yes: the person meets this inclusion criterion.")
                                    : tr("Yes: this exclusion criterion applies to the person.");
        r.yes->setToolTip(applies);
        r.text->setToolTip(r.recorded ? tr("Answered at an earlier step; an answer is not "
                                           "changed once given.")
                                      : QString());
    }
}

void CriteriaAnswers::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace td
