#include "domain/masking.h"

#include <QTest>

using namespace pakn;

/// Contact data is masked wherever lists and panes show it (domain.md §7).
class TestMasking : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void phone()
    {
        QCOMPARE(masking::phone(QStringLiteral("0912345678")), QStringLiteral("091*****78"));
        QCOMPARE(masking::phone(QStringLiteral("123")), QStringLiteral("***"));
        QCOMPARE(masking::phone(QString()), QString());
    }
    void email()
    {
        QCOMPARE(masking::email(QStringLiteral("nguyen.van.a@gmail.com")),
                 QStringLiteral("n**********a@gmail.com"));
        QCOMPARE(masking::email(QStringLiteral("ab@x.vn")), QStringLiteral("**@x.vn"));
        QCOMPARE(masking::email(QStringLiteral("no-at-sign")), QStringLiteral("**********"));
    }
    void address()
    {
        QCOMPARE(masking::address(QStringLiteral("Số 12 ngõ 34 phố Huế, Phường Hai Bà Trưng")),
                 QStringLiteral("***, Phường Hai Bà Trưng"));
        QCOMPARE(masking::address(QStringLiteral("Hà Nội")), QStringLiteral("***"));
        QCOMPARE(masking::address(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestMasking)
#include "tst_masking.moc"
