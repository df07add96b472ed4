#include "randomization/PermutedBlocks.h"

#include <QCryptographicHash>
#include <QStringList>
#include <algorithm>
#include <numeric>

namespace td {

std::uint64_t deriveSeed(std::uint64_t seed, const QString& label)
{
    const QByteArray input =
        QByteArray("td-seed/1\n") + QByteArray::number(seed) + '\n' + label.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(input, QCryptographicHash::Sha256);
    std::uint64_t out = 0;
    for (int i = 0; i < 8; ++i)
        out = (out << 8) | static_cast<std::uint8_t>(digest[i]);
    return out;
}

BlockStream::BlockStream(std::uint64_t seed, std::vector<int> ratios, std::vector<int> lengths)
    : m_random(seed), m_ratios(std::move(ratios)), m_lengths(std::move(lengths)),
      m_ratioSum(std::accumulate(m_ratios.begin(), m_ratios.end(), 0))
{}

int BlockStream::appendBlock(std::vector<BlockEntry>& out)
{
    const int length = m_lengths[static_cast<std::size_t>(m_random.below(m_lengths.size()))];
    std::vector<int> block;
    block.reserve(static_cast<std::size_t>(length));
    for (std::size_t k = 0; k < m_ratios.size(); ++k)
        block.insert(block.end(), static_cast<std::size_t>(length / m_ratioSum * m_ratios[k]),
                     static_cast<int>(k));
    m_random.shuffle(block);
    ++m_blocks;
    for (int arm : block)
        out.push_back({m_blocks, length, arm});
    return length;
}

int BlockStream::next()
{
    if (m_used == m_block.size()) {
        std::vector<BlockEntry> entries;
        appendBlock(entries);
        m_block.clear();
        for (const BlockEntry& e : entries)
            m_block.push_back(e.arm);
        m_used = 0;
    }
    return m_block[m_used++];
}

QString PermutedBlocks::ratioProblem(const std::vector<int>& ratios)
{
    if (ratios.size() < 2)
        return tr("Randomization needs at least two arms with ratio weights; the trial has %1.")
            .arg(ratios.size());
    for (int r : ratios)
        if (r < 1 || r > 100)
            return tr("Ratio weight %1 is not allowed: use whole numbers from 1 to 100.").arg(r);
    return {};
}

QString PermutedBlocks::lengthsProblem(const std::vector<int>& ratios, const QList<int>& lengths)
{
    if (const QString p = ratioProblem(ratios); !p.isEmpty())
        return p;
    const int sum = std::accumulate(ratios.begin(), ratios.end(), 0);
    QStringList ratioText;
    for (int r : ratios)
        ratioText << QString::number(r);
    const QString examples = QStringLiteral("%1, %2").arg(sum).arg(2 * sum);
    if (lengths.isEmpty())
        return tr("Permuted blocks need at least one block length: multiples of %1 (the sum of "
                  "the ratio %2), e.g. %3.")
            .arg(sum)
            .arg(ratioText.join(QLatin1Char(':')), examples);
    for (qsizetype i = 0; i < lengths.size(); ++i) {
        const int l = lengths[i];
        if (l < sum || l % sum != 0 || l > maxBlockLength)
            return tr("Block length %1 is not allowed for the ratio %2: every block length must "
                      "be a multiple of %3 (e.g. %4), at most %5.")
                .arg(l)
                .arg(ratioText.join(QLatin1Char(':')))
                .arg(sum)
                .arg(examples)
                .arg(maxBlockLength);
        if (lengths.indexOf(l) != i)
            return tr("Block length %1 is listed twice; list each allowed length once.").arg(l);
    }
    return {};
}

std::vector<int> PermutedBlocks::canonicalLengths(const QList<int>& lengths)
{
    std::vector<int> out(lengths.begin(), lengths.end());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace td
