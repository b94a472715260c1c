#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QStringList>
#include <QTranslator>

namespace pakn {

namespace {

// The translators installed by the last call, so that a later call replaces them instead of stacking.
QList<QPointer<QTranslator>> &installedTranslators()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

void removeInstalledTranslators()
{
    for (const QPointer<QTranslator> &translator : std::as_const(installedTranslators())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installedTranslators().clear();
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("vi"), QStringLiteral("en")};
}

QStringList translationCatalogues()
{
    return {QStringLiteral("pakn"), QStringLiteral("qt")};
}

bool installTranslations(const QString &language)
{
    removeInstalledTranslators();
    if (language == QLatin1String("en")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        return true;
    }
    QList<QTranslator *> loaded;
    for (const QString &catalogue : translationCatalogues()) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (!translator->load(QStringLiteral(":/i18n/%1_%2.qm").arg(catalogue, language))) {
            delete translator;
            qDeleteAll(loaded);
            return false;
        }
        loaded.append(translator);
    }
    for (QTranslator *translator : std::as_const(loaded)) {
        QCoreApplication::installTranslator(translator);
        installedTranslators().append(translator);
    }
    QLocale::setDefault(QLocale(language));
    return true;
}

} // namespace pakn
