#include "storage/KeySlots.h"

#include "access/PasswordHasher.h"

#include <QtEndian>
#include <cstring>
#include <sodium.h>

namespace td {

namespace {

constexpr int ownerSize = 32;
constexpr int saltSize = crypto_pwhash_SALTBYTES; // 16
constexpr int nonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int wrappedSize =
    static_cast<int>(DataKey::size) + crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr int recoveryBytes = 20; // 160 bits, 32 characters of base 32
constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford's base 32
static_assert(saltSize == 16 && nonceSize == 24 && wrappedSize == 48);

// Offsets within a slot.
constexpr int offKind = 0, offNameLength = 1, offName = 2, offOps = 66, offMem = 74, offSalt = 82,
              offNonce = 98, offWrapped = 122;
static_assert(offWrapped + wrappedSize <= KeySlots::slotSize);

// A buffer for key material, wiped and freed whatever happens.
class Secret
{
public:
    explicit Secret(size_t size)
        : m_size(size), m_p(static_cast<unsigned char*>(sodium_malloc(size)))
    {}
    ~Secret() { sodium_free(m_p); }
    Secret(const Secret&) = delete;
    Secret& operator=(const Secret&) = delete;
    unsigned char* data() { return m_p; }
    bool valid() const { return m_p != nullptr; }
    size_t size() const { return m_size; }

private:
    size_t m_size;
    unsigned char* m_p;
};

const unsigned char* u8(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

// The slot's purpose, the file and the slot's owner: a slot cannot be moved to another file or
// another user.
QByteArray associatedData(const CryptHeader& header, KeySlot::Kind kind, const QByteArray& owner)
{
    return QByteArray("TrialDesk key slot v1") + '\0' + header.fileId + static_cast<char>(kind) +
           owner;
}

bool derive(Secret& out, const QString& password, const QByteArray& salt, quint64 ops, quint64 mem)
{
    const QByteArray utf8 = password.toUtf8();
    return out.valid() &&
           crypto_pwhash(out.data(), out.size(), utf8.constData(),
                         static_cast<unsigned long long>(utf8.size()), u8(salt), ops,
                         static_cast<size_t>(mem), crypto_pwhash_ALG_ARGON2ID13) == 0;
}

void deriveRecovery(Secret& out, const unsigned char* secret, const CryptHeader& header)
{
    // A 160-bit random secret needs no slow derivation: BLAKE2b keyed with the file's id.
    crypto_generichash(out.data(), out.size(), secret, recoveryBytes, u8(header.fileId),
                       static_cast<size_t>(header.fileId.size()));
}

KeySlot wrap(const CryptHeader& header, const DataKey& key, KeySlot::Kind kind,
             const QByteArray& owner, quint64 ops, quint64 mem, const QByteArray& salt,
             Secret& wrapping)
{
    KeySlot slot;
    slot.kind = kind;
    slot.owner = owner;
    slot.opsLimit = ops;
    slot.memLimit = mem;
    slot.salt = salt;
    slot.nonce = QByteArray(nonceSize, '\0');
    randombytes_buf(slot.nonce.data(), nonceSize);
    slot.wrapped = QByteArray(wrappedSize, '\0');
    const QByteArray ad = associatedData(header, kind, owner);
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(slot.wrapped.data()), nullptr, key.bytes(), DataKey::size,
        u8(ad), static_cast<unsigned long long>(ad.size()), nullptr, u8(slot.nonce),
        wrapping.data());
    return slot;
}

DataKeyPtr unwrap(const CryptHeader& header, const KeySlot& slot, Secret& wrapping)
{
    Secret plain(DataKey::size);
    if (!plain.valid() || slot.wrapped.size() != wrappedSize || slot.nonce.size() != nonceSize)
        return nullptr;
    const QByteArray ad = associatedData(header, slot.kind, slot.owner);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            plain.data(), nullptr, nullptr, u8(slot.wrapped), wrappedSize, u8(ad),
            static_cast<unsigned long long>(ad.size()), u8(slot.nonce), wrapping.data()) != 0)
        return nullptr;
    return DataKey::fromBytes(plain.data());
}

// A field of a slot: at most `size` bytes of `field` (a short field leaves zeros).
void put(unsigned char* at, const QByteArray& field, int size)
{
    const qsizetype n = std::min<qsizetype>(field.size(), size);
    if (n > 0)
        std::memcpy(at, field.constData(), static_cast<size_t>(n));
}

