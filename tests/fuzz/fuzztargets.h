#pragma once

#include <QByteArray>
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

/// The fuzz targets of PAKN Desk. Each takes arbitrary bytes, feeds them to one input-facing part of the code
/// and checks the part's documented contract with PAKN_FUZZ_CHECK, which aborts (a crash to libFuzzer, a
/// failure to the replay test). A target returns 0 and never keeps state between inputs.
///
/// They are built twice: with clang and libFuzzer as one executable per target (fuzzmain.cpp,
/// scripts/fuzz.sh), and with the normal compiler into tst_fuzz_replay, which runs every seed and every
/// regression input.
namespace pakn::fuzz {

int answers(const uint8_t *data, size_t size);   ///< decoding of every server answer (wirecodec, reference)
int search(const uint8_t *data, size_t size);    ///< the search-query builder, checked against real FTS5
int filenames(const uint8_t *data, size_t size); ///< attachment-name sanitising
int calendar(const uint8_t *data, size_t size);  ///< working days, deadlines, lunar dates, policies
int request(const uint8_t *data, size_t size);   ///< pakn-server's request parsing
int problems(const uint8_t *data, size_t size);  ///< how a refusal is read: status, Retry-After, problem

/// Reads fixed-size values off the front of the input; past its end every value is 0.
class ByteReader
{
public:
    ByteReader(const uint8_t *data, size_t size)
        : m_data(data)
        , m_size(size)
    {}

    template<typename T> T take()
    {
        T value{};
        const size_t n = std::min(sizeof(T), m_size - m_pos);
        std::memcpy(&value, m_data + m_pos, n);
        m_pos += n;
        return value;
    }
    /// Everything not read yet.
    QByteArray rest() const
    {
        return QByteArray(reinterpret_cast<const char *>(m_data + m_pos), qsizetype(m_size - m_pos));
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

} // namespace pakn::fuzz

#define PAKN_FUZZ_CHECK(condition)                                                                           \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);         \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)
