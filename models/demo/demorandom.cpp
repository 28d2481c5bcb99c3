#include "demorandom.h"

namespace VenueMap::Core {

namespace {

quint64 splitmix64(quint64 &state)
{
    quint64 z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

DemoRandom::DemoRandom(quint64 seed)
{
    quint64 state = seed;
    for (quint64 &s : m_s)
        s = splitmix64(state);
}

DemoRandom DemoRandom::forRow(quint64 seed, quint64 kind, quint64 index)
{
    quint64 state = seed ^ (kind * 0xd1b54a32d192ed03ULL);
    const quint64 a = splitmix64(state);
    state = a ^ (index * 0x8cb92ba72f3d8dd7ULL);
    return DemoRandom(splitmix64(state));
}

quint64 DemoRandom::next()
{
    const quint64 result = rotl(m_s[1] * 5, 7) * 9;
    const quint64 t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

quint64 DemoRandom::below(quint64 bound)
{
    // Lemire's multiply-shift; the tiny bias is irrelevant for sample data and keeps it one draw.
    return quint64((static_cast<unsigned __int128>(next()) * bound) >> 64);
}

qint64 DemoRandom::between(qint64 low, qint64 high)
{
    return low + qint64(below(quint64(high - low) + 1));
}

QString DemoRandom::uuid()
{
    quint64 hi = next();
    quint64 lo = next();
    hi = (hi & 0xffffffffffff0fffULL) | 0x0000000000004000ULL; // version 4
    lo = (lo & 0x3fffffffffffffffULL) | 0x8000000000000000ULL; // RFC 4122 variant
    static const char hex[] = "0123456789abcdef";
    QChar out[36];
    int pos = 0;
    auto put = [&](quint64 v, int nibbles) {
        for (int i = nibbles - 1; i >= 0; --i)
            out[pos++] = QLatin1Char(hex[(v >> (i * 4)) & 0xf]);
    };
    put(hi >> 32, 8);
    out[pos++] = QLatin1Char('-');
    put(hi >> 16, 4);
    out[pos++] = QLatin1Char('-');
    put(hi, 4);
    out[pos++] = QLatin1Char('-');
    put(lo >> 48, 4);
    out[pos++] = QLatin1Char('-');
    put(lo, 12);
    return QString(out, 36);
}

} // namespace VenueMap::Core
