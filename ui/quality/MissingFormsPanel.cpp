#include "quality/MissingFormsPanel.h"

#include "common/ColumnFit.h"
#include "common/ErrorLabel.h"
#include "common/ReadOnlyTable.h"
#include "instruments/InstrumentCatalog.h"
#include "participant/ParticipantFormat.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace td {

MissingFormsPanel::MissingFormsPanel(Database& db, const Actor& actor, QWidget* parent)
    : QWidget(parent), m_db(db), m_actor(actor), m_sites(readOnlyTable(this)),
      m_overdueOnly(new QCheckBox(this)), m_forms(readOnlyTable(this)),
      m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("missingForms"));
    m_sites->setObjectName(QStringLiteral("formsPerSite"));
    m_forms->setObjectName(QStringLiteral("missingFormList"));
    m_overdueOnly->setObjectName(QStringLiteral("overdueOnly"));
    m_sites->setColumnCount(6);
    m_forms->setColumnCount(5);
    m_sites->setMaximumHeight(m_sites->fontMetrics().lineSpacing() * 8);
    if (auto catalog = InstrumentCatalog::load(m_db); catalog.ok())
        for (const QString& id : catalog->ids())
            m_instrumentNames.insert(id, catalog->find(id)->shortName);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_sites);
    layout->addWidget(m_overdueOnly);
    layout->addWidget(m_forms, 1);
    layout->addWidget(m_error);
    connect(m_overdueOnly, &QCheckBox::toggled, this, [this] { fill(); });
    connect(m_forms, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (QTableWidgetItem* item = m_forms->item(row, 0))
            emit participantOpened(item->data(Qt::UserRole).toLongLong());
    });
    retranslateUi();
}

QString MissingFormsPanel::reload()
{
    auto report = MissingForms(m_db).report(m_actor, m_db.clock().today());
    if (!report.ok()) {
        m_report = {};
        m_error->showMessage(report.message());
        fill();
        return report.message();
    }
    m_report = std::move(report).value();
    m_error->showMessage(QString());
    fill();
    return {};
}

void MissingFormsPanel::fill()
{
    const QLocale locale;
    m_sites->setRowCount(static_cast<int>(m_report.sites.size()));
    for (int r = 0; r < static_cast<int>(m_report.sites.size()); ++r) {
        const SiteForms& s = m_report.sites[static_cast<std::size_t>(r)];
        const QString share =
            s.expected > 0
                ? locale.toString(100.0 * s.received / s.expected, 'f', 1) + locale.percent()
                : QString();
        const QStringList cells = {
            s.siteCode, locale.toString(s.expected), locale.toString(s.received),
            share,      locale.toString(s.due),      locale.toString(s.overdue)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 5 && s.overdue > 0)
                item->setForeground(ParticipantFormat::stateColour(VisitState::Overdue));
            m_sites->setItem(r, c, item);
        }
    }
    std::vector<const MissingForm*> shown;
    for (const MissingForm& f : m_report.forms)
        if (f.overdue || !m_overdueOnly->isChecked())
            shown.push_back(&f);
    m_forms->setRowCount(static_cast<int>(shown.size()));
    for (int r = 0; r < static_cast<int>(shown.size()); ++r) {
        const MissingForm& f = *shown[static_cast<std::size_t>(r)];
        const QStringList cells = {
            f.studyId, f.visitCode, m_instrumentNames.value(f.instrumentId, f.instrumentId),
            locale.toString(f.closes, QLocale::ShortFormat),
            f.awaitingDoubleEntry ? (f.overdue ? tr("Overdue, double entry not complete")
                                               : tr("Double entry not complete"))
                                  : (f.overdue ? tr("Overdue") : tr("Due"))};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (f.overdue)
                item->setForeground(ParticipantFormat::stateColour(VisitState::Overdue));
            m_forms->setItem(r, c, item);
        }
        m_forms->item(r, 0)->setData(Qt::UserRole, f.participantId);
    }
    fitColumns(m_sites);
    fitColumns(m_forms);
}

void MissingFormsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MissingFormsPanel::retranslateUi()
{
    m_sites->setHorizontalHeaderLabels({tr("Site"), tr("Expected"), tr("Received"),
                                        tr("Share received"), tr("Missing, window open"),
                                        tr("Overdue")});
    m_forms->setHorizontalHeaderLabels(
        {tr("Participant"), tr("Visit"), tr("Form"), tr("Window closes"), tr("State")});
    m_overdueOnly->setText(tr("Only &overdue forms"));
    fill();
}

} // namespace td
