// RandomizationSetupView: reading, saving and generating through the core, and where a
// refusal is shown.

#include "common/ErrorLabel.h"
#include "common/SignatureField.h"
#include "randomization/AllocationListRepository.h"
#include "randomization/FactorTable.h"
#include "randomization/Minimization.h"
#include "randomization/PermutedBlocks.h"
#include "randomization/RandomizationSettingsRepository.h"
#include "randomization/RandomizationSetupView.h"
#include "trial/ProtocolRepository.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>

namespace td {

QString RandomizationSetupView::reload(bool keepTypedSettings)
{
    clearErrors();
    m_loaded = false;
    auto fail = [this](const QString& message) {
        m_protocol.reset();
        m_saved.reset();
        m_list.reset();
        m_allocations = 0;
        showError(Field::General, message);
        retranslateArms();
        updateState();
        return message;
    };
    auto protocol = ProtocolRepository(m_db).load(m_actor);
    if (!protocol.ok())
        return fail(protocol.message());
    RandomizationSettingsRepository repository(m_db);
    auto settings = repository.load(m_actor);
    if (!settings.ok())
        return fail(settings.message());
    auto made = RandomizationSettingsRepository::allocationsMade(m_db);
    if (!made.ok())
        return fail(made.message());
    auto list = AllocationListRepository(m_db).current(m_actor);
    if (!list.ok())
        return fail(list.message());

    m_protocol = *protocol;
    m_saved = *settings;
    m_allocations = *made;
    m_list = *list;
    m_loaded = true;
    if (!keepTypedSettings) {
        showSettings(m_saved.value_or(RandomizationSettings{}));
        m_edited = false;
    }
    retranslateArms();
    retranslateList();
    updateState();
    return {};
}

void RandomizationSetupView::showSettings(const RandomizationSettings& s)
{
    const QSignalBlocker blockMethod(m_method);
    const QSignalBlocker blockQ(m_q);
    m_method->setCurrentIndex(m_method->findData(randomizationMethodKey(s.method)));
    QStringList lengths;
    for (int l : s.blockLengths)
        lengths << QLocale().toString(l);
    m_blockLengths->setText(lengths.join(QStringLiteral(", ")));
    m_q->setValue(s.q);
    m_factors->setFactors(*m_protocol, s.factors);
    m_reason->clear();
}

std::optional<RandomizationSettings> RandomizationSetupView::formSettings(QString* problem) const
{
    RandomizationSettings s;
    s.method = randomizationMethodFromKey(m_method->currentData().toString())
                   .value_or(RandomizationMethod::PermutedBlocks);
    const bool minimization = s.method == RandomizationMethod::Minimization;
    if (minimization) {
        s.q = m_q->value();
    } else {
        // Reading the list is the window's job; which lengths are allowed is the core's.
        static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
        for (const QString& part : m_blockLengths->text().split(separators, Qt::SkipEmptyParts)) {
            bool ok = false;
            int length = QLocale().toInt(part, &ok);
            if (!ok)
                length = part.toInt(&ok);
            if (!ok) {
                if (problem)
                    *problem = tr("\"%1\" is not a whole number: write the block lengths as whole "
                                  "numbers separated by commas, e.g. %2.")
                                   .arg(part, m_blockLengths->placeholderText());
                return std::nullopt;
            }
            s.blockLengths << length;
        }
    }
    s.factors = m_factors->chosen(minimization);
    return s;
}

bool RandomizationSetupView::isDirty() const
{
    if (!m_saved)
        return true;
    const auto form = formSettings(nullptr);
    if (!form)
        return true;
    const RandomizationSettings& a = *form;
    const RandomizationSettings& b = *m_saved;
    if (a.method != b.method || a.factors.size() != b.factors.size())
        return true;
    if (a.method == RandomizationMethod::PermutedBlocks && a.blockLengths != b.blockLengths)
        return true;
    if (a.method == RandomizationMethod::Minimization && a.q != b.q)
        return true;
    for (std::size_t i = 0; i < a.factors.size(); ++i)
        if (a.factors[i].factorId != b.factors[i].factorId ||
            (a.method == RandomizationMethod::Minimization &&
             a.factors[i].weight != b.factors[i].weight))
            return true;
    return false;
}

QString RandomizationSetupView::save()
{
    clearErrors();
    showNote(Note::None);
    if (!m_loaded || !m_protocol)
        return m_error->text();
    QString problem;
    const auto settings = formSettings(&problem);
    if (!settings) {
        showError(Field::BlockLengths, problem);
        return problem;
    }
    const bool hadList = m_list.has_value();
    const bool changed = isDirty();
    auto saved = RandomizationSettingsRepository(m_db).save(
        m_actor, *settings, m_signature->signature(), m_reason->text());
    m_signature->clear();
    if (!saved.ok()) {
        showError(fieldOf(saved.error(), *settings), saved.message());
        if (saved.error().code == ErrorCode::Conflict) {
            // Someone was allocated since the view was read: show the lock.
            auto made = RandomizationSettingsRepository::allocationsMade(m_db);
            if (made.ok())
                m_allocations = *made;
            updateState();
        }
        return saved.message();
    }
    m_saved = *saved;
    m_reason->clear();
    showNote(hadList && changed && saved->method == RandomizationMethod::PermutedBlocks
                 ? Note::SavedListStale
                 : Note::Saved);
    updateState();
    return {};
}

RandomizationSetupView::Field
RandomizationSetupView::fieldOf(const Error& error, const RandomizationSettings& tried) const
{
    if (error.code != ErrorCode::Invalid || !m_protocol)
        return Field::General;
    // The core's message names no field, so ask the core's own checks which one it was.
    const std::vector<int> ratios = RandomizationRules::ratios(*m_protocol);
    if (error.message == PermutedBlocks::ratioProblem(ratios))
        return Field::General;
    if (tried.method == RandomizationMethod::PermutedBlocks &&
        error.message == PermutedBlocks::lengthsProblem(ratios, tried.blockLengths))
        return Field::BlockLengths;
    if (tried.method == RandomizationMethod::Minimization &&
        error.message == Minimization::qProblem(tried.q))
        return Field::Q;
    // Valid settings refused by save itself: a change without a reason.
    if (RandomizationRules::validate(tried, *m_protocol).ok())
        return m_saved ? Field::Reason : Field::General;
    return Field::Factors;
}

QString RandomizationSetupView::generateList()
{
    clearErrors();
    const bool savedBlocks = m_saved && m_saved->method == RandomizationMethod::PermutedBlocks;
    if (!m_loaded || isReadOnly() || !savedBlocks || isDirty()) {
        const QString why = m_listHint->text().isEmpty() ? m_error->text() : m_listHint->text();
        showError(Field::List, why);
        return why;
    }
    const QString question =
        m_list ? tr("Replace the current allocation list with a new one? No participant has been "
                    "allocated, so the current list has not been used. The new list's SHA-256 "
                    "and algorithm go into the audit trail.")
               : tr("Generate the concealed allocation list for the saved settings? Its SHA-256 "
                    "and algorithm go into the audit trail.");
    if (!confirm(question))
        return {};
    auto made = AllocationListRepository(m_db).generate(m_actor, m_signature->signature());
    m_signature->clear();
    if (!made.ok()) {
        showError(Field::List, made.message());
        return made.message();
    }
    m_list = *made;
    retranslateList();
    showNote(Note::Generated);
    updateState();
    return {};
}

void RandomizationSetupView::setConfirmation(std::function<bool(const QString&)> confirm)
{
    m_confirm = std::move(confirm);
}

bool RandomizationSetupView::confirm(const QString& question)
{
    if (m_confirm)
        return m_confirm(question);
    QMessageBox box(QMessageBox::Question, tr("Generate allocation list"), question,
                    QMessageBox::Yes | QMessageBox::No, this);
    box.button(QMessageBox::Yes)->setText(tr("Generate"));
    box.button(QMessageBox::No)->setText(tr("Cancel"));
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

ErrorLabel* RandomizationSetupView::errorLabel(Field field) const
{
    switch (field) {
    case Field::General:
        return m_error;
    case Field::BlockLengths:
        return m_blocksError;
    case Field::Factors:
        return m_factorsError;
    case Field::Q:
        return m_qError;
    case Field::Reason:
        return m_reasonError;
    case Field::List:
        return m_listError;
    }
    return m_error;
}

void RandomizationSetupView::clearErrors()
{
    for (Field f : {Field::General, Field::BlockLengths, Field::Factors, Field::Q, Field::Reason,
                    Field::List}) {
        errorLabel(f)->clear();
        errorLabel(f)->hide();
    }
}

void RandomizationSetupView::showError(Field field, const QString& message)
{
    errorLabel(field)->showMessage(message);
    // The keyboard goes to the field to correct.
    QWidget* target = nullptr;
    switch (field) {
    case Field::BlockLengths:
        target = m_blockLengths;
        break;
    case Field::Factors:
        target = m_factors;
        break;
    case Field::Q:
        target = m_q;
        break;
    case Field::Reason:
        target = m_reason;
        break;
    case Field::General:
    case Field::List:
        break;
    }
    if (target && target->isVisible())
        target->setFocus();
}

std::optional<RandomizationSetupView::Field> RandomizationSetupView::errorField() const
{
    for (Field f : {Field::General, Field::BlockLengths, Field::Factors, Field::Q, Field::Reason,
                    Field::List})
        if (!errorLabel(f)->isHidden())
            return f;
    return std::nullopt;
}

QString RandomizationSetupView::errorText(Field field) const
{
    return errorLabel(field)->isHidden() ? QString() : errorLabel(field)->text();
}

void RandomizationSetupView::showEvent(QShowEvent* event)
{
    // A participant may have been allocated elsewhere since the view was read: lock then.
    if (m_loaded) {
        auto made = RandomizationSettingsRepository::allocationsMade(m_db);
        if (made.ok() && *made != m_allocations)
            reload();
    }
    QWidget::showEvent(event);
}

} // namespace td
