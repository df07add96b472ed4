#include "users/SiteChoice.h"

#include "common/HintLabel.h"
#include "trial/ProtocolRepository.h"

#include <QButtonGroup>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>
#include <algorithm>

namespace td {

Result<std::vector<Site>> trialSites(Database& db, const Actor& actor)
{
    auto protocol = ProtocolRepository(db).load(actor);
    if (!protocol.ok() && protocol.error().code == ErrorCode::NotFound)
        return std::vector<Site>{};
    TD_TRY(protocol);
    return protocol->sites;
}

SiteChoice::SiteChoice(QWidget* parent)
    : QWidget(parent), m_all(new QRadioButton(this)), m_some(new QRadioButton(this)),
      m_list(new QListWidget(this)), m_none(makeHintLabel(this))
{
    m_all->setObjectName(QStringLiteral("allSites"));
    m_some->setObjectName(QStringLiteral("someSites"));
    m_list->setObjectName(QStringLiteral("sites"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_all);
    group->addButton(m_some);
    m_all->setChecked(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setSpacing(2); // the ticks apart from each other and from the frame

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_all);
    layout->addWidget(m_some);
    // The list sits under its button, as its part.
    auto* indented = new QVBoxLayout;
    indented->setContentsMargins(m_some->sizeHint().height(), 0, 0, 0);
    indented->addWidget(m_list);
    indented->addWidget(m_none);
    layout->addLayout(indented);
    // The label's shortcut and a refusal bring the keyboard to the choice made.
    setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(m_all);

    connect(m_some, &QRadioButton::toggled, this, &SiteChoice::updateEnabled);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        // Ticking a site means choosing particular sites.
        if (item->checkState() == Qt::Checked)
            m_some->setChecked(true);
    });
    retranslateUi();
    updateEnabled();
}

void SiteChoice::setSites(std::vector<Site> sites)
{
    const std::vector<qint64> before = chosen();
    m_sites = std::move(sites);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Site& site : m_sites) {
        auto* item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, site.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(std::find(before.begin(), before.end(), site.id) != before.end()
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    // Room for the sites without a scroll bar, up to six of them.
    const int rows = std::clamp(static_cast<int>(m_sites.size()), 1, 6);
    const int row = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 4);
    m_list->setFixedHeight(rows * (row + 2 * m_list->spacing()) + 2 * m_list->frameWidth() + 6);
    retranslateUi();
    updateEnabled();
}

void SiteChoice::setChosen(const std::vector<qint64>& siteIds)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        item->setCheckState(std::find(siteIds.begin(), siteIds.end(), id) != siteIds.end()
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    setAllSites(siteIds.empty());
}

void SiteChoice::setAllSites(bool all)
{
    (all ? m_all : m_some)->setChecked(true);
}

bool SiteChoice::allSites() const
{
    return m_all->isChecked();
}

bool SiteChoice::setSiteChecked(qint64 siteId, bool checked)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        if (item->data(Qt::UserRole).toLongLong() == siteId) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

std::vector<qint64> SiteChoice::chosen() const
{
    std::vector<qint64> ids;
    if (m_all->isChecked())
        return ids;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids.push_back(m_list->item(i)->data(Qt::UserRole).toLongLong());
    return ids;
}

bool SiteChoice::isComplete() const
{
    return m_all->isChecked() || !chosen().empty();
}

void SiteChoice::updateEnabled()
{
    // A trial without sites yet offers only every site.
    const bool any = !m_sites.empty();
    m_some->setEnabled(any);
    m_list->setVisible(any);
    m_none->setVisible(!any);
    m_list->setEnabled(any && m_some->isChecked());
    setFocusProxy(m_some->isChecked() ? m_some : m_all);
}

void SiteChoice::retranslateUi()
{
    m_all->setText(tr("&All sites"));
    m_some->setText(tr("&Only these sites:"));
    m_none->setText(tr("The trial has no sites yet; add them to the protocol to choose some."));
    for (int i = 0; i < m_list->count() && i < static_cast<int>(m_sites.size()); ++i) {
        const Site& site = m_sites[static_cast<std::size_t>(i)];
        //: A site in a list: its code and name, e.g. "OSL – Oslo University Hospital"
        m_list->item(i)->setText(tr("%1 – %2").arg(site.code, QString(site.name)));
    }
}

void SiteChoice::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace td
