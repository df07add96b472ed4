#include "storage/CryptVfs.h"

#include "storage/FileOps.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>
#include <cstring>
#include <mutex>
#include <optional>
#include <sodium.h>
#include <sqlite3.h>
#include <string>
#include <unordered_map>
#include <vector>

// The design, the file layout and what the VFS guarantees: docs/encryption.md.

namespace td {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

constexpr char magic[16] = {'T', 'r', 'i', 'a', 'l', 'D', 'e',  's',
                            'k', 'C', 'r', 'y', 'p', 't', '\0', '\1'};
constexpr quint32 formatVersion = 1;
constexpr int immutableSize = 48; // magic, version, page size, reserve, file id
constexpr int nonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int tagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
static_assert(nonceSize + tagSize == CryptVfs::reserveBytes);

// Custom file-control opcodes of this VFS (SQLite leaves numbers above its own to VFSes).
constexpr int fcntlReadHeader = 0x7d5e0001;
constexpr int fcntlWriteHeader = 0x7d5e0002;

// The kind of file, bound into every page's associated data so that a page cannot be moved
// from the log into the database or between page numbers.
enum class Kind : char {
    Main = 'M',
    Wal = 'W',
    Journal = 'J',
    Plain = 'P',  // super-journals: file names only, passed through
    Memory = 'T', // temporary files: held in memory
};

void associatedData(unsigned char out[8], Kind kind, quint32 pgno)
{
    out[0] = 'T';
    out[1] = 'D';
    out[2] = 1;
    out[3] = static_cast<unsigned char>(kind);
    qToBigEndian(pgno, out + 4);
}

// Seals one page in place: the first P-40 bytes become ciphertext, the last 40 the nonce
// and the tag.
void sealPage(unsigned char* page, int size, Kind kind, quint32 pgno, const DataKey& key)
{
    unsigned char ad[8];
    associatedData(ad, kind, pgno);
    const int body = size - CryptVfs::reserveBytes;
    unsigned char* nonce = page + body;
    randombytes_buf(nonce, nonceSize);
    crypto_aead_xchacha20poly1305_ietf_encrypt_detached(page, page + body + nonceSize, nullptr,
                                                        page, static_cast<unsigned long long>(body),
                                                        ad, sizeof ad, nullptr, nonce, key.bytes());
}

// Opens one page in place; false (and the page wiped) when it fails authentication. The
// reserved bytes read back as zeros, as SQLite wrote them, so the log's checksums hold.
bool openPage(unsigned char* page, int size, Kind kind, quint32 pgno, const DataKey& key)
{
    unsigned char ad[8];
    associatedData(ad, kind, pgno);
    const int body = size - CryptVfs::reserveBytes;
    const bool ok = crypto_aead_xchacha20poly1305_ietf_decrypt_detached(
                        page, nullptr, page, static_cast<unsigned long long>(body),
                        page + body + nonceSize, ad, sizeof ad, page + body, key.bytes()) == 0;
    if (!ok)
        sodium_memzero(page, static_cast<size_t>(size));
    else
        sodium_memzero(page + body, CryptVfs::reserveBytes);
    return ok;
}

// --- The registry of keys granted to connections --------------------------------------------

struct Registry
{
    std::mutex mutex;
    std::unordered_map<std::string, DataKeyPtr> keys;
};

Registry& registry()
{
    static Registry r;
    return r;
}

DataKeyPtr grantedKey(const char* token)
{
    if (!token)
        return nullptr;
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    auto it = r.keys.find(token);
    return it == r.keys.end() ? nullptr : it->second;
}

struct Damage
{
    bool set = false;
    char kind = 0;
    quint32 pgno = 0;
    std::string file;
};
thread_local Damage lastDamageInThread;

void noteDamage(Kind kind, quint32 pgno, const char* file)
{
    lastDamageInThread = Damage{true, static_cast<char>(kind), pgno, file ? file : ""};
    sqlite3_log(SQLITE_IOERR_DATA, "trialdesk-crypt: page %u (%c) of %s failed authentication",
                pgno, static_cast<char>(kind), file ? file : "?");
}

// --- Files -----------------------------------------------------------------------------------

struct FileState
{
    Kind kind = Kind::Plain;
    DataKeyPtr key;
    std::string path;
    std::vector<unsigned char> scratch;
    std::vector<unsigned char> memory; // Kind::Memory: the file's content
};

struct CryptFile
{
    sqlite3_file base;
    FileState* state;
    sqlite3_file* real() { return reinterpret_cast<sqlite3_file*>(this + 1); }
};
static_assert(sizeof(CryptFile) % 8 == 0);

CryptFile* cf(sqlite3_file* f)
{
    return reinterpret_cast<CryptFile*>(f);
}

sqlite3_vfs* baseVfs()
{
    static sqlite3_vfs* base = sqlite3_vfs_find(nullptr);
    return base;
}

constexpr sqlite3_int64 headerRegion = CryptHeader::regionSize;
constexpr int P = CryptVfs::pageSize;
constexpr sqlite3_int64 walHeader = 32;
constexpr sqlite3_int64 frameHeader = 24;
constexpr sqlite3_int64 frameSize = P + frameHeader;

int realRead(CryptFile* p, void* buf, int amt, sqlite3_int64 off)
{
    return p->real()->pMethods->xRead(p->real(), buf, amt, off);
}

int realWrite(CryptFile* p, const void* buf, int amt, sqlite3_int64 off)
{
    return p->real()->pMethods->xWrite(p->real(), buf, amt, off);
}

sqlite3_int64 realSize(CryptFile* p)
{
    sqlite3_int64 size = 0;
    if (p->real()->pMethods->xFileSize(p->real(), &size) != SQLITE_OK)
        return -1;
    return size;
}

quint32 readPgno(CryptFile* p, sqlite3_int64 at)
{
    unsigned char b[4] = {0, 0, 0, 0};
    if (realRead(p, b, 4, at) != SQLITE_OK)
        return 0;
    return qFromBigEndian<quint32>(b);
}

// Main database file: SQLite's offset 0 is the file's offset headerRegion.
int mainRead(CryptFile* p, unsigned char* buf, int amt, sqlite3_int64 off)
{
    FileState& s = *p->state;
    const sqlite3_int64 end = off + amt;
    if (off % P != 0 || amt % P != 0) // part of a page: what is not read stays zeros
        std::memset(buf, 0, static_cast<size_t>(amt));
    bool shortRead = false;
    for (sqlite3_int64 page = off / P * P; page < end; page += P) {
        const quint32 pgno = static_cast<quint32>(page / P + 1);
        const bool whole = page >= off && page + P <= end;
        unsigned char* target = whole ? buf + (page - off) : s.scratch.data();
        const int rc = realRead(p, target, P, page + headerRegion);
        if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
            return rc;
        if (rc == SQLITE_IOERR_SHORT_READ) { // beyond the end, or a page cut short: no page
            sodium_memzero(target, P);
            shortRead = true;
            continue;
        }
        if (!openPage(target, P, Kind::Main, pgno, *s.key)) {
            noteDamage(Kind::Main, pgno, s.path.c_str());
            return SQLITE_IOERR_DATA;
        }
        if (!whole) {
            const sqlite3_int64 from = std::max(off, page);
            const sqlite3_int64 to = std::min(end, page + P);
            std::memcpy(buf + (from - off), s.scratch.data() + (from - page),
                        static_cast<size_t>(to - from));
            sodium_memzero(s.scratch.data(), P);
        }
    }
    return shortRead ? SQLITE_IOERR_SHORT_READ : SQLITE_OK;
}

int mainWrite(CryptFile* p, const unsigned char* buf, int amt, sqlite3_int64 off)
{
    FileState& s = *p->state;
    if (off % P != 0 || amt % P != 0 || amt == 0) {
        sqlite3_log(SQLITE_IOERR_WRITE,
                    "trialdesk-crypt: a write of %d bytes at %lld is not whole pages of %d bytes",
                    amt, static_cast<long long>(off), P);
        return SQLITE_IOERR_WRITE;
    }
    for (int done = 0; done < amt; done += P) {
        const sqlite3_int64 page = off + done;
        if (page == 0) {
            // Page 1 must promise the page size and the 40 reserved bytes the cipher needs.
            const unsigned char* h = buf + done;
            const int size = (h[16] << 8 | h[17]) == 1 ? 65536 : (h[16] << 8 | h[17]);
            if (size != P || h[20] != CryptVfs::reserveBytes) {
                sqlite3_log(SQLITE_IOERR_WRITE,
                            "trialdesk-crypt: page 1 has page size %d and %d reserved bytes", size,
                            h[20]);
                return SQLITE_IOERR_WRITE;
            }
        }
        std::memcpy(s.scratch.data(), buf + done, P);
        sealPage(s.scratch.data(), P, Kind::Main, static_cast<quint32>(page / P + 1), *s.key);
        const int rc = realWrite(p, s.scratch.data(), P, page + headerRegion);
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

// The page of WAL frame `k` (0-based) starts at pageStart(k).
sqlite3_int64 pageStart(sqlite3_int64 k)
{
    return walHeader + k * frameSize + frameHeader;
}

// A frame whose page fails authentication while the log is read from its start (SQLite's
// recovery reads whole frames) is the torn end of a write cut off by a crash only when no
// later frame of the same log generation commits; otherwise committed data was changed.
bool laterCommitExists(CryptFile* p, sqlite3_int64 k)
{
    FileState& s = *p->state;
    unsigned char head[walHeader];
    if (realRead(p, head, walHeader, 0) != SQLITE_OK)
        return false;
    const sqlite3_int64 size = realSize(p);
    std::vector<unsigned char> frame(static_cast<size_t>(frameSize));
    for (sqlite3_int64 j = k + 1; pageStart(j) + P <= size; ++j) {
        if (realRead(p, frame.data(), static_cast<int>(frameSize), pageStart(j) - frameHeader) !=
            SQLITE_OK)
            return false;
        if (std::memcmp(frame.data() + 8, head + 16, 8) != 0)
            continue; // another generation's frame
        const quint32 pgno = qFromBigEndian<quint32>(frame.data());
        const quint32 commit = qFromBigEndian<quint32>(frame.data() + 4);
        if (commit != 0 && openPage(frame.data() + frameHeader, P, Kind::Wal, pgno, *s.key))
            return true;
    }
    return false;
}

int walRead(CryptFile* p, unsigned char* buf, int amt, sqlite3_int64 off)
{
    FileState& s = *p->state;
    int rc = realRead(p, buf, amt, off);
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
        return rc;
    const sqlite3_int64 end = off + amt;
    const sqlite3_int64 size = rc == SQLITE_IOERR_SHORT_READ ? realSize(p) : end;
    const sqlite3_int64 first = off <= walHeader ? 0 : (off - walHeader) / frameSize;
    for (sqlite3_int64 k = first; pageStart(k) < end; ++k) {
        const sqlite3_int64 page = pageStart(k);
        if (page + P <= off)
            continue;
        if (page + P > size) {
            // Beyond the end of the file: what SQLite reads there is zeros.
            const sqlite3_int64 from = std::max(off, page);
            if (from < end)
                std::memset(buf + (from - off), 0, static_cast<size_t>(end - from));
            break;
        }
        const bool whole = page >= off && page + P <= end;
        const bool headerInBuffer = page - frameHeader >= off;
        unsigned char* target = whole ? buf + (page - off) : s.scratch.data();
        if (!whole && realRead(p, target, P, page) != SQLITE_OK)
            return SQLITE_IOERR_READ;
        const quint32 pgno = headerInBuffer
                                 ? qFromBigEndian<quint32>(buf + (page - frameHeader - off))
                                 : readPgno(p, page - frameHeader);
        if (!openPage(target, P, Kind::Wal, pgno, *s.key)) {
            noteDamage(Kind::Wal, pgno, s.path.c_str());
            // SQLite reading whole frames from the log's start finds the log's end this way:
            // the zeroed page fails its checksum, as a torn write would.
            if (!(whole && headerInBuffer) || laterCommitExists(p, k))
                return SQLITE_IOERR_DATA;
        }
        if (!whole) {
            const sqlite3_int64 from = std::max(off, page);
            const sqlite3_int64 to = std::min(end, page + P);
            std::memcpy(buf + (from - off), s.scratch.data() + (from - page),
                        static_cast<size_t>(to - from));
            sodium_memzero(s.scratch.data(), P);
        }
    }
    return rc;
}

int walWrite(CryptFile* p, const unsigned char* buf, int amt, sqlite3_int64 off)
{
    FileState& s = *p->state;
    // SQLite writes the log's header, each frame's header and each frame's page apart.
    const bool isPage = amt == P && off >= walHeader + frameHeader &&
                        (off - walHeader - frameHeader) % frameSize == 0;
    if (!isPage) {
        const sqlite3_int64 first = off <= walHeader ? 0 : (off - walHeader) / frameSize;
        for (sqlite3_int64 k = first; pageStart(k) < off + amt; ++k) {
            if (pageStart(k) + P > off) {
                sqlite3_log(
                    SQLITE_IOERR_WRITE,
                    "trialdesk-crypt: a log write of %d bytes at %lld covers part of a page", amt,
                    static_cast<long long>(off));
                return SQLITE_IOERR_WRITE;
            }
        }
        return realWrite(p, buf, amt, off);
    }
    // The reserved bytes are zeros in SQLite's pages (it never uses them); the frame's checksum
    // covers them, so they must read back as written.
    for (int i = P - CryptVfs::reserveBytes; i < P; ++i) {
        if (buf[i] != 0) {
            sqlite3_log(SQLITE_IOERR_WRITE, "trialdesk-crypt: a page's reserved bytes are in use");
            return SQLITE_IOERR_WRITE;
        }
    }
    const quint32 pgno = readPgno(p, off - frameHeader);
    std::memcpy(s.scratch.data(), buf, P);
    sealPage(s.scratch.data(), P, Kind::Wal, pgno, *s.key);
    return realWrite(p, s.scratch.data(), P, off);
}

// Rollback journal: each record is the page number (4 bytes), the page (one write of exactly
// one page) and a checksum; headers and super-journal names are never a page long.
int journalRead(CryptFile* p, unsigned char* buf, int amt, sqlite3_int64 off)
{
    FileState& s = *p->state;
    const int rc = realRead(p, buf, amt, off);
    if (rc != SQLITE_OK || amt != P || off < 4)
        return rc;
    const quint32 pgno = readPgno(p, off - 4);
    if (!openPage(buf, P, Kind::Journal, pgno, *s.key))
        noteDamage(Kind::Journal, pgno, s.path.c_str()); // zeros: the record's checksum fails
    return rc;
}

int journalWrite(CryptFile* p, const unsigned char* buf, int amt, sqlite3_int64 off)
{
    FileState& s = *p->state;
    if (amt != P)
        return realWrite(p, buf, amt, off);
    if (off < 4)
        return SQLITE_IOERR_WRITE;
    const quint32 pgno = readPgno(p, off - 4);
    std::memcpy(s.scratch.data(), buf, P);
    sealPage(s.scratch.data(), P, Kind::Journal, pgno, *s.key);
    return realWrite(p, s.scratch.data(), P, off);
}

// --- I/O methods ------------------------------------------------------------------------------

int xClose(sqlite3_file* f)
{
    CryptFile* p = cf(f);
    int rc = SQLITE_OK;
    if (p->state->kind != Kind::Memory && p->real()->pMethods)
        rc = p->real()->pMethods->xClose(p->real());
    if (!p->state->memory.empty())
        sodium_memzero(p->state->memory.data(), p->state->memory.size());
    if (!p->state->scratch.empty())
        sodium_memzero(p->state->scratch.data(), p->state->scratch.size());
    delete p->state;
    p->state = nullptr;
    return rc;
}

int xRead(sqlite3_file* f, void* buf, int amt, sqlite3_int64 off)
{
    CryptFile* p = cf(f);
    auto* b = static_cast<unsigned char*>(buf);
    switch (p->state->kind) {
    case Kind::Main:
        return mainRead(p, b, amt, off);
    case Kind::Wal:
        return walRead(p, b, amt, off);
    case Kind::Journal:
        return journalRead(p, b, amt, off);
    case Kind::Memory: {
        const auto& m = p->state->memory;
        const sqlite3_int64 have = static_cast<sqlite3_int64>(m.size());
        const sqlite3_int64 n =
            std::max<sqlite3_int64>(0, std::min<sqlite3_int64>(amt, have - off));
        if (n > 0)
            std::memcpy(b, m.data() + off, static_cast<size_t>(n));
        if (n < amt) {
            std::memset(b + n, 0, static_cast<size_t>(amt - n));
            return SQLITE_IOERR_SHORT_READ;
        }
        return SQLITE_OK;
    }
    case Kind::Plain:
        break;
    }
    return realRead(p, buf, amt, off);
}

void growMemory(std::vector<unsigned char>& m, size_t size)
{
    if (size <= m.size())
        return;
    if (size > m.capacity()) {
        // Wipe the old block before the vector lets it go.
        std::vector<unsigned char> bigger;
        bigger.reserve(std::max(size, m.capacity() * 2));
        bigger.assign(m.begin(), m.end());
        if (!m.empty())
            sodium_memzero(m.data(), m.size());
        m.swap(bigger);
    }
    m.resize(size, 0);
}

int xWrite(sqlite3_file* f, const void* buf, int amt, sqlite3_int64 off)
{
    CryptFile* p = cf(f);
    const auto* b = static_cast<const unsigned char*>(buf);
    switch (p->state->kind) {
    case Kind::Main:
        return mainWrite(p, b, amt, off);
    case Kind::Wal:
        return walWrite(p, b, amt, off);
    case Kind::Journal:
        return journalWrite(p, b, amt, off);
    case Kind::Memory: {
        auto& m = p->state->memory;
        try {
            growMemory(m, static_cast<size_t>(off + amt));
        } catch (const std::bad_alloc&) {
            return SQLITE_IOERR_NOMEM;
        }
        std::memcpy(m.data() + off, b, static_cast<size_t>(amt));
        return SQLITE_OK;
    }
    case Kind::Plain:
        break;
    }
    return realWrite(p, buf, amt, off);
}

int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    CryptFile* p = cf(f);
    if (p->state->kind == Kind::Memory) {
        auto& m = p->state->memory;
        if (static_cast<size_t>(size) < m.size()) {
            sodium_memzero(m.data() + size, m.size() - static_cast<size_t>(size));
            m.resize(static_cast<size_t>(size));
        }
        return SQLITE_OK;
    }
    if (p->state->kind == Kind::Main)
        size += headerRegion;
    return p->real()->pMethods->xTruncate(p->real(), size);
}

// A method that a temporary file in memory answers with SQLITE_OK, and any other file passes
// to the real file.
template <auto Method, typename... A> int forward(sqlite3_file* f, A... args)
{
    CryptFile* p = cf(f);
    if (p->state->kind == Kind::Memory)
        return SQLITE_OK;
    return (p->real()->pMethods->*Method)(p->real(), args...);
}

int xSync(sqlite3_file* f, int flags)
{
    return forward<&sqlite3_io_methods::xSync>(f, flags);
}

int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    CryptFile* p = cf(f);
    if (p->state->kind == Kind::Memory) {
        *size = static_cast<sqlite3_int64>(p->state->memory.size());
        return SQLITE_OK;
    }
    const int rc = p->real()->pMethods->xFileSize(p->real(), size);
    if (rc == SQLITE_OK && p->state->kind == Kind::Main)
        *size = std::max<sqlite3_int64>(0, *size - headerRegion);
    return rc;
}

int xLock(sqlite3_file* f, int level)
{
    return forward<&sqlite3_io_methods::xLock>(f, level);
}

int xUnlock(sqlite3_file* f, int level)
{
    return forward<&sqlite3_io_methods::xUnlock>(f, level);
}

int xCheckReservedLock(sqlite3_file* f, int* out)
{
    CryptFile* p = cf(f);
    if (p->state->kind == Kind::Memory) {
        *out = 0;
        return SQLITE_OK;
    }
    return p->real()->pMethods->xCheckReservedLock(p->real(), out);
}

int headerControl(CryptFile* p, int op, void* arg)
{
    auto* region = static_cast<QByteArray*>(arg);
    if (op == fcntlReadHeader) {
        region->resize(CryptHeader::regionSize);
        return realRead(p, region->data(), CryptHeader::regionSize, 0);
    }
    // fcntlWriteHeader: `region` is one encoded copy; it replaces the older copy.
    QByteArray current(CryptHeader::regionSize, '\0');
    int rc = realRead(p, current.data(), CryptHeader::regionSize, 0);
    if (rc != SQLITE_OK)
        return rc;
    int newer = 0;
    if (!CryptHeader::decode(current, &newer).ok())
        return SQLITE_IOERR_READ;
    const int target = 1 - newer;
    rc = realWrite(p, region->constData(), CryptHeader::copySize,
                   static_cast<sqlite3_int64>(target) * CryptHeader::copySize);
    if (rc != SQLITE_OK)
        return rc;
    return p->real()->pMethods->xSync(p->real(), SQLITE_SYNC_FULL);
}

int xFileControl(sqlite3_file* f, int op, void* arg)
{
    CryptFile* p = cf(f);
    if (p->state->kind == Kind::Memory)
        return SQLITE_NOTFOUND;
    if (p->state->kind == Kind::Main && (op == fcntlReadHeader || op == fcntlWriteHeader))
        return headerControl(p, op, arg);
    if (op == SQLITE_FCNTL_SIZE_HINT && p->state->kind == Kind::Main) {
        sqlite3_int64 hint = *static_cast<sqlite3_int64*>(arg) + headerRegion;
        return p->real()->pMethods->xFileControl(p->real(), op, &hint);
    }
    if (op == SQLITE_FCNTL_MMAP_SIZE) // pages are decrypted on read: never mapped
        return SQLITE_NOTFOUND;
    const int rc = p->real()->pMethods->xFileControl(p->real(), op, arg);
    if (op == SQLITE_FCNTL_VFSNAME && rc == SQLITE_OK) {
        char** out = static_cast<char**>(arg);
        *out = sqlite3_mprintf("%s/%z", CryptVfs::name(), *out);
    }
    return rc;
}

int xSectorSize(sqlite3_file* f)
{
    CryptFile* p = cf(f);
    if (p->state->kind == Kind::Memory)
        return 4096;
    return p->real()->pMethods->xSectorSize(p->real());
}

int xDeviceCharacteristics(sqlite3_file* f)
{
    CryptFile* p = cf(f);
    if (p->state->kind == Kind::Memory)
        return SQLITE_IOCAP_POWERSAFE_OVERWRITE;
    // Whole-page writes only, no atomic multi-page writes: SQLite keeps its journal protocol.
    const int dc = p->real()->pMethods->xDeviceCharacteristics(p->real());
    return dc &
           (SQLITE_IOCAP_POWERSAFE_OVERWRITE | SQLITE_IOCAP_SAFE_APPEND | SQLITE_IOCAP_SEQUENTIAL |
            SQLITE_IOCAP_UNDELETABLE_WHEN_OPEN | SQLITE_IOCAP_IMMUTABLE);
}

int xShmMap(sqlite3_file* f, int page, int size, int extend, void volatile** out)
{
    CryptFile* p = cf(f);
    return p->real()->pMethods->xShmMap(p->real(), page, size, extend, out);
}

int xShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    CryptFile* p = cf(f);
    return p->real()->pMethods->xShmLock(p->real(), offset, n, flags);
}

