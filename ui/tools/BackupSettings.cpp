#include "tools/BackupSettings.h"

#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace td {

QString BackupSettings::group(const QString& settingsKey)
{
    // QSettings keys may not contain slashes.
    QString key = settingsKey;
    key.replace(QLatin1Char('/'), QLatin1Char('|'));
    return QStringLiteral("backup/") + key;
}

BackupSettings BackupSettings::load(const Database& db)
{
    BackupSettings b;
    if (db.isServer()) {
        b.onClose = false;
        b.folder.clear();
        return b;
    }
    QSettings settings;
    settings.beginGroup(group(db.settingsKey()));
    b.onClose = settings.value(QStringLiteral("onClose"), true).toBool();
    b.folder = settings
                   .value(QStringLiteral("folder"),
                          QFileInfo(db.path()).absoluteDir().filePath(QStringLiteral("backups")))
                   .toString();
    b.keep = settings.value(QStringLiteral("keep"), 10).toInt();
    return b;
}

void BackupSettings::save(const Database& db) const
{
    if (db.isServer())
        return;
    QSettings settings;
    settings.beginGroup(group(db.settingsKey()));
    settings.setValue(QStringLiteral("onClose"), onClose);
    settings.setValue(QStringLiteral("folder"), folder);
    settings.setValue(QStringLiteral("keep"), keep);
}

} // namespace td
