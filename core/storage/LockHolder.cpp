#include "storage/LockHolder.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace td {

namespace {

class LockHolder
{
    Q_DECLARE_TR_FUNCTIONS(LockHolder)
};

// A descriptor per file, kept open for the life of the process: closing any descriptor of a
// file drops every POSIX lock this process holds on it, SQLite's own included.
int descriptor(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat st = {};
    if (::stat(name.constData(), &st) != 0)
        return -1;
    const QString key = QStringLiteral("%1:%2").arg(st.st_dev).arg(st.st_ino);
    static QMutex lock;
    static QHash<QString, int> open;
    QMutexLocker hold(&lock);
    if (auto it = open.constFind(key); it != open.constEnd())
        return *it;
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0)
        open.insert(key, fd);
    return fd;
}

// The process holding a lock that conflicts with ours on [start, start + length) of `path`.
pid_t holderOf(const QString& path, off_t start, off_t length)
{
    const int fd = descriptor(path);
    if (fd < 0)
        return 0;
    // A write lock first (a writer is the usual reason), then any lock.
    for (short type : {static_cast<short>(F_RDLCK), static_cast<short>(F_WRLCK)}) {
        struct flock probe = {};
        probe.l_type = type;
        probe.l_whence = SEEK_SET;
        probe.l_start = start;
        probe.l_len = length;
        if (::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK && probe.l_pid > 0)
            return probe.l_pid;
    }
    return 0;
}

} // namespace

QString lockHolder(const QString& databaseFile)
{
    // SQLite's lock bytes: the pending, reserved and shared bytes of the database file at
    // 1 GiB, and the write-ahead log's locks at byte 120 of the -shm file.
    constexpr off_t pendingByte = 0x40000000;
    pid_t pid = holderOf(databaseFile, pendingByte, 512 + 2);
    if (pid == 0)
        pid = holderOf(databaseFile + QStringLiteral("-shm"), 120, 8);
    if (pid == 0)
        return {};
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    QString name;
    if (comm.open(QIODevice::ReadOnly))
        name = QString::fromLocal8Bit(comm.readAll()).trimmed();
    if (name.isEmpty())
        return LockHolder::tr("process %1").arg(pid);
    return LockHolder::tr("%1 (process %2)").arg(name).arg(pid);
}

} // namespace td
