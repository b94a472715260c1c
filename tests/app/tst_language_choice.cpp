// The language PAKN Desk starts in: the setting "ui/language" (system, vi, en), --lang over it, and the
// system locale for "system", with Vietnamese for every locale the UI is not translated into.

#include "languagechoice.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using pakn::LanguageChoice;

class TestLanguageChoice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resolve_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QStringList>("systemLanguages");
        QTest::addColumn<QString>("expected");

        const QStringList vietnamese{QStringLiteral("vi-VN")};
        const QStringList english{QStringLiteral("en-US"), QStringLiteral("en")};
        QTest::newRow("system, Vietnamese") << "system" << vietnamese << "vi";
        QTest::newRow("system, English") << "system" << english << "en";
        QTest::newRow("system, en_GB spelling") << "system" << QStringList{QStringLiteral("en_GB")} << "en";
        QTest::newRow("system, upper case") << "system" << QStringList{QStringLiteral("EN-AU")} << "en";
        QTest::newRow("system, C locale") << "system" << QStringList{QStringLiteral("C")} << "vi";
        QTest::newRow("system, nothing known") << "system" << QStringList{} << "vi";
        QTest::newRow("system, untranslated") << "system" << QStringList{QStringLiteral("de-DE")} << "vi";
        QTest::newRow("system, first translated preference")
            << "system" << QStringList{QStringLiteral("fr-FR"), QStringLiteral("en-GB"), QStringLiteral("vi")}
            << "en";
        QTest::newRow("vi overrides an English system") << "vi" << english << "vi";
        QTest::newRow("en overrides a Vietnamese system") << "en" << vietnamese << "en";
        QTest::newRow("an invalid choice follows the system") << "de" << english << "en";
        QTest::newRow("an empty choice follows the system") << "" << vietnamese << "vi";
    }

    void resolve()
    {
        QFETCH(QString, choice);
        QFETCH(QStringList, systemLanguages);
        QFETCH(QString, expected);
        QCOMPARE(LanguageChoice::resolve(choice, systemLanguages), expected);
    }

    void validChoicesAreTheSettingsValues()
    {
        QCOMPARE(LanguageChoice::settingsKey, QStringLiteral("ui/language"));
        for (const char *valid : {"system", "vi", "en"})
            QVERIFY2(LanguageChoice::isValid(QLatin1String(valid)), valid);
        for (const char *invalid : {"", "VI", "vi-VN", "fr", "System"})
            QVERIFY2(!LanguageChoice::isValid(QLatin1String(invalid)), invalid);
    }

    // The whole start-up path, as pakn-desk runs it: environment → QLocale::system() → settings file →
    // options.
    void startupLanguage_data()
    {
        QTest::addColumn<QString>("lang");     // LANG; LC_ALL and LC_MESSAGES are cleared
        QTest::addColumn<QString>("language"); // LANGUAGE (GNU preference list)
        QTest::addColumn<QString>("setting");  // ui/language in the settings file; empty: no file
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");

        QTest::newRow("C locale, no setting") << "C"
                                              << ""
                                              << "" << QStringList{} << "vi";
        QTest::newRow("POSIX locale, no setting") << "POSIX"
                                                  << ""
                                                  << "" << QStringList{} << "vi";
        QTest::newRow("English locale, no setting") << "en_US.UTF-8"
                                                    << ""
                                                    << "" << QStringList{} << "en";
        QTest::newRow("Vietnamese locale, no setting") << "vi_VN.UTF-8"
                                                       << ""
                                                       << "" << QStringList{} << "vi";
        QTest::newRow("French locale, no setting") << "fr_FR.UTF-8"
                                                   << ""
                                                   << "" << QStringList{} << "vi";
        QTest::newRow("LANGUAGE list prefers English") << "fr_FR.UTF-8"
                                                       << "fr:en"
                                                       << "" << QStringList{} << "en";
        QTest::newRow("English locale, setting system") << "en_GB.UTF-8"
                                                        << ""
                                                        << "system" << QStringList{} << "en";
        QTest::newRow("English locale, setting vi") << "en_US.UTF-8"
                                                    << ""
                                                    << "vi" << QStringList{} << "vi";
        QTest::newRow("Vietnamese locale, setting en") << "vi_VN.UTF-8"
                                                       << ""
                                                       << "en" << QStringList{} << "en";
        QTest::newRow("a broken setting follows the system") << "en_US.UTF-8"
                                                             << ""
                                                             << "klingon" << QStringList{} << "en";
        QTest::newRow("--lang overrides the setting")
            << "vi_VN.UTF-8"
            << ""
            << "en" << QStringList{QStringLiteral("--lang"), QStringLiteral("vi")} << "vi";
        QTest::newRow("--lang system overrides the setting")
            << "en_US.UTF-8"
            << ""
            << "vi" << QStringList{QStringLiteral("--lang"), QStringLiteral("system")} << "en";
    }

    void startupLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QString, language);
        QFETCH(QString, setting);
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);

        QTemporaryDir config;
        QVERIFY(config.isValid());
        if (!setting.isEmpty()) {
            QVERIFY(QDir(config.path()).mkpath(QStringLiteral("pakn")));
            QFile file(config.filePath(QStringLiteral("pakn/pakn-desk.conf")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[ui]\nlanguage=" + setting.toUtf8() + "\n");
        }
        const Probe probe = runProbe(lang, language, config.path(), arguments);
        QCOMPARE(probe.exitCode, 0);
        QCOMPARE(probe.output, expected);
    }

    void anInvalidLangOptionIsAUsageError()
    {
        QTemporaryDir config;
        const Probe probe = runProbe(QStringLiteral("C"), {}, config.path(),
                                     {QStringLiteral("--lang"), QStringLiteral("de")});
        QCOMPARE(probe.exitCode, 2);
        QVERIFY2(probe.errors.contains(QStringLiteral("--lang must be vi, en or system")),
                 qPrintable(probe.errors));
    }

private:
    struct Probe
    {
        int exitCode = -1;
        QString output;
        QString errors;
    };

    static Probe runProbe(const QString &lang, const QString &language, const QString &configHome,
                          const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("LANG"), lang);
        if (!language.isEmpty())
            env.insert(QStringLiteral("LANGUAGE"), language);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PAKN_LANGUAGE_PROBE), arguments);
        Probe probe;
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
            return probe;
        probe.exitCode = process.exitCode();
        probe.output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        probe.errors = QString::fromUtf8(process.readAllStandardError());
        return probe;
    }
};

QTEST_GUILESS_MAIN(TestLanguageChoice)
#include "tst_language_choice.moc"