Error wrongPassword()
{
    return makeError(ErrorCode::AuthenticationFailed,
                     KeySlots::tr("The user name or password does not open this encrypted trial."),
                     QStringLiteral("password"));
}

} // namespace

std::vector<KeySlot> KeySlots::read(const CryptHeader& header)
{
    std::vector<KeySlot> out;
    for (int i = 0; i < capacity && (i + 1) * slotSize <= header.slotArea.size(); ++i) {
        const auto* b = u8(header.slotArea) + i * slotSize;
        if (b[offKind] != static_cast<quint8>(KeySlot::Kind::Password) &&
            b[offKind] != static_cast<quint8>(KeySlot::Kind::Recovery) &&
            b[offKind] != static_cast<quint8>(KeySlot::Kind::Allocation))
            continue;
        KeySlot s;
        s.kind = static_cast<KeySlot::Kind>(b[offKind]);
        s.owner = QByteArray(reinterpret_cast<const char*>(b + offName), ownerSize);
        s.opsLimit = qFromLittleEndian<quint64>(b + offOps);
        s.memLimit = qFromLittleEndian<quint64>(b + offMem);
        const char* c = reinterpret_cast<const char*>(b);
        s.salt = QByteArray(c + offSalt, saltSize);
        s.nonce = QByteArray(c + offNonce, nonceSize);
        s.wrapped = QByteArray(c + offWrapped, wrappedSize);
        out.push_back(std::move(s));
    }
    return out;
}

Status KeySlots::write(CryptHeader& header, const std::vector<KeySlot>& list)
{
    if (static_cast<int>(list.size()) > capacity)
        return makeError(ErrorCode::Invalid,
                         tr("An encrypted trial holds at most %1 key slots.").arg(capacity));
    QByteArray area(CryptHeader::slotAreaSize, '\0');
    auto* base = reinterpret_cast<unsigned char*>(area.data());
    for (size_t i = 0; i < list.size(); ++i) {
        const KeySlot& s = list[i];
        unsigned char* b = base + i * slotSize;
        b[offKind] = static_cast<quint8>(s.kind);
        b[offNameLength] = ownerSize;
        put(b + offName, s.owner, ownerSize);
        qToLittleEndian(s.opsLimit, b + offOps);
        qToLittleEndian(s.memLimit, b + offMem);
        put(b + offSalt, s.salt, saltSize);
        put(b + offNonce, s.nonce, nonceSize);
        put(b + offWrapped, s.wrapped, wrappedSize);
    }
    header.slotArea = area;
    return {};
}

namespace {
// A slot of `kind` for `username` wrapping `key` under the key `password` gives (Argon2id at
// the cost of PasswordHasher::cost()); `keepOthers` keeps the user's other slots of that kind.
Status addWrapped(CryptHeader& header, KeySlot::Kind kind, const DataKey& key,
                  const QString& username, const QString& password, bool keepOthers)
{
    const bool minimal = PasswordHasher::cost() == PasswordHasher::Cost::Minimal;
    const quint64 ops = minimal ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const quint64 mem = minimal ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    QByteArray salt(saltSize, '\0');
    randombytes_buf(salt.data(), saltSize);
    Secret wrapping(DataKey::size);
    if (!derive(wrapping, password, salt, ops, mem))
        return makeError(ErrorCode::Database,
                         KeySlots::tr("Could not derive a key from the password (out of memory)."));
    std::vector<KeySlot> list = KeySlots::read(header);
    const QByteArray owner = KeySlots::ownerTag(header, username);
    if (!keepOthers)
        std::erase_if(list, [&](const KeySlot& s) { return s.kind == kind && s.owner == owner; });
    list.push_back(wrap(header, key, kind, owner, ops, mem, salt, wrapping));
    return KeySlots::write(header, list);
}

// The key in one of the user's slots of `kind` that `password` opens, or null.
DataKeyPtr openWrapped(const CryptHeader& header, KeySlot::Kind kind, const QString& username,
                       const QString& password)
{
    const QByteArray owner = KeySlots::ownerTag(header, username);
    for (const KeySlot& s : KeySlots::read(header)) {
        if (s.kind != kind || s.owner != owner)
            continue;
        if (s.opsLimit < crypto_pwhash_OPSLIMIT_MIN || s.opsLimit > crypto_pwhash_OPSLIMIT_MAX ||
            s.memLimit < crypto_pwhash_MEMLIMIT_MIN ||
            s.memLimit > crypto_pwhash_MEMLIMIT_SENSITIVE)
            continue;
        Secret wrapping(DataKey::size);
        if (!derive(wrapping, password, s.salt, s.opsLimit, s.memLimit))
            continue;
        if (DataKeyPtr key = unwrap(header, s, wrapping);
            key && (kind != KeySlot::Kind::Password || header.opens(*key)))
            return key;
    }
    return nullptr;
}

// Keeps only the user's slots of `kind` that `password` opens.
void keepOpenedBy(CryptHeader& header, KeySlot::Kind kind, const QString& username,
                  const QString& password)
{
    std::vector<KeySlot> list = KeySlots::read(header);
    const QByteArray owner = KeySlots::ownerTag(header, username);
    std::erase_if(list, [&](const KeySlot& s) {
        if (s.kind != kind || s.owner != owner)
            return false;
        Secret wrapping(DataKey::size);
        return !derive(wrapping, password, s.salt, s.opsLimit, s.memLimit) ||
               !unwrap(header, s, wrapping);
    });
    (void)KeySlots::write(header, list); // fewer slots than before: always fits
}
} // namespace

