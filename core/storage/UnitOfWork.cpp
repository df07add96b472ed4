#include "storage/UnitOfWork.h"

#include <QRandomGenerator>
#include <QThread>

namespace td::UnitOfWork {

bool lostRace(const Database& db, const Error& error)
{
    // Only a refused statement is worth another attempt, and only when the server said why.
    return error.code == ErrorCode::Database && db.lastFailure() == SqlFailure::Serialization;
}

void backOff(int attempt)
{
    // 5-20 ms after the first failure, then twice as long each time (at most about 160 ms).
    const int base = 5 << (attempt - 1);
    const int jitter = static_cast<int>(QRandomGenerator::global()->bounded(3 * base + 1));
    QThread::msleep(static_cast<unsigned long>(base + jitter));
}

} // namespace td::UnitOfWork
