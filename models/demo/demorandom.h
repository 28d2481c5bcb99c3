#pragma once

#include <QString>
#include <QtGlobal>

#include <array>
#include <cstddef>

namespace VenueMap::Core {

// The demo generator's own PRNG (splitmix64 seeding xoshiro256**): the same seed gives the same
// sequence on every platform and compiler, which std distributions do not promise.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed);
    // An independent stream for row `index` of `kind` (so each row is generated on its own).
    static DemoRandom forRow(quint64 seed, quint64 kind, quint64 index);

    quint64 next();
    // Uniform in [0, bound); bound > 0.
    quint64 below(quint64 bound);
    // Uniform in [low, high], inclusive.
    qint64 between(qint64 low, qint64 high);
    // True with probability percent/100.
    bool percent(int percent) { return below(100) < quint64(percent); }
    // A canonical lowercase UUID in the version-4 layout, built from the stream.
    QString uuid();

    template <typename T, std::size_t N> const T &pick(const std::array<T, N> &items)
    {
        return items[below(N)];
    }
    template <typename T, std::size_t N> const T &pick(const T (&items)[N])
    {
        return items[below(N)];
    }

private:
    std::array<quint64, 4> m_s {};
};

} // namespace VenueMap::Core
