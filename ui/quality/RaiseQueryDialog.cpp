#include "quality/RaiseQueryDialog.h"

#include "common/DialogButtons.h"
#include "common/ErrorLabel.h"
#include "instruments/InstrumentCatalog.h"
#include "trial/ProtocolRepository.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace td {

RaiseQueryDialog::RaiseQueryDialog(Database& db, const Actor& actor, qint64 participantId,
                                   QWidget* parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_participantId(participantId),
      m_visitLabel(new QLabel(this)), m_visit(new QComboBox(this)),
      m_instrumentLabel(new QLabel(this)), m_instrument(new QComboBox(this)),
      m_itemLabel(new QLabel(this)), m_item(new QSpinBox(this)), m_textLabel(new QLabel(this)),
      m_text(new QPlainTextEdit(this)), m_blindedNote(new QLabel(this)),
      m_error(new ErrorLabel(this)), m_buttons(new DialogButtons(this))
{
    setObjectName(QStringLiteral("raiseQueryDialog"));
    m_visit->setObjectName(QStringLiteral("queryVisit"));
    m_instrument->setObjectName(QStringLiteral("queryInstrument"));
    m_item->setObjectName(QStringLiteral("queryItem"));
    m_text->setObjectName(QStringLiteral("queryText"));
    m_text->setTabChangesFocus(true);
    m_visitLabel->setBuddy(m_visit);
    m_instrumentLabel->setBuddy(m_instrument);
    m_itemLabel->setBuddy(m_item);
    m_textLabel->setBuddy(m_text);
    m_blindedNote->setWordWrap(true);
    m_blindedNote->setStyleSheet(QStringLiteral("color: #663c00;"));
    m_blindedNote->setObjectName(QStringLiteral("blindedNote"));

    auto* form = new QFormLayout;
    form->addRow(m_visitLabel, m_visit);
    form->addRow(m_instrumentLabel, m_instrument);
    form->addRow(m_itemLabel, m_item);
    form->addRow(m_textLabel, m_text);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_blindedNote);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    if (auto protocol = ProtocolRepository(m_db).load(m_actor); protocol.ok())
        m_protocol = *protocol;
    for (const TimePoint& t : m_protocol.schedule)
        m_visit->addItem(t.label.text(), t.id);
    connect(m_visit, &QComboBox::currentIndexChanged, this, [this] { fillInstruments(); });
    connect(m_instrument, &QComboBox::currentIndexChanged, this, [this] { updateNote(); });
    connect(m_buttons->acceptButton(), &QPushButton::clicked, this, [this] { raiseQuery(); });
    connect(m_buttons->rejectButton(), &QPushButton::clicked, this, &QDialog::reject);
    fillInstruments();
    retranslateUi();
}

void RaiseQueryDialog::fillInstruments()
{
    const QString keep = m_instrument->currentData().toString();
    m_instrument->clear();
    const qint64 visit = m_visit->currentData().toLongLong();
    auto catalog = InstrumentCatalog::load(m_db);
    for (const TimePoint& t : m_protocol.schedule) {
        if (t.id != visit)
            continue;
        for (const ScheduledInstrument& s : t.instruments) {
            const InstrumentDefinition* d = catalog.ok() ? catalog->find(s.instrumentId) : nullptr;
            m_instrument->addItem(d ? d->shortName : s.instrumentId, s.instrumentId);
            m_instrument->setItemData(m_instrument->count() - 1, d ? int(d->items.size()) : 0,
                                      Qt::UserRole + 1);
            m_instrument->setItemData(m_instrument->count() - 1, s.rater == Rater::BlindedClinician,
                                      Qt::UserRole + 2);
        }
    }
    if (const int i = m_instrument->findData(keep); i >= 0)
        m_instrument->setCurrentIndex(i);
    updateNote();
}

void RaiseQueryDialog::updateNote()
{
    const int items = m_instrument->currentData(Qt::UserRole + 1).toInt();
    m_item->setRange(0, std::max(items, 0));
    m_blindedNote->setVisible(m_instrument->currentData(Qt::UserRole + 2).toBool());
}

QString RaiseQueryDialog::raiseQuery()
{
    QueryTarget target{m_participantId, m_visit->currentData().toLongLong(),
                       m_instrument->currentData().toString(), m_item->value()};
    auto raised = DataQueries(m_db).raise(m_actor, target, m_text->toPlainText());
    if (!raised.ok()) {
        m_error->showMessage(raised.message());
        return raised.message();
    }
    m_raised = raised->id;
    accept();
    return {};
}

void RaiseQueryDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RaiseQueryDialog::retranslateUi()
{
    setWindowTitle(tr("Raise a data query"));
    m_visitLabel->setText(tr("&Visit:"));
    m_instrumentLabel->setText(tr("&Form:"));
    m_itemLabel->setText(tr("&Item:"));
    m_item->setSpecialValueText(tr("The whole form"));
    m_textLabel->setText(tr("&Question:"));
    m_blindedNote->setText(tr("The blinded outcome assessor rates this form and will read the "
                              "question: write nothing that tells the treatment."));
    m_buttons->setTexts(tr("&Raise"), tr("Cancel"));
}

} // namespace td
