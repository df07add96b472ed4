#include "registry/actions/CovariateInputs.h"

#include "common/DateFields.h"
#include "common/ErrorLabel.h"
#include "common/HintLabel.h"
#include "participant/ParticipantFormat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <cmath>
#include <limits>

namespace td {

namespace {
// The value before the range's lower end stands for "not given" (shown as a dash).
constexpr double unbounded = 1e9;
const QDate noDate(1900, 1, 1);

QString dash()
{
    return QStringLiteral("–");
}

// Decimals that show a stored number exactly (at least one, at most six).
int decimalsOf(const QString& stored)
{
    const qsizetype point = stored.indexOf(QLatin1Char('.'));
    if (point < 0 || stored.contains(QLatin1Char('e'), Qt::CaseInsensitive))
        return 1;
    return static_cast<int>(std::clamp<qsizetype>(stored.size() - point - 1, 1, 6));
}
} // namespace

CovariateInputs::CovariateInputs(std::vector<Covariate> covariates, QWidget* parent)
    : QWidget(parent), m_covariates(std::move(covariates)), m_none(new QLabel(this))
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (m_covariates.empty())
        form->addRow(m_none);
    else
        m_none->hide();
    for (const Covariate& c : m_covariates) {
        Row r{new QLabel(this), makeInput(c), makeHintLabel(this), new ErrorLabel(this)};
        r.input->setObjectName(QStringLiteral("covariate-") + c.code);
        r.name->setBuddy(r.input);
        r.hint->setWordWrap(false);
        auto* line = new QWidget(this);
        auto* box = new QHBoxLayout(line);
        box->setContentsMargins(0, 0, 0, 0);
        box->addWidget(r.input);
        box->addWidget(r.hint, 1);
        auto* field = new QWidget(this);
        auto* column = new QVBoxLayout(field);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(line);
        column->addWidget(r.error);
        form->addRow(r.name, field);
        m_rows.push_back(r);
    }
    retranslateUi();
}

QWidget* CovariateInputs::makeInput(const Covariate& c)
{
    switch (c.type) {
    case CovariateType::Integer: {
        auto* spin = new QSpinBox(this);
        const double lo = c.min.value_or(-unbounded), hi = c.max.value_or(unbounded);
        spin->setRange(static_cast<int>(std::ceil(lo)) - 1, static_cast<int>(std::floor(hi)));
        spin->setSpecialValueText(dash());
        spin->setValue(spin->minimum());
        spin->setMinimumWidth(110);
        connect(spin, &QSpinBox::valueChanged, this, &CovariateInputs::changed);
        return spin;
    }
    case CovariateType::Number: {
        auto* spin = new QDoubleSpinBox(this);
        spin->setDecimals(1);
        spin->setRange(c.min.value_or(-unbounded) - 1, c.max.value_or(unbounded));
        spin->setSpecialValueText(dash());
        spin->setValue(spin->minimum());
        spin->setMinimumWidth(110);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &CovariateInputs::changed);
        return spin;
    }
    case CovariateType::Choice: {
        auto* box = new QComboBox(this);
        box->addItem(dash(), QString());
        for (const CovariateChoice& choice : c.choices)
            box->addItem(choice.label, choice.code);
        connect(box, &QComboBox::currentIndexChanged, this, &CovariateInputs::changed);
        return box;
    }
    case CovariateType::Date: {
        auto* edit = new QDateEdit(this);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(noDate);
        edit->setSpecialValueText(dash());
        edit->setDate(noDate);
        retranslateDateEdit(edit);
        connect(edit, &QDateEdit::dateChanged, this, &CovariateInputs::changed);
        return edit;
    }
    case CovariateType::Text: {
        auto* edit = new QLineEdit(this);
        connect(edit, &QLineEdit::textChanged, this, &CovariateInputs::changed);
        return edit;
    }
    }
    return new QLineEdit(this);
}

