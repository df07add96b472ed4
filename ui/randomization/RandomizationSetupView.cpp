#include "randomization/RandomizationSetupView.h"

#include "access/Disclosure.h"
#include "common/ErrorLabel.h"
#include "common/HintLabel.h"
#include "common/SignatureField.h"
#include "randomization/FactorTable.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <numeric>

namespace td {

RandomizationSetupView::RandomizationSetupView(Database& db, const Actor& actor, QWidget* parent)
    : QWidget(parent), m_db(db), m_actor(actor), m_intro(new QLabel(this)),
      m_lockNotice(new QLabel(this)), m_error(new ErrorLabel(this)), m_armsBox(new QGroupBox(this)),
      m_armsForm(new QFormLayout(m_armsBox)), m_methodBox(new QGroupBox(this)),
      m_methodForm(new QFormLayout(m_methodBox)), m_methodLabel(new QLabel(this)),
      m_method(new QComboBox(this)), m_blocksLabel(new QLabel(this)),
      m_blockLengths(new QLineEdit(this)), m_blocksHint(makeHintLabel(this)),
      m_blocksError(new ErrorLabel(this)), m_qLabel(new QLabel(this)),
      m_q(new QDoubleSpinBox(this)), m_qHint(makeHintLabel(this)), m_qError(new ErrorLabel(this)),
      m_factorsBox(new QGroupBox(this)), m_factorsHint(new QLabel(this)),
      m_factors(new FactorTable(this)), m_up(new QPushButton(this)), m_down(new QPushButton(this)),
      m_factorsError(new ErrorLabel(this)), m_reasonLabel(new QLabel(this)),
      m_reason(new QLineEdit(this)), m_reasonError(new ErrorLabel(this)),
      m_signature(new SignatureField(actor, QStringLiteral("randomization_settings"),
                                     SignatureMeaning::Approval, this)),
      m_settingsSigned(new QLabel(this)), m_save(new QPushButton(this)), m_status(new QLabel(this)),
      m_listBox(new QGroupBox(this)), m_listSummary(new QLabel(this)),
      m_listHint(makeHintLabel(this)), m_generate(new QPushButton(this)),
      m_listNote(new QLabel(this)), m_listError(new ErrorLabel(this))
{
    m_method->setObjectName(QStringLiteral("method"));
    m_blockLengths->setObjectName(QStringLiteral("blockLengths"));
    m_q->setObjectName(QStringLiteral("q"));
    m_factors->setObjectName(QStringLiteral("factors"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_save->setObjectName(QStringLiteral("save"));
    m_generate->setObjectName(QStringLiteral("generate"));
    m_listSummary->setObjectName(QStringLiteral("listSummary"));
    m_lockNotice->setObjectName(QStringLiteral("lockNotice"));
    m_status->setObjectName(QStringLiteral("status"));
    m_listNote->setObjectName(QStringLiteral("listNote"));
    m_listNote->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("error"));
    m_blocksError->setObjectName(QStringLiteral("blockLengthsError"));
    m_qError->setObjectName(QStringLiteral("qError"));
    m_factorsError->setObjectName(QStringLiteral("factorsError"));
    m_reasonError->setObjectName(QStringLiteral("reasonError"));
    m_listError->setObjectName(QStringLiteral("listError"));

    m_intro->setWordWrap(true);
    m_lockNotice->setWordWrap(true);
    m_lockNotice->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4e0; border: 1px solid #d9a44a; border-radius: 3px; "
        "padding: 6px; }"));
    m_lockNotice->hide();