void xShmBarrier(sqlite3_file* f)
{
    CryptFile* p = cf(f);
    p->real()->pMethods->xShmBarrier(p->real());
}

int xShmUnmap(sqlite3_file* f, int deleteFlag)
{
    CryptFile* p = cf(f);
    return p->real()->pMethods->xShmUnmap(p->real(), deleteFlag);
}

// Version 2: shared memory for the log's index, but no memory-mapped pages (xFetch would
// hand SQLite the ciphertext).
const sqlite3_io_methods cryptMethods = {2,
                                         xClose,
                                         xRead,
                                         xWrite,
                                         xTruncate,
                                         xSync,
                                         xFileSize,
                                         xLock,
                                         xUnlock,
                                         xCheckReservedLock,
                                         xFileControl,
                                         xSectorSize,
                                         xDeviceCharacteristics,
                                         xShmMap,
                                         xShmLock,
                                         xShmBarrier,
                                         xShmUnmap,
                                         nullptr,
                                         nullptr};

// --- The VFS ----------------------------------------------------------------------------------

Kind kindOf(const char* name, int flags)
{
    if (!name || (flags & (SQLITE_OPEN_TEMP_DB | SQLITE_OPEN_TEMP_JOURNAL | SQLITE_OPEN_SUBJOURNAL |
                           SQLITE_OPEN_TRANSIENT_DB | SQLITE_OPEN_DELETEONCLOSE)))
        return Kind::Memory;
    if (flags & SQLITE_OPEN_MAIN_DB)
        return Kind::Main;
    if (flags & SQLITE_OPEN_WAL)
        return Kind::Wal;
    if (flags & SQLITE_OPEN_MAIN_JOURNAL)
        return Kind::Journal;
    return Kind::Plain;
}

