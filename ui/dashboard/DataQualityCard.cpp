#include "dashboard/DataQualityCard.h"

#include <QLocale>

namespace td {

DataQualityCard::DataQualityCard(QWidget* parent) : TileCard(parent)
{
    setObjectName(QStringLiteral("dataQualityCard"));
    retranslateUi();
}

void DataQualityCard::setFigure(const std::vector<SiteQueryCounts>& queries,
                                const std::vector<SiteForms>& forms,
                                const std::vector<SiteVerification>& verified)
{
    m_queries = queries;
    m_forms = forms;
    m_verified = verified;
    m_set = true;
    retranslateUi();
    show();
}

void DataQualityCard::clear()
{
    m_queries.clear();
    m_forms.clear();
    m_verified.clear();
    m_set = false;
    retranslateUi();
    hide();
}

void DataQualityCard::retranslateUi()
{
    setHeading(tr("Open data queries"));
    if (!m_set) {
        setValue({});
        setDetail({});
        return;
    }
    const QLocale locale;
    int open = 0;
    QStringList lines;
    for (const SiteQueryCounts& q : m_queries) {
        open += q.open;
        const SiteForms* forms = nullptr;
        for (const SiteForms& f : m_forms)
            if (f.siteId == q.siteId)
                forms = &f;
        QString line = tr("%1: %2 open, %3 answered")
                           .arg(q.siteCode, locale.toString(q.open), locale.toString(q.answered));
        if (forms && forms->expected > 0)
            line += QStringLiteral("; ") +
                    tr("%1 of forms received, %2 overdue")
                        .arg(locale.toString(100.0 * forms->received / forms->expected, 'f', 0) +
                                 locale.percent(),
                             locale.toString(forms->overdue));
        for (const SiteVerification& v : m_verified)
            if (v.siteId == q.siteId && v.forms > 0)
                line += QStringLiteral("; ") +
                        tr("%1 source-verified")
                            .arg(locale.toString(100.0 * v.share(), 'f', 0) + locale.percent());
        lines << line;
    }
    setValue(DashboardStyle::count(open));
    setDetail(lines.join(QLatin1Char('\n')));
}

} // namespace td
