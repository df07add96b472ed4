#pragma once

#include "access/Actor.h"
#include "trial/Protocol.h"

#include <QWidget>
#include <vector>

class QLabel;
class QListWidget;
class QRadioButton;

namespace td {

class Database;

// The trial's sites, for choosing where a coordinator or therapist works; an empty list when
// the trial has no protocol yet.
Result<std::vector<Site>> trialSites(Database& db, const Actor& actor);

// Where a coordinator or therapist works: every site, or the sites ticked in a list of the
// trial's sites. The core stores "every site" as no sites, which chosen() returns.
class SiteChoice : public QWidget
{
    Q_OBJECT

public:
    explicit SiteChoice(QWidget* parent = nullptr);

    void setSites(std::vector<Site> sites);
    // Empty: every site.
    void setChosen(const std::vector<qint64>& siteIds);
    void setAllSites(bool all);
    bool allSites() const;
    // Ticks or clears one site (false when the trial has no such site).
    bool setSiteChecked(qint64 siteId, bool checked);
    // The ticked sites, or empty when every site is chosen.
    std::vector<qint64> chosen() const;
    // Every site, or at least one ticked.
    bool isComplete() const;
    QRadioButton* allButton() const { return m_all; }
    QRadioButton* someButton() const { return m_some; }
    QListWidget* list() const { return m_list; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateEnabled();

    std::vector<Site> m_sites;
    QRadioButton* m_all;
    QRadioButton* m_some;
    QListWidget* m_list;
    QLabel* m_none;
};

} // namespace td
