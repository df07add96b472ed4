#include "quality/SourceVerificationPanel.h"

#include "assessments/AssessmentRepository.h"
#include "common/ColumnFit.h"
#include "common/ErrorLabel.h"
#include "common/ReadOnlyTable.h"
#include "instruments/InstrumentCatalog.h"
#include "participants/ParticipantRepository.h"
#include "storage/Database.h"
#include "trial/ProtocolRepository.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace td {

SourceVerificationPanel::SourceVerificationPanel(Database& db, const Actor& actor, QWidget* parent)
    : QWidget(parent), m_db(db), m_actor(actor), m_sitesTitle(new QLabel(this)),
      m_sites(readOnlyTable(this, QStringLiteral("verifiedPerSite"))),
      m_findLabel(new QLabel(this)), m_find(new QLineEdit(this)), m_show(new QPushButton(this)),
      m_forms(readOnlyTable(this, QStringLiteral("verificationForms"))),
      m_verify(new QPushButton(this)), m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("sourceVerification"));
    m_find->setObjectName(QStringLiteral("verificationStudyId"));
    m_verify->setObjectName(QStringLiteral("verifySource"));
    m_findLabel->setBuddy(m_find);
    QFont bold = m_sitesTitle->font();
    bold.setBold(true);
    m_sitesTitle->setFont(bold);
    m_sites->setColumnCount(4);
    m_sites->setMaximumHeight(m_sites->fontMetrics().lineSpacing() * 8);
    m_forms->setColumnCount(5);
    if (auto catalog = InstrumentCatalog::load(m_db); catalog.ok())
        for (const QString& id : catalog->ids())
            m_instrumentNames.insert(id, catalog->find(id)->shortName);
    auto* find = new QHBoxLayout;
    find->addWidget(m_findLabel);
    find->addWidget(m_find);
    find->addWidget(m_show);
    find->addStretch(1);
    find->addWidget(m_verify);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_sitesTitle);
    layout->addWidget(m_sites);
    layout->addLayout(find);
    layout->addWidget(m_forms, 1);
    layout->addWidget(m_error);
    m_verify->setVisible(m_actor.can(Permission::VerifySource));
    connect(m_show, &QPushButton::clicked, this, [this] { showParticipant(m_find->text()); });
    connect(m_find, &QLineEdit::returnPressed, this, [this] { showParticipant(m_find->text()); });
    connect(m_verify, &QPushButton::clicked, this, [this] { verifySelected(); });
    connect(m_forms, &QTableWidget::itemSelectionChanged, this,
            &SourceVerificationPanel::updateButtons);
    retranslateUi();
}

QString SourceVerificationPanel::reload()
{
    auto shares = SourceVerifications(m_db).bySite(m_actor);
    m_shares = shares.ok() ? *shares : std::vector<SiteVerification>();
    QString message = shares.message();
    if (message.isEmpty() && m_participantId != 0)
        message = showParticipant(m_studyId);
    else
        fill();
    m_error->showMessage(message);
    return message;
}

QString SourceVerificationPanel::showParticipant(const QString& studyId)
{
    m_list.clear();
    m_participantId = 0;
    auto p = ParticipantRepository(m_db).getByStudyId(m_actor, studyId.trimmed());
    if (!p.ok()) {
        m_error->showMessage(p.message());
        fill();
        return p.message();
    }
    m_participantId = p->id;
    m_studyId = p->studyId;
    auto protocol = ProtocolRepository(m_db).load(m_actor);
    auto records = AssessmentRepository(m_db).forParticipant(m_actor, p->id);
    if (!protocol.ok() || !records.ok()) {
        const QString message = protocol.ok() ? records.message() : protocol.message();
        m_error->showMessage(message);
        fill();
        return message;
    }
    SourceVerifications sdv(m_db);
    for (const Assessment& a : *records) {
        if (!a.timePointId || a.removed || a.status != AssessmentStatus::Complete)
            continue;
        Form f{a, {}, {}};
        for (const TimePoint& t : protocol->schedule)
            if (t.id == *a.timePointId)
                f.visitCode = t.code;
        if (auto mark = sdv.mark(m_actor, a.id); mark.ok())
            f.mark = *mark;
        m_list.push_back(f);
    }
    m_error->showMessage(QString());
    fill();
    return {};
}

