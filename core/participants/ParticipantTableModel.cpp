#include "participants/ParticipantTableModel.h"

#include "access/UserRepository.h"
#include "participants/ParticipantRepository.h"
#include "trial/ProtocolRepository.h"

#include <QLocale>

namespace td {

ParticipantTableModel::ParticipantTableModel(Database& db, Actor actor, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_actor(std::move(actor))
{}

Result<int> ParticipantTableModel::reload()
{
    auto protocol = ProtocolRepository(m_db).load(m_actor);
    TD_TRY(protocol);
    auto rows = ParticipantRepository(m_db).list(m_actor);
    TD_TRY(rows);
    auto users = UserRepository(m_db).list(m_actor);
    TD_TRY(users);
    beginResetModel();
    m_protocol = std::move(protocol).value();
    m_rows = std::move(rows).value();
    m_userNames.clear();
    for (const User& u : *users)
        m_userNames.insert(u.id, u.displayName);
    endResetModel();
    return static_cast<int>(m_rows.size());
}

const Participant* ParticipantTableModel::participantAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size())
               ? &m_rows[static_cast<std::size_t>(row)]
               : nullptr;
}

void ParticipantTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ParticipantTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ParticipantTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ParticipantTableModel::armText(const Participant& p) const
{
    if (p.armHidden)
        return tr("Blinded");
    if (!p.armId)
        return QString();
    const td::Arm* arm = m_protocol.arm(*p.armId);
    return arm ? arm->code : QString();
}

QVariant ParticipantTableModel::data(const QModelIndex& index, int role) const
{
    const Participant* p = participantAt(index.row());
    if (!p || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == Qt::UserRole)
        return p->id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (static_cast<Column>(index.column())) {
    case StudyId:
        return p->studyId;
    case Site: {
        const td::Site* site = m_protocol.site(p->siteId);
        return site ? site->name : QString();
    }
    case Status:
        return StatusRules::displayName(p->status);
    case Arm:
        return armText(*p);
    case Therapist:
        return p->therapistHidden ? tr("Blinded") : m_userNames.value(p->therapistId);
    case Screened:
        return locale.toString(p->screeningDate, QLocale::ShortFormat);
    case Consented:
        return p->consentDate.isValid() ? locale.toString(p->consentDate, QLocale::ShortFormat)
                                        : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ParticipantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case StudyId:
        return tr("Study ID");
    case Site:
        return tr("Site");
    case Status:
        return tr("Status");
    case Arm:
        return tr("Arm");
    case Therapist:
        return tr("Therapist");
    case Screened:
        return tr("Screened");
    case Consented:
        return tr("Consented");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace td
