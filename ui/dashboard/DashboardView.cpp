#include "dashboard/DashboardView.h"

#include "common/PrintPreview.h"
#include "dashboard/AlertsCard.h"
#include "dashboard/ArmSizesCard.h"
#include "dashboard/AttendanceCard.h"
#include "dashboard/BlindingCard.h"
#include "dashboard/ChangeCard.h"
#include "dashboard/DataQualityCard.h"
#include "dashboard/EffectSizeCard.h"
#include "dashboard/FunnelCard.h"
#include "dashboard/RecruitmentCard.h"
#include "dashboard/RetentionCard.h"
#include "dashboard/TrajectoryCard.h"
#include "instruments/InstrumentCatalog.h"
#include "outcomes/AlertRepository.h"
#include "quality/SourceVerification.h"
#include "reporting/DmcReport.h"
#include "reporting/ReportAccess.h"
#include "storage/Database.h"
#include "trial/ProtocolRepository.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>

namespace td {

namespace {

constexpr int gridColumns = 6;

int columnsWanted(DashboardCard::Width width)
{
    switch (width) {
    case DashboardCard::Width::Full:
        return 6;
    case DashboardCard::Width::Half:
        return 3;
    case DashboardCard::Width::Third:
        return 2;
    }
    return 6;
}

QString language()
{
    const QLocale::Language l = QLocale().language();
    return l == QLocale::NorwegianBokmal || l == QLocale::NorwegianNynorsk ? QStringLiteral("nb")
                                                                           : QStringLiteral("en");
}

// The figure a call returns, or its failure in `failures` (a refusal is no failure: the
// figure is simply absent).
template <typename T>
std::optional<T> take(Result<T> result, const QString& what, QStringList& failures)
{
    if (result.ok())
        return std::move(result).value();
    if (result.error().code != ErrorCode::Forbidden)
        failures << QStringLiteral("%1: %2").arg(what, result.message());
    return std::nullopt;
}

} // namespace

DashboardView::DashboardView(QWidget* parent)
    : QWidget(parent), m_instrumentLabel(new QLabel(this)), m_instrumentBox(new QComboBox(this)),
      m_savePng(new QPushButton(this)), m_savePdf(new QPushButton(this)),
      m_dmcReport(new QPushButton(this)), m_print(new QPushButton(this)),
      m_pooledBanner(new QLabel(this)), m_notes(new QLabel(this)), m_scroll(new QScrollArea(this)),
      m_content(new QWidget), m_grid(new QGridLayout(m_content)),
      m_alerts(new AlertsCard(m_content)), m_effect(new EffectSizeCard(m_content)),
      m_blinding(new BlindingCard(m_content)), m_recruitment(new RecruitmentCard(m_content)),
      m_funnel(new FunnelCard(m_content)), m_armSizes(new ArmSizesCard(m_content)),
      m_retention(new RetentionCard(m_content)), m_attendance(new AttendanceCard(m_content)),
      m_trajectory(new TrajectoryCard(m_content)), m_change(new ChangeCard(m_content)),
      m_quality(new DataQualityCard(m_content))
{
    m_cards = {m_alerts,   m_quality,   m_effect,     m_blinding,   m_recruitment, m_funnel,
               m_armSizes, m_retention, m_attendance, m_trajectory, m_change};
    for (DashboardCard* card : m_cards)
        card->hide();

    auto* bar = new QHBoxLayout;
    m_instrumentLabel->setBuddy(m_instrumentBox);
    m_instrumentBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(m_instrumentLabel);
    bar->addWidget(m_instrumentBox);
    bar->addStretch(1);
    bar->addWidget(m_savePng);
    bar->addWidget(m_savePdf);
    bar->addWidget(m_print);
    bar->addWidget(m_dmcReport);
    m_dmcReport->setObjectName(QStringLiteral("dmcReport"));
    m_dmcReport->hide();
    // Over pooled figures: why there are no arms, so that nobody takes them for an error.
    m_pooledBanner->setObjectName(QStringLiteral("pooledNote"));
    m_pooledBanner->setWordWrap(true);
    m_pooledBanner->setTextFormat(Qt::PlainText);
    m_pooledBanner->setStyleSheet(
        QStringLiteral("QLabel#pooledNote { background: #eef3fb; color: #1c2f4d; border: 1px solid "
                       "#9bb3d6; border-left: 4px solid #4a5568; border-radius: 3px; padding: 6px "
                       "10px; }"));
    m_pooledBanner->hide();
    m_notes->setWordWrap(true);
    m_notes->hide();

    m_content->setObjectName(QStringLiteral("dashboardContent"));
    m_content->setAutoFillBackground(true);
    QPalette canvas = m_content->palette();
    canvas.setColor(QPalette::Window, QColor(0xee, 0xf1, 0xf5));
    m_content->setPalette(canvas);
    m_grid->setContentsMargins(10, 10, 10, 10);
    m_grid->setSpacing(10);
    for (int c = 0; c < gridColumns; ++c)
        m_grid->setColumnStretch(c, 1);
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(m_content);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(bar);
    layout->addWidget(m_pooledBanner);
    layout->addWidget(m_notes);
    layout->addWidget(m_scroll, 1);

    connect(m_instrumentBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            setInstrument(m_instrumentBox->itemData(index).toString());
    });
    connect(m_savePng, &QPushButton::clicked, this, &DashboardView::savePngDialog);
    connect(m_savePdf, &QPushButton::clicked, this, &DashboardView::savePdfDialog);
    connect(m_dmcReport, &QPushButton::clicked, this, &DashboardView::dmcReportDialog);
    connect(m_print, &QPushButton::clicked, this, &DashboardView::printPreview);
    m_print->setObjectName(QStringLiteral("printDashboard"));
    m_savePng->setEnabled(false);
    m_savePdf->setEnabled(false);
    m_print->setEnabled(false);
    retranslateUi();
}

