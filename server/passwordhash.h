#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace pakn::server {

/// A stored password: PBKDF2-HMAC-SHA256 over the UTF-8 password with a random 16-byte salt.
struct PasswordHash
{
    QByteArray salt;
    QByteArray hash; ///< 32 bytes
    int iterations = 0;
};

/// Password hashing and the server's random bytes, over OpenSSL 3.
///
/// Threading: all functions are thread-safe (OpenSSL 3 needs no locking set-up).
/// Failure behaviour: a failure of the random generator or of PBKDF2 gives nullopt/false; it never
/// returns a weak value.
namespace passwords {

/// Iterations for new hashes. Stored per user, so it can be raised later without breaking old hashes.
/// About 60 ms on the 2-core reference machine.
inline constexpr int kIterations = 310'000;

std::optional<PasswordHash> hash(const QString &password);
/// Runs the full derivation and compares in constant time.
bool verify(const QString &password, const PasswordHash &stored);
/// Spends the same work as verify() with no user, so an unknown user name answers as slowly as a known one.
void burnVerifyTime(const QString &password);

/// `n` bytes from OpenSSL's CSPRNG, or nullopt if it failed.
std::optional<QByteArray> randomBytes(int n);

} // namespace passwords
} // namespace pakn::server
