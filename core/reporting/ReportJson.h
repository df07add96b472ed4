#pragma once

#include "reporting/ConsortReport.h"
#include "reporting/Dashboard.h"

#include <QJsonObject>

namespace td {

// The reports as JSON (the command line's `report` output; stable keys, numbers unrounded).
class ReportJson
{
public:
    static QJsonObject consort(const ConsortCounts& c);
    static QJsonObject dashboard(const DashboardFigures& f);
};

} // namespace td
