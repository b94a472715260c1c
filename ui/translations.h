#pragma once

#include <QString>

namespace pakn {

/// Installs the application's translation for `language` ("vi" or "en"; Vietnamese is the default). English
/// is the source language, so "en" installs nothing. Returns false when the requested translation is missing.
bool installTranslations(const QString &language);

/// The languages the UI is translated into, as codes.
QStringList availableLanguages();

} // namespace pakn
