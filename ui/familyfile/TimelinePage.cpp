#include "familyfile/TimelinePage.h"

#include "familyfile/RecordListDelegate.h"
#include "familyfile/TimelineModel.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace jiahu {

namespace {

QToolButton* filterButton(QWidget* parent, const QString& objectName)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

QString kindObjectName(TimelineEntry::Kind kind)
{
    using Kind = TimelineEntry::Kind;
    switch (kind) {
    case Kind::Code:
        return QStringLiteral("timelineFilterCode");
    case Kind::Assessment:
        return QStringLiteral("timelineFilterAssessment");
    case Kind::Plan:
        return QStringLiteral("timelineFilterPlan");
    case Kind::Guidance:
        return QStringLiteral("timelineFilterGuidance");
    case Kind::FollowUp:
        return QStringLiteral("timelineFilterFollowUp");
    case Kind::Referral:
        return QStringLiteral("timelineFilterReferral");
    case Kind::Attachment:
        return QStringLiteral("timelineFilterAttachment");
    case Kind::File:
        break;
    }
    return QStringLiteral("timelineFilterFile");
}

} // namespace

TimelinePage::TimelinePage(FileContext& context, QWidget* parent) : FilePage(context, parent)
{
    setObjectName(QStringLiteral("timelinePage"));
    m_model = new TimelineModel(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(8);

    // The filter: check-able chips, one kind at a time, each with its count.
    auto* filterRow = new QHBoxLayout;
    filterRow->setSpacing(4);
    auto* show = new QLabel(tr("Show:"), this);
    filterRow->addWidget(show);
    m_filters = new QButtonGroup(this);
    m_filters->setExclusive(true);
    m_all = filterButton(this, QStringLiteral("timelineFilterAll"));
    m_all->setChecked(true);
    m_filters->addButton(m_all, -1);
    filterRow->addWidget(m_all);
    for (TimelineEntry::Kind kind : TimelineEntries::filterKinds()) {
        QToolButton* button = filterButton(this, kindObjectName(kind));
        m_filters->addButton(button, int(kind));
        m_kindButtons.insert(int(kind), button);
        filterRow->addWidget(button);
    }
    show->setBuddy(m_all);
    filterRow->addStretch(1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("timelineCountLabel"));
    filterRow->addWidget(m_count);
    layout->addLayout(filterRow);
    connect(m_filters, &QButtonGroup::idClicked, this, [this](int id) {
        setKindFilter(id < 0 ? std::nullopt
                             : std::optional<TimelineEntry::Kind>(TimelineEntry::Kind(id)));
    });

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setAccessibleName(tr("Timeline"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new RecordListDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionsMovable(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TimelineModel::SummaryColumn, QHeaderView::Stretch);
    // Double-click, or Enter (and a single click where the platform activates on one).
    connect(m_view, &QTreeView::activated, this, &TimelinePage::openRow);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("timelineEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    auto* hint = new QLabel(tr("Double-click a row, or press Enter, to open its page."), this);
    hint->setObjectName(QStringLiteral("timelineHintLabel"));
    QPalette quiet = hint->palette();
    quiet.setColor(QPalette::WindowText, quiet.color(QPalette::PlaceholderText));
    hint->setPalette(quiet);
    layout->addWidget(hint);

    updateCounts();
    updateEmptyState();
}

QString TimelinePage::title() const
{
    return tr("Timeline");
}

void TimelinePage::showFile(const FamilyFile& file)
{
    // Keep the row the reader was on across reloads.
    QString current;
    if (const QModelIndex index = m_view->currentIndex(); index.isValid())
        current = index.data(TimelineModel::RecordIdRole).toString() + u'|' +
                  index.siblingAtColumn(TimelineModel::SummaryColumn).data().toString();
    m_model->setFile(file);
    updateCounts();
    updateEmptyState();
    if (current.isEmpty())
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, TimelineModel::SummaryColumn);
        if (index.data(TimelineModel::RecordIdRole).toString() + u'|' + index.data().toString() ==
            current) {
            m_view->setCurrentIndex(index);
            break;
        }
    }
}

void TimelinePage::setKindFilter(std::optional<TimelineEntry::Kind> kind)
{
    QAbstractButton* button = kind ? m_kindButtons.value(int(*kind)) : m_all;
    if (button && !button->isChecked())
        button->setChecked(true);
    m_model->setKindFilter(kind);
    updateEmptyState();
}

void TimelinePage::updateCounts()
{
    m_all->setText(tr("All %1").arg(m_model->countOf(std::nullopt)));
    m_all->setAccessibleName(tr("Show all events"));
    for (auto it = m_kindButtons.cbegin(); it != m_kindButtons.cend(); ++it) {
        const auto kind = TimelineEntry::Kind(it.key());
        const QString name = TimelineEntries::kindName(kind);
        it.value()->setText(tr("%1 %2").arg(name).arg(m_model->countOf(kind)));
        it.value()->setAccessibleName(tr("Show only: %1").arg(name));
    }
}

void TimelinePage::updateEmptyState()
{
    const int total = m_model->countOf(std::nullopt);
    m_count->setText(m_model->kindFilter()
                         ? tr("%1 of %n event(s)", nullptr, total).arg(m_model->rowCount())
                         : tr("%n event(s)", nullptr, total));
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    if (const auto kind = m_model->kindFilter())
        m_empty->setText(tr("Nothing of this kind (%1) yet. Choose “All” to see every event.")
                             .arg(TimelineEntries::kindName(*kind)));
    else
        m_empty->setText(tr("Nothing has been recorded in this file yet. Codes, assessments, "
                            "follow-ups and the rest appear here, newest first, as they are "
                            "recorded."));
    m_stack->setCurrentWidget(m_empty);
}

void TimelinePage::openRow(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const auto kind = TimelineEntry::Kind(index.data(TimelineModel::KindRole).toInt());
    Q_EMIT pageRequested(TimelineModel::pageFor(kind));
}

} // namespace jiahu
