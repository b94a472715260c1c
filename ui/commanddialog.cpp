#include "commanddialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pakn {
namespace {

using Kind = CommandField::Kind;

/// One row of the field table. Payload member names follow docs/api.md (POST
/// /api/v1/petitions/{id}/commands).
struct FieldRow
{
    Command command;
    const char *key;
    const char *label;
    Kind kind;
    bool required;
};

constexpr FieldRow kFields[] = {
    {Command::Reject, "reason", QT_TRANSLATE_NOOP("pakn::CommandDialog", "Reason code"), Kind::Line, true},
    {Command::Reject, "comment", QT_TRANSLATE_NOOP("pakn::CommandDialog", "Explanation"), Kind::Text, false},
    {Command::Classify, "kind", QT_TRANSLATE_NOOP("pakn::CommandDialog", "About"), Kind::Choice, true},
    {Command::Classify, "competence", QT_TRANSLATE_NOOP("pakn::CommandDialog", "Competence"), Kind::Choice,
     true},
    {Command::Classify, "field", QT_TRANSLATE_NOOP("pakn::CommandDialog", "Field"), Kind::Line, false},
    {Command::Classify, "category", QT_TRANSLATE_NOOP("pakn::CommandDialog", "Category (1–8)"), Kind::Number,
     true},
    {Command::Transfer, "unit", QT_TRANSLATE_NOOP("pakn::CommandDialog", "To unit (id)"), Kind::Line, true},
    {Command::Forward, "to", QT_TRANSLATE_NOOP("pakn::CommandDialog", "To agency"), Kind::Line, true},
    {Command::Assign, "assignee", QT_TRANSLATE_NOOP("pakn::CommandDialog", "Officer (user name)"), Kind::Line,
     true},
    {Command::Note, "text", QT_TRANSLATE_NOOP("pakn::CommandDialog", "Note"), Kind::Text, true},
    {Command::ProgressUpdate, "text", QT_TRANSLATE_NOOP("pakn::CommandDialog", "Progress"), Kind::Text, true},
    {Command::SaveReply, "reply.subject", QT_TRANSLATE_NOOP("pakn::CommandDialog", "Subject line"),
     Kind::Line, true},
    {Command::SaveReply, "reply.body", QT_TRANSLATE_NOOP("pakn::CommandDialog", "Reply"), Kind::Text, true},
    {Command::Approve, "comment", QT_TRANSLATE_NOOP("pakn::CommandDialog", "Comment"), Kind::Text, false},
    {Command::Return, "comment", QT_TRANSLATE_NOOP("pakn::CommandDialog", "Comment to the officer"),
     Kind::Text, true},
    {Command::SendBack, "comment", QT_TRANSLATE_NOOP("pakn::CommandDialog", "What must be reworked"),
     Kind::Text, true},
};

QList<QPair<QString, QString>> choicesFor(const QString &key)
{
    if (key == QLatin1String("kind"))
        return {
            {toWireName(ClassificationKind::Regulation), CommandDialog::tr("An administrative regulation")},
            {toWireName(ClassificationKind::Conduct), CommandDialog::tr("Officials' conduct")}};
    if (key == QLatin1String("competence"))
        return {{toWireName(Competence::Own), CommandDialog::tr("Within our competence")},
                {toWireName(Competence::Other), CommandDialog::tr("Another agency's competence")}};
    return {};
}

} // namespace

QList<CommandField> commandFields(Command command)
{
    QList<CommandField> fields;
    for (const FieldRow &r : kFields) {
        if (r.command != command)
            continue;
        CommandField f;
        f.key = QString::fromLatin1(r.key);
        f.label = CommandDialog::tr(r.label);
        f.kind = r.kind;
        f.required = r.required;
        f.choices = choicesFor(f.key);
        fields.append(f);
    }
    return fields;
}

