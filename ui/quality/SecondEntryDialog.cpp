#include "quality/SecondEntryDialog.h"

#include "common/DialogButtons.h"
#include "common/ErrorLabel.h"
#include "instruments/InstrumentCatalog.h"
#include "quality/DoubleEntry.h"
#include "storage/Database.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace td {

namespace {
QString language()
{
    return QLocale().language() == QLocale::NorwegianBokmal ? QStringLiteral("nb")
                                                            : QStringLiteral("en");
}
} // namespace

SecondEntryDialog::SecondEntryDialog(Database& db, const Actor& actor, qint64 assessmentId,
                                     const QString& instrumentId, const QString& subject,
                                     QWidget* parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_assessmentId(assessmentId), m_subject(subject),
      m_intro(new QLabel(this)), m_error(new ErrorLabel(this)), m_buttons(new DialogButtons(this))
{
    setObjectName(QStringLiteral("secondEntryDialog"));
    m_intro->setWordWrap(true);
    auto* form = new QFormLayout;
    if (auto catalog = InstrumentCatalog::load(m_db); catalog.ok())
        if (const InstrumentDefinition* d = catalog->find(instrumentId))
            m_definition = *d;
    for (std::size_t i = 0; i < m_definition.items.size(); ++i) {
        m_inputs.emplace_back(m_definition, i);
        auto* field = new QLineEdit(this);
        field->setObjectName(QStringLiteral("secondItem%1").arg(i + 1));
        field->setMaximumWidth(field->fontMetrics().horizontalAdvance(QStringLiteral("MMMMMM")));
        field->setToolTip(m_inputs.back().hint());
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_fields.push_back(field);
        m_labels.push_back(label);
        form->addRow(label, field);
        // Enter moves on, as on the entry form.
        connect(field, &QLineEdit::returnPressed, this, [this, i] {
            if (i + 1 < m_fields.size())
                m_fields[i + 1]->setFocus();
            else
                m_buttons->acceptButton()->setFocus();
        });
    }
    auto* items = new QWidget(this);
    items->setLayout(form);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(items);
    scroll->setWidgetResizable(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons->acceptButton(), &QPushButton::clicked, this, [this] {
        if (save()) {
            QMessageBox::information(this, windowTitle(), m_outcome);
            accept();
        }
    });
    connect(m_buttons->rejectButton(), &QPushButton::clicked, this, &QDialog::reject);
    retranslateUi();
    resize(sizeHint().width() + 80, 520);
}

bool SecondEntryDialog::save()
{
    QStringList values;
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        const QString v = ItemInput::normalize(m_fields[i]->text().trimmed());
        if (v.isEmpty() && m_definition.items[i].optional)
            break;
        if (!m_inputs[i].isAllowed(v)) {
            m_error->showMessage(v.isEmpty() ? tr("Item %1 is not entered; type NA for a "
                                                  "missing answer.")
                                                   .arg(i + 1)
                                             : m_inputs[i].refusal(v));
            m_fields[i]->setFocus();
            return false;
        }
        values << v;
    }
    auto entry = DoubleEntries(m_db).enterSecond(m_actor, m_assessmentId, values);
    if (!entry.ok()) {
        m_error->showMessage(entry.message());
        return false;
    }
    QStringList differing;
    for (int item : entry->differing)
        differing << QLocale().toString(item);
    m_outcome = differing.isEmpty()
                    ? tr("The two entries agree: the form is complete.")
                    : tr("The entries differ at item(s) %1. A third person adjudicates them "
                         "under Data quality, Double entry.")
                          .arg(differing.join(QStringLiteral(", ")));
    m_error->showMessage(QString());
    return true;
}

void SecondEntryDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SecondEntryDialog::retranslateUi()
{
    setWindowTitle(tr("Second entry: %1").arg(m_definition.shortName));
    m_intro->setText(tr("%1. Key the paper form again, item by item. The first entry is not "
                        "shown; the two are compared when you save.")
                         .arg(m_subject));
    const QString lang = language();
    for (std::size_t i = 0; i < m_labels.size(); ++i) {
        const QString topic = m_definition.items[i].label.in(lang);
        m_labels[i]->setText(topic.isEmpty() ? tr("Item %1").arg(i + 1)
                                             : tr("%1. %2").arg(i + 1).arg(topic));
    }
    m_buttons->setTexts(tr("&Save second entry"), tr("Cancel"));
}

} // namespace td