int vfsOpen(sqlite3_vfs*, const char* name, sqlite3_file* f, int flags, int* outFlags)
{
    CryptFile* p = cf(f);
    p->base.pMethods = nullptr;
    auto state = std::make_unique<FileState>();
    state->kind = kindOf(name, flags);
    if (state->kind == Kind::Memory) {
        p->state = state.release();
        p->base.pMethods = &cryptMethods;
        if (outFlags)
            *outFlags = flags;
        return SQLITE_OK;
    }
    const char* database = state->kind == Kind::Main ? name : sqlite3_filename_database(name);
    state->path = database ? database : "";
    state->key = grantedKey(database ? sqlite3_uri_parameter(database, "tdkey") : nullptr);
    if (!state->key && state->kind != Kind::Plain) {
        sqlite3_log(SQLITE_CANTOPEN, "trialdesk-crypt: no key was given for %s", name);
        return SQLITE_CANTOPEN;
    }
    state->scratch.assign(P, 0);
    int rc = baseVfs()->xOpen(baseVfs(), name, p->real(), flags, outFlags);
    if (rc != SQLITE_OK)
        return rc;
    p->state = state.release();
    p->base.pMethods = &cryptMethods;
    if (p->state->kind != Kind::Main)
        return SQLITE_OK;
    // The header must be there, whole, of this page size, and made for this key.
    QByteArray region(CryptHeader::regionSize, '\0');
    rc = realRead(p, region.data(), CryptHeader::regionSize, 0);
    Result<CryptHeader> header = makeError(ErrorCode::Invalid, QString());
    if (rc == SQLITE_OK)
        header = CryptHeader::decode(region);
    if (!header.ok() || header->pageSize != P || !header->opens(*p->state->key)) {
        sqlite3_log(SQLITE_CANTOPEN, "trialdesk-crypt: %s has no header for this key", name);
        xClose(f);
        p->base.pMethods = nullptr;
        return header.ok() ? SQLITE_AUTH : SQLITE_NOTADB;
    }
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return baseVfs()->xDelete(baseVfs(), name, syncDir);
}
int vfsAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return baseVfs()->xAccess(baseVfs(), name, flags, out);
}
int vfsFullPathname(sqlite3_vfs*, const char* name, int n, char* out)
{
    return baseVfs()->xFullPathname(baseVfs(), name, n, out);
}
void* vfsDlOpen(sqlite3_vfs*, const char* name)
{
    return baseVfs()->xDlOpen(baseVfs(), name);
}
void vfsDlError(sqlite3_vfs*, int n, char* out)
{
    baseVfs()->xDlError(baseVfs(), n, out);
}
void (*vfsDlSym(sqlite3_vfs*, void* h, const char* sym))(void)
{
    return baseVfs()->xDlSym(baseVfs(), h, sym);
}
void vfsDlClose(sqlite3_vfs*, void* h)
{
    baseVfs()->xDlClose(baseVfs(), h);
}
int vfsRandomness(sqlite3_vfs*, int n, char* out)
{
    return baseVfs()->xRandomness(baseVfs(), n, out);
}
int vfsSleep(sqlite3_vfs*, int us)
{
    return baseVfs()->xSleep(baseVfs(), us);
}
int vfsCurrentTime(sqlite3_vfs*, double* out)
{
    return baseVfs()->xCurrentTime(baseVfs(), out);
}
int vfsGetLastError(sqlite3_vfs*, int n, char* out)
{
    return baseVfs()->xGetLastError ? baseVfs()->xGetLastError(baseVfs(), n, out) : 0;
}
int vfsCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return baseVfs()->xCurrentTimeInt64(baseVfs(), out);
}

