// bench_page_decode: one change-feed page of 1,000 petitions (the server's two corpus petitions repeated with
// distinct ids and codes) decoded by the direct decoder (changepagedecoder.h, the sync's path) and, as the
// baseline measured in the same run, by QJsonDocument + the strict decoder (the path before it). Both must
// answer the same page, or the benchmark fails. Run by hand (not by scripts/bench.sh):
//   build/tests/bench/bench_page_decode [--runs 15]
#include "net/changepagedecoder.h"
#include "net/wirecodec.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cstdio>

using namespace pakn;

namespace {

QByteArray pageOf(int count)
{
    QFile file(QStringLiteral(PAKN_FUZZ_CORPUS "/answers/change-page"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the corpus page");
    QJsonObject page = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray seeds = page.value(QStringLiteral("petitions")).toArray();
    QJsonArray petitions;
    for (int i = 0; i < count; ++i) {
        QJsonObject p = seeds.at(i % seeds.size()).toObject();
        p.insert(QStringLiteral("id"), i + 1);
        p.insert(QStringLiteral("code"),
                 QStringLiteral("PAKN.20250102.%1").arg(i + 1, 4, 10, QLatin1Char('0')));
        petitions.append(p);
    }
    page.insert(QStringLiteral("petitions"), petitions);
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 15;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i > 0 && i + 1 < args.size())
        runs = args.at(i + 1).toInt();
    const QByteArray body = pageOf(1000);

    auto strict = [&body] { return wire::decodeChangePage(QJsonDocument::fromJson(body).object(), body); };
    const Decoded<ChangePage> a = strict();
    const std::optional<ChangePage> b = wire::decodeChangePageDirect(body);
    if (!a || !b || a.value->petitions != b->petitions || a.value->records != b->records) {
        std::fprintf(stderr, "bench_page_decode: the two decoders disagree\n");
        return 1;
    }
    QList<double> strictMs;
    QList<double> directMs;
    for (int r = 0; r < runs + 2; ++r) {
        QElapsedTimer t;
        t.start();
        const Decoded<ChangePage> s = strict();
        const double sm = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        const std::optional<ChangePage> d = wire::decodeChangePageDirect(body);
        const double dm = double(t.nsecsElapsed()) / 1e6;
        if (!s || !d)
            return 1;
        if (r >= 2) {
            strictMs << sm;
            directMs << dm;
        }
    }
    std::printf("page of 1000 petitions, %lld bytes, %d runs (median ms)\n", qlonglong(body.size()), runs);
    std::printf("strict (QJsonDocument + decodeChangePage): %.2f ms\n", median(strictMs));
    std::printf("direct (decodeChangePageDirect): %.2f ms  (%.2fx the strict time)\n", median(directMs),
                median(directMs) / median(strictMs));
    return 0;
}
