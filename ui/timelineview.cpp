#include "timelineview.h"

#include "timelinemodel.h"

namespace pakn {

TimelineView::TimelineView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setFrameShape(QFrame::StyledPanel);
}

void TimelineView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &TimelineView::render);
        connect(model, &QAbstractItemModel::layoutChanged, this, &TimelineView::render);
        connect(model, &QAbstractItemModel::dataChanged, this, &TimelineView::render);
        connect(model, &QAbstractItemModel::rowsInserted, this, &TimelineView::render);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TimelineView::render);
    }
    render();
}

void TimelineView::render()
{
    if (!m_model || m_model->rowCount() == 0) {
        setHtml(QStringLiteral("<p style='color:gray'>%1</p>").arg(tr("Nothing yet.").toHtmlEscaped()));
        return;
    }
    QString html;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        auto cell = [&](int column) { return m_model->index(row, column).data().toString().toHtmlEscaped(); };
        const QString detail = cell(TimelineModel::DetailColumn);
        html +=
            QStringLiteral(
                "<p style='margin-bottom:6px'><span style='color:gray'>%1 · %2</span><br/><b>%3</b>%4</p>")
                .arg(cell(TimelineModel::WhenColumn), cell(TimelineModel::WhoColumn),
                     cell(TimelineModel::WhatColumn),
                     detail.isEmpty() ? QString() : QStringLiteral(" — ") + detail);
    }
    setHtml(html);
}

} // namespace pakn
