#include "participants/ParticipantTableModel.h"

#include "access/Disclosure.h"
#include "access/UserRepository.h"
#include "participants/ParticipantRepository.h"
#include "trial/ProtocolRepository.h"

#include <QLocale>
#include <algorithm>

namespace td {

ParticipantTableModel::ParticipantTableModel(Database& db, Actor actor, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_actor(std::move(actor))
{
    m_columns = {StudyId, Site, Status};
    if (Disclosure::of(m_actor).arms())
        m_columns.insert(m_columns.end(), {Arm, Therapist});
    m_columns.insert(m_columns.end(), {Screened, Consented});
}

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
    m_all = std::move(rows).value();
    m_userNames.clear();
    for (const User& u : *users)
        m_userNames.insert(u.id, u.displayName);
    rebuildOrder();
    rebuildMatches();
    endResetModel();
    return static_cast<int>(m_all.size());
}

int ParticipantTableModel::columnOf(Field field) const
{
    const auto it = std::find(m_columns.begin(), m_columns.end(), field);
    return it == m_columns.end() ? -1 : static_cast<int>(it - m_columns.begin());
}

void ParticipantTableModel::setFilter(const RegistryFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    if (!Disclosure::of(m_actor).arms())
        m_filter.armId = 0;
    rebuildMatches();
    endResetModel();
}

bool ParticipantTableModel::matches(const Participant& p) const
{
    if (m_filter.siteId != 0 && p.siteId != m_filter.siteId)
        return false;
    if (m_filter.status && p.status != *m_filter.status)
        return false;
    if (m_filter.therapistId != 0 && p.therapistId != m_filter.therapistId)
        return false;
    if (m_filter.armId != 0 && p.armId != m_filter.armId)
        return false;
    if (m_filter.text.isEmpty())
        return true;
    for (Field field : {StudyId, Site, Status, Therapist}) {
        if (columnOf(field) >= 0 && text(p, field).contains(m_filter.text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void ParticipantTableModel::rebuildMatches()
{
    m_matches.clear();
    for (int i : m_order) {
        if (matches(m_all[static_cast<std::size_t>(i)]))
            m_matches.push_back(i);
    }
    m_fetched = std::min(batchSize, static_cast<int>(m_matches.size()));
}

void ParticipantTableModel::rebuildOrder()
{
    m_order.resize(m_all.size());
    for (std::size_t i = 0; i < m_all.size(); ++i)
        m_order[i] = static_cast<int>(i);
    const Field field = fieldAt(std::clamp(m_sortColumn, 0, columnCount() - 1));
    const auto at = [this](int i) -> const Participant& {
        return m_all[static_cast<std::size_t>(i)];
    };
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    if (field == Screened || field == Consented) {
        const auto date = [&](int i) {
            return field == Screened ? at(i).screeningDate : at(i).consentDate;
        };
        std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
            return ascending ? date(a) < date(b) : date(b) < date(a);
        });
        return;
    }
    std::vector<QString> keys(m_all.size());
    for (std::size_t i = 0; i < m_all.size(); ++i)
        keys[i] = text(m_all[i], field);
    const auto key = [&](int i) -> const QString& { return keys[static_cast<std::size_t>(i)]; };
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        const int c = QString::compare(key(a), key(b), Qt::CaseInsensitive);
        return ascending ? c < 0 : c > 0;
    });
}

void ParticipantTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    const int fetched = m_fetched;
    rebuildOrder();
    rebuildMatches();
    m_fetched = std::max(m_fetched, std::min(fetched, static_cast<int>(m_matches.size())));
    endResetModel();
}

bool ParticipantTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_fetched < static_cast<int>(m_matches.size());
}

void ParticipantTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const int more = std::min(batchSize, static_cast<int>(m_matches.size()) - m_fetched);
    beginInsertRows({}, m_fetched, m_fetched + more - 1);
    m_fetched += more;
    endInsertRows();
}

const Participant* ParticipantTableModel::participantAt(int row) const
{
    return row >= 0 && row < m_fetched
               ? &m_all[static_cast<std::size_t>(m_matches[static_cast<std::size_t>(row)])]
               : nullptr;
}

int ParticipantTableModel::rowOf(qint64 participantId)
{
    for (int row = 0; row < static_cast<int>(m_matches.size()); ++row) {
        if (m_all[static_cast<std::size_t>(m_matches[static_cast<std::size_t>(row)])].id !=
            participantId)
            continue;
        while (row >= m_fetched && canFetchMore({}))
            fetchMore({});
        return row;
    }
    return -1;
}

void ParticipantTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (m_fetched > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int ParticipantTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

int ParticipantTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QString ParticipantTableModel::text(const Participant& p, Field field) const
{
    const QLocale locale;
    switch (field) {
    case StudyId:
        return p.studyId;
    case Site: {
        const td::Site* site = m_protocol.site(p.siteId);
        return site ? site->name.text() : QString();
    }
    case Status:
        return StatusRules::displayName(p.status);
    case Arm: {
        const td::Arm* arm = p.armId ? m_protocol.arm(*p.armId) : nullptr;
        return arm ? arm->code : QString();
    }
    case Therapist:
        return p.therapistHidden ? QString() : m_userNames.value(p.therapistId);
    case Screened:
        return locale.toString(p.screeningDate, QLocale::ShortFormat);
    case Consented:
        return p.consentDate.isValid() ? locale.toString(p.consentDate, QLocale::ShortFormat)
                                       : QString();
    }
    return {};
}

QVariant ParticipantTableModel::data(const QModelIndex& index, int role) const
{
    const Participant* p = participantAt(index.row());
    if (!p || index.column() < 0 || index.column() >= columnCount())
        return {};
    if (role == Qt::UserRole)
        return p->id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    return text(*p, fieldAt(index.column()));
}

QVariant ParticipantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (fieldAt(section)) {
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
    }
    return {};
}

} // namespace td
