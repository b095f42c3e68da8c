#include "familyfile/FilePages.h"

#include "familyfile/AssessmentPage.h"
#include "familyfile/AttachmentsPage.h"
#include "familyfile/AuditTrailPage.h"
#include "familyfile/FamilyMapPage.h"
#include "familyfile/FileContext.h"
#include "familyfile/FollowUpsPage.h"
#include "familyfile/GuidancePage.h"
#include "familyfile/MembersPage.h"
#include "familyfile/OverviewPage.h"
#include "familyfile/PlanPage.h"
#include "familyfile/ReferralsPage.h"
#include "familyfile/RiskPage.h"
#include "familyfile/TimelinePage.h"

namespace jiahu {

QList<FilePage*> makeFilePages(FileContext& context, Role role, QWidget* parent)
{
    QList<FilePage*> pages;
    const bool fullFile = role == Role::Caseworker || role == Role::Supervisor;
    pages << new OverviewPage(context, parent);
    if (fullFile) {
        pages << new MembersPage(context, parent);
        pages << new TimelinePage(context, parent);
        pages << new RiskPage(context, parent);
        pages << new AssessmentPage(context, parent);
        pages << new PlanPage(context, parent);
        pages << new GuidancePage(context, parent);
    }
    pages << new FollowUpsPage(context, parent);
    if (fullFile) {
        pages << new ReferralsPage(context, parent);
        pages << new AttachmentsPage(context, parent);
        pages << new FamilyMapPage(context, parent);
    }
    if (role == Role::Supervisor)
        pages << new AuditTrailPage(context, parent);
    return pages;
}

} // namespace jiahu
