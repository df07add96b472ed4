#include "protocol/ProtocolView.h"

#include "common/DateFields.h"
#include "common/ErrorLabel.h"
#include "common/SignatureField.h"
#include "instruments/InstrumentCatalog.h"
#include "protocol/ArmsEditor.h"
#include "protocol/CovariatesEditor.h"
#include "protocol/OutcomesEditor.h"
#include "protocol/ProtocolDraft.h"
#include "protocol/ScheduleEditor.h"
#include "protocol/SitesEditor.h"
#include "protocol/StratificationEditor.h"
#include "protocol/TrialEditor.h"
#include "storage/Database.h"
#include "trial/ProtocolDiff.h"
#include "trial/ProtocolRepository.h"

#include <QAction>
#include <QDateEdit>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace td {

ProtocolView::ProtocolView(Database& db, const Actor& actor, QWidget* parent)
    : QWidget(parent), m_db(db), m_actor(actor), m_draft(new ProtocolDraft(this)),
      m_mode(new QLabel(this)), m_pages(new QTabWidget(this)), m_history(new QTableWidget(this)),
      m_saveBox(new QGroupBox(this)), m_reasonLabel(new QLabel(this)),
      m_reason(new QLineEdit(this)), m_effectiveLabel(new QLabel(this)),
      m_effective(new QDateEdit(this)),
      m_signature(new SignatureField(actor, QStringLiteral("protocol_version"),
                                     SignatureMeaning::Approval, this)),
      m_changesLabel(new QLabel(this)), m_changes(new QListWidget(this)),
      m_preview(new QPushButton(this)), m_save(new QPushButton(this)),
      m_revert(new QPushButton(this)), m_status(new QLabel(this)), m_error(new ErrorLabel(this))
{
    if (auto catalog = InstrumentCatalog::load(db); catalog.ok())
        m_draft->setCatalog(*catalog);
    m_mode->setWordWrap(true);
    m_mode->setObjectName(QStringLiteral("mode"));
    m_editors = {new TrialEditor(*m_draft),          new SitesEditor(*m_draft),
                 new ArmsEditor(*m_draft),           new CovariatesEditor(*m_draft),
                 new StratificationEditor(*m_draft), new ScheduleEditor(*m_draft),
                 new OutcomesEditor(*m_draft)};
    for (ProtocolEditor* e : m_editors) {
        m_pages->addTab(e, QString());
        connect(e, &ProtocolEditor::problemsChanged, this, &ProtocolView::showProblemsOnTabs);
    }
    m_history->setColumnCount(5);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->verticalHeader()->setVisible(false);
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_history->setWordWrap(true);
    m_pages->addTab(m_history, QString());

    m_effective->setCalendarPopup(true);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reasonLabel->setBuddy(m_reason);
    m_effectiveLabel->setBuddy(m_effective);
    m_changesLabel->setBuddy(m_changes);
    m_changesLabel->setWordWrap(true);
    m_reasonLabel->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("status"));
    auto* saveKey = new QAction(this); // Ctrl+S anywhere in the area
    saveKey->setShortcut(QKeySequence::Save);
    saveKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QAction::triggered, m_save, &QPushButton::click);
    addAction(saveKey);
    auto* form = new QVBoxLayout;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_reasonLabel, m_reason, m_effectiveLabel, m_effective})
        form->addWidget(w);
    form->addWidget(m_signature);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_preview);
    buttons->addWidget(m_revert);
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto* box = new QVBoxLayout(m_saveBox);
    box->addLayout(form);
    box->addWidget(m_changesLabel);
    box->addWidget(m_changes, 1);
    box->addWidget(m_error);
    box->addWidget(m_status);
    box->addLayout(buttons);

    // The pages take the height; saving sits beside them.
    m_saveBox->setMinimumWidth(320);
    m_saveBox->setMaximumWidth(420);
    auto* row = new QHBoxLayout;
    row->addWidget(m_pages, 1);
    row->addWidget(m_saveBox);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_mode);
    layout->addLayout(row, 1);

    connect(m_preview, &QPushButton::clicked, this, &ProtocolView::previewChanges);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, [this] { reload(); });
    const bool editable = actor.can(Permission::EditProtocol);
    m_saveBox->setVisible(editable);
    retranslateUi();
    reload();
}