QString DashboardView::load(Database& db, const Actor& actor)
{
    m_db = &db;
    m_actor = actor;
    m_context = {};
    m_refusal.clear();
    m_failures.clear();
    m_comparative = false;
    m_pooled = false;
    if (!ReportAccess::allows(actor, ReportAccess::Level::TrialCounts)) {
        m_refusal = ReportAccess::require(actor, ReportAccess::Level::TrialCounts).message();
        clearCards();
        fillInstruments({});
        retranslateUi();
        relayout();
        return m_refusal;
    }
    // The protocol: arm colours (only for those who may see arms), visit labels, the
    // scheduled instruments.
    const bool byArm = ReportAccess::allows(actor, ReportAccess::Level::CountsByArm);
    QStringList scheduled;
    if (auto protocol = ProtocolRepository(db).load(actor); protocol.ok()) {
        if (byArm)
            for (const Arm& a : protocol->arms)
                m_context.armColours[a.id] = QColor(a.colour);
        for (const TimePoint& tp : protocol->schedule) {
            m_context.visitLabels[tp.code] = tp.label;
            for (const ScheduledInstrument& si : tp.instruments)
                if (!scheduled.contains(si.instrumentId))
                    scheduled << si.instrumentId;
        }
    }
    fillInstruments(scheduled);
    const QString error = compute();
    m_savePng->setEnabled(true);
    m_savePdf->setEnabled(true);
    m_print->setEnabled(true);
    return error;
}

