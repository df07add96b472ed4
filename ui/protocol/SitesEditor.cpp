#include "protocol/SitesEditor.h"

#include "protocol/ProtocolDraft.h"

#include <QLabel>
#include <QVBoxLayout>

namespace td {

SitesEditor::SitesEditor(ProtocolDraft& draft, QWidget* parent)
    : ProtocolEditor(draft, parent), m_intro(new QLabel(this)), m_table(new EditTable(this))
{
    m_intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("sites"));
    m_table->setColumns({EditTable::Kind::Text, EditTable::Kind::Text, EditTable::Kind::Text});
    body()->addWidget(m_intro);
    body()->addWidget(m_table, 1);

    connect(m_table, &EditTable::edited, this, &SitesEditor::store);
    connect(m_table, &EditTable::addRequested, this, [this] {
        m_draft.edit().sites.push_back({});
        load();
        m_draft.commit();
        m_table->focusRow(m_table->rowCount() - 1);
    });
    connect(m_table, &EditTable::removeRequested, this, [this](int row) {
        auto& sites = m_draft.edit().sites;
        sites.erase(sites.begin() + row);
        load();
        m_draft.commit();
        m_table->setCurrentRow(std::min(row, m_table->rowCount() - 1));
    });
    connect(m_table, &EditTable::moveRequested, this, [this](int row, int delta) {
        auto& sites = m_draft.edit().sites;
        std::swap(sites[static_cast<std::size_t>(row)],
                  sites[static_cast<std::size_t>(row + delta)]);
        load();
        m_draft.commit();
        m_table->setCurrentRow(row + delta);
    });
    init();
}

QString SitesEditor::title() const
{
    return tr("Sites");
}

QString SitesEditor::subTitle() const
{
    return tr("The clinics that recruit. A site's code starts its participants' study ids.");
}

bool SitesEditor::belongs(const QString& path) const
{
    return path.startsWith(QStringLiteral("sites"));
}

void SitesEditor::load()
{
    const auto& sites = m_draft.protocol().sites;
    m_table->setRowCount(static_cast<int>(sites.size()));
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const Site& s = sites[static_cast<std::size_t>(r)];
        m_table->setText(r, Code, s.code);
        m_table->setText(r, NameEn, s.name.en);
        m_table->setText(r, NameNb, s.name.nb);
    }
}

void SitesEditor::store(int row, int /*column*/)
{
    auto& sites = m_draft.edit().sites;
    if (row < 0 || row >= static_cast<int>(sites.size()))
        return;
    Site& s = sites[static_cast<std::size_t>(row)];
    s.code = m_table->text(row, Code).trimmed();
    s.name = LocalText(m_table->text(row, NameEn), m_table->text(row, NameNb));
    m_draft.commit();
}

void SitesEditor::mark(const ProtocolProblems& problems)
{
    m_table->setMarks(rowMarks(problems, QStringLiteral("sites"), m_table,
                               {{QStringLiteral("code"), Code}},
                               {{QStringLiteral("name"), {NameEn, NameNb}}}));
}

void SitesEditor::retranslateUi()
{
    m_intro->setText(tr("One row per site. Codes are letters, digits or _ (e.g. OSL); names are "
                        "given in English and in Norwegian."));
    m_table->setHeaders({tr("Code"), tr("Name (English)"), tr("Name (Norwegian)")});
    m_table->setButtonTexts(tr("&Add site"), tr("&Remove site"), tr("Move &up"), tr("Move &down"));
}

} // namespace td
