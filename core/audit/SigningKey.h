#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace td {

// An Ed25519 secret key in guarded memory (libsodium's sodium_malloc: locked into RAM, fenced
// by guard pages, wiped when freed). Never copied, never written anywhere in the clear.
class SecretKey
{
public:
    SecretKey();
    ~SecretKey();
    SecretKey(const SecretKey&) = delete;
    SecretKey& operator=(const SecretKey&) = delete;

    bool valid() const { return m_bytes != nullptr; }
    unsigned char* bytes() { return m_bytes; }
    const unsigned char* bytes() const { return m_bytes; }

private:
    unsigned char* m_bytes = nullptr;
};

using SecretKeyPtr = std::shared_ptr<const SecretKey>;

struct SigningKeyPair
{
    QString publicKey; // hex, 32 bytes
    SecretKeyPtr secret;
};

// Each user's signing key (docs/audit.md). The public half is recorded in the audit trail when
// the user is created; the secret half is stored sealed: XChaCha20-Poly1305 under a key that
// Argon2id derives from the user's password, bound to the public half. The text form is
// self-describing: "td-sk1$<opslimit>$<memlimit>$<salt>$<nonce>$<ciphertext>" (hex fields).
class SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(SigningKey)

public:
    static Result<SigningKeyPair> generate();
    // Seals at the current PasswordHasher cost (the minimal one in tests and the demo).
    static Result<QString> seal(const SigningKeyPair& key, const QString& password);
    // AuthenticationFailed when the password does not open it; Invalid when it is malformed.
    static Result<SecretKeyPtr> unseal(const QString& sealed, const QString& publicKey,
                                       const QString& password);

    static QString sign(const SecretKey& key, const QByteArray& message); // hex, 64 bytes
    static bool verify(const QString& publicKey, const QByteArray& message,
                       const QString& signature);
};

} // namespace td
