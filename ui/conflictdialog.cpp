#include "conflictdialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace pakn {
namespace {

/// The part of a side that carries the text: the reply of a reply command or record, else the object.
QJsonObject textPart(const QJsonObject &side)
{
    const QJsonValue reply = side.value(QStringLiteral("reply"));
    return reply.isObject() ? reply.toObject() : side;
}

QPlainTextEdit *sideView(const QString &name, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setMinimumSize(220, 200);
    return view;
}

} // namespace

QString ConflictDialog::sideText(const QJsonObject &side)
{
    const QJsonObject r = textPart(side);
    if (r.contains(QStringLiteral("subject")) || r.contains(QStringLiteral("body"))) {
        QString text = r.value(QStringLiteral("subject")).toString();
        const QString body = r.value(QStringLiteral("body")).toString();
        if (!body.isEmpty())
            text += QStringLiteral("\n\n") + body;
        return text;
    }
    QStringList parts;
    for (const QString &key : {QStringLiteral("text"), QStringLiteral("comment")}) {
        if (const QString v = r.value(key).toString(); !v.isEmpty())
            parts << v;
    }
    return parts.join(QStringLiteral("\n\n"));
}

ConflictDialog::ConflictDialog(const ConflictRecord &conflict, QWidget *parent)
    : QDialog(parent)
    , m_conflict(conflict)
    , m_base(sideView(QStringLiteral("conflictBase"), this))
    , m_mine(sideView(QStringLiteral("conflictMine"), this))
    , m_theirs(sideView(QStringLiteral("conflictTheirs"), this))
    , m_mergedSubject(new QLineEdit(this))
    , m_mergedBody(new QPlainTextEdit(this))
    , m_keepMine(new QPushButton(tr("Keep mine"), this))
    , m_takeTheirs(new QPushButton(tr("Take theirs"), this))
    , m_useMerge(new QPushButton(tr("Use the merge"), this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    const QString code = conflict.theirs.value(QStringLiteral("code")).toString();
    setWindowTitle(tr("Resolve the conflict of %1").arg(code));
    setAccessibleName(windowTitle());

    auto *intro = new QLabel(tr("Someone changed the reply of %1 on the server while you were editing it. "
                                "Compare the three versions "
                                "and choose which one to keep; nothing is lost until you choose.")
                                 .arg(code),
                             this);
    intro->setWordWrap(true);

    const QString theirsVersion = tr("version %1").arg(conflict.theirsVersion());
    const QString theirsBy = [&] {
        const QJsonArray timeline = conflict.theirs.value(QStringLiteral("timeline")).toArray();
        return timeline.isEmpty() ? QString()
                                  : timeline.last().toObject().value(QStringLiteral("actor")).toString();
    }();
    const struct
    {
        QPlainTextEdit *view;
        QString title;
        QJsonObject side;
    } columns[] = {
        {m_base, tr("Base: what you started from"), conflict.base},
        {m_mine, tr("Mine: what you wrote"), conflict.mine},
        {m_theirs,
         theirsBy.isEmpty() ? tr("Theirs: on the server now (%1)").arg(theirsVersion)
                            : tr("Theirs: on the server now, by %1 (%2)").arg(theirsBy, theirsVersion),
         conflict.theirs},
    };
    auto *grid = new QGridLayout;
    int column = 0;
    for (const auto &c : columns) {
        auto *title = new QLabel(c.title, this);
        title->setWordWrap(true);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setBuddy(c.view);
        c.view->setAccessibleName(c.title);
        c.view->setPlainText(sideText(c.side));
        c.view->setPlaceholderText(tr("(no reply)"));
        grid->addWidget(title, 0, column);
        grid->addWidget(c.view, 1, column);
        ++column;
    }

    auto *mergeTitle = new QLabel(tr("Merge (edit freely, then use it):"), this);
    mergeTitle->setBuddy(m_mergedBody);
    m_mergedSubject->setObjectName(QStringLiteral("mergedSubject"));
    m_mergedSubject->setAccessibleName(tr("Merged subject line"));
    m_mergedBody->setObjectName(QStringLiteral("mergedBody"));
    m_mergedBody->setAccessibleName(tr("Merged body"));
    m_mergedBody->setMinimumHeight(140);
    auto *fromMine = new QPushButton(tr("Start from mine"), this);
    auto *fromTheirs = new QPushButton(tr("Start from theirs"), this);
    connect(fromMine, &QPushButton::clicked, this, [this] { fillMerge(mineReply()); });
    connect(fromTheirs, &QPushButton::clicked, this, [this] { fillMerge(textPart(m_conflict.theirs)); });
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(mergeTitle, 1);
    startRow->addWidget(fromMine);
    startRow->addWidget(fromTheirs);
    fillMerge(mineReply());

    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    m_useMerge->setObjectName(QStringLiteral("useMerge"));
    m_keepMine->setToolTip(tr("Send your version again, on top of the server's"));
    m_takeTheirs->setToolTip(tr("Drop your change; your draft becomes the server's version"));
    m_useMerge->setToolTip(tr("Send the merge, on top of the server's version"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_keepMine, QDialogButtonBox::ActionRole);
    buttons->addButton(m_takeTheirs, QDialogButtonBox::ActionRole);
    buttons->addButton(m_useMerge, QDialogButtonBox::ActionRole);
    QPushButton *later = buttons->addButton(tr("Decide later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("decideLater"));
    for (QPushButton *b : {m_keepMine, m_takeTheirs, m_useMerge, later, fromMine, fromTheirs})
        b->setAutoDefault(false);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { choose(ConflictChoice::KeepMine); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { choose(ConflictChoice::TakeTheirs); });
    connect(m_useMerge, &QPushButton::clicked, this, [this] { choose(ConflictChoice::Merged); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid, 1);
    layout->addLayout(startRow);
    layout->addWidget(m_mergedSubject);
    layout->addWidget(m_mergedBody, 1);
    layout->addWidget(buttons);
    resize(960, 640);
}

QJsonObject ConflictDialog::mineReply() const
{
    return textPart(m_conflict.mine);
}

void ConflictDialog::fillMerge(const QJsonObject &reply)
{
    m_mergedSubject->setText(reply.value(QStringLiteral("subject")).toString());
    m_mergedBody->setPlainText(reply.value(QStringLiteral("body")).toString());
}

QJsonObject ConflictDialog::mergedPayload() const
{
    QJsonObject payload = m_conflict.mine;
    payload.remove(QStringLiteral("type"));
    QJsonObject reply = payload.value(QStringLiteral("reply")).toObject();
    reply.insert(QStringLiteral("subject"), m_mergedSubject->text().trimmed());
    reply.insert(QStringLiteral("body"), m_mergedBody->toPlainText().trimmed());
    payload.insert(QStringLiteral("reply"), reply);
    return payload;
}

void ConflictDialog::choose(ConflictChoice how)
{
    Q_EMIT resolved(m_conflict.outboxItemId, how,
                    how == ConflictChoice::Merged ? mergedPayload() : QJsonObject());
    accept();
}

} // namespace pakn
