#pragma once

#include <QString>

namespace pakn {

/// Masks citizens' contact data for display in lists and panes (domain.md §7: masked display of phone numbers
/// and addresses). Pure functions; the full value stays in the cache.
namespace masking {

/// "0912345678" → "091*****78": keeps the first three and last two digits.
QString phone(const QString &phone);
/// "nguyen.van.a@gmail.com" → "n*********a@gmail.com".
QString email(const QString &email);
/// "Số 12 ngõ 34 phố Huế, Phường Hai Bà Trưng" → "***, Phường Hai Bà Trưng": keeps only the last part.
QString address(const QString &address);

} // namespace masking
} // namespace pakn