    m_method->addItem(QString(), randomizationMethodKey(RandomizationMethod::PermutedBlocks));
    m_method->addItem(QString(), randomizationMethodKey(RandomizationMethod::Minimization));
    m_methodLabel->setBuddy(m_method);
    m_blocksLabel->setBuddy(m_blockLengths);
    m_qLabel->setBuddy(m_q);
    m_reasonLabel->setBuddy(m_reason);
    // The core decides which q is allowed; the box only keeps the number a probability.
    m_q->setRange(0.0, 1.0);
    m_q->setDecimals(2);
    m_q->setSingleStep(0.05);
    m_q->setValue(0.8);
    m_factorsHint->setWordWrap(true);
    m_factorsHint->setBuddy(m_factors);
    m_status->setWordWrap(true);
    m_listSummary->setTextFormat(Qt::RichText);
    m_listSummary->setWordWrap(true);
    m_listSummary->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);

    m_armsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_methodForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_methodForm->addRow(m_methodLabel, m_method);
    m_methodForm->addRow(m_blocksLabel, fieldBox(m_blockLengths, m_blocksHint, m_blocksError));
    m_methodForm->addRow(m_qLabel, fieldBox(m_q, m_qHint, m_qError));

    auto* order = new QHBoxLayout;
    order->addWidget(m_up);
    order->addWidget(m_down);
    order->addStretch();
    auto* factors = new QVBoxLayout(m_factorsBox);
    factors->addWidget(m_factorsHint);
    factors->addWidget(m_factors);
    factors->addLayout(order);
    factors->addWidget(m_factorsError);

    auto* reason = new QFormLayout;
    reason->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    reason->addRow(m_reasonLabel, fieldBox(m_reason, nullptr, m_reasonError));
    m_signature->setEntities(
        {QStringLiteral("randomization_settings"), QStringLiteral("allocation_list")});
    m_settingsSigned->setWordWrap(true);
    m_settingsSigned->setObjectName(QStringLiteral("settingsSignature"));
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_status, 1);

    auto* list = new QVBoxLayout(m_listBox);
    list->addWidget(m_listSummary);
    list->addWidget(m_listHint);
    list->addWidget(m_generate, 0, Qt::AlignLeft);
    list->addWidget(m_listNote);
    list->addWidget(m_listError);

    // One column of readable width, scrolling when the window is small.
    auto* content = new QWidget;
    content->setMaximumWidth(900);
    auto* column = new QVBoxLayout(content);
    column->addWidget(m_intro);
    column->addWidget(m_lockNotice);
    column->addWidget(m_error);
    column->addWidget(m_armsBox);
    column->addWidget(m_methodBox);
    column->addWidget(m_factorsBox);
    column->addLayout(reason);
    column->addWidget(m_signature);
    column->addLayout(saveRow);
    column->addWidget(m_settingsSigned);
    column->addWidget(m_listBox);
    column->addStretch();
    auto* page = new QWidget;
    auto* centre = new QHBoxLayout(page);
    centre->addWidget(content, 1);
    centre->addStretch(0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    // Keyboard order follows the page from top to bottom.
    QWidget::setTabOrder(m_method, m_blockLengths);
    QWidget::setTabOrder(m_blockLengths, m_q);
    QWidget::setTabOrder(m_q, m_factors);
    QWidget::setTabOrder(m_factors, m_up);
    QWidget::setTabOrder(m_up, m_down);
    QWidget::setTabOrder(m_down, m_reason);
    QWidget::setTabOrder(m_reason, m_signature->passwordEdit());
    QWidget::setTabOrder(m_signature->passwordEdit(), m_save);
    QWidget::setTabOrder(m_save, m_listSummary);
    QWidget::setTabOrder(m_listSummary, m_generate);

    const auto edited = [this] {
        m_edited = true;
        updateState();
    };
    connect(m_method, &QComboBox::currentIndexChanged, this, [this, edited] {
        m_note = Note::None;
        edited();
    });
    connect(m_blockLengths, &QLineEdit::textEdited, this, edited);
    connect(m_q, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_factors, &FactorTable::changed, this, edited);
    connect(m_up, &QPushButton::clicked, this, [this] {
        m_factors->moveCurrent(-1);
        m_factors->setFocus();
    });
    connect(m_down, &QPushButton::clicked, this, [this] {
        m_factors->moveCurrent(1);
        m_factors->setFocus();
    });
    connect(m_blockLengths, &QLineEdit::returnPressed, this, [this] { save(); });
    connect(m_reason, &QLineEdit::returnPressed, this, [this] { save(); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_generate, &QPushButton::clicked, this, [this] { generateList(); });

    retranslateUi();
    reload();
}

QWidget* RandomizationSetupView::fieldBox(QWidget* field, QLabel* hint, ErrorLabel* error)
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    if (hint)
        layout->addWidget(hint);
    layout->addWidget(error);
    return box;
}

