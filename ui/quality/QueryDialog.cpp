#include "quality/QueryDialog.h"

#include "assessments/AssessmentRepository.h"
#include "common/ErrorLabel.h"
#include "entry/ItemInput.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace td {

QueryDialog::QueryDialog(Database& db, const Actor& actor, const DataQuery& query,
                         const QString& instrumentName, QWidget* parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_query(query), m_instrumentName(instrumentName),
      m_subject(new QLabel(this)), m_steps(new QTextBrowser(this)), m_textLabel(new QLabel(this)),
      m_text(new QPlainTextEdit(this)), m_correctedLabel(new QLabel(this)),
      m_corrected(new QLineEdit(this)), m_error(new ErrorLabel(this)),
      m_respond(new QPushButton(this)), m_close(new QPushButton(this)),
      m_reopen(new QPushButton(this)), m_done(new QPushButton(this))
{
    setObjectName(QStringLiteral("queryDialog"));
    m_subject->setWordWrap(true);
    QFont bold = m_subject->font();
    bold.setBold(true);
    m_subject->setFont(bold);
    m_steps->setObjectName(QStringLiteral("querySteps"));
    m_text->setObjectName(QStringLiteral("queryText"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_textLabel->setBuddy(m_text);
    m_corrected->setObjectName(QStringLiteral("correctedValue"));
    m_corrected->setMaximumWidth(
        m_corrected->fontMetrics().horizontalAdvance(QStringLiteral("MMMMMMMM")));
    m_correctedLabel->setBuddy(m_corrected);
    m_respond->setObjectName(QStringLiteral("respond"));
    m_close->setObjectName(QStringLiteral("closeQuery"));
    m_reopen->setObjectName(QStringLiteral("reopen"));
    for (QPushButton* b : {m_respond, m_close, m_reopen})
        b->setAutoDefault(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_respond);
    buttons->addWidget(m_close);
    buttons->addWidget(m_reopen);
    buttons->addStretch();
    buttons->addWidget(m_done);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_subject);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_textLabel);
    layout->addWidget(m_text);
    auto* correction = new QHBoxLayout;
    correction->addWidget(m_correctedLabel);
    correction->addWidget(m_corrected);
    correction->addStretch();
    layout->addLayout(correction);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_respond, &QPushButton::clicked, this, [this] { take(QueryAction::Respond); });
    connect(m_close, &QPushButton::clicked, this, [this] { take(QueryAction::Close); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { take(QueryAction::Reopen); });
    connect(m_done, &QPushButton::clicked, this, &QDialog::accept);
    resize(640, 480);
    retranslateUi();
}

QString QueryDialog::take(QueryAction action)
{
    DataQueries queries(m_db);
    const QString text = m_text->toPlainText();
    const QString corrected = ItemInput::normalize(m_corrected->text().trimmed());
    Result<DataQuery> done = makeError(ErrorCode::Invalid, QString());
    if (action == QueryAction::Respond && !m_corrected->isHidden() && !corrected.isEmpty()) {
        // The stored record with the item corrected; the core validates the value.
        auto record = AssessmentRepository(m_db).get(m_actor, m_query.assessmentId);
        if (!record.ok()) {
            m_error->showMessage(record.message());
            return record.message();
        }
        Assessment changed = *record;
        if (m_query.target.item <= changed.items.size())
            changed.items[m_query.target.item - 1] = corrected;
        done = queries.respondWithCorrection(m_actor, m_query.id, changed, text);
    } else {
        done = action == QueryAction::Respond ? queries.respond(m_actor, m_query.id, text)
               : action == QueryAction::Close ? queries.close(m_actor, m_query.id, text)
                                              : queries.reopen(m_actor, m_query.id, text);
    }
    if (!done.ok()) {
        m_error->showMessage(done.message());
        return done.message();
    }
    m_query = *done;
    m_text->clear();
    m_corrected->clear();
    m_error->showMessage(QString());
    fill();
    emit stepTaken();
    return {};
}

void QueryDialog::fill()
{
    setWindowTitle(tr("Query %1: %2").arg(m_query.id).arg(m_query.studyId));
    m_subject->setText(tr("%1, %2. %3. Status: %4.")
                           .arg(m_query.studyId, DataQueries::subject(m_query, m_instrumentName),
                                DataQueries::originName(m_query.origin),
                                DataQueries::statusName(m_query.status)));
    const QLocale locale;
    QString html;
    for (const QueryStep& s : m_query.steps) {
        const QString who = s.by.isEmpty() ? tr("(name not shown)") : s.by.toHtmlEscaped();
        const QString text =
            s.text.isEmpty() ? tr("(no text, or a text you may not read)") : s.text.toHtmlEscaped();
        html += QStringLiteral("<p><b>%1</b> · %2 · %3<br/>%4</p>")
                    .arg(DataQueries::actionName(s.action), who,
                         locale.toString(s.at.toLocalTime(), QLocale::ShortFormat), text);
        if (s.assessmentId > 0)
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(tr("The value was corrected with this response (assessment %1).")
                                 .arg(s.assessmentId));
    }
    m_steps->setHtml(html);
    const bool respond = DataQueries::mayRespond(m_actor, m_query);
    const bool close = DataQueries::mayClose(m_actor, m_query);
    m_respond->setVisible(respond);
    m_close->setVisible(close && m_query.status != QueryStatus::Closed);
    m_reopen->setVisible(close && m_query.status != QueryStatus::Open);
    const bool any = !m_respond->isHidden() || !m_close->isHidden() || !m_reopen->isHidden();
    m_text->setVisible(any);
    m_textLabel->setVisible(any);
    // Correcting the value asked about: an item of a saved form, by site staff who may key it.
    m_currentValue.clear();
    if (respond && m_query.target.item > 0 && m_query.assessmentId > 0 &&
        m_query.status != QueryStatus::Closed && m_actor.can(Permission::EnterAssessments))
        if (auto record = AssessmentRepository(m_db).get(m_actor, m_query.assessmentId);
            record.ok() && !record->removed && m_query.target.item <= record->items.size())
            m_currentValue = record->items[m_query.target.item - 1];
    const bool correctable = !m_currentValue.isEmpty();
    m_corrected->setVisible(correctable);
    m_correctedLabel->setVisible(correctable);
    if (correctable)
        m_correctedLabel->setText(tr("Item %1 reads \"%2\". &Corrected value (optional):")
                                      .arg(m_query.target.item)
                                      .arg(m_currentValue));
}

void QueryDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void QueryDialog::retranslateUi()
{
    m_textLabel->setText(tr("&Text:"));
    m_respond->setText(tr("&Respond"));
    m_close->setText(tr("C&lose the query"));
    m_reopen->setText(tr("Re-&open"));
    m_done->setText(tr("&Done"));
    fill();
}

} // namespace td
