#include "audit/SigningKey.h"

#include "access/PasswordHasher.h"

#include <QStringList>
#include <sodium.h>

namespace td {

namespace {
constexpr auto sealedTag = "td-sk1";
constexpr auto keyContext = "TrialDesk signing key v1";

bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// A buffer for derived key material that is wiped and freed whatever happens.
class Guarded
{
public:
    explicit Guarded(size_t size) : m_size(size), m_p(sodium_malloc(size)) {}
    ~Guarded() { sodium_free(m_p); }
    Guarded(const Guarded&) = delete;
    Guarded& operator=(const Guarded&) = delete;
    unsigned char* data() { return static_cast<unsigned char*>(m_p); }
    bool valid() const { return m_p != nullptr; }
    size_t size() const { return m_size; }

private:
    size_t m_size;
    void* m_p;
};

const unsigned char* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

// The additional data of the seal: the key's purpose and its public half, so a sealed secret
// cannot be moved onto another user's public key.
QByteArray associatedData(const QByteArray& publicKey)
{
    return QByteArray(keyContext) + '\0' + publicKey;
}

bool derive(Guarded& out, const QString& password, const QByteArray& salt, unsigned long long ops,
            size_t mem)
{
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash(out.data(), out.size(), utf8.constData(),
                         static_cast<unsigned long long>(utf8.size()), bytes(salt), ops, mem,
                         crypto_pwhash_ALG_ARGON2ID13) == 0;
}
} // namespace

SecretKey::SecretKey()
{
    if (ensureSodium())
        m_bytes = static_cast<unsigned char*>(sodium_malloc(crypto_sign_SECRETKEYBYTES));
}

SecretKey::~SecretKey()
{
    sodium_free(m_bytes);
}

Result<SigningKeyPair> SigningKey::generate()
{
    auto secret = std::make_shared<SecretKey>();
    if (!secret->valid())
        return makeError(ErrorCode::Database, tr("No secure memory is left for a signing key."));
    QByteArray pub(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(pub.data()), secret->bytes());
    return SigningKeyPair{QString::fromLatin1(pub.toHex()), secret};
}

Result<QString> SigningKey::seal(const SigningKeyPair& key, const QString& password)
{
    if (!ensureSodium() || !key.secret || !key.secret->valid())
        return makeError(ErrorCode::Database, tr("The signing key could not be sealed."));
    const bool minimal = PasswordHasher::cost() == PasswordHasher::Cost::Minimal;
    const unsigned long long ops =
        minimal ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t mem = minimal ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
    QByteArray nonce(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), static_cast<size_t>(nonce.size()));
    Guarded wrap(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (!wrap.valid() || !derive(wrap, password, salt, ops, mem))
        return makeError(ErrorCode::Database,
                         tr("The signing key could not be sealed: out of memory."));
    const QByteArray ad = associatedData(QByteArray::fromHex(key.publicKey.toLatin1()));
    QByteArray cipher(crypto_sign_SECRETKEYBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES,
                      Qt::Uninitialized);
    unsigned long long cipherLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(cipher.data()), &cipherLength, key.secret->bytes(),
        crypto_sign_SECRETKEYBYTES, bytes(ad), static_cast<unsigned long long>(ad.size()), nullptr,
        bytes(nonce), wrap.data());
    cipher.resize(static_cast<qsizetype>(cipherLength));
    return QStringList{QString::fromLatin1(sealedTag),
                       QString::number(ops),
                       QString::number(mem),
                       QString::fromLatin1(salt.toHex()),
                       QString::fromLatin1(nonce.toHex()),
                       QString::fromLatin1(cipher.toHex())}
        .join(QLatin1Char('$'));
}

Result<SecretKeyPtr> SigningKey::unseal(const QString& sealed, const QString& publicKey,
                                        const QString& password)
{
    const QStringList parts = sealed.split(QLatin1Char('$'));
    bool opsOk = false, memOk = false;
    const unsigned long long ops = parts.size() == 6 ? parts[1].toULongLong(&opsOk) : 0;
    const size_t mem = parts.size() == 6 ? parts[2].toULongLong(&memOk) : 0;
    const QByteArray salt = parts.size() == 6 ? QByteArray::fromHex(parts[3].toLatin1()) : "";
    const QByteArray nonce = parts.size() == 6 ? QByteArray::fromHex(parts[4].toLatin1()) : "";
    const QByteArray cipher = parts.size() == 6 ? QByteArray::fromHex(parts[5].toLatin1()) : "";
    const QByteArray pub = QByteArray::fromHex(publicKey.toLatin1());
    if (!ensureSodium() || parts.size() != 6 || parts[0] != QLatin1String(sealedTag) || !opsOk ||
        !memOk || ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_MAX ||
        mem < crypto_pwhash_MEMLIMIT_MIN || mem > crypto_pwhash_MEMLIMIT_SENSITIVE ||
        salt.size() != crypto_pwhash_SALTBYTES ||
        nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
        cipher.size() != crypto_sign_SECRETKEYBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES ||
        pub.size() != crypto_sign_PUBLICKEYBYTES)
        return makeError(ErrorCode::Invalid, tr("The stored signing key is malformed."));
    Guarded wrap(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (!wrap.valid() || !derive(wrap, password, salt, ops, mem))
        return makeError(ErrorCode::Database,
                         tr("The signing key could not be opened: out of memory."));
    auto secret = std::make_shared<SecretKey>();
    if (!secret->valid())
        return makeError(ErrorCode::Database, tr("No secure memory is left for a signing key."));
    const QByteArray ad = associatedData(pub);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            secret->bytes(), &length, nullptr, bytes(cipher),
            static_cast<unsigned long long>(cipher.size()), bytes(ad),
            static_cast<unsigned long long>(ad.size()), bytes(nonce), wrap.data()) != 0 ||
        length != crypto_sign_SECRETKEYBYTES)
        return makeError(ErrorCode::AuthenticationFailed,
                         tr("The password does not open the signing key."));
    // The secret key holds its public half: it must be the one the trail recorded.
    unsigned char derived[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_ed25519_sk_to_pk(derived, secret->bytes());
    if (sodium_memcmp(derived, bytes(pub), crypto_sign_PUBLICKEYBYTES) != 0)
        return makeError(ErrorCode::Invalid,
                         tr("The stored signing key does not belong to the recorded public key."));
    return SecretKeyPtr(secret);
}

QString SigningKey::sign(const SecretKey& key, const QByteArray& message)
{
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()), nullptr, bytes(message),
                         static_cast<unsigned long long>(message.size()), key.bytes());
    return QString::fromLatin1(sig.toHex());
}

bool SigningKey::verify(const QString& publicKey, const QByteArray& message,
                        const QString& signature)
{
    const QByteArray pub = QByteArray::fromHex(publicKey.toLatin1());
    const QByteArray sig = QByteArray::fromHex(signature.toLatin1());
    if (!ensureSodium() || pub.size() != crypto_sign_PUBLICKEYBYTES ||
        sig.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(bytes(sig), bytes(message),
                                       static_cast<unsigned long long>(message.size()),
                                       bytes(pub)) == 0;
}

} // namespace td