QString ProtocolView::reload()
{
    ProtocolRepository repository(m_db);
    auto protocol = repository.load(m_actor);
    auto randomized = repository.randomizedCount();
    QString error = !protocol.ok() ? protocol.message() : randomized.message();
    if (protocol.ok()) {
        m_saved = *protocol;
        m_draft->setProtocol(*protocol);
    }
    m_randomized = randomized.ok() ? *randomized : 0;
    m_version = protocol.ok() ? protocol->version : 1;
    m_reason->clear();
    m_effective->setDate(m_db.clock().today());
    m_changes->clear();
    m_status->clear();
    m_status->hide();
    if (error.isEmpty())
        m_error->hide();
    else
        m_error->showMessage(error);
    loadHistory();
    retranslateUi();
    return error;
}

void ProtocolView::loadHistory()
{
    auto versions = ProtocolRepository(m_db).versions(m_actor);
    const std::vector<ProtocolVersion> none;
    const auto& list = versions.ok() ? *versions : none;
    m_history->setRowCount(static_cast<int>(list.size()));
    const QLocale locale;
    for (int r = 0; r < m_history->rowCount(); ++r) {
        const ProtocolVersion& v = list[static_cast<std::size_t>(r)];
        // The reason of version 1 is the core's own text: shown in the current language.
        const QString reason =
            QCoreApplication::translate("ProtocolRepository", v.reason.toUtf8().constData());
        // The changes are stored with the protocol file's paths ("arms[0].ratio: 1 -> 2"):
        // shown as a person reads them.
        QStringList changes;
        for (const QString& line : v.changes.split(u'\n', Qt::SkipEmptyParts))
            changes << ProtocolDiff::readable(line);
        const QString texts[] = {locale.toString(v.version),
                                 locale.toString(v.effectiveDate, QLocale::ShortFormat), reason,
                                 changes.join(u'\n'),
                                 v.signature ? v.createdBy + QLatin1Char('\n') +
                                                   ElectronicSignatures::describe(*v.signature)
                                             : v.createdBy};
        for (int c = 0; c < 5; ++c)
            m_history->setItem(r, c, new QTableWidgetItem(texts[c]));
    }
    m_history->resizeRowsToContents();
}

QString ProtocolView::save()
{
    m_status->clear();
    m_status->hide();
    if (!m_draft->problems().empty()) {
        const QString message = tr("The protocol has problems, shown on the pages marked; "
                                   "nothing was saved.") +
                                QLatin1Char('\n') +
                                ProtocolRules::toError(m_draft->problems(), 8).message;
        m_error->showMessage(message);
        return message;
    }
    if (isAmendmentMode() && m_reason->text().trimmed().isEmpty()) {
        const QString message = tr("An amendment needs a reason; nothing was saved.");
        m_reason->setStyleSheet(QStringLiteral("border: 2px solid #b00020;"));
        m_error->showMessage(message);
        m_reason->setFocus();
        return message;
    }
    m_reason->setStyleSheet(QString());
    const AmendmentInfo info{isAmendmentMode() ? m_effective->date() : m_db.clock().today(),
                             m_reason->text().trimmed(), m_signature->signature()};
    auto done = ProtocolRepository(m_db).update(m_actor, m_draft->protocol(), info);
    m_signature->clear();
    if (!done.ok()) {
        m_error->showMessage(done.message());
        return done.message();
    }
    const QString saved = done->amendment
                              ? tr("Amendment saved as protocol version %1 (%Ln change(s)).",
                                   nullptr, static_cast<int>(done->changes.size()))
                                    .arg(done->version)
                              : tr("Protocol saved (%Ln change(s)).", nullptr,
                                   static_cast<int>(done->changes.size()));
    reload();
    m_status->setText(saved);
    m_status->show();
    return {};
}

