#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <optional>
#include <sys/resource.h>

namespace pakn::bench {

/// The process's peak resident size so far, in KiB.
inline long maxRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

/// Wall-clock times of repeated runs of one operation, in milliseconds.
struct Timing
{
    double median = 0;
    double min = 0;
    double max = 0;
};

inline Timing summarise(QList<double> ms)
{
    Timing t;
    if (ms.isEmpty())
        return t;
    std::sort(ms.begin(), ms.end());
    const qsizetype n = ms.size();
    t.median = n % 2 ? ms.at(n / 2) : (ms.at(n / 2 - 1) + ms.at(n / 2)) / 2;
    t.min = ms.first();
    t.max = ms.last();
    return t;
}

/// Runs `operation` `warmups` times unmeasured, then `runs` times measured. The operation returns a number
/// (rows, a count) that is kept, so that the compiler cannot drop the work.
template<typename Operation> Timing measure(int warmups, int runs, Operation &&operation)
{
    static volatile qint64 sink = 0;
    for (int i = 0; i < warmups; ++i)
        sink = sink + qint64(operation());
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const qint64 result = qint64(operation());
        ms.append(double(timer.nsecsElapsed()) / 1e6);
        sink = sink + result;
    }
    return summarise(ms);
}

inline QString formatMs(double ms)
{
    return QString::number(ms, 'f', ms < 10 ? 2 : ms < 100 ? 1 : 0);
}

inline QString formatRange(const Timing &t)
{
    return formatMs(t.min) + QStringLiteral("–") + formatMs(t.max);
}

/// "12,345"
inline QString formatCount(qint64 n)
{
    QString digits = QString::number(n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

/// The Markdown table of results: one row per (operation, baseline) pair.
class ResultTable
{
public:
    void add(const QString &operation, const Timing &ours, const QString &baseline = QString(),
             std::optional<Timing> base = std::nullopt)
    {
        m_rows.append({operation, ours, baseline, base});
    }

    QString markdown() const
    {
        QStringList lines = {
            QStringLiteral("| operation | median ms | min–max ms | baseline (same run) | baseline median ms |"
                           " baseline min–max ms | ratio baseline/ours |"),
            QStringLiteral("|---|--:|--:|---|--:|--:|--:|"),
        };
        for (const Row &r : m_rows) {
            QStringList cells = {r.operation, formatMs(r.ours.median), formatRange(r.ours)};
            if (r.base) {
                const double ratio = r.ours.median > 0 ? r.base->median / r.ours.median : 0;
                cells << r.baseline << formatMs(r.base->median) << formatRange(*r.base)
                      << QStringLiteral("%1×").arg(ratio >= 10  ? QString::number(ratio, 'f', 1)
                                                   : ratio >= 1 ? QString::number(ratio, 'f', 2)
                                                                : QString::number(ratio, 'g', 2));
            } else {
                cells << (r.baseline.isEmpty() ? QStringLiteral("—") : r.baseline) << QString() << QString()
                      << QString();
            }
            lines << QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |");
        }
        return lines.join(QLatin1Char('\n'));
    }

private:
    struct Row
    {
        QString operation;
        Timing ours;
        QString baseline;
        std::optional<Timing> base;
    };
    QList<Row> m_rows;
};

} // namespace pakn::bench