Status KeySlots::addPassword(CryptHeader& header, const DataKey& key, const QString& username,
                             const QString& password, bool keepOthers)
{
    return addWrapped(header, KeySlot::Kind::Password, key, username, password, keepOthers);
}

void KeySlots::keepOnly(CryptHeader& header, const QString& username, const QString& password)
{
    keepOpenedBy(header, KeySlot::Kind::Password, username, password);
}

void KeySlots::remove(CryptHeader& header, const QString& username)
{
    std::vector<KeySlot> list = read(header);
    const QByteArray owner = ownerTag(header, username);
    std::erase_if(list, [&](const KeySlot& s) {
        return (s.kind == KeySlot::Kind::Password || s.kind == KeySlot::Kind::Allocation) &&
               s.owner == owner;
    });
    (void)write(header, list);
}

int KeySlots::count(const CryptHeader& header, const QString& username)
{
    const QByteArray owner = ownerTag(header, username);
    int n = 0;
    for (const KeySlot& s : read(header))
        n += s.kind == KeySlot::Kind::Password && s.owner == owner;
    return n;
}

void KeySlots::keepUsers(CryptHeader& header, const QStringList& users)
{
    QList<QByteArray> owners;
    for (const QString& user : users)
        owners << ownerTag(header, user);
    std::vector<KeySlot> list = read(header);
    std::erase_if(list, [&](const KeySlot& s) {
        return s.kind == KeySlot::Kind::Password && !owners.contains(s.owner);
    });
    (void)write(header, list);
}

QByteArray KeySlots::ownerTag(const CryptHeader& header, const QString& username)
{
    // The name itself is never in the file: a copied file does not list its users.
    const QByteArray name = username.toUtf8();
    QByteArray out(ownerSize, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), ownerSize, u8(name),
                       static_cast<unsigned long long>(name.size()), u8(header.fileId),
                       static_cast<size_t>(header.fileId.size()));
    return out;
}

Result<DataKeyPtr> KeySlots::open(const CryptHeader& header, const QString& username,
                                  const QString& password)
{
    if (DataKeyPtr key = openWrapped(header, KeySlot::Kind::Password, username, password))
        return key;
    return wrongPassword();
}

Result<QString> KeySlots::makeRecovery(CryptHeader& header, const DataKey& key)
{
    if (hasRecovery(header))
        return makeError(ErrorCode::Conflict,
                         tr("This trial has a recovery key already; it is made only once."));
    Secret secret(recoveryBytes);
    Secret wrapping(DataKey::size);
    if (!secret.valid() || !wrapping.valid())
        return makeError(ErrorCode::Database, tr("Could not make a recovery key (out of memory)."));
    randombytes_buf(secret.data(), recoveryBytes);
    deriveRecovery(wrapping, secret.data(), header);
    std::vector<KeySlot> list = read(header);
    list.push_back(wrap(header, key, KeySlot::Kind::Recovery, QByteArray(ownerSize, '\0'), 0, 0,
                        QByteArray(saltSize, '\0'), wrapping));
    TD_TRY(write(header, list));
    // 160 bits as 32 characters of 5 bits, in groups of four.
    QString words;
    for (int i = 0; i < 32; ++i) {
        int value = 0;
        for (int bit = 0; bit < 5; ++bit) {
            const int n = i * 5 + bit;
            value = value << 1 | ((secret.data()[n / 8] >> (7 - n % 8)) & 1);
        }
        if (i > 0 && i % 4 == 0)
            words += QLatin1Char('-');
        words += QLatin1Char(alphabet[value]);
    }
    return words;
}