sqlite3_vfs& cryptVfs()
{
    static sqlite3_vfs vfs = [] {
        sqlite3_vfs v{};
        v.iVersion = 2;
        v.szOsFile = static_cast<int>(sizeof(CryptFile)) + baseVfs()->szOsFile;
        v.mxPathname = baseVfs()->mxPathname;
        v.zName = "trialdesk-crypt";
        v.xOpen = vfsOpen;
        v.xDelete = vfsDelete;
        v.xAccess = vfsAccess;
        v.xFullPathname = vfsFullPathname;
        v.xDlOpen = vfsDlOpen;
        v.xDlError = vfsDlError;
        v.xDlSym = vfsDlSym;
        v.xDlClose = vfsDlClose;
        v.xRandomness = vfsRandomness;
        v.xSleep = vfsSleep;
        v.xCurrentTime = vfsCurrentTime;
        v.xGetLastError = vfsGetLastError;
        v.xCurrentTimeInt64 = vfsCurrentTimeInt64;
        return v;
    }();
    return vfs;
}

sqlite3_file* mainFile(sqlite3* db)
{
    sqlite3_file* f = nullptr;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &f) != SQLITE_OK || !f ||
        f->pMethods != &cryptMethods)
        return nullptr;
    return f;
}

QByteArray checksum(const char* data, int size)
{
    QByteArray out(32, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), 32,
                       reinterpret_cast<const unsigned char*>(data),
                       static_cast<unsigned long long>(size), nullptr, 0);
    return out;
}

} // namespace

