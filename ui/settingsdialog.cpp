#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pakn {

SettingsDialog::SettingsDialog(const DeskSettings &current, QWidget *parent)
    : QDialog(parent)
    , m_initial(current)
    , m_server(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_syncInterval(new QSpinBox(this))
    , m_notifications(new QCheckBox(tr("Petitions due soon or overdue"), this))
    , m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setMinimumWidth(640);

    m_server->setObjectName(QStringLiteral("settingsServerEdit"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setPlaceholderText(QStringLiteral("https://pakn.hanoi.gov.vn"));
    m_server->setText(current.serverUrl.toString());
    m_caFile->setObjectName(QStringLiteral("settingsCaFileEdit"));
    m_caFile->setAccessibleName(tr("Organisation CA file"));
    m_caFile->setPlaceholderText(tr("Only if your IT department gave you one"));
    m_caFile->setText(current.caFile);
    m_browse->setObjectName(QStringLiteral("settingsBrowseButton"));
    m_browse->setAccessibleName(tr("Choose the organisation CA file"));

    m_language->setObjectName(QStringLiteral("settingsLanguageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));
    m_languageNote->setObjectName(QStringLiteral("settingsLanguageNote"));
    m_languageNote->setWordWrap(true);

    m_syncInterval->setObjectName(QStringLiteral("settingsSyncIntervalSpin"));
    m_syncInterval->setAccessibleName(tr("Sync interval in minutes"));
    m_syncInterval->setRange(0, DeskSettings::kMaxSyncIntervalMinutes);
    m_syncInterval->setSuffix(tr(" min"));
    m_syncInterval->setSpecialValueText(tr("Off (only when asked)"));
    m_syncInterval->setValue(current.syncIntervalMinutes);
    m_notifications->setObjectName(QStringLiteral("settingsNotificationsCheck"));
    m_notifications->setChecked(current.notifications);

    m_problems->setObjectName(QStringLiteral("settingsProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problems->hide();

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    // A row holding a layout gets no buddy by itself: without one the label's mnemonic would show as "&".
    auto *caLabel = new QLabel(tr("Organisation &CA file:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_languageNote);
    form->addRow(tr("Sync &every:"), m_syncInterval);
    form->addRow(tr("Desktop &notifications:"), m_notifications);

    auto *serverNote = new QLabel(tr("The server and CA file are used at the next sign-in; to change server "
                                     "now, use Account → Switch server."),
                                  this);
    serverNote->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("settingsOkButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(serverNote);
    layout->addWidget(m_problems);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &SettingsDialog::browseCaFile);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateLanguageNote);
    updateLanguageNote();
    adjustSize();
}

DeskSettings SettingsDialog::settings() const
{
    DeskSettings s = m_initial;
    const QString server = m_server->text().trimmed();
    s.serverUrl = server.isEmpty() ? QUrl() : QUrl(server, QUrl::StrictMode);
    s.caFile = m_caFile->text().trimmed();
    s.language = m_language->currentData().toString();
    s.syncIntervalMinutes = m_syncInterval->value();
    s.notifications = m_notifications->isChecked();
    return s;
}

QString SettingsDialog::problemText() const
{
    return m_problems->isVisible() || !m_problems->text().isEmpty() ? m_problems->text() : QString();
}

void SettingsDialog::accept()
{
    const DeskSettings s = settings();
    const QStringList problems = s.problems();
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(QLatin1Char('\n')));
        m_problems->show();
        return;
    }
    m_problems->clear();
    m_problems->hide();
    s.save();
    QDialog::accept();
}

void SettingsDialog::browseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Organisation CA file"), m_caFile->text(),
                                                      tr("Certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

void SettingsDialog::updateLanguageNote()
{
    const QString chosen = m_language->currentData().toString();
    m_languageNote->setText(chosen == m_initial.language
                                ? tr("Vietnamese is the default.")
                                : tr("The new language applies after PAKN Desk is restarted."));
}

} // namespace pakn
