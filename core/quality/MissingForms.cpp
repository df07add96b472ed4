#include "quality/MissingForms.h"

#include "access/Reach.h"
#include "storage/Database.h"
#include "storage/SqlRow.h"
#include "visits/ExpectedForms.h"

#include <QHash>
#include <algorithm>

namespace td {

Result<MissingFormsReport> MissingForms::report(const Actor& actor, const QDate& today)
{
    ExpectedForms expected(m_db);
    auto rows = expected.participants(actor);
    TD_TRY(rows);
    MissingFormsReport out;
    QHash<qint64, std::size_t> siteIndex;
    TD_TRY(m_db.read(QStringLiteral("SELECT id, code FROM site ORDER BY code"), {},
                     [&](const SqlRow& r) -> Status {
                         SiteForms s;
                         s.siteId = r.text(0).toLongLong();
                         if (!Reach::coversSite(actor, s.siteId))
                             return {};
                         s.siteCode = QString::fromUtf8(r.text(1));
                         siteIndex.insert(s.siteId, out.sites.size());
                         out.sites.push_back(s);
                         return {};
                     }));
    TD_TRY(expected.forEach(
        actor, *rows, today, [](const ScheduledInstrument&) { return true; },
        [&](const ExpectedVisit& v) {
            const bool overdue = v.overdue(today);
            const auto site = siteIndex.constFind(v.participant->siteId);
            if (site != siteIndex.cend()) {
                SiteForms& s = out.sites[*site];
                s.expected += static_cast<int>(v.expected.size());
                const int notReceived = static_cast<int>(v.missing.size() + v.unconfirmed.size());
                s.received += static_cast<int>(v.expected.size()) - notReceived;
                (overdue ? s.overdue : s.due) += notReceived;
                s.unconfirmed += static_cast<int>(v.unconfirmed.size());
            }
            for (const QStringList* list : {&v.missing, &v.unconfirmed})
                for (const QString& instrument : *list)
                    out.forms.push_back({v.participant->id, v.participant->studyId,
                                         v.participant->siteId, v.timePoint->id, v.timePoint->code,
                                         instrument, v.opens, v.closes, overdue,
                                         list == &v.unconfirmed});
        }));
    std::stable_sort(out.forms.begin(), out.forms.end(),
                     [](const MissingForm& a, const MissingForm& b) {
                         if (a.overdue != b.overdue)
                             return a.overdue;
                         return a.closes < b.closes;
                     });
    return out;
}

} // namespace td
