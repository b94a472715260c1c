#include "masking.h"

#include <QStringList>

namespace pakn::masking {
namespace {

const QChar kMask = QLatin1Char('*');

} // namespace

QString phone(const QString &phone)
{
    if (phone.size() <= 5)
        return QString(phone.size(), kMask);
    return phone.left(3) + QString(phone.size() - 5, kMask) + phone.right(2);
}

QString email(const QString &email)
{
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at <= 0)
        return QString(email.size(), kMask);
    const QString local = email.left(at);
    const QString masked = local.size() <= 2
                               ? QString(local.size(), kMask)
                               : local.left(1) + QString(local.size() - 2, kMask) + local.right(1);
    return masked + email.mid(at);
}

QString address(const QString &address)
{
    const QStringList parts = address.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return address.isEmpty() ? QString() : QStringLiteral("***");
    return QStringLiteral("***, ") + parts.constLast().trimmed();
}

} // namespace pakn::masking