void RandomizationSetupView::retranslateUi()
{
    m_intro->setText(tr("How participants are allocated to the arms. Only the unblinded "
                        "statistician sees this screen; the settings can change until the "
                        "first participant is allocated."));
    m_armsBox->setTitle(tr("Arms and ratio (from the protocol)"));
    m_methodBox->setTitle(tr("Method"));
    m_methodLabel->setText(tr("&Method:"));
    m_method->setItemText(0, tr("Stratified permuted blocks"));
    m_method->setItemText(1, tr("Minimization (Pocock-Simon)"));
    m_blocksLabel->setText(tr("&Block lengths:"));
    m_qLabel->setText(tr("Base probability &q:"));
    m_qHint->setText(tr("The probability of the arm that best balances the factors; %1 is "
                        "usual, %2 makes every allocation deterministic.")
                         .arg(QLocale().toString(0.8), QLocale().toString(1)));
    m_factorsBox->setTitle(tr("Stratification factors"));
    m_up->setText(tr("Move &up"));
    m_down->setText(tr("Move do&wn"));
    m_reasonLabel->setText(tr("&Reason for the change:"));
    m_reason->setPlaceholderText(tr("Recorded in the audit trail"));
    m_save->setText(tr("&Save settings"));
    m_listBox->setTitle(tr("Allocation list"));
    m_generate->setText(tr("&Generate allocation list…"));
    m_factors->retranslate();
    retranslateArms();
    retranslateList();
    showNote(m_note);
    updateState();
}

void RandomizationSetupView::retranslateArms()
{
    while (m_armsForm->rowCount() > 0)
        m_armsForm->removeRow(0);
    if (!m_protocol)
        return;
    QStringList ratio;
    int sum = 0;
    for (const Arm& a : m_protocol->arms) {
        auto* weight = new QLabel(QLocale().toString(a.ratioWeight));
        m_armsForm->addRow(tr("%1 (%2):").arg(a.name.text(), a.code), weight);
        ratio << QLocale().toString(a.ratioWeight);
        sum += a.ratioWeight;
    }
    auto* whole =
        new QLabel(tr("%1 (%2 in all)").arg(ratio.join(QLatin1Char(':')), QLocale().toString(sum)));
    m_armsForm->addRow(tr("Ratio:"), whole);
}

void RandomizationSetupView::updateState()
{
    const bool loaded = m_loaded && m_protocol.has_value();
    const bool editable = loaded && !isReadOnly();
    const bool blocks = m_method->currentData().toString() ==
                        randomizationMethodKey(RandomizationMethod::PermutedBlocks);

    m_lockNotice->setVisible(loaded && isReadOnly());
    if (isReadOnly())
        m_lockNotice->setText(
            tr("%Ln participant(s) have been allocated, so these settings and the allocation "
               "list are read-only: changing them now would break the concealed sequence in "
               "use.",
               nullptr, m_allocations));
    for (QWidget* w : {static_cast<QWidget*>(m_armsBox), static_cast<QWidget*>(m_methodBox),
                       static_cast<QWidget*>(m_factorsBox), static_cast<QWidget*>(m_listBox)})
        w->setVisible(loaded);
    m_method->setEnabled(editable);
    m_blockLengths->setReadOnly(!editable);
    m_q->setReadOnly(!editable);
    m_factors->setEditable(editable);
    m_save->setVisible(editable);
    m_status->setVisible(editable);
    m_signature->setVisible(editable);
    m_settingsSigned->setText(
        loaded && m_saved ? signatureLine(QStringLiteral("randomization_settings"), 1) : QString());
    m_settingsSigned->setVisible(!m_settingsSigned->text().isEmpty());
    const bool needsReason = editable && m_saved.has_value();
    m_reasonLabel->setVisible(needsReason);
    m_reason->parentWidget()->setVisible(needsReason);

    m_methodForm->setRowVisible(m_blockLengths->parentWidget(), blocks);
    m_methodForm->setRowVisible(m_q->parentWidget(), !blocks);
    m_factors->setWeightsShown(!blocks);

    int ratioSum = 0;
    QStringList ratio;
    if (m_protocol)
        for (const Arm& a : m_protocol->arms) {
            ratioSum += a.ratioWeight;
            ratio << QLocale().toString(a.ratioWeight);
        }
    m_blocksHint->setText(tr("Whole numbers separated by commas, each a multiple of %1 (the sum "
                             "of the ratio %2). Each block's length is drawn from this list.")
                              .arg(QLocale().toString(ratioSum), ratio.join(QLatin1Char(':'))));
    m_blockLengths->setPlaceholderText(
        tr("e.g. %1, %2").arg(QLocale().toString(ratioSum), QLocale().toString(2 * ratioSum)));
    const bool noFactors = m_protocol && m_protocol->factors.empty();
    m_factors->setVisible(!noFactors);
    if (noFactors)
        m_factorsHint->setText(tr("The protocol has no stratification factors; the "
                                  "administrator adds them to the protocol."));
    else if (!editable)
        m_factorsHint->setText(tr("The checked fac&tors are used, in this order."));
    else if (blocks)
        m_factorsHint->setText(tr("Check the fac&tors whose levels form the strata (none: the "
                                  "whole trial is one stratum); each stratum has its own "
                                  "sequence of blocks. Move up and Move down set their order."));
    else
        m_factorsHint->setText(tr("Check the fac&tors to balance; each counts with its weight "
                                  "(F2 edits it). Move up and Move down set their order."));
    m_blocksHint->setVisible(editable);
    m_qHint->setVisible(editable);
    m_up->setVisible(editable && !noFactors);
    m_down->setVisible(editable && !noFactors);

    // The list is made from the saved settings, so it waits for them.
    const bool savedBlocks = m_saved && m_saved->method == RandomizationMethod::PermutedBlocks;
    const bool listMethod = isReadOnly() ? savedBlocks : blocks;
    QString why;
    if (!listMethod)
        why = tr("Minimization decides each allocation when the participant is randomized; "
                 "there is no list to generate.");
    else if (isReadOnly())
        why = m_list ? tr("This list is in use. Its entries stay concealed; the allocation "
                          "export in Data tools has them.")
                     : QString();
    else if (!m_saved)
        why = tr("Save the settings first; the list is made from the saved settings.");
    else if (isDirty())
        why = tr("Save the changed settings first; the list is made from the saved settings.");
    else
        why = tr("The list stays concealed: only its summary is shown here. Until the first "
                 "allocation a new list may replace it.");
    m_listHint->setText(why);
    m_listHint->setVisible(!why.isEmpty());
    m_listSummary->setVisible(m_list.has_value() && listMethod && (savedBlocks || isReadOnly()));
    m_generate->setVisible(editable && listMethod);
    m_generate->setEnabled(editable && savedBlocks && !isDirty());
}

