#include "storage/FileOps.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace td {

namespace {

bool entryWritable(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat st = {};
    if (::stat(name.constData(), &st) != 0 || ::access(name.constData(), W_OK) != 0)
        return false;
    // access() says yes to the superuser whatever the mode; a file or folder someone made
    // read-only is still treated as read-only.
    return (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) != 0;
}

} // namespace

Result<QByteArray> FileOps::readWhole(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         tr("Cannot read %1: %2").arg(path, file.errorString()));
    QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::NotFound,
                         tr("Cannot read %1: %2").arg(path, file.errorString()));
    return data;
}

Status FileOps::createPrivate(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return makeError(
            errno == EEXIST ? ErrorCode::Conflict : ErrorCode::Invalid,
            tr("Cannot create the file %1: %2")
                .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(errno))));
    // The umask may only take bits away; make sure nothing else is there either.
    ::fchmod(fd, 0600);
    ::close(fd);
    return {};
}

QFileDevice::Permissions FileOps::umaskPermissions()
{
    // umask() can only be read by setting it: set and restore under a lock.
    static QMutex lock;
    mode_t mask = 0;
    {
        QMutexLocker hold(&lock);
        mask = ::umask(0077);
        ::umask(mask);
    }
    const mode_t mode = 0666 & ~mask;
    QFileDevice::Permissions p;
    if (mode & S_IRUSR)
        p |= QFileDevice::ReadOwner | QFileDevice::ReadUser;
    if (mode & S_IWUSR)
        p |= QFileDevice::WriteOwner | QFileDevice::WriteUser;
    if (mode & S_IRGRP)
        p |= QFileDevice::ReadGroup;
    if (mode & S_IWGRP)
        p |= QFileDevice::WriteGroup;
    if (mode & S_IROTH)
        p |= QFileDevice::ReadOther;
    if (mode & S_IWOTH)
        p |= QFileDevice::WriteOther;
    return p;
}

bool FileOps::writable(const QString& path)
{
    const QFileInfo info(path);
    return entryWritable(info.absoluteFilePath()) && entryWritable(info.absolutePath());
}

bool FileOps::sync(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

Status FileOps::place(const QString& from, const QString& to, bool replace)
{
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    auto failed = [&](int error) {
        return makeError(
            error == EEXIST ? ErrorCode::Conflict : ErrorCode::Invalid,
            error == EEXIST
                ? tr("%1 already exists; it was not replaced.").arg(QDir::toNativeSeparators(to))
                : tr("Cannot put the file in place as %1: %2")
                      .arg(QDir::toNativeSeparators(to),
                           QString::fromLocal8Bit(std::strerror(error))));
    };
    if (replace) {
        if (std::rename(source.constData(), target.constData()) != 0)
            return failed(errno);
        return {};
    }
    // A hard link fails when the name is taken, so nothing that appeared meanwhile is lost.
    if (::link(source.constData(), target.constData()) == 0) {
        ::unlink(source.constData());
        return {};
    }
    const int error = errno;
    if (error == EEXIST)
        return failed(error);
    // File systems without hard links: check, then rename (a narrow window remains there).
    if (QFileInfo::exists(to))
        return failed(EEXIST);
    if (std::rename(source.constData(), target.constData()) != 0)
        return failed(errno);
    return {};
}

bool FileOps::sameFile(const QString& a, const QString& b)
{
    struct stat sa = {};
    struct stat sb = {};
    if (::stat(QFile::encodeName(a).constData(), &sa) != 0 ||
        ::stat(QFile::encodeName(b).constData(), &sb) != 0)
        return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

} // namespace td
