#pragma once

#include "dashboard/TileCard.h"
#include "quality/DataQuery.h"
#include "quality/MissingForms.h"
#include "quality/SourceVerification.h"

#include <vector>

namespace td {

// The data-quality tile of the PI's dashboard: the open data queries, and per site the
// queries waiting (open, answered), the share of expected forms received and the share of
// visit forms verified against their source.
class DataQualityCard : public TileCard
{
    Q_OBJECT

public:
    explicit DataQualityCard(QWidget* parent = nullptr);
    void setFigure(const std::vector<SiteQueryCounts>& queries, const std::vector<SiteForms>& forms,
                   const std::vector<SiteVerification>& verified);
    void clear() override;

protected:
    void retranslateUi() override;

private:
    std::vector<SiteQueryCounts> m_queries;
    std::vector<SiteForms> m_forms;
    std::vector<SiteVerification> m_verified;
    bool m_set = false;
};

} // namespace td