// --- DataKey ----------------------------------------------------------------------------------

DataKey::DataKey()
{
    if (sodiumReady())
        m_bytes = static_cast<unsigned char*>(sodium_malloc(size));
}

DataKey::~DataKey()
{
    sodium_free(m_bytes); // wipes before it frees
}

DataKeyPtr DataKey::random()
{
    std::shared_ptr<DataKey> key(new DataKey());
    if (!key->m_bytes)
        return nullptr;
    crypto_aead_xchacha20poly1305_ietf_keygen(key->m_bytes);
    sodium_mprotect_readonly(key->m_bytes);
    return key;
}

DataKeyPtr DataKey::fromBytes(const unsigned char* bytes)
{
    std::shared_ptr<DataKey> key(new DataKey());
    if (!key->m_bytes)
        return nullptr;
    std::memcpy(key->m_bytes, bytes, size);
    sodium_mprotect_readonly(key->m_bytes);
    return key;
}

// --- CryptHeader ------------------------------------------------------------------------------

namespace {
QByteArray immutablePart(quint32 pageSize, const QByteArray& fileId)
{
    QByteArray out(immutableSize, '\0');
    auto* b = reinterpret_cast<unsigned char*>(out.data());
    std::memcpy(b, magic, sizeof magic);
    qToLittleEndian(formatVersion, b + 16);
    qToLittleEndian(pageSize, b + 20);
    qToLittleEndian(static_cast<quint32>(CryptVfs::reserveBytes), b + 24);
    std::memcpy(b + 32, fileId.constData(), 16);
    return out;
}
} // namespace