void DashboardView::fillInstruments(const QStringList& scheduled)
{
    // Only instruments with a total score can be charted.
    m_choices.clear();
    auto catalog = InstrumentCatalog::load(*m_db);
    for (const QString& id : scheduled) {
        const InstrumentDefinition* def = catalog.ok() ? catalog->find(id) : nullptr;
        if (def && def->total != TotalMethod::None)
            m_choices.push_back({id, def->shortName, def->name});
    }
    if (!m_choices.empty() &&
        std::none_of(m_choices.begin(), m_choices.end(),
                     [this](const auto& c) { return c.id == m_instrumentId; })) {
        // The protocol's primary outcome first, else the first instrument with a total.
        auto primary = ProtocolRepository(*m_db).primaryOutcome();
        const QString id = primary.ok() ? primary->instrumentId : QString();
        m_instrumentId = std::any_of(m_choices.begin(), m_choices.end(),
                                     [&id](const auto& c) { return c.id == id; })
                             ? id
                             : m_choices.front().id;
    }
    {
        const QSignalBlocker block(m_instrumentBox);
        m_instrumentBox->clear();
        for (const InstrumentChoice& c : m_choices)
            m_instrumentBox->addItem(c.shortName, c.id);
    }
    const bool show = ReportAccess::allows(m_actor, ReportAccess::Level::CountsByArm) &&
                      m_refusal.isEmpty() && !m_choices.empty();
    m_instrumentBox->setVisible(show);
    m_instrumentLabel->setVisible(show);
    selectInstrument();
}

void DashboardView::selectInstrument()
{
    m_context.instrumentName = m_instrumentId;
    const QSignalBlocker block(m_instrumentBox);
    for (std::size_t i = 0; i < m_choices.size(); ++i) {
        const InstrumentChoice& c = m_choices[i];
        // Labels from the definitions, in the current language.
        m_instrumentBox->setItemText(static_cast<int>(i),
                                     tr("%1 – %2").arg(c.shortName, c.name.in(language())));
        if (c.id == m_instrumentId) {
            m_context.instrumentName = c.shortName;
            m_instrumentBox->setCurrentIndex(static_cast<int>(i));
        }
    }
}

QStringList DashboardView::instruments() const
{
    QStringList out;
    for (const InstrumentChoice& c : m_choices)
        out << c.id;
    return out;
}

QString DashboardView::setInstrument(const QString& instrumentId)
{
    if (!m_db)
        return tr("Nothing is loaded yet.");
    m_instrumentId = instrumentId;
    selectInstrument(); // the instrument's short name for the card titles
    return compute();
}

