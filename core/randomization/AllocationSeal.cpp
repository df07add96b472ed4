#include "randomization/AllocationSeal.h"

#include "access/Role.h"
#include "storage/Database.h"
#include "storage/KeySlots.h"
#include "storage/SqlRow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <sodium.h>

namespace td {

namespace {

constexpr int nonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int tagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr int entryPlainSize = 16; // arm id (8 bytes), block (4), block length (4)

const unsigned char* u8(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

QByteArray seal(const unsigned char* key, const QByteArray& plain, const QByteArray& ad)
{
    QByteArray out(nonceSize + plain.size() + tagSize, '\0');
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(o, nonceSize);
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        o + nonceSize, nullptr, u8(plain), static_cast<unsigned long long>(plain.size()), u8(ad),
        static_cast<unsigned long long>(ad.size()), nullptr, o, key);
    return out;
}

bool open(const unsigned char* key, const QByteArray& sealed, const QByteArray& ad,
          QByteArray& plain)
{
    if (sealed.size() < nonceSize + tagSize)
        return false;
    plain = QByteArray(sealed.size() - nonceSize - tagSize, '\0');
    return crypto_aead_xchacha20poly1305_ietf_decrypt(
               reinterpret_cast<unsigned char*>(plain.data()), nullptr, nullptr,
               u8(sealed) + nonceSize, static_cast<unsigned long long>(sealed.size() - nonceSize),
               u8(ad), static_cast<unsigned long long>(ad.size()), u8(sealed), key) == 0;
}

// The entry key of a list: BLAKE2b-256 keyed with the data key over a label and the list id.
struct EntryKey
{
    EntryKey(const DataKey& dataKey, qint64 listId)
    {
        const QByteArray label =
            QByteArrayLiteral("TD allocation entry\n") + QByteArray::number(listId);
        crypto_generichash(bytes, sizeof bytes, u8(label),
                           static_cast<unsigned long long>(label.size()), dataKey.bytes(),
                           DataKey::size);
    }
    ~EntryKey() { sodium_memzero(bytes, sizeof bytes); }
    EntryKey(const EntryKey&) = delete;
    EntryKey& operator=(const EntryKey&) = delete;
    unsigned char bytes[32];
};

QByteArray entryAd(qint64 listId, const QString& stratum, int position)
{
    return QByteArrayLiteral("TD allocation entry v1\n") + QByteArray::number(listId) + '\n' +
           stratum.toUtf8() + '\n' + QByteArray::number(position);
}

QByteArray listAd(qint64 listId, const QString& sha256)
{
    return QByteArrayLiteral("TD allocation list v1\n") + QByteArray::number(listId) + '\n' +
           sha256.toLatin1();
}

} // namespace

DataKeyPtr AllocationSeal::newKey()
{
    return DataKey::random();
}

QByteArray AllocationSeal::sealList(const DataKey& allocationKey, qint64 listId,
                                    const QString& sha256, const List& list)
{
    QJsonArray entries;
    for (const AllocationListEntry& e : list.entries)
        entries.append(
            QJsonArray{e.stratum, e.position, e.block, e.blockLength, QString::number(e.armId)});
    QByteArray plain =
        QJsonDocument(QJsonObject{{QStringLiteral("seed"), QString::number(list.seed)},
                                  {QStringLiteral("entries"), entries}})
            .toJson(QJsonDocument::Compact);
    QByteArray out = seal(allocationKey.bytes(), plain, listAd(listId, sha256));
    sodium_memzero(plain.data(), static_cast<size_t>(plain.size()));
    return out;
}

Result<AllocationSeal::List> AllocationSeal::openList(const DataKey& allocationKey, qint64 listId,
                                                      const QString& sha256,
                                                      const QByteArray& sealed)
{
    QByteArray plain;
    if (!open(allocationKey.bytes(), sealed, listAd(listId, sha256), plain))
        return makeError(ErrorCode::Database,
                         tr("The sealed allocation list %1 does not open with the allocation "
                            "key: it was changed outside TrialDesk or is damaged.")
                             .arg(listId));
    const QJsonObject o = QJsonDocument::fromJson(plain).object();
    sodium_memzero(plain.data(), static_cast<size_t>(plain.size()));
    List list;
    list.seed = o.value(QStringLiteral("seed")).toString().toULongLong();
    for (const QJsonValue& v : o.value(QStringLiteral("entries")).toArray()) {
        const QJsonArray e = v.toArray();
        list.entries.push_back({0, e.at(0).toString(), e.at(1).toInt(), e.at(2).toInt(),
                                e.at(3).toInt(), e.at(4).toString().toLongLong(), 0});
    }
    return list;
}

QByteArray AllocationSeal::sealEntry(const DataKey& dataKey, qint64 listId,
                                     const AllocationListEntry& entry)
{
    QByteArray plain(entryPlainSize, '\0');
    auto* p = reinterpret_cast<unsigned char*>(plain.data());
    qToLittleEndian<qint64>(entry.armId, p);
    qToLittleEndian<qint32>(entry.block, p + 8);
    qToLittleEndian<qint32>(entry.blockLength, p + 12);
    const EntryKey key(dataKey, listId);
    QByteArray out = seal(key.bytes, plain, entryAd(listId, entry.stratum, entry.position));
    sodium_memzero(plain.data(), static_cast<size_t>(plain.size()));
    return out;
}

Result<AllocationListEntry> AllocationSeal::openEntry(const DataKey& dataKey, qint64 listId,
                                                      const QString& stratum, int position,
                                                      const QByteArray& sealed)
{
    const EntryKey key(dataKey, listId);
    QByteArray plain;
    if (!open(key.bytes, sealed, entryAd(listId, stratum, position), plain) ||
        plain.size() != entryPlainSize)
        return makeError(ErrorCode::Database,
                         tr("Entry %1 of stratum %2 of the allocation list does not open: it was "
                            "changed or moved outside TrialDesk, or is damaged.")
                             .arg(position)
                             .arg(stratum));
    const auto* p = u8(plain);
    AllocationListEntry e{0,
                          stratum,
                          position,
                          qFromLittleEndian<qint32>(p + 8),
                          qFromLittleEndian<qint32>(p + 12),
                          qFromLittleEndian<qint64>(p),
                          0};
    sodium_memzero(plain.data(), static_cast<size_t>(plain.size()));
    return e;
}

Error AllocationSeal::needsAllocationKey(Database& db, const QString& what)
{
    QStringList holders;
    auto header = db.cryptHeader();
    (void)db.read(QStringLiteral("SELECT username FROM users WHERE role = ? AND active = 1 ORDER "
                                 "BY username"),
                  {Roles::key(Role::Statistician)}, [&](const SqlRow& row) -> Status {
                      const QString name = QString::fromUtf8(row.text(0));
                      if (header.ok() && KeySlots::countAllocation(*header, name) > 0)
                          holders << name;
                      return {};
                  });
    const QString who = holders.isEmpty()
                            ? tr("no active statistician holds it now")
                            : tr("it is held by %1").arg(holders.join(QStringLiteral(", ")));
    return makeError(ErrorCode::Forbidden,
                     tr("%1 needs the allocation key of this encrypted trial: the allocation "
                        "list and its seed are sealed under a key that only statisticians hold "
                        "(%2). Sign in as one of them.")
                         .arg(what, who));
}

} // namespace td
