#include "familyfile/AuditTrailPage.h"

#include "familyfile/AuditTrailModel.h"
#include "familyfile/FileContext.h"
#include "familyfile/PageParts.h"
#include "familyfile/RecordListDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace jiahu {

AuditTrailPage::AuditTrailPage(FileContext& context, QWidget* parent) : FilePage(context, parent)
{
    setObjectName(QStringLiteral("auditTrailPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);

    auto* top = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(pageparts::sectionTitle(tr("Audit trail"), this));
    auto* about = new QLabel(tr("Every opening, change, view and export of this file, newest "
                                "first. Entries cannot be changed or removed."),
                             this);
    about->setWordWrap(true);
    pageparts::makeQuiet(about);
    titles->addWidget(about);
    top->addLayout(titles, 1);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("auditRefreshButton"));
    top->addWidget(refresh, 0, Qt::AlignBottom);
    layout->addLayout(top);

    Workspace* ws = context.workspace();
    Q_ASSERT(ws);
    m_model = new AuditTrailModel(*ws, this);
    connect(refresh, &QPushButton::clicked, m_model, &AuditTrailModel::refresh);
    connect(m_model, &AuditTrailModel::reloaded, this, &AuditTrailPage::updateState);
    connect(m_model, &AuditTrailModel::rowsInserted, this, &AuditTrailPage::updateState);
    connect(m_model, &AuditTrailModel::loadFailed, this, &AuditTrailPage::updateState);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("auditTrailView"));
    m_view->setAccessibleName(tr("Audit trail"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new RecordListDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AuditTrailModel::ReasonColumn, QHeaderView::Stretch);

    m_empty = new QLabel(tr("Loading the audit trail…"), this);
    m_empty->setObjectName(QStringLiteral("auditEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_stack->setCurrentWidget(m_empty);
    layout->addWidget(m_stack, 1);
}

QString AuditTrailPage::title() const
{
    return tr("Audit trail");
}

void AuditTrailPage::showFile(const FamilyFile& file)
{
    // Say which records the entries are about, by their names in the file.
    QHash<QString, QString> names;
    names.insert(file.family.id, file.family.fileNo);
    for (const Person& p : file.people)
        names.insert(p.id, p.name);
    for (const Plan& p : file.plans) {
        names.insert(p.id, p.title);
        for (const PlanAction& a : p.actions)
            names.insert(a.id, a.description);
    }
    for (const Referral& r : file.referrals)
        names.insert(r.id, r.agency);
    for (const AttachmentInfo& a : file.attachments)
        names.insert(a.id, a.fileName);
    m_model->setRecordNames(names);
    // A change to the file wrote entries: ask again (a reload keeps the rows until it answers).
    if (!m_started || m_model->familyId() != context().familyId()) {
        m_started = true;
        m_model->setFamily(context().familyId());
    } else {
        m_model->refresh();
    }
}

void AuditTrailPage::updateState()
{
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    m_empty->setText(m_model->lastError().isEmpty()
                         ? tr("No entries for this file yet.")
                         : tr("The audit trail could not be read: %1").arg(m_model->lastError()));
    m_stack->setCurrentWidget(m_empty);
}

} // namespace jiahu