Result<CryptHeader> CryptHeader::make(const DataKey& key)
{
    if (!sodiumReady())
        return makeError(ErrorCode::Database, QStringLiteral("libsodium could not start"));
    CryptHeader h;
    h.pageSize = CryptVfs::pageSize;
    h.fileId = QByteArray(16, '\0');
    randombytes_buf(h.fileId.data(), 16);
    h.generation = 1;
    h.slotArea = QByteArray(slotAreaSize, '\0');
    h.keyCheck = QByteArray(nonceSize + tagSize, '\0');
    auto* nonce = reinterpret_cast<unsigned char*>(h.keyCheck.data());
    randombytes_buf(nonce, nonceSize);
    const QByteArray ad = immutablePart(h.pageSize, h.fileId);
    unsigned char none[1] = {0}; // the empty message
    crypto_aead_xchacha20poly1305_ietf_encrypt_detached(
        none, nonce + nonceSize, nullptr, none, 0,
        reinterpret_cast<const unsigned char*>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nullptr, nonce, key.bytes());
    return h;
}

bool CryptHeader::opens(const DataKey& key) const
{
    if (keyCheck.size() != nonceSize + tagSize || fileId.size() != 16)
        return false;
    const QByteArray ad = immutablePart(pageSize, fileId);
    const auto* nonce = reinterpret_cast<const unsigned char*>(keyCheck.constData());
    unsigned char none[1] = {0}; // the empty message
    return crypto_aead_xchacha20poly1305_ietf_decrypt_detached(
               none, nullptr, none, 0, nonce + nonceSize,
               reinterpret_cast<const unsigned char*>(ad.constData()),
               static_cast<unsigned long long>(ad.size()), nonce, key.bytes()) == 0;
}