bool KeySlots::hasRecovery(const CryptHeader& header)
{
    for (const KeySlot& s : read(header))
        if (s.kind == KeySlot::Kind::Recovery)
            return true;
    return false;
}

void KeySlots::removeRecovery(CryptHeader& header)
{
    std::vector<KeySlot> list = read(header);
    std::erase_if(list, [](const KeySlot& s) { return s.kind == KeySlot::Kind::Recovery; });
    (void)write(header, list);
}

Result<DataKeyPtr> KeySlots::openWithRecovery(const CryptHeader& header, const QString& words)
{
    const auto wrong = makeError(ErrorCode::AuthenticationFailed,
                                 tr("This is not the trial's recovery key. Check the groups as "
                                    "printed (32 letters and digits)."),
                                 QStringLiteral("recovery_key"));
    QString text = words.toUpper();
    text.remove(QLatin1Char('-')).remove(QLatin1Char(' '));
    text.replace(QLatin1Char('O'), QLatin1Char('0'))
        .replace(QLatin1Char('I'), QLatin1Char('1'))
        .replace(QLatin1Char('L'), QLatin1Char('1'));
    if (text.size() != 32)
        return wrong;
    Secret secret(recoveryBytes);
    if (!secret.valid())
        return wrong;
    sodium_memzero(secret.data(), recoveryBytes);
    for (int i = 0; i < 32; ++i) {
        const char* at = std::strchr(alphabet, text[i].toLatin1());
        if (!at || text[i].toLatin1() == '\0')
            return wrong;
        const int value = static_cast<int>(at - alphabet);
        for (int bit = 0; bit < 5; ++bit) {
            const int n = i * 5 + bit;
            if (value >> (4 - bit) & 1)
                secret.data()[n / 8] |= static_cast<unsigned char>(1 << (7 - n % 8));
        }
    }
    Secret wrapping(DataKey::size);
    deriveRecovery(wrapping, secret.data(), header);
    for (const KeySlot& s : read(header)) {
        if (s.kind != KeySlot::Kind::Recovery)
            continue;
        if (DataKeyPtr key = unwrap(header, s, wrapping); key && header.opens(*key))
            return key;
    }
    return wrong;
}

Status KeySlots::addAllocation(CryptHeader& header, const DataKey& allocationKey,
                               const QString& username, const QString& password, bool keepOthers)
{
    return addWrapped(header, KeySlot::Kind::Allocation, allocationKey, username, password,
                      keepOthers);
}

Result<DataKeyPtr> KeySlots::openAllocation(const CryptHeader& header, const QString& username,
                                            const QString& password)
{
    if (DataKeyPtr key = openWrapped(header, KeySlot::Kind::Allocation, username, password))
        return key;
    return makeError(
        ErrorCode::AuthenticationFailed,
        tr("The password does not open an allocation key slot of \"%1\".").arg(username),
        QStringLiteral("password"));
}

int KeySlots::countAllocation(const CryptHeader& header, const QString& username)
{
    const QByteArray owner = ownerTag(header, username);
    int n = 0;
    for (const KeySlot& s : read(header))
        n += s.kind == KeySlot::Kind::Allocation && s.owner == owner;
    return n;
}

bool KeySlots::hasAllocation(const CryptHeader& header)
{
    for (const KeySlot& s : read(header))
        if (s.kind == KeySlot::Kind::Allocation)
            return true;
    return false;
}

void KeySlots::keepOnlyAllocation(CryptHeader& header, const QString& username,
                                  const QString& password)
{
    keepOpenedBy(header, KeySlot::Kind::Allocation, username, password);
}

void KeySlots::keepAllocationUsers(CryptHeader& header, const QStringList& statisticians)
{
    QList<QByteArray> owners;
    for (const QString& user : statisticians)
        owners << ownerTag(header, user);
    std::vector<KeySlot> list = read(header);
    std::erase_if(list, [&](const KeySlot& s) {
        return s.kind == KeySlot::Kind::Allocation && !owners.contains(s.owner);
    });
    (void)write(header, list);
}

} // namespace td
