#include "access/PasswordPolicy.h"

#include <QFile>
#include <QSet>

namespace td {

namespace {
const QSet<QString>& commonPasswords()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        QFile f(QStringLiteral(":/passwords/common-passwords.txt"));
        if (f.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = f.readAll().split('\n');
            s.reserve(lines.size());
            for (const QByteArray& line : lines)
                if (!line.isEmpty())
                    s.insert(QString::fromUtf8(line));
        }
        return s;
    }();
    return set;
}
} // namespace

bool PasswordPolicy::isCommon(const QString& password)
{
    return commonPasswords().contains(password.toLower());
}

Status PasswordPolicy::check(const QString& username, const QString& password)
{
    const auto refuse = [](const QString& why) {
        return makeError(ErrorCode::Invalid, why, QStringLiteral("password"));
    };
    // Characters as people count them, not UTF-16 units.
    if (password.toUcs4().size() < minLength)
        return refuse(tr("The password is too short: it has %1 characters and at least %2 are "
                         "required.")
                          .arg(password.toUcs4().size())
                          .arg(minLength));
    if (!username.isEmpty() && password.contains(username, Qt::CaseInsensitive))
        return refuse(tr("The password contains the user name \"%1\"; choose one that does not.")
                          .arg(username));
    if (isCommon(password))
        return refuse(tr("The password is one of the 10,000 most common passwords; choose one "
                         "that is harder to guess."));
    return {};
}

QString PasswordPolicy::describe()
{
    return tr("At least %1 characters, without the user name, and not a common password.")
        .arg(minLength);
}

} // namespace td