void RandomizationSetupView::retranslateList()
{
    if (!m_list) {
        m_listSummary->clear();
        return;
    }
    const AllocationListInfo& l = *m_list;
    const QString source = l.seedSource == QStringLiteral("os")
                               ? tr("the operating system's random source")
                               : tr("a supplied seed");
    auto row = [](const QString& key, const QString& value) {
        return QStringLiteral("<tr><td style=\"padding-right: 12px\">%1</td><td>%2</td></tr>")
            .arg(key.toHtmlEscaped(), value.toHtmlEscaped());
    };
    m_listSummary->setText(
        QStringLiteral("<table>") + row(tr("Entries:"), QLocale().toString(l.entries)) +
        row(tr("Strata:"), QLocale().toString(l.strata)) +
        row(tr("Generated:"), QLocale().toString(l.createdAt.toLocalTime(), QLocale::ShortFormat)) +
        row(tr("Algorithm:"), tr("%1, seed from %2").arg(l.algorithm, source)) +
        row(tr("SHA-256:"), l.sha256) +
        row(tr("Approved:"), signatureLine(QStringLiteral("allocation_list"), l.id)) +
        QStringLiteral("</table>"));
}

QString RandomizationSetupView::signatureLine(const QString& entity, qint64 id) const
{
    auto signatures =
        ElectronicSignatures::of(m_db, Disclosure::of(m_actor), entity, QString::number(id));
    if (!signatures.ok())
        return signatures.message();
    if (signatures->empty())
        return tr("Not signed (set up before electronic signatures)");
    return ElectronicSignatures::describe(signatures->back());
}

void RandomizationSetupView::showNote(Note note)
{
    m_note = note;
    switch (note) {
    case Note::None:
        m_status->clear();
        break;
    case Note::Saved:
        m_status->setText(tr("Settings saved."));
        break;
    case Note::SavedListStale:
        m_status->setText(tr("Settings saved. The current list was made for the earlier "
                             "settings and will not be used: generate a new one."));
        break;
    case Note::Generated:
        m_status->clear();
        break;
    }
    m_listNote->setText(note == Note::Generated
                            ? tr("Allocation list generated; its SHA-256 is in the audit trail.")
                            : QString());
    m_listNote->setVisible(!m_listNote->text().isEmpty());
}

QString RandomizationSetupView::statusText() const
{
    return m_note == Note::Generated ? m_listNote->text() : m_status->text();
}

void RandomizationSetupView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString RandomizationSetupView::title() const
{
    return QCoreApplication::translate("td::MainWindow", "Randomization");
}

QString RandomizationSetupView::refresh()
{
    // Another view (or another client) changed the trial: read it again, but settings typed
    // here and not yet saved stay in the form.
    return reload(m_edited);
}

bool RandomizationSetupView::shown() const
{
    // The unblinded statistician's setup; core refuses everyone else as well.
    return m_actor.can(Permission::ManageRandomization);
}

} // namespace td
