#pragma once

#include "desksettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pakn {

/// Edits DeskSettings: server address, organisation CA file (checked to hold PEM certificates), language
/// (system default, Vietnamese, English — applies after a restart, as the dialog says), sync interval and
/// desktop notifications.
///
/// Contract: OK checks the values (DeskSettings::problems) and, when any is wrong, lists the problems in the
/// dialog and stays open with everything entered kept; otherwise it saves them to QSettings and accepts. The
/// owner then applies `settings()` (sync interval, notifications). Nothing touches the network.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const DeskSettings &current, QWidget *parent = nullptr);

    /// The values as entered.
    DeskSettings settings() const;
    /// The problems shown after the last OK (empty when none).
    QString problemText() const;

public Q_SLOTS:
    void accept() override;

private:
    void browseCaFile();
    void updateLanguageNote();

    DeskSettings m_initial;
    QLineEdit *m_server;
    QLineEdit *m_caFile;
    QPushButton *m_browse;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QSpinBox *m_syncInterval;
    QCheckBox *m_notifications;
    QLabel *m_problems;
};

} // namespace pakn
