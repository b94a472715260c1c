#pragma once

#include <QString>

namespace pakn {

/// Makes a file name from a citizen, a server or a user safe to create on Linux and Windows: no folder parts
/// ("../../x" → "x"), no control or bidirectional-override characters, no characters Windows forbids, no
/// reserved device names (CON, NUL, COM1…), no trailing dots or spaces, at most 180 UTF-8 bytes with the
/// extension kept. Never returns an empty name ("attachment" instead). Pure function.
QString sanitizeFileName(const QString &name);

} // namespace pakn
