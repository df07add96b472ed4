#include "tools/BackupSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace td {

namespace {
QString group(const QString& trialFile)
{
    // QSettings keys may not contain slashes.
    QString key = QFileInfo(trialFile).absoluteFilePath();
    key.replace(QLatin1Char('/'), QLatin1Char('|'));
    return QStringLiteral("backup/") + key;
}
} // namespace

BackupSettings BackupSettings::load(const QString& trialFile)
{
    QSettings settings;
    settings.beginGroup(group(trialFile));
    BackupSettings b;
    b.onClose = settings.value(QStringLiteral("onClose"), true).toBool();
    b.folder = settings
                   .value(QStringLiteral("folder"),
                          QFileInfo(trialFile).absoluteDir().filePath(QStringLiteral("backups")))
                   .toString();
    b.keep = settings.value(QStringLiteral("keep"), 10).toInt();
    return b;
}

void BackupSettings::save(const QString& trialFile) const
{
    QSettings settings;
    settings.beginGroup(group(trialFile));
    settings.setValue(QStringLiteral("onClose"), onClose);
    settings.setValue(QStringLiteral("folder"), folder);
    settings.setValue(QStringLiteral("keep"), keep);
}

} // namespace td