QByteArray CryptHeader::encode() const
{
    QByteArray out(copySize, '\0');
    auto* b = reinterpret_cast<unsigned char*>(out.data());
    const QByteArray fixed = immutablePart(pageSize, fileId);
    std::memcpy(b, fixed.constData(), immutableSize);
    std::memcpy(b + immutableSize, keyCheck.constData(),
                static_cast<size_t>(std::min<qsizetype>(keyCheck.size(), nonceSize + tagSize)));
    qToLittleEndian(generation, b + immutableSize + nonceSize + tagSize);
    std::memcpy(b + slotOffset, slotArea.constData(),
                static_cast<size_t>(std::min<qsizetype>(slotArea.size(), slotAreaSize)));
    const QByteArray sum = checksum(out.constData(), copySize - 32);
    std::memcpy(b + copySize - 32, sum.constData(), 32);
    return out;
}

bool CryptHeader::hasMagic(const QByteArray& head)
{
    return head.size() >= 16 && std::memcmp(head.constData(), magic, sizeof magic) == 0;
}

Result<CryptHeader> CryptHeader::decode(const QByteArray& region, int* copyIndex)
{
    if (!sodiumReady())
        return makeError(ErrorCode::Database, QStringLiteral("libsodium could not start"));
    std::optional<CryptHeader> best;
    int bestIndex = -1;
    for (int i = 0; i < 2 && region.size() >= (i + 1) * copySize; ++i) {
        const char* c = region.constData() + i * copySize;
        const QByteArray copy(c, copySize);
        if (!hasMagic(copy) || checksum(c, copySize - 32) != copy.right(32))
            continue;
        const auto* b = reinterpret_cast<const unsigned char*>(c);
        if (qFromLittleEndian<quint32>(b + 16) != formatVersion ||
            qFromLittleEndian<quint32>(b + 24) != CryptVfs::reserveBytes)
            continue;
        CryptHeader h;
        h.pageSize = qFromLittleEndian<quint32>(b + 20);
        h.fileId = copy.mid(32, 16);
        h.keyCheck = copy.mid(immutableSize, nonceSize + tagSize);
        h.generation = qFromLittleEndian<quint64>(b + immutableSize + nonceSize + tagSize);
        h.slotArea = copy.mid(slotOffset, slotAreaSize);
        if (!best || h.generation > best->generation) {
            best = h;
            bestIndex = i;
        }
    }
    if (!best)
        return makeError(ErrorCode::Invalid,
                         CryptVfs::tr("The encrypted file's header is damaged in both copies."));
    if (copyIndex)
        *copyIndex = bestIndex;
    return *best;
}

