#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <memory>

struct sqlite3;

namespace td {

// A 32-byte data key in libsodium's guarded memory (sodium_malloc: locked into RAM, fenced by
// guard pages, wiped and freed by sodium_free when the last holder lets it go).
class DataKey
{
public:
    static constexpr size_t size = 32;
    // A new random key; null when libsodium cannot start or lock the memory.
    static std::shared_ptr<const DataKey> random();
    // A copy of `size` bytes (a key unwrapped from a key slot).
    static std::shared_ptr<const DataKey> fromBytes(const unsigned char* bytes);
    ~DataKey();
    DataKey(const DataKey&) = delete;
    DataKey& operator=(const DataKey&) = delete;
    const unsigned char* bytes() const { return m_bytes; }

private:
    DataKey();
    unsigned char* m_bytes = nullptr;
};
using DataKeyPtr = std::shared_ptr<const DataKey>;

// The plaintext header at the start of an encrypted trial file (docs/encryption.md). It is
// kept twice, each copy with a generation and a checksum, so an update cut off by a crash
// leaves the other copy whole. Only the page size, the file's id and a key check are fixed;
// the slot area holds the wrapped data keys (key slots), opaque to the VFS.
struct CryptHeader
{
    static constexpr int copySize = 32768;          // one copy
    static constexpr int regionSize = 2 * copySize; // both copies, before SQLite's page 1
    static constexpr int slotOffset = 96;           // the slot area within a copy
    static constexpr int slotAreaSize = copySize - slotOffset - 32; // less the checksum

    quint32 pageSize = 0;
    QByteArray fileId;   // 16 random bytes
    QByteArray keyCheck; // nonce and tag of an empty message sealed under the data key
    quint64 generation = 0;
    QByteArray slotArea; // slotAreaSize bytes

    // A new header for `key`: random file id, key check, empty slot area.
    static Result<CryptHeader> make(const DataKey& key);
    // Whether `key` is the key this header was made for.
    bool opens(const DataKey& key) const;
    // One copy's bytes (copySize) with its checksum.
    QByteArray encode() const;
    // The newer valid copy of a header region (regionSize bytes), or an error when neither
    // copy is whole. `copyIndex` says which copy was read (0 or 1).
    static Result<CryptHeader> decode(const QByteArray& region, int* copyIndex = nullptr);
    // Whether the first bytes are the header's magic (an encrypted trial file).
    static bool hasMagic(const QByteArray& head);
};

// A SQLite VFS shim ("trialdesk-crypt") that encrypts every page of a database file and of its
// write-ahead log and rollback journal with XChaCha20-Poly1305 (libsodium), the nonce and tag in
// each page's 40 reserved bytes, the page number and file kind bound as associated data. Temporary
// files (sorts, statement journals, temporary tables) are kept in memory and never reach the
// disk. A page that fails authentication is an error (SQLITE_IOERR_DATA), never read as data.
// See docs/encryption.md.
class CryptVfs
{
    Q_DECLARE_TR_FUNCTIONS(CryptVfs)

public:
    static constexpr int pageSize = 4096;
    static constexpr int reserveBytes = 40; // 24 nonce + 16 tag
    static const char* name();
    // Registers the VFS with SQLite (once per process; not as the default VFS).
    static bool ensureRegistered();

    // Makes `key` known to the VFS for connections whose URI carries the grant's token;
    // forgotten when the grant is destroyed (open files keep their own reference until closed).
    class Grant
    {
    public:
        explicit Grant(DataKeyPtr key);
        ~Grant();
        Grant(const Grant&) = delete;
        Grant& operator=(const Grant&) = delete;
        const QString& token() const { return m_token; }
        // "vfs=trialdesk-crypt&tdkey=TOKEN", to append to a file: URI.
        QString uriParameters() const;

    private:
        QString m_token;
    };

    // Writes a new header for `key` into an empty or missing file (its owner's alone, 0600).
    static Status createFile(const QString& path, const DataKey& key);
    // Writes `header` as it is (both copies) into an empty or missing file: a backup keeps
    // its trial's header, so the same key slots and recovery key open it.
    static Status createFile(const QString& path, const CryptHeader& header);
    // The header of an encrypted file, read without SQLite (before a connection opens it).
    static Result<CryptHeader> readHeader(const QString& path);
    // Whether the file starts with the encrypted trial header.
    static bool isEncrypted(const QString& path);

    // Prepares a new connection to an encrypted file: 40 reserved bytes per page for a file
    // that has no pages yet (and for VACUUM INTO another encrypted file).
    static Status prepareConnection(sqlite3* db);
    // Reads or replaces the header of an open encrypted database through its own file handle
    // (never another descriptor, which would drop SQLite's locks). The replacement goes to the
    // older copy with the next generation and is synced before this returns.
    static Result<CryptHeader> readOpenHeader(sqlite3* db);
    static Status writeOpenHeader(sqlite3* db, const CryptHeader& header);

    // What the last authentication failure in this thread was ("page 7 of the trial file ...
    // failed authentication"), empty when there was none; cleared by clearDamage().
    static QString lastDamage();
    static void clearDamage();
};

} // namespace td
