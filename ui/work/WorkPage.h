#pragma once

#include "familyfile/FilePage.h"

#include <QWidget>

#include <functional>

class QLabel;

namespace jiahu {

class DueModel;
class PagedModelBase;
class PreviewRows;
class RecentFamiliesModel;
class ReferralWaitingModel;
class RiskWaitingModel;
class WorkGroup;
class Workspace;

/// 工作台, shown right after unlocking: what needs the user now, each group with its count —
/// overdue follow-ups (most severe code first), follow-ups due this week, code changes waiting
/// for a supervisor (a caseworker's own; for a supervisor, those waiting for their decision),
/// referrals waiting for the agency's response, and the files opened lately. A line opens its
/// family at the page it concerns. The lists follow every committed change (change events).
class WorkPage : public QWidget {
    Q_OBJECT
public:
    /// Follow-ups due within this many days count as "this week".
    static constexpr int kUpcomingDays = 7;

    WorkPage(Workspace& workspace, QWidget* parent = nullptr);

    /// Asks every list again.
    void refresh();

Q_SIGNALS:
    void openFamilyRequested(const QString& familyId, jiahu::FilePageId page);

protected:
    void showEvent(QShowEvent* event) override;

private:
    WorkGroup* addGroup(const QString& name, const QString& title, const QString& emptyText,
                        PagedModelBase* model, PreviewRows* preview, FilePageId page,
                        std::function<QString(int)> familyAt);

    Workspace& m_workspace;
    QLabel* m_date = nullptr;
    DueModel* m_overdue = nullptr;
    DueModel* m_upcoming = nullptr;
    RiskWaitingModel* m_risk = nullptr;
    ReferralWaitingModel* m_referrals = nullptr;
    RecentFamiliesModel* m_recent = nullptr;
    QList<PagedModelBase*> m_models;
    bool m_shownBefore = false;
};

} // namespace jiahu