// --- CryptVfs ---------------------------------------------------------------------------------

const char* CryptVfs::name()
{
    return "trialdesk-crypt";
}

bool CryptVfs::ensureRegistered()
{
    static const bool registered =
        sodiumReady() && baseVfs() && sqlite3_vfs_register(&cryptVfs(), 0) == SQLITE_OK;
    return registered;
}

CryptVfs::Grant::Grant(DataKeyPtr key)
{
    ensureRegistered();
    unsigned char raw[16];
    randombytes_buf(raw, sizeof raw);
    m_token =
        QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(raw), sizeof raw).toHex());
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    r.keys[m_token.toStdString()] = std::move(key);
}

CryptVfs::Grant::~Grant()
{
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    r.keys.erase(m_token.toStdString());
}

QString CryptVfs::Grant::uriParameters() const
{
    return QStringLiteral("vfs=%1&tdkey=%2").arg(QLatin1String(name()), m_token);
}

Status CryptVfs::createFile(const QString& path, const DataKey& key)
{
    auto header = CryptHeader::make(key);
    TD_TRY(header);
    return createFile(path, *header);
}

Status CryptVfs::createFile(const QString& path, const CryptHeader& header)
{
    if (!QFileInfo::exists(path))
        TD_TRY(FileOps::createPrivate(path));
    QFile file(path);
    if (file.size() != 0)
        return makeError(ErrorCode::Conflict,
                         tr("%1 is not empty: an encrypted trial is made only in a new file.")
                             .arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadWrite))
        return makeError(
            ErrorCode::Database,
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray copy = header.encode();
    if (file.write(copy) != copy.size() || file.write(copy) != copy.size() || !file.flush())
        return makeError(
            ErrorCode::Database,
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    file.close();
    FileOps::sync(path);
    return {};
}

Result<CryptHeader> CryptVfs::readHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Database,
            tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return CryptHeader::decode(file.read(CryptHeader::regionSize));
}

bool CryptVfs::isEncrypted(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && CryptHeader::hasMagic(file.read(16));
}

Status CryptVfs::prepareConnection(sqlite3* db)
{
    // Reads nothing (a damaged first page is reported by the first statement, not here).
    // Temporary files need no pragma: the VFS keeps every one of them in memory.
    if (!mainFile(db))
        return makeError(ErrorCode::Database,
                         QStringLiteral("the connection does not use the encrypting VFS"));
    int reserve = reserveBytes;
    sqlite3_file_control(db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
    return {};
}

Result<CryptHeader> CryptVfs::readOpenHeader(sqlite3* db)
{
    if (!mainFile(db))
        return makeError(ErrorCode::Database,
                         QStringLiteral("the connection does not use the encrypting VFS"));
    QByteArray region;
    if (sqlite3_file_control(db, "main", fcntlReadHeader, &region) != SQLITE_OK)
        return makeError(ErrorCode::Database, tr("Could not read the encrypted file's header."));
    return CryptHeader::decode(region);
}

Status CryptVfs::writeOpenHeader(sqlite3* db, const CryptHeader& header)
{
    if (!mainFile(db))
        return makeError(ErrorCode::Database,
                         QStringLiteral("the connection does not use the encrypting VFS"));
    auto current = readOpenHeader(db);
    TD_TRY(current);
    CryptHeader next = header;
    next.generation = current->generation + 1;
    QByteArray copy = next.encode();
    if (sqlite3_file_control(db, "main", fcntlWriteHeader, &copy) != SQLITE_OK)
        return makeError(ErrorCode::Database, tr("Could not write the encrypted file's header."));
    return {};
}

QString CryptVfs::lastDamage()
{
    const Damage& d = lastDamageInThread;
    if (!d.set)
        return {};
    const QString file = QDir::toNativeSeparators(QString::fromStdString(d.file));
    switch (static_cast<Kind>(d.kind)) {
    case Kind::Wal:
        return tr("Page %1 in the write-ahead log of %2 failed authentication: the file was "
                  "changed outside TrialDesk or is damaged.")
            .arg(d.pgno)
            .arg(file);
    case Kind::Journal:
        return tr("Page %1 in the rollback journal of %2 failed authentication: the file was "
                  "changed outside TrialDesk or is damaged.")
            .arg(d.pgno)
            .arg(file);
    default:
        return tr("Page %1 of %2 failed authentication: the file was changed outside TrialDesk or "
                  "is damaged.")
            .arg(d.pgno)
            .arg(file);
    }
}

void CryptVfs::clearDamage()
{
    lastDamageInThread = Damage{};
}

} // namespace td