QString CovariateInputs::valueOf(const Covariate& c, const QWidget* input) const
{
    switch (c.type) {
    case CovariateType::Integer: {
        const auto* spin = static_cast<const QSpinBox*>(input);
        return spin->value() == spin->minimum() ? QString() : QString::number(spin->value());
    }
    case CovariateType::Number: {
        const auto* spin = static_cast<const QDoubleSpinBox*>(input);
        return spin->value() == spin->minimum() ? QString()
                                                : QString::number(spin->value(), 'g', 15);
    }
    case CovariateType::Choice:
        return static_cast<const QComboBox*>(input)->currentData().toString();
    case CovariateType::Date: {
        const QDate d = static_cast<const QDateEdit*>(input)->date();
        return d == noDate ? QString() : d.toString(Qt::ISODate);
    }
    case CovariateType::Text:
        return static_cast<const QLineEdit*>(input)->text().trimmed();
    }
    return {};
}

std::map<QString, QString> CovariateInputs::values() const
{
    std::map<QString, QString> out;
    for (std::size_t i = 0; i < m_covariates.size(); ++i)
        out[m_covariates[i].code] = valueOf(m_covariates[i], m_rows[i].input);
    return out;
}

bool CovariateInputs::setValue(const QString& code, const QString& value)
{
    for (std::size_t i = 0; i < m_covariates.size(); ++i) {
        const Covariate& c = m_covariates[i];
        if (c.code != code)
            continue;
        QWidget* input = m_rows[i].input;
        bool ok = true;
        switch (c.type) {
        case CovariateType::Integer: {
            auto* spin = static_cast<QSpinBox*>(input);
            const int v = value.isEmpty() ? spin->minimum() : value.toInt(&ok);
            spin->setValue(ok ? v : spin->minimum());
            break;
        }
        case CovariateType::Number: {
            auto* spin = static_cast<QDoubleSpinBox*>(input);
            const double v = value.isEmpty() ? spin->minimum() : QLocale::c().toDouble(value, &ok);
            if (ok && !value.isEmpty())
                spin->setDecimals(std::max(spin->decimals(), decimalsOf(value)));
            spin->setValue(ok ? v : spin->minimum());
            break;
        }
        case CovariateType::Choice: {
            auto* box = static_cast<QComboBox*>(input);
            const int at = box->findData(value);
            ok = at >= 0;
            box->setCurrentIndex(std::max(at, 0));
            break;
        }
        case CovariateType::Date: {
            const QDate d = value.isEmpty() ? noDate : QDate::fromString(value, Qt::ISODate);
            ok = d.isValid();
            static_cast<QDateEdit*>(input)->setDate(ok ? d : noDate);
            break;
        }
        case CovariateType::Text:
            static_cast<QLineEdit*>(input)->setText(value);
            break;
        }
        return ok;
    }
    return false;
}

void CovariateInputs::setValues(const std::map<QString, QString>& values)
{
    for (const auto& [code, value] : values)
        setValue(code, value);
}

QWidget* CovariateInputs::input(const QString& code) const
{
    for (std::size_t i = 0; i < m_covariates.size(); ++i)
        if (m_covariates[i].code == code)
            return m_rows[i].input;
    return nullptr;
}

ErrorLabel* CovariateInputs::refusalLine(const QString& code) const
{
    for (std::size_t i = 0; i < m_covariates.size(); ++i)
        if (m_covariates[i].code == code)
            return m_rows[i].error;
    return nullptr;
}

void CovariateInputs::retranslateUi()
{
    m_none->setText(tr("The protocol records no covariates."));
    for (std::size_t i = 0; i < m_covariates.size(); ++i) {
        const Covariate& c = m_covariates[i];
        const Row& r = m_rows[i];
        r.name->setText(tr("%1:").arg(QString(c.name)));
        QStringList hints;
        if (const QString range = ParticipantFormat::covariateRange(c); !range.isEmpty())
            hints << range;
        if (c.requiredForRandomization)
            hints << tr("required before randomization");
        r.hint->setText(hints.join(QStringLiteral("; ")));
        if (auto* box = qobject_cast<QComboBox*>(r.input))
            for (int k = 1; k < box->count() && k - 1 < static_cast<int>(c.choices.size()); ++k)
                box->setItemText(k, c.choices[static_cast<std::size_t>(k - 1)].label);
        if (auto* date = qobject_cast<QDateEdit*>(r.input))
            retranslateDateEdit(date);
    }
}

void CovariateInputs::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace td
