#include "storage/ScramVerifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace td {

namespace {
QByteArray hmac(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// PBKDF2-HMAC-SHA-256 for one output block (32 bytes), the length SCRAM-SHA-256 needs.
QByteArray pbkdf2(const QByteArray& password, const QByteArray& salt, int rounds)
{
    QByteArray u = hmac(password, salt + QByteArray("\x00\x00\x00\x01", 4));
    QByteArray out = u;
    for (int i = 1; i < rounds; ++i) {
        u = hmac(password, u);
        for (qsizetype b = 0; b < out.size(); ++b)
            out[b] = static_cast<char>(out[b] ^ u[b]);
    }
    return out;
}
} // namespace

QString ScramVerifier::make(const QString& password)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), 4);
    return make(password, salt, iterations);
}

QString ScramVerifier::make(const QString& password, const QByteArray& salt, int rounds)
{
    const QByteArray salted =
        pbkdf2(password.normalized(QString::NormalizationForm_KC).toUtf8(), salt, rounds);
    const QByteArray storedKey =
        QCryptographicHash::hash(hmac(salted, "Client Key"), QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, "Server Key");
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(rounds)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

} // namespace td