void ProtocolView::previewChanges()
{
    m_changes->clear();
    const AmendmentInfo info{m_effective->date(), m_reason->text().trimmed()};
    auto preview = ProtocolRepository(m_db).preview(m_actor, m_draft->protocol(), info);
    // A refused amendment comes back as the refusal: the list still shows every difference
    // from the saved protocol, those an amendment may not make in red with their rule.
    const std::vector<ProtocolChange> changes =
        preview.ok() ? preview->changes : ProtocolDiff::compare(m_saved, m_draft->protocol());
    if (preview.ok())
        m_error->hide();
    else
        m_error->showMessage(preview.message());
    for (const ProtocolChange& c : changes) {
        auto* item = new QListWidgetItem(c.displayText(), m_changes);
        if (isAmendmentMode() && !c.allowedInAmendment()) {
            item->setForeground(QColor(0xb0, 0x00, 0x20));
            item->setToolTip(ProtocolDiff::amendmentRule(c));
        }
    }
}

void ProtocolView::showProblemsOnTabs()
{
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int i = 0; i < m_editors.size(); ++i) {
        const bool problems = m_editors[i]->hasProblems();
        m_pages->setTabIcon(i, problems ? warning : QIcon());
        m_pages->setTabToolTip(i, problems ? tr("This page has problems") : QString());
    }
}

QString ProtocolView::modeText() const
{
    return m_mode->text();
}

QString ProtocolView::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString ProtocolView::statusText() const
{
    return m_status->text();
}

void ProtocolView::retranslateUi()
{
    for (int i = 0; i < m_editors.size(); ++i)
        m_pages->setTabText(i, m_editors[i]->tabTitle());
    m_pages->setTabText(m_pages->indexOf(m_history), tr("Version history"));
    m_history->setHorizontalHeaderLabels(
        {tr("Version"), tr("Effective"), tr("Reason"), tr("Changes"), tr("By")});
    if (isAmendmentMode())
        m_mode->setText(
            tr("Amendment mode: %Ln participant(s) are randomized, so a change is an amendment. "
               "It becomes protocol version %1 from its effective date, needs a reason, and may "
               "add or extend but not remove or change what stored data depends on.",
               nullptr, m_randomized)
                .arg(m_version + 1));
    else
        m_mode->setText(tr("No one is randomized yet: saving changes protocol version %1 in "
                           "place.")
                            .arg(m_version));
    m_mode->setStyleSheet(isAmendmentMode() ? QStringLiteral("font-weight: bold; color: #8a4b00;")
                                            : QString());
    m_saveBox->setTitle(isAmendmentMode() ? tr("Amendment") : tr("Save the protocol"));
    m_reasonLabel->setText(isAmendmentMode() ? tr("Reaso&n for the amendment:")
                                             : tr("Reaso&n (optional):"));
    m_effectiveLabel->setText(tr("&Effective from:"));
    m_effectiveLabel->setVisible(isAmendmentMode());
    m_effective->setVisible(isAmendmentMode());
    m_signature->setVisible(isAmendmentMode());
    retranslateDateEdit(m_effective);
    m_changesLabel->setText(tr("Changes (Preview lists them; those an amendment may not make are "
                               "red):"));
    m_preview->setText(tr("Pre&view changes"));
    m_revert->setText(tr("Revert &to saved"));
    m_save->setText(isAmendmentMode() ? tr("&Save amendment") : tr("&Save changes"));
    showProblemsOnTabs();
}

void ProtocolView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        loadHistory();
    }
    QWidget::changeEvent(event);
}

QString ProtocolView::title() const
{
    return QCoreApplication::translate("td::MainWindow", "Protocol");
}

QString ProtocolView::refresh()
{
    // The history always; the protocol itself only when nothing is being edited, so a refresh
    // never drops the administrator's unsaved edits.
    if (!ProtocolDiff::compare(m_saved, m_draft->protocol()).empty() ||
        !m_reason->text().isEmpty()) {
        loadHistory();
        return {};
    }
    return reload();
}

bool ProtocolView::shown() const
{
    // The administrator's protocol editor; core refuses everyone else as well.
    return m_actor.can(Permission::EditProtocol);
}

} // namespace td