QString SourceVerificationPanel::verifySelected()
{
    const int row = m_forms->currentRow();
    if (row < 0 || row >= static_cast<int>(m_list.size()))
        return tr("Choose a form first.");
    auto mark = SourceVerifications(m_db).verify(
        m_actor, m_list[static_cast<std::size_t>(row)].assessment.id);
    if (!mark.ok()) {
        m_error->showMessage(mark.message());
        return mark.message();
    }
    reload();
    if (row < m_forms->rowCount())
        m_forms->selectRow(std::min(row + 1, m_forms->rowCount() - 1));
    emit changed();
    return {};
}

void SourceVerificationPanel::fill()
{
    const QLocale locale;
    m_sites->setRowCount(static_cast<int>(m_shares.size()));
    for (int r = 0; r < static_cast<int>(m_shares.size()); ++r) {
        const SiteVerification& s = m_shares[static_cast<std::size_t>(r)];
        const QStringList cells = {
            s.siteCode, locale.toString(s.forms), locale.toString(s.verified),
            s.forms > 0 ? locale.toString(100.0 * s.share(), 'f', 1) + locale.percent()
                        : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_sites->setItem(r, c, item);
        }
    }
    m_forms->setRowCount(static_cast<int>(m_list.size()));
    for (int r = 0; r < static_cast<int>(m_list.size()); ++r) {
        const Form& f = m_list[static_cast<std::size_t>(r)];
        const QString state = f.mark
                                  ? (f.mark->verifiedBy.isEmpty()
                                         ? tr("Verified %1")
                                               .arg(locale.toString(f.mark->at.toLocalTime().date(),
                                                                    QLocale::ShortFormat))
                                         : tr("Verified %1 by %2")
                                               .arg(locale.toString(f.mark->at.toLocalTime().date(),
                                                                    QLocale::ShortFormat),
                                                    f.mark->verifiedBy))
                                  : tr("Not verified");
        const QStringList cells = {
            f.visitCode,
            m_instrumentNames.value(f.assessment.instrumentId, f.assessment.instrumentId),
            locale.toString(f.assessment.date, QLocale::ShortFormat),
            f.assessment.missingReason.isEmpty() ? QString() : tr("Recorded as missing"), state};
        for (int c = 0; c < cells.size(); ++c)
            m_forms->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    fitColumns(m_sites);
    fitColumns(m_forms);
    updateButtons();
}

void SourceVerificationPanel::updateButtons()
{
    const int row = m_forms->currentRow();
    m_verify->setEnabled(row >= 0 && row < static_cast<int>(m_list.size()) &&
                         !m_forms->selectedItems().isEmpty() &&
                         !m_list[static_cast<std::size_t>(row)].mark);
}

void SourceVerificationPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SourceVerificationPanel::retranslateUi()
{
    m_sitesTitle->setText(tr("Visit forms verified against their source, per site"));
    m_sites->setHorizontalHeaderLabels(
        {tr("Site"), tr("Forms"), tr("Verified"), tr("Share verified")});
    m_findLabel->setText(tr("&Participant:"));
    m_find->setPlaceholderText(tr("study id, e.g. OSL-001"));
    m_find->setMinimumWidth(m_find->fontMetrics().horizontalAdvance(m_find->placeholderText()) +
                            m_find->fontMetrics().averageCharWidth() * 4);
    m_show->setText(tr("&Show forms"));
    m_verify->setText(tr("&Verified against source"));
    m_forms->setHorizontalHeaderLabels(
        {tr("Visit"), tr("Form"), tr("Date"), tr("Note"), tr("Source data verification")});
    fill();
}

} // namespace td
