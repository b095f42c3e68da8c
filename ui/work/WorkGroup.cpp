#include "work/WorkGroup.h"

#include "models/PreviewTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace jiahu {

WorkGroup::WorkGroup(const QString& name, const QString& title, const QString& emptyText,
                     PagedModelBase* model, PreviewRows* preview, QWidget* parent)
    : QWidget(parent), m_model(model), m_preview(preview), m_title(title), m_emptyText(emptyText)
{
    setObjectName(name + QStringLiteral("Group"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto* top = new QHBoxLayout;
    m_header = new QLabel(this);
    m_header->setObjectName(name + QStringLiteral("Header"));
    QFont font = m_header->font();
    font.setPointSizeF(font.pointSizeF() + 2);
    font.setWeight(QFont::DemiBold);
    m_header->setFont(font);
    top->addWidget(m_header);
    top->addStretch(1);
    m_more = new QPushButton(this);
    m_more->setObjectName(name + QStringLiteral("MoreButton"));
    m_more->setFlat(true);
    m_more->setCursor(Qt::PointingHandCursor);
    m_more->setForegroundRole(QPalette::Link);
    top->addWidget(m_more);
    // Every group's header is as tall, with or without its button, so groups side by side
    // line up.
    m_header->setMinimumHeight(m_more->sizeHint().height());
    layout->addLayout(top);

    m_table = new QTableView(this);
    m_table->setObjectName(name + QStringLiteral("Table"));
    m_table->setAccessibleName(title);
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 16 / 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_table);

    m_empty = new QLabel(this);
    m_empty->setObjectName(name + QStringLiteral("EmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setContentsMargins(4, 4, 4, 8);
    layout->addWidget(m_empty);

    connect(m_table, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { Q_EMIT activated(index.row()); });
    connect(m_more, &QPushButton::clicked, this, [this] { setExpanded(!m_expanded); });
    connect(model, &PagedModelBase::reloaded, this, [this] {
        m_answered = true;
        m_error.clear();
        update();
    });
    connect(model, &PagedModelBase::loadFailed, this, [this](const QString& message) {
        m_answered = true;
        m_error = message;
        update();
    });
    connect(model, &PagedModelBase::totalCountChanged, this, &WorkGroup::update);
    connect(model, &QAbstractItemModel::rowsInserted, this, &WorkGroup::update);
    connect(model, &QAbstractItemModel::modelReset, this, &WorkGroup::update);
    m_preview->setPreviewRows(kPreviewRows);
    update();
}

void WorkGroup::setExpanded(bool expanded)
{
    if (expanded == m_expanded)
        return;
    m_expanded = expanded;
    m_table->setVerticalScrollBarPolicy(expanded ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    m_preview->setPreviewRows(expanded ? 0 : kPreviewRows);
    if (!expanded)
        m_table->scrollToTop();
    update();
}

void WorkGroup::setCountShown(bool shown)
{
    m_countShown = shown;
    update();
}

void WorkGroup::update()
{
    const int rows = m_model->rowCount();
    const qint64 total = m_model->totalCount();
    m_header->setText(m_countShown && total >= 0 ? tr("%1 (%2)").arg(m_title).arg(total) : m_title);
    const bool more = m_preview->hasMoreRows() || (total >= 0 && total > rows);
    if (m_expanded) {
        m_more->setText(tr("Show fewer"));
        m_more->setVisible(true);
    } else {
        m_more->setText(total >= 0 ? tr("Show all %n", nullptr, int(total)) : tr("Show all"));
        m_more->setVisible(more);
    }
    const bool empty = rows == 0;
    m_table->setVisible(!empty);
    m_empty->setText(m_error.isEmpty() ? m_emptyText : m_error);
    m_empty->setVisible(empty && (m_answered || !m_error.isEmpty()));
    fitHeight();
}

void WorkGroup::fitHeight()
{
    const int rows = m_model->rowCount();
    const int shown = m_expanded ? std::min(rows, kExpandedRows) : std::min(rows, kPreviewRows);
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    const int height = m_table->horizontalHeader()->sizeHint().height() +
                       std::max(shown, 1) * rowHeight + 2 * m_table->frameWidth();
    m_table->setFixedHeight(height);
}

} // namespace jiahu
