#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <utility>
#include <vector>

namespace td {

// The scripts written beside an SPSS or Stata file (ExportFormat::companions): an R script,
// read_trialdesk_<name>_<suffix>.R (read_trialdesk_long_sav.R), that loads it with haven, turns the
// labelled codes (`factors`) into factors whose levels are their value labels, keeps dates as
// dates, marks the "not scorable" totals and makes the other numbers plain; and a Stata do-file,
// read_trialdesk_<file>.do, that opens it (`use`, or `import spss` for a .sav) with its value
// labels. For a long file
// (`longLayout`) both end with the model the layout is made for, as a comment to adapt.
std::vector<std::pair<QString, QByteArray>> statScripts(const QString& fileName, bool stata,
                                                        const QStringList& factors,
                                                        const QStringList& scored, bool longLayout);

} // namespace td
