#pragma once

#include <QString>

namespace pakn {

/// Installs the UI's translation for `language` ("vi" or "en"; Vietnamese is the default): the application's
/// own catalogue (pakn_<lang>.qm) and the one for the strings Qt itself supplies (qt_<lang>.qm: standard
/// buttons, edit context menus, the file, print and progress dialogs). Both are embedded as :/i18n/. English
/// is the source language of both, so "en" installs nothing. A later call replaces what an earlier one
/// installed. Returns false, and installs nothing, when a catalogue for the requested language is missing.
bool installTranslations(const QString &language);

/// The languages the UI is translated into, as codes.
QStringList availableLanguages();

/// The catalogues installed for a language other than English, each as :/i18n/<catalogue>_<lang>.qm.
QStringList translationCatalogues();

} // namespace pakn