CommandDialog::CommandDialog(const Petition &petition, Command command, QWidget *parent)
    : QDialog(parent)
    , m_command(command)
    , m_petitionId(petition.id)
    , m_fields(commandFields(command))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("commandDialog"));
    setWindowTitle(displayLabel(command));
    setMinimumWidth(460);

    auto *heading = new QLabel(QStringLiteral("%1 · %2").arg(petition.code, petition.title), this);
    heading->setObjectName(QStringLiteral("commandPetition"));
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);

    auto *form = new QFormLayout;
    for (const CommandField &f : std::as_const(m_fields)) {
        QWidget *editor = nullptr;
        switch (f.kind) {
        case Kind::Text: {
            auto *e = new QPlainTextEdit(this);
            e->setTabChangesFocus(true);
            e->setMinimumHeight(90);
            connect(e, &QPlainTextEdit::textChanged, this,
                    [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete()); });
            editor = e;
            break;
        }
        case Kind::Line: {
            auto *e = new QLineEdit(this);
            connect(e, &QLineEdit::textChanged, this,
                    [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete()); });
            editor = e;
            break;
        }
        case Kind::Choice: {
            auto *e = new QComboBox(this);
            for (const auto &[wire, label] : f.choices)
                e->addItem(label, wire);
            editor = e;
            break;
        }
        case Kind::Number: {
            auto *e = new QSpinBox(this);
            e->setRange(1, 8);
            e->setValue(6);
            editor = e;
            break;
        }
        }
        editor->setObjectName(QStringLiteral("field_") + f.key);
        editor->setAccessibleName(f.label);
        form->addRow(f.required ? f.label + QStringLiteral(" *") : f.label, editor);
        m_editors.append(editor);
    }
    if (!m_fields.isEmpty()) {
        layout->addLayout(form);
    } else {
        delete form; // never parented: a command without fields asks for confirmation only
        layout->addWidget(new QLabel(tr("%1 this petition?").arg(displayLabel(command)), this));
    }

    auto *hint =
        new QLabel(tr("It is sent at the next sync, also after a restart; until then you can drop it "
                      "from the outbox."),
                   this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(displayLabel(command));
    ok->setObjectName(QStringLiteral("commandOk"));
    // Qt's own button texts are not translated in this application: name Cancel ourselves.
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    ok->setEnabled(complete());
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (complete())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!m_editors.isEmpty())
        m_editors.first()->setFocus();
}

QString CommandDialog::valueOf(int i) const
{
    QWidget *e = m_editors.at(i);
    if (auto *text = qobject_cast<QPlainTextEdit *>(e))
        return text->toPlainText().trimmed();
    if (auto *line = qobject_cast<QLineEdit *>(e))
        return line->text().trimmed();
    if (auto *combo = qobject_cast<QComboBox *>(e))
        return combo->currentData().toString();
    if (auto *spin = qobject_cast<QSpinBox *>(e))
        return QString::number(spin->value());
    return {};
}

bool CommandDialog::complete() const
{
    for (int i = 0; i < int(m_fields.size()); ++i) {
        if (m_fields.at(i).required && valueOf(i).isEmpty())
            return false;
    }
    return true;
}

QJsonObject CommandDialog::payload() const
{
    QJsonObject payload;
    for (int i = 0; i < int(m_fields.size()); ++i) {
        const CommandField &f = m_fields.at(i);
        const QString value = valueOf(i);
        if (value.isEmpty())
            continue;
        const QJsonValue json = f.kind == Kind::Number ? QJsonValue(value.toInt()) : QJsonValue(value);
        const qsizetype dot = f.key.indexOf(QLatin1Char('.'));
        if (dot < 0) {
            payload.insert(f.key, json);
            continue;
        }
        const QString outer = f.key.left(dot);
        QJsonObject inner = payload.value(outer).toObject();
        inner.insert(f.key.mid(dot + 1), json);
        payload.insert(outer, inner);
    }
    return payload;
}

QWidget *CommandDialog::editor(const QString &key) const
{
    for (int i = 0; i < int(m_fields.size()); ++i) {
        if (m_fields.at(i).key == key)
            return m_editors.at(i);
    }
    return nullptr;
}

} // namespace pakn
