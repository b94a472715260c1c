// Replays every fuzz seed (tests/fuzz/corpus/<target>/) and every crash input the fuzzers found
// (tests/fuzz/regressions/<target>/) through the same target functions, built with the normal compiler, so a
// fixed crash stays fixed in the normal suite. A broken contract aborts this test (PAKN_FUZZ_CHECK).
#include "fuzztargets.h"

#include <QDir>
#include <QTest>

namespace {

struct Target
{
    const char *name;
    int (*run)(const uint8_t *, size_t);
};

const Target kTargets[] = {
    {"answers", pakn::fuzz::answers},     {"search", pakn::fuzz::search},
    {"filenames", pakn::fuzz::filenames}, {"calendar", pakn::fuzz::calendar},
    {"request", pakn::fuzz::request},     {"problems", pakn::fuzz::problems},
};

QStringList inputFiles(const QString &dir)
{
    QStringList out;
    const QDir d(dir);
    for (const QString &name : d.entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
        if (name != QLatin1String("README.md"))
            out.append(d.filePath(name));
    }
    return out;
}

} // namespace

class TestFuzzReplay : public QObject
{
    Q_OBJECT

private slots:
    void everyTargetHasSeeds_data();
    void everyTargetHasSeeds();
    void replay_data();
    void replay();
};

void TestFuzzReplay::everyTargetHasSeeds_data()
{
    QTest::addColumn<QString>("dir");
    for (const Target &t : kTargets)
        QTest::newRow(t.name) << QStringLiteral(PAKN_FUZZ_DIR "/corpus/") + QLatin1String(t.name);
}

void TestFuzzReplay::everyTargetHasSeeds()
{
    QFETCH(QString, dir);
    QVERIFY2(inputFiles(dir).size() >= 3, qPrintable(dir));
}

void TestFuzzReplay::replay_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("file");
    for (int i = 0; i < int(std::size(kTargets)); ++i) {
        for (const char *kind : {"corpus", "regressions"}) {
            const QString dir = QStringLiteral(PAKN_FUZZ_DIR "/%1/%2")
                                    .arg(QLatin1String(kind), QLatin1String(kTargets[i].name));
            for (const QString &file : inputFiles(dir))
                QTest::newRow(qPrintable(QStringLiteral("%1/%2").arg(
                    QLatin1String(kTargets[i].name), QDir(PAKN_FUZZ_DIR).relativeFilePath(file))))
                    << i << file;
        }
    }
}

void TestFuzzReplay::replay()
{
    QFETCH(int, target);
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
    const QByteArray bytes = f.readAll();
    QCOMPARE(kTargets[target].run(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())),
             0);
}

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzz_replay.moc"
