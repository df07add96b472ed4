#pragma once

#include <QByteArray>
#include <QIODevice>

namespace td {

// Collects many small writes (an XML writer writes every attribute on its own) and hands them
// to the target device in 1 MiB blocks: a file device's own buffering costs more per call than
// the export's work. flushAll() before committing the target; errorString() is the target's.
class BlockWriter final : public QIODevice
{
public:
    explicit BlockWriter(QIODevice& target) : m_target(target)
    {
        m_buffer.reserve(kBlock);
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    ~BlockWriter() override { flushAll(); }
    BlockWriter(const BlockWriter&) = delete;
    BlockWriter& operator=(const BlockWriter&) = delete;

    bool flushAll()
    {
        if (m_ok && !m_buffer.isEmpty()) {
            m_ok = m_target.write(m_buffer) == m_buffer.size();
            if (!m_ok)
                setErrorString(m_target.errorString());
        }
        m_buffer.clear();
        return m_ok;
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 length) override
    {
        if (!m_ok)
            return -1;
        m_buffer.append(data, length);
        if (m_buffer.size() >= kBlock)
            flushAll();
        return m_ok ? length : -1;
    }

private:
    static constexpr qsizetype kBlock = 1 << 20;
    QIODevice& m_target;
    QByteArray m_buffer;
    bool m_ok = true;
};

} // namespace td
