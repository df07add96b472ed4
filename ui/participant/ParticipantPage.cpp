#include "participant/ParticipantPage.h"

#include "access/Disclosure.h"
#include "access/UserRepository.h"
#include "assessments/AssessmentRepository.h"
#include "common/ErrorLabel.h"
#include "common/PrintPreview.h"
#include "entry/MissedVisitDialog.h"
#include "participant/AcknowledgeAlertDialog.h"
#include "participant/EmergencyUnblindDialog.h"
#include "participant/EnrolmentPanel.h"
#include "participant/ParticipantFormat.h"
#include "participant/ParticipantModels.h"
#include "participant/ParticipantSummaryPrint.h"
#include "participant/TrajectoryChart.h"
#include "participants/ParticipantRepository.h"
#include "participants/Screening.h"
#include "quality/QueryPanel.h"
#include "registry/ParticipantActions.h"
#include "sessions/SessionRepository.h"
#include "storage/Database.h"
#include "trial/ProtocolRepository.h"
#include "visits/VisitTimeline.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>
#include <map>

namespace td {

namespace {
// Tabs of the sections, in order; the sessions and alerts tabs exist only for some roles.
enum Section { Visits, Assessments, Sessions, Alerts };
} // namespace

ParticipantPage::ParticipantPage(Database& db, const Actor& actor, QWidget* parent)
    : QWidget(parent), m_db(db), m_actor(actor), m_title(new QLabel(this)),
      m_actions(new ParticipantActions(db, actor, this)), m_stepBar(new QToolBar(this)),
      m_alertBanner(new QLabel(this)), m_unblindedBanner(new QLabel(this)),
      m_fields(new QGridLayout), m_error(new ErrorLabel(this)),
      m_splitter(new QSplitter(Qt::Vertical, this)), m_tabs(new QTabWidget),
      m_visitModel(new VisitTableModel(this)), m_assessmentModel(new AssessmentTableModel(this)),
      m_visitTable(nullptr), m_assessmentTable(nullptr), m_enrolment(new EnrolmentPanel),
      m_instrumentLabel(new QLabel(this)), m_instrument(new QComboBox(this)),
      m_chart(new TrajectoryChart(this)), m_savePng(new QPushButton(this)),
      m_savePdf(new QPushButton(this)), m_print(new QPushButton(this)),
      m_chartError(new ErrorLabel(this))
{
    // Header: the study id, an open-alert banner, and the facts in two rows of pairs.
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_alertBanner->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_alertBanner->setTextFormat(Qt::RichText);
    m_alertBanner->hide();
    connect(m_alertBanner, &QLabel::linkActivated, this, [this] {
        if (m_alertModel)
            m_tabs->setCurrentIndex(m_tabs->indexOf(m_alertTable->parentWidget()));
    });
    m_site = addField(0, 0);
    m_status = addField(0, 1);
    m_screened = addField(1, 0);
    m_consented = addField(1, 1);
    m_randomized = addField(1, 2);
    if (Disclosure::of(m_actor).arms()) {
        // Allocation and therapist: never built for blinded users (the therapist reveals the
        // arm too), so nothing of them can leak into the page.
        m_arm = addField(0, 2);
        m_therapist = addField(0, 3);
    } else if (m_actor.can(Permission::EmergencyUnblind)) {
        // The arm only, shown once the core returns it after an emergency unblinding.
        m_arm = addField(0, 2);
        m_unblind = new QPushButton(this);
        m_unblind->setObjectName(QStringLiteral("emergencyUnblind"));
        m_unblind->hide();
        connect(m_unblind, &QPushButton::clicked, this, &ParticipantPage::emergencyUnblind);
    }
    // Says that this user learned the arm, so that it is never taken for an ordinary view.
    m_unblindedBanner->setObjectName(QStringLiteral("unblindedBanner"));
    m_unblindedBanner->setTextFormat(Qt::RichText);
    m_unblindedBanner->setWordWrap(true);
    m_unblindedBanner->setStyleSheet(
        QStringLiteral("QLabel#unblindedBanner { background: #fff3e0; color: #7a2e00; border: "
                       "1px solid #e65100; border-radius: 3px; padding: 6px 10px; }"));
    m_unblindedBanner->hide();
    m_fields->setColumnStretch(8, 1);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addSpacing(16);
    titleRow->addWidget(m_alertBanner);
    titleRow->addStretch(1);
    // The steps of the participant's path this role may take.
    m_stepBar->setObjectName(QStringLiteral("participantSteps"));
    m_stepBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_stepBar->addActions(m_actions->participantActions());
    m_stepBar->setVisible(!m_actions->participantActions().isEmpty());
    titleRow->addWidget(m_stepBar);
    if (m_unblind)
        titleRow->addWidget(m_unblind);
    m_print->setObjectName(QStringLiteral("printSummary"));
    titleRow->addWidget(m_print);
    connect(m_print, &QPushButton::clicked, this, &ParticipantPage::printPreview);
    connect(m_actions, &ParticipantActions::changed, this, [this] {
        refresh();
        emit participantChanged(m_participantId);
    });

    // Sections.
    m_visitTable = makeTable(m_visitModel);
    m_assessmentTable = makeTable(m_assessmentModel);
    // Free text ends the assessment and alert rows: those stretch to the table's width.
    m_assessmentTable->horizontalHeader()->setStretchLastSection(true);
    if (m_actor.can(Permission::EnterAssessments)) {
        // Under the visits: enter (or resume) one of the selected visit's instruments.
        auto* page = new QWidget;
        auto* box = new QVBoxLayout(page);
        box->setContentsMargins(0, 0, 0, 0);
        box->addWidget(m_visitTable, 1);
        m_enter = new QPushButton(page);
        m_enter->setObjectName(QStringLiteral("enterAssessment"));
        m_enterMenu = new QMenu(m_enter);
        m_enter->setMenu(m_enterMenu);
        m_missed = new QPushButton(page);
        m_missed->setObjectName(QStringLiteral("recordMissedVisit"));
        connect(m_missed, &QPushButton::clicked, this, &ParticipantPage::recordMissedVisit);
        auto* row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(m_missed);
        row->addWidget(m_enter);
        box->addLayout(row);
        connect(m_visitTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &ParticipantPage::updateEntryActions);
        m_tabs->addTab(page, QString());
    } else {
        m_tabs->addTab(m_visitTable, QString());
    }
    m_tabs->addTab(m_assessmentTable, QString());
    if (Disclosure::of(m_actor).arms()) {
        m_sessionModel = new SessionTableModel(this);
        m_sessionTable = makeTable(m_sessionModel);
        auto* page = new QWidget;
        auto* box = new QVBoxLayout(page);
        box->setContentsMargins(0, 0, 0, 0);
        m_sessionSummary = new QLabel(page);
        box->addWidget(m_sessionSummary);
        box->addWidget(m_sessionTable, 1);
        m_tabs->addTab(page, QString());
    }
    if (m_actor.can(Permission::ViewAlerts)) {
        m_alertModel = new AlertTableModel(this);
        m_alertTable = makeTable(m_alertModel);
        m_alertTable->setWordWrap(true);
        // Wrapped notes keep all their lines.
        m_alertTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_alertTable->horizontalHeader()->setStretchLastSection(true);
        auto* page = new QWidget;
        auto* box = new QVBoxLayout(page);
        box->setContentsMargins(0, 0, 0, 0);
        box->addWidget(m_alertTable, 1);
        if (m_actor.can(Permission::AcknowledgeAlerts)) {
            m_acknowledge = new QPushButton(page);
            m_acknowledge->setEnabled(false);
            auto* row = new QHBoxLayout;
            row->addStretch(1);
            row->addWidget(m_acknowledge);
            box->addLayout(row);
            connect(m_acknowledge, &QPushButton::clicked, this,
                    &ParticipantPage::acknowledgeSelected);
            connect(m_alertTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                    &ParticipantPage::updateAlertActions);
            connect(m_alertTable, &QTableView::doubleClicked, this,
                    &ParticipantPage::acknowledgeSelected);
        }
        m_tabs->addTab(page, QString());
    }
    m_tabs->addTab(m_enrolment, QString());
    m_queries = new QueryPanel(db, actor);
    m_tabs->addTab(m_queries, QString());
    connect(m_queries, &QueryPanel::queriesChanged, this, [this] {
        retranslateUi(); // the tab's count
        emit participantChanged(m_participantId);
    });

    // The chart with its instrument and the save buttons.
    auto* chartPanel = new QWidget;
    auto* chartBox = new QVBoxLayout(chartPanel);
    chartBox->setContentsMargins(0, 0, 0, 0);
    auto* chartBar = new QHBoxLayout;
    m_instrumentLabel->setBuddy(m_instrument);
    m_instrument->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    chartBar->addWidget(m_instrumentLabel);
    chartBar->addWidget(m_instrument);
    chartBar->addStretch(1);
    chartBar->addWidget(m_savePng);
    chartBar->addWidget(m_savePdf);
    chartBox->addLayout(chartBar);
    chartBox->addWidget(m_chartError);
    chartBox->addWidget(m_chart, 1);
    connect(m_instrument, &QComboBox::activated, this, [this] { updateChart(); });
    connect(m_savePng, &QPushButton::clicked, this, [this] { saveChart(false); });
    connect(m_savePdf, &QPushButton::clicked, this, [this] { saveChart(true); });

    // The chart across the page's width (the time axis needs it), the sections under it, half
    // and half: at the default window size (1100×700) every visit of the schedule still shows.
    m_splitter->addWidget(chartPanel);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({360, 360});
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(titleRow);
    layout->addWidget(m_unblindedBanner);
    layout->addLayout(m_fields);
    layout->addWidget(m_error);
    layout->addWidget(m_splitter, 1);
    retranslateUi();
    clearPage({});
}

ParticipantPage::HeaderField ParticipantPage::addField(int row, int column)
{
    HeaderField f{new QLabel(this), new QLabel(this)};
    f.caption->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    f.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    f.value->setContentsMargins(0, 0, 10, 0); // room before the next pair
    // A value longer than the room there is (an arm's long name) is cut at its end rather
    // than widening the window past 1100 pixels; the usual Norwegian values fit.
    f.value->setMinimumWidth(80);
    m_fields->addWidget(f.caption, row, column * 2, Qt::AlignLeft);
    m_fields->addWidget(f.value, row, column * 2 + 1, Qt::AlignLeft);
    m_fields->setColumnMinimumWidth(column * 2 + 1, 120);
    return f;
}

CriteriaAnswerModel* ParticipantPage::criteriaModel() const
{
    return m_enrolment->criteriaModel();
}

CovariateValueModel* ParticipantPage::covariateModel() const
{
    return m_enrolment->covariateModel();
}

QString ParticipantPage::headerText(const QString& caption) const
{
    for (const HeaderField* f :
         {&m_site, &m_status, &m_screened, &m_consented, &m_randomized, &m_arm, &m_therapist})
        if (f->caption && f->caption->text() == caption)
            return f->value->text();
    return {};
}

std::vector<std::pair<QString, QString>> ParticipantPage::headerFields() const
{
    std::vector<std::pair<QString, QString>> out;
    for (const HeaderField* f :
         {&m_site, &m_status, &m_screened, &m_consented, &m_randomized, &m_arm, &m_therapist}) {
        if (!f->caption || f->caption->isHidden() || f->caption->text().isEmpty())
            continue;
        const QString value = f->value->textFormat() == Qt::RichText
                                  ? QTextDocumentFragment::fromHtml(f->value->text()).toPlainText()
                                  : f->value->text();
        out.emplace_back(f->caption->text(), value.trimmed());
    }
    return out;
}

QString ParticipantPage::headerBanner() const
{
    return m_unblindedBanner->isHidden()
               ? QString()
               : QTextDocumentFragment::fromHtml(m_unblindedBanner->text()).toPlainText();
}

QString ParticipantPage::chartTitle() const
{
    return m_instrument->currentText();
}

void ParticipantPage::printPreview()
{
    const ParticipantSummaryPrint summary(*this);
    showPrintPreview(this, summary.title(), [&summary](QPrinter& p) { summary.print(p); });
}

QTableView* ParticipantPage::makeTable(QAbstractItemModel* model)
{
    auto* table = new QTableView;
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    // Rows one line of text high (the style's default is taller), so that more of them fit.
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QString ParticipantPage::load(qint64 participantId)
{
    const bool sameParticipant = participantId == m_participantId && m_participant;
    m_participantId = participantId;
    auto participant = ParticipantRepository(m_db).get(m_actor, participantId);
    if (!participant.ok()) {
        clearPage(participant.message());
        return participant.message();
    }
    // One query (or one small set of queries) per section.
    auto protocol = ProtocolRepository(m_db).load(m_actor);
    auto catalog = InstrumentCatalog::load(m_db);
    auto assessments = AssessmentRepository(m_db).forParticipant(m_actor, participantId);
    auto outcomes = ParticipantOutcomes(m_db).forParticipant(m_actor, participantId);
    Result<std::vector<TherapySession>> sessions{std::vector<TherapySession>()};
    if (m_sessionModel && participant->isRandomized())
        sessions = SessionRepository(m_db).forParticipant(m_actor, participantId);
    Result<std::vector<Alert>> alerts{std::vector<Alert>()};
    if (m_alertModel)
        alerts = AlertRepository(m_db).forParticipant(m_actor, participantId);
    Result<std::vector<User>> users{std::vector<User>()};
    if (Disclosure::of(m_actor).arms() && participant->therapistId)
        users = UserRepository(m_db).list(m_actor);
    auto answers = Screening(m_db).answers(m_actor, participantId);
    for (const QString& message :
         {protocol.message(), catalog.message(), assessments.message(), outcomes.message(),
          sessions.message(), alerts.message(), users.message(), answers.message()})
        if (!message.isEmpty()) {
            clearPage(message);
            return message;
        }

    m_participant = std::move(participant).value();
    m_protocol = std::move(protocol).value();
    m_catalog = std::move(catalog).value();
    m_outcomes = std::move(outcomes).value();
    m_sessions = std::move(sessions).value();
    m_alerts = std::move(alerts).value();
    m_answers = std::move(answers).value();
    m_therapistName.clear();
    for (const User& u : *users)
        if (u.id == m_participant->therapistId)
            m_therapistName = u.displayName;

    // Visits and assessments.
    const Participant& p = *m_participant;
    QHash<QString, QString> shortNames;
    for (const QString& id : m_catalog.ids())
        if (const InstrumentDefinition* d = m_catalog.find(id))
            shortNames.insert(id, d->shortName);
    m_visitModel->setVisits(VisitTimeline::build(m_protocol, p, *assessments, m_db.clock().today()),
                            shortNames);
    std::map<qint64, double> totals;
    for (const MeasureOutcome& m : m_outcomes)
        if (m.measure == m.instrumentId)
            for (const TrajectoryPoint& point : m.trajectory)
                totals[point.assessmentId] = point.value;
    std::map<qint64, int> sessionNumbers;
    for (const TherapySession& s : m_sessions)
        sessionNumbers[s.id] = s.number;
    std::vector<AssessmentTableModel::Row> rows;
    rows.reserve(assessments->size());
    for (const Assessment& a : *assessments) {
        AssessmentTableModel::Row row{a, {}, {}, {}};
        if (a.timePointId)
            if (const TimePoint* tp = m_protocol.timePoint(*a.timePointId))
                row.visit = tp->label;
        if (a.sessionId)
            if (auto it = sessionNumbers.find(*a.sessionId); it != sessionNumbers.end())
                row.sessionNumber = it->second;
        if (auto it = totals.find(a.id); it != totals.end())
            row.total = it->second;
        rows.push_back(std::move(row));
    }
    m_assessmentModel->setRows(std::move(rows), m_catalog);
    if (m_sessionModel)
        m_sessionModel->setSessions(m_sessions, p.isRandomized() ? p.randomizedAt.date() : QDate());
    if (m_alertModel)
        m_alertModel->setAlerts(m_alerts, m_catalog);

    // The chart: the same instrument on a refresh; for a new participant the instrument of
    // the newest open alert, else the first in the protocol's order.
    QString keep = sameParticipant ? chartInstrument() : QString();
    if (keep.isEmpty())
        for (const Alert& alert : m_alerts)
            if (alert.isOpen()) {
                for (const Assessment& a : *assessments)
                    if (a.id == alert.assessmentId)
                        keep = a.instrumentId;
                if (!keep.isEmpty())
                    break;
            }
    fillInstrumentChoices(keep);

    m_actions->setProtocol(m_protocol);
    m_actions->setParticipant(&*m_participant);
    m_error->hide();
    m_splitter->setEnabled(true);
    fillHeader();
    fillEnrolment();
    m_queries->setParticipant(participantId);
    retranslateUi(); // also sizes the tables' columns to their contents
    updateChart();
    updateAlertActions();
    // Select the most pressing visit (overdue, else due) so entry is one keystroke away.
    int pressing = -1;
    for (VisitState wanted : {VisitState::Overdue, VisitState::Due, VisitState::Partial}) {
        const auto& visits = m_visitModel->visits();
        for (std::size_t i = 0; i < visits.size() && pressing < 0; ++i)
            if (visits[i].state == wanted)
                pressing = static_cast<int>(i);
    }
    if (pressing >= 0)
        m_visitTable->selectRow(pressing);
    updateEntryActions();
    emit loaded(participantId);
    return {};
}

void ParticipantPage::refresh()
{
    if (m_participantId == 0)
        return;
    const QString message = load(m_participantId);
    if (!message.isEmpty())
        m_error->showMessage(message);
}

void ParticipantPage::clearPage(const QString& message)
{
    m_participant.reset();
    m_outcomes.clear();
    m_sessions.clear();
    m_alerts.clear();
    m_answers.clear();
    m_therapistName.clear();
    m_actions->setParticipant(nullptr);
    m_visitModel->setVisits({}, {});
    m_assessmentModel->setRows({}, {});
    if (m_sessionModel)
        m_sessionModel->setSessions({}, {});
    if (m_alertModel)
        m_alertModel->setAlerts({});
    m_instrument->clear();
    m_chart->clear();
    m_queries->clear();
    m_splitter->setEnabled(false);
    if (message.isEmpty())
        m_error->hide();
    else
        m_error->showMessage(message);
    fillHeader();
    fillEnrolment();
    retranslateUi();
    updateAlertActions();
}

void ParticipantPage::fillHeader()
{
    const bool have = m_participant.has_value();
    const QString none = ParticipantFormat::dash();
    m_title->setText(have ? m_participant->studyId : QString());
    setWindowTitle(have ? tr("Participant %1").arg(m_participant->studyId) : tr("Participant"));
    m_print->setEnabled(have);
    if (!have) {
        for (HeaderField* f :
             {&m_site, &m_status, &m_screened, &m_consented, &m_randomized, &m_arm, &m_therapist})
            if (f->value)
                f->value->clear();
        m_alertBanner->hide();
        m_unblindedBanner->hide();
        if (m_unblind)
            m_unblind->hide();
        return;
    }
    const Participant& p = *m_participant;
    const Site* site = m_protocol.site(p.siteId);
    m_site.value->setText(site ? tr("%1 (%2)").arg(site->name, site->code) : none);
    m_status.value->setText(StatusRules::displayName(p.status));
    // The protocol version each step was taken under (amendments make new versions).
    auto underVersion = [this](const QString& date, int version) {
        return version > 0 ? tr("%1, protocol version %2").arg(date).arg(version) : date;
    };
    m_screened.value->setText(
        underVersion(ParticipantFormat::date(p.screeningDate), p.protocolVersionScreened));
    const QString consented = ParticipantFormat::date(p.consentDate);
    m_consented.value->setText(
        !p.consentDate.isValid() ? none
        : p.consentFormVersion.isEmpty()
            ? consented
            : tr("%1, consent form %2").arg(consented, p.consentFormVersion));
    m_randomized.value->setText(p.isRandomized()
                                    ? underVersion(ParticipantFormat::date(p.randomizedAt.date()),
                                                   p.protocolVersionRandomized)
                                    : none);
    if (m_arm.value) {
        const Arm* arm = p.armId ? m_protocol.arm(*p.armId) : nullptr;
        if (arm) {
            m_arm.value->setTextFormat(Qt::RichText);
            m_arm.value->setText(QStringLiteral("<span style=\"color:%1\">&#9632;</span> %2")
                                     .arg(arm->colour.toHtmlEscaped(),
                                          tr("%1 (%2)").arg(arm->name, arm->code).toHtmlEscaped()));
        } else {
            m_arm.value->setTextFormat(Qt::PlainText);
            m_arm.value->setText(none);
        }
        m_arm.caption->setVisible(armShown());
        m_arm.value->setVisible(armShown());
    }
    if (m_therapist.value)
        m_therapist.value->setText(m_therapistName.isEmpty() ? none : m_therapistName);
    if (p.unblindedAt.isValid()) {
        const QDateTime at = p.unblindedAt.toLocalTime();
        m_unblindedBanner->setText(
            QStringLiteral("<b>%1</b> %2")
                .arg(tr("Unblinded for you on %1 by emergency unblinding.")
                         .arg(ParticipantFormat::date(at.date()))
                         .toHtmlEscaped(),
                     tr("The arm is shown to you only. Let another blinded assessor do this "
                        "participant's ratings.")
                         .toHtmlEscaped()));
        m_unblindedBanner->setToolTip(QLocale().toString(at, QLocale::ShortFormat));
        m_unblindedBanner->show();
    } else {
        m_unblindedBanner->hide();
    }
    if (m_unblind)
        m_unblind->setVisible(p.isRandomized() && p.armHidden);
    const int open = m_alertModel ? m_alertModel->openCount() : 0;
    if (open > 0) {
        m_alertBanner->setText(QStringLiteral("<a href=\"#alerts\" style=\"color:#b00020\">%1</a>")
                                   .arg(tr("%Ln open safety alert(s)", nullptr, open)));
        m_alertBanner->show();
    } else {
        m_alertBanner->hide();
    }
}

void ParticipantPage::fillEnrolment()
{
    if (m_participant)
        m_enrolment->setParticipant(m_protocol, *m_participant, m_answers);
    else
        m_enrolment->clear();
}

void ParticipantPage::fillInstrumentChoices(const QString& keep)
{
    // Instruments with a total that this participant has scores on, in the protocol's order.
    QStringList order;
    for (const TimePoint& tp : m_protocol.schedule)
        for (const ScheduledInstrument& si : tp.instruments)
            if (!order.contains(si.instrumentId))
                order << si.instrumentId;
    QStringList ids;
    for (const MeasureOutcome& m : m_outcomes) {
        const InstrumentDefinition* d = m_catalog.find(m.instrumentId);
        if (m.measure == m.instrumentId && !m.trajectory.empty() && d &&
            d->total != TotalMethod::None)
            ids << m.instrumentId;
    }
    std::stable_sort(ids.begin(), ids.end(), [&order](const QString& a, const QString& b) {
        const auto ia = order.indexOf(a), ib = order.indexOf(b);
        return (ia < 0 ? order.size() : ia) < (ib < 0 ? order.size() : ib);
    });
    const QSignalBlocker block(m_instrument);
    m_instrument->clear();
    const QString language = ParticipantFormat::language();
    for (const QString& id : ids) {
        const InstrumentDefinition* d = m_catalog.find(id);
        const QString name = d->name.in(language);
        m_instrument->addItem(
            name.contains(d->shortName) ? name : tr("%1 – %2").arg(d->shortName, name), id);
    }
    const int at = m_instrument->findData(keep);
    m_instrument->setCurrentIndex(at >= 0 ? at : (ids.isEmpty() ? -1 : 0));
}

QString ParticipantPage::chartInstrument() const
{
    return m_instrument->currentData().toString();
}

bool ParticipantPage::showInstrument(const QString& instrumentId)
{
    const int at = m_instrument->findData(instrumentId);
    if (at < 0)
        return false;
    m_instrument->setCurrentIndex(at);
    updateChart();
    return true;
}

void ParticipantPage::updateChart()
{
    m_chartError->hide();
    const QString id = chartInstrument();
    const InstrumentDefinition* d = m_catalog.find(id);
    const MeasureOutcome* measure = nullptr;
    for (const MeasureOutcome& m : m_outcomes)
        if (m.measure == id && m.instrumentId == id)
            measure = &m;
    const bool have = m_participant && d && measure;
    m_savePng->setEnabled(have);
    m_savePdf->setEnabled(have);
    m_instrument->setEnabled(m_instrument->count() > 1);
    if (!have) {
        m_chart->clear(m_participant ? tr("No scores to show yet") : QString());
        return;
    }
    TrajectoryChart::Input in;
    in.definition = *d;
    in.measure = *measure;
    in.fromRandomization = m_participant->isRandomized();
    if (in.fromRandomization) {
        in.origin = m_participant->randomizedAt.date();
    } else {
        // As ParticipantOutcomes: weeks from the first scored assessment of any instrument.
        for (const MeasureOutcome& m : m_outcomes)
            for (const TrajectoryPoint& p : m.trajectory)
                if (!in.origin.isValid() || p.date < in.origin)
                    in.origin = p.date;
    }
    in.sessions = m_sessions; // empty for blinded users: the core never gave them any
    for (const Alert& a : m_alerts)
        in.alerts.insert(a.assessmentId, a.kind);
    m_chart->setInput(std::move(in));
}

void ParticipantPage::updateAlertActions()
{
    if (!m_acknowledge)
        return;
    const QModelIndexList rows = m_alertTable->selectionModel()
                                     ? m_alertTable->selectionModel()->selectedRows()
                                     : QModelIndexList();
    const Alert* alert = rows.isEmpty() ? nullptr : m_alertModel->alertAt(rows.first().row());
    m_acknowledge->setEnabled(alert && alert->isOpen());
}

void ParticipantPage::recordMissedVisit()
{
    if (!m_missedVisit)
        return;
    MissedVisitDialog dialog(m_db, m_actor, m_participantId, m_missedVisit, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void ParticipantPage::updateEntryActions()
{
    if (!m_enter)
        return;
    m_enterMenu->clear();
    const QModelIndexList rows = m_visitTable->selectionModel()
                                     ? m_visitTable->selectionModel()->selectedRows()
                                     : QModelIndexList();
    const auto& visits = m_visitModel->visits();
    const Visit* visit = rows.isEmpty() || rows.first().row() >= static_cast<int>(visits.size())
                             ? nullptr
                             : &visits[static_cast<std::size_t>(rows.first().row())];
    const TimePoint* tp = visit ? m_protocol.timePoint(visit->timePointId) : nullptr;
    if (visit && visit->state != VisitState::NotScheduled) {
        for (const QString& id : visit->scheduled) {
            if (visit->completed.contains(id))
                continue;
            // Only what this user may key: a blinded-rater instrument is the assessor's.
            if (tp && std::any_of(tp->instruments.begin(), tp->instruments.end(),
                                  [&](const ScheduledInstrument& si) {
                                      return si.instrumentId == id &&
                                             !AssessmentRepository::mayKey(m_actor, si.rater);
                                  }))
                continue;
            const InstrumentDefinition* d = m_catalog.find(id);
            QAction* a = m_enterMenu->addAction(
                d ? tr("%1 – %2").arg(d->shortName, d->name.in(ParticipantFormat::language()))
                  : id);
            a->setData(id);
            const qint64 timePointId = visit->timePointId;
            connect(a, &QAction::triggered, this, [this, timePointId, id] {
                emit entryRequested(m_participantId, timePointId, id);
            });
        }
    }
    m_enter->setEnabled(!m_enterMenu->isEmpty());
    // A visit whose window has opened and that is not complete can be recorded as missed.
    m_missedVisit =
        visit && (visit->state == VisitState::Due || visit->state == VisitState::Overdue ||
                  visit->state == VisitState::Partial)
            ? visit->timePointId
            : 0;
    m_missed->setEnabled(m_missedVisit != 0);
    m_missed->setToolTip(m_missedVisit ? QString()
                                       : tr("Choose a visit that is due, overdue or partly "
                                            "recorded."));
    m_enter->setToolTip(!visit ? tr("Choose a visit first.")
                        : visit->state == VisitState::NotScheduled
                            ? tr("This visit is not scheduled yet: it counts from randomization.")
                        : m_enterMenu->isEmpty() ? tr("Every instrument of this visit is complete.")
                                                 : QString());
}

void ParticipantPage::acknowledgeSelected()
{
    if (!m_acknowledge || !m_alertTable->selectionModel())
        return;
    const QModelIndexList rows = m_alertTable->selectionModel()->selectedRows();
    const Alert* alert = rows.isEmpty() ? nullptr : m_alertModel->alertAt(rows.first().row());
    if (!alert || !alert->isOpen())
        return;
    AcknowledgeAlertDialog dialog(m_db, m_actor, *alert, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

bool ParticipantPage::armShown() const
{
    // A blinded user sees the arm only after an emergency unblinding (the core then returns
    // it); before that the field is neither shown nor captioned.
    return Disclosure::of(m_actor).arms() ||
           (m_participant && m_participant->unblindedAt.isValid());
}

void ParticipantPage::emergencyUnblind()
{
    if (!m_unblind || !m_participant)
        return;
    EmergencyUnblindDialog dialog(m_db, m_actor, m_participantId, m_participant->studyId, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void ParticipantPage::saveChart(bool pdf)
{
    if (!m_participant)
        return;
    const QString suffix = pdf ? QStringLiteral("pdf") : QStringLiteral("png");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(dir).filePath(
        QStringLiteral("%1-%2.%3").arg(m_participant->studyId, chartInstrument(), suffix));
    QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Save chart as PDF") : tr("Save chart as PNG"), suggested,
        pdf ? tr("PDF documents (*.pdf)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    const bool saved = pdf ? m_chart->savePdf(path) : m_chart->savePng(path);
    if (!saved)
        m_chartError->showMessage(tr("The chart could not be saved as %1.").arg(path));
}

void ParticipantPage::retranslateUi()
{
    m_site.caption->setText(tr("Site:"));
    m_status.caption->setText(tr("Status:"));
    m_screened.caption->setText(tr("Screened:"));
    m_consented.caption->setText(tr("Consented:"));
    m_randomized.caption->setText(tr("Randomized:"));
    if (m_arm.caption) // not even the caption on a blinded page
        m_arm.caption->setText(armShown() ? tr("Arm:") : QString());
    if (m_therapist.caption)
        m_therapist.caption->setText(tr("Therapist:"));
    if (m_unblind) {
        m_unblind->setText(tr("Emergency &unblinding…"));
        m_unblind->setToolTip(tr("Show this participant's treatment arm to you, with a reason "
                                 "that is audited and reviewed by the principal investigator"));
    }
    m_stepBar->setWindowTitle(tr("Participant steps"));
    m_actions->retranslateUi();
    m_tabs->setTabText(m_tabs->indexOf(m_enrolment), tr("Eligibility and covariates"));
    {
        const auto& queries = m_queries->queries();
        const int open =
            static_cast<int>(std::count_if(queries.begin(), queries.end(), [](const DataQuery& q) {
                return q.status == QueryStatus::Open;
            }));
        const int queriesTab = m_tabs->indexOf(m_queries);
        m_tabs->setTabText(queriesTab,
                           open > 0 ? tr("Queries (%Ln open)", nullptr, open) : tr("Queries"));
        m_tabs->tabBar()->setTabTextColor(queriesTab,
                                          open > 0 ? QColor(0x66, 0x3c, 0x00) : QColor());
    }
    m_tabs->setTabText(Visits, tr("Visits"));
    m_tabs->setTabText(Assessments, tr("Assessments (%1)").arg(m_assessmentModel->rowCount()));
    int next = Sessions;
    if (m_sessionModel) {
        m_tabs->setTabText(next++, tr("Sessions (%1)").arg(m_sessionModel->rowCount()));
        int attended = 0;
        for (const TherapySession& s : m_sessions)
            attended += !s.removed && ParticipantFormat::attended(s.attendance);
        const int kept =
            static_cast<int>(std::count_if(m_sessions.begin(), m_sessions.end(),
                                           [](const TherapySession& s) { return !s.removed; }));
        m_sessionSummary->setText(tr("%1 of %Ln session(s) attended", nullptr, kept).arg(attended));
    }
    if (m_alertModel) {
        const int open = m_alertModel->openCount();
        m_tabs->setTabText(next, open > 0 ? tr("Alerts (%Ln open)", nullptr, open) : tr("Alerts"));
        m_tabs->tabBar()->setTabTextColor(next, open > 0 ? QColor(0xb0, 0x00, 0x20) : QColor());
    }
    if (m_acknowledge)
        m_acknowledge->setText(tr("&Acknowledge…"));
    if (m_enter) {
        m_enter->setText(tr("&Enter assessment"));
        m_missed->setText(tr("Record &missed visit…"));
        updateEntryActions();
    }
    m_instrumentLabel->setText(tr("&Instrument:"));
    m_savePng->setText(tr("Save chart as &PNG…"));
    m_savePdf->setText(tr("Save chart as P&DF…"));
    m_print->setText(tr("P&rint summary…"));
    m_print->setToolTip(tr("Preview this participant's summary on paper (visits, scores, chart "
                           "and alerts, as this page shows them) and print it"));
    m_visitModel->retranslate();
    m_assessmentModel->retranslate();
    if (m_sessionModel)
        m_sessionModel->retranslate();
    if (m_alertModel)
        m_alertModel->retranslate();
    for (QTableView* t : {m_visitTable, m_assessmentTable, m_sessionTable, m_alertTable})
        if (t)
            t->resizeColumnsToContents();
}

void ParticipantPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_participant) {
            // The visits' and the protocol's labels were read in the old language: read the
            // participant again (the same instrument stays on the chart).
            refresh();
        } else {
            fillHeader();
            fillInstrumentChoices(chartInstrument());
            retranslateUi();
        }
    }
    QWidget::changeEvent(event);
}

} // namespace td
