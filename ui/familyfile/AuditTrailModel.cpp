#include "familyfile/AuditTrailModel.h"

#include "familyfile/RecordTime.h"
#include "services/FamilyService.h"

#include <QGuiApplication>
#include <QPalette>

namespace jiahu {

AuditTrailModel::AuditTrailModel(Workspace& workspace, QObject* parent)
    : PagedTableModel<AuditEntry>(workspace, parent)
{
}

void AuditTrailModel::setFamily(const QString& familyId)
{
    m_familyId = familyId;
    setQuery([familyId](CaseSession& s, const QString& after, int limit) {
        return FamilyService(s).auditTrail(familyId, after, limit);
    });
}

void AuditTrailModel::setRecordNames(const QHash<QString, QString>& names)
{
    m_names = names;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, RecordColumn), index(rowCount() - 1, RecordColumn));
}

QString AuditTrailModel::actionText(const QString& action)
{
    static const QHash<QString, const char*> known{
        {QStringLiteral("family.add"), QT_TR_NOOP("Created the file")},
        {QStringLiteral("family.open"), QT_TR_NOOP("Opened (or reopened) the file")},
        {QStringLiteral("family.edit"), QT_TR_NOOP("Edited the file's details")},
        {QStringLiteral("family.assign"), QT_TR_NOOP("Assigned a caseworker")},
        {QStringLiteral("family.closed"), QT_TR_NOOP("Closed the file")},
        {QStringLiteral("family.transferred"), QT_TR_NOOP("Transferred the file")},
        {QStringLiteral("person.add"), QT_TR_NOOP("Added a family member")},
        {QStringLiteral("person.edit"), QT_TR_NOOP("Edited a family member")},
        {QStringLiteral("risk.set"), QT_TR_NOOP("Set or raised the code")},
        {QStringLiteral("risk.propose"), QT_TR_NOOP("Proposed a downgrade")},
        {QStringLiteral("risk.approve"), QT_TR_NOOP("Approved a downgrade")},
        {QStringLiteral("risk.decline"), QT_TR_NOOP("Declined a downgrade")},
        {QStringLiteral("risk.review"), QT_TR_NOOP("Reviewed a raise")},
        {QStringLiteral("assessment.add"), QT_TR_NOOP("Recorded an assessment")},
        {QStringLiteral("assessment.amend"), QT_TR_NOOP("Corrected an assessment")},
        {QStringLiteral("plan.add"), QT_TR_NOOP("Drew up a plan")},
        {QStringLiteral("plan.approve"), QT_TR_NOOP("Approved a plan")},
        {QStringLiteral("plan.close"), QT_TR_NOOP("Closed a plan")},
        {QStringLiteral("plan.action.add"), QT_TR_NOOP("Added a plan action")},
        {QStringLiteral("plan.action.edit"), QT_TR_NOOP("Edited a plan action")},
        {QStringLiteral("plan.action.todo"), QT_TR_NOOP("Set a plan action to do")},
        {QStringLiteral("plan.action.doing"), QT_TR_NOOP("Started a plan action")},
        {QStringLiteral("plan.action.done"), QT_TR_NOOP("Finished a plan action")},
        {QStringLiteral("plan.action.dropped"), QT_TR_NOOP("Dropped a plan action")},
        {QStringLiteral("guidance.add"), QT_TR_NOOP("Recorded a guidance session")},
        {QStringLiteral("followup.add"), QT_TR_NOOP("Recorded a follow-up")},
        {QStringLiteral("followup.amend"), QT_TR_NOOP("Corrected a follow-up")},
        {QStringLiteral("referral.add"), QT_TR_NOOP("Drafted a referral")},
        {QStringLiteral("referral.edit"), QT_TR_NOOP("Edited a referral")},
        {QStringLiteral("referral.open"), QT_TR_NOOP("Opened a referral")},
        {QStringLiteral("referral.sent"), QT_TR_NOOP("Sent a referral")},
        {QStringLiteral("referral.received"), QT_TR_NOOP("Referral received")},
        {QStringLiteral("referral.accepted"), QT_TR_NOOP("Referral accepted")},
        {QStringLiteral("referral.declined"), QT_TR_NOOP("Referral declined")},
        {QStringLiteral("referral.closed"), QT_TR_NOOP("Closed a referral")},
        {QStringLiteral("attachment.add"), QT_TR_NOOP("Added an attachment")},
        {QStringLiteral("attachment.view"), QT_TR_NOOP("Viewed an attachment")},
        {QStringLiteral("attachment.export"), QT_TR_NOOP("Exported an attachment")},
        {QStringLiteral("packet.print"), QT_TR_NOOP("Printed a referral packet")},
    };
    const auto it = known.constFind(action);
    return it == known.cend() ? action : tr(it.value());
}

QString AuditTrailModel::entityText(const QString& entity)
{
    static const QHash<QString, const char*> known{
        {QStringLiteral("family"), QT_TR_NOOP("Family file")},
        {QStringLiteral("person"), QT_TR_NOOP("Family member")},
        {QStringLiteral("risk_event"), QT_TR_NOOP("Code change")},
        {QStringLiteral("assessment"), QT_TR_NOOP("Assessment")},
        {QStringLiteral("plan"), QT_TR_NOOP("Plan")},
        {QStringLiteral("plan_action"), QT_TR_NOOP("Plan action")},
        {QStringLiteral("guidance_session"), QT_TR_NOOP("Guidance session")},
        {QStringLiteral("follow_up"), QT_TR_NOOP("Follow-up")},
        {QStringLiteral("referral"), QT_TR_NOOP("Referral")},
        {QStringLiteral("attachment"), QT_TR_NOOP("Attachment")},
    };
    const auto it = known.constFind(entity);
    return it == known.cend() ? entity : tr(it.value());
}

int AuditTrailModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& e = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return RecordTime::at(e.at).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case UserColumn:
            return e.record.userName;
        case ActionColumn:
            return actionText(e.record.action);
        case RecordColumn: {
            const QString kind = entityText(e.record.entity);
            const QString name = m_names.value(e.record.entityId);
            return name.isEmpty() ? kind : tr("%1: %2").arg(kind, name);
        }
        case ReasonColumn:
            if (e.reasonHidden)
                return tr("(not shown to you)");
            return role == Qt::DisplayRole ? e.record.reason.simplified() : e.record.reason;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == TimeColumn || (index.column() == ReasonColumn && e.reasonHidden))
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    }
    return {};
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case RecordColumn:
        return tr("Record");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace jiahu