QString DashboardView::compute()
{
    m_failures.clear();
    Dashboard dashboard(*m_db);
    DashboardOptions options;
    options.instrumentId = m_instrumentId;
    m_context.now = m_db->clock().nowUtc();

    DashboardFigures f;
    if (auto all = dashboard.all(m_actor, options); all.ok()) {
        f = std::move(all).value();
    } else {
        // One figure failed (e.g. change classes of an instrument without norms): the others
        // one by one, each failure named.
        QStringList& fails = m_failures;
        f.recruitment = take(dashboard.recruitment(m_actor), tr("Recruitment"), fails);
        f.funnel = take(dashboard.funnel(m_actor), tr("Screening funnel"), fails);
        f.openAlerts = take(dashboard.openAlerts(m_actor), tr("Open safety alerts"), fails);
        f.armSizes = take(dashboard.armSizes(m_actor), tr("Arm sizes"), fails);
        f.retention = take(dashboard.retention(m_actor, m_instrumentId), tr("Retention"), fails);
        f.attendance = take(dashboard.attendance(m_actor), tr("Session attendance"), fails);
        f.trajectory =
            take(dashboard.trajectory(m_actor, m_instrumentId), tr("Mean trajectory"), fails);
        f.change =
            take(dashboard.changeClasses(m_actor, m_instrumentId), tr("Change classes"), fails);
        f.effectSize = take(dashboard.effectSize(m_actor, options), tr("Effect size"), fails);
        f.blinding = take(dashboard.blinding(m_actor), tr("Blinding index"), fails);
        if (auto comparative = ReportAccess::comparative(*m_db, m_actor); comparative.ok())
            f.comparative = *comparative;
    }
    m_comparative = f.comparative;
    m_pooled = !f.comparative && (f.retention || f.trajectory || f.change);

    QDateTime oldest;
    if (f.openAlerts && *f.openAlerts > 0)
        if (auto open = AlertRepository(*m_db).list(m_actor, true); open.ok())
            for (const Alert& a : *open)
                if (!oldest.isValid() || a.createdAt < oldest)
                    oldest = a.createdAt;

    f.openAlerts ? m_alerts->setFigure(*f.openAlerts, oldest, m_context.now) : m_alerts->clear();
    f.effectSize ? m_effect->setFigure(*f.effectSize, m_context) : m_effect->clear();
    f.blinding ? m_blinding->setFigure(*f.blinding) : m_blinding->clear();
    f.recruitment ? m_recruitment->setFigure(*f.recruitment) : m_recruitment->clear();
    f.funnel ? m_funnel->setFigure(*f.funnel) : m_funnel->clear();
    f.armSizes ? m_armSizes->setFigure(*f.armSizes, m_context) : m_armSizes->clear();
    f.retention ? m_retention->setFigure(*f.retention, m_context) : m_retention->clear();
    f.attendance ? m_attendance->setFigure(*f.attendance, m_context) : m_attendance->clear();
    f.trajectory ? m_trajectory->setFigure(*f.trajectory, m_context) : m_trajectory->clear();
    f.change ? m_change->setFigure(*f.change, m_context) : m_change->clear();
    // The data-quality tile: the principal investigator's, who answers for the data's quality
    // at every site (the others who clean data have the data-quality area).
    m_quality->clear();
    if (m_actor.role == Role::PrincipalInvestigator) {
        auto queries = DataQueries(*m_db).countsBySite(m_actor);
        auto forms = MissingForms(*m_db).report(m_actor, m_db->clock().today());
        auto verified = SourceVerifications(*m_db).bySite(m_actor);
        if (queries.ok() && forms.ok() && verified.ok())
            m_quality->setFigure(*queries, forms->sites, *verified);
        else
            m_failures << tr("Data quality: %1")
                              .arg(!queries.ok()
                                       ? queries.message()
                                       : (!forms.ok() ? forms.message() : verified.message()));
    }
    retranslateUi();
    relayout();
    return m_failures.join(QLatin1Char('\n'));
}

void DashboardView::clearCards()
{
    for (DashboardCard* card : m_cards)
        card->clear();
    m_savePng->setEnabled(false);
    m_savePdf->setEnabled(false);
    m_print->setEnabled(false);
}

std::vector<DashboardCard*> DashboardView::visibleCards() const
{
    std::vector<DashboardCard*> out;
    for (DashboardCard* card : m_cards)
        if (!card->isHidden())
            out.push_back(card);
    return out;
}

void DashboardView::relayout()
{
    for (DashboardCard* card : m_cards)
        m_grid->removeWidget(card);
    // Rows of six columns filled in reading order; the cards of a row that is not full
    // share it in proportion to what they asked for.
    std::vector<std::vector<DashboardCard*>> rows(1);
    int used = 0;
    for (DashboardCard* card : visibleCards()) {
        const int wanted = columnsWanted(card->preferredWidth());
        if (used + wanted > gridColumns && !rows.back().empty()) {
            rows.emplace_back();
            used = 0;
        }
        rows.back().push_back(card);
        used += wanted;
    }
    int row = 0;
    for (const auto& cards : rows) {
        if (cards.empty())
            continue;
        int wantedTotal = 0;
        for (DashboardCard* card : cards)
            wantedTotal += columnsWanted(card->preferredWidth());
        int column = 0;
        for (std::size_t i = 0; i < cards.size(); ++i) {
            const int span =
                i + 1 == cards.size()
                    ? gridColumns - column
                    : (gridColumns * columnsWanted(cards[i]->preferredWidth()) + wantedTotal / 2) /
                          wantedTotal;
            m_grid->addWidget(cards[i], row, column, 1, span);
            column += span;
        }
        ++row;
    }
    m_grid->setRowStretch(row, 1);
}

QString DashboardView::notes() const
{
    return m_notes->text();
}

QString DashboardView::pooledNote() const
{
    return m_pooled ? m_pooledBanner->text() : QString();
}

void DashboardView::retranslateUi()
{
    m_instrumentLabel->setText(tr("&Instrument:"));
    m_instrumentBox->setToolTip(
        tr("The instrument of the retention, trajectory, change and effect size cards"));
    m_savePng->setText(tr("Save as PNG…"));
    m_savePdf->setText(tr("Save as PDF…"));
    m_print->setText(tr("Print…"));
    m_print->setToolTip(tr("Preview the dashboard on paper and print it"));
    m_dmcReport->setText(tr("Closed DMC report…"));
    m_dmcReport->setToolTip(tr("Save the closed report for the data monitoring committee as PDF: "
                               "the outcomes compared between the arms. Making it is recorded in "
                               "the audit trail."));
    m_dmcReport->setVisible(m_comparative && m_refusal.isEmpty() && m_db);
    setAccessibleName(tr("PI dashboard"));
    selectInstrument();

    // The core's note in the current language (it names the roles that see arms).
    m_pooledBanner->setText(m_pooled && m_db ? ReportAccess::pooledNote(*m_db) : QString());
    m_pooledBanner->setVisible(m_pooled && m_db);

    QStringList lines;
    if (!m_refusal.isEmpty()) {
        lines << ReportAccess::require(m_actor, ReportAccess::Level::TrialCounts).message();
    } else if (m_db) {
        // What the role may not see, said once per level (never naming an arm).
        if (!ReportAccess::allows(m_actor, ReportAccess::Level::CountsByArm))
            lines << ReportAccess::require(m_actor, ReportAccess::Level::CountsByArm).message();
        if (!m_actor.can(Permission::ViewAlerts))
            lines << Access::require(m_actor, Permission::ViewAlerts).message();
        for (const QString& failure : m_failures)
            lines << tr("Could not be computed: %1").arg(failure);
    }
    m_notes->setText(lines.join(QLatin1Char('\n')));
    m_notes->setVisible(!lines.isEmpty());
}

void DashboardView::changeEvent(QEvent* event)
{
    // The figures carry names in the language they were computed in (visit labels): compute
    // them again.
    if (event->type() == QEvent::LanguageChange) {
        if (m_db && m_refusal.isEmpty())
            compute();
        else
            retranslateUi();
    }
    QWidget::changeEvent(event);
}

void DashboardView::savePngDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the dashboard as PNG"),
                                                      tr("dashboard.png"), tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    if (const QString error = savePng(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Save the dashboard"), error);
}

void DashboardView::savePdfDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the dashboard as PDF"), tr("dashboard.pdf"), tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const QString error = savePdf(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Save the dashboard"), error);
}

void DashboardView::printPreview()
{
    showPrintPreview(this, tr("PI dashboard"), [this](QPrinter& printer) { print(printer); });
}

void DashboardView::dmcReportDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the closed DMC report"),
        //: Suggested file name of the closed DMC report; %1 is today's date (ISO).
        tr("dmc-report-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate)),
        tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const QString error = saveDmcReport(path); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Closed DMC report"), error);
        return;
    }
    QMessageBox::information(this, tr("Closed DMC report"),
                             tr("The closed DMC report was saved as %1. The audit trail records "
                                "that you made it.")
                                 .arg(QDir::toNativeSeparators(path)));
}

QString DashboardView::saveDmcReport(const QString& path)
{
    if (!m_db)
        return tr("Nothing is loaded yet.");
    return DmcReport::save(*m_db, m_actor, m_instrumentId, path);
}

QString DashboardView::title() const
{
    return QCoreApplication::translate("td::MainWindow", "Dashboard");
}

QString DashboardView::refresh()
{
    return m_db ? load(*m_db, m_actor) : QString();
}

bool DashboardView::shown() const
{
    // A role the core refuses the dashboard gets no card at all.
    return m_refusal.isEmpty() || !visibleCards().empty();
}

} // namespace td
