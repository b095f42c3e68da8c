#pragma once

#include "domain/CaseRecords.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace jiahu {

class LiaisonReferralModel;
class ReferralEventsModel;
class Workspace;

/// A legal liaison's referral desk (转介受理): the referrals sent to their agency, filtered by
/// status; for the one chosen, exactly what the referral shares (never the family file) and its
/// status history, and the agency's steps as the status allows: confirm receipt, accept, or
/// decline with a reason, each with the agency's response. Closing is the caseworker's.
class ReferralDeskPage : public QWidget {
    Q_OBJECT
public:
    explicit ReferralDeskPage(Workspace& workspace, QWidget* parent = nullptr);

    LiaisonReferralModel* referrals() const { return m_model; }
    /// The referral shown in the detail panel (empty id: none).
    const Referral& current() const { return m_current; }

    /// The agency's steps (the buttons call these); whether a change was asked of core.
    bool receiveCurrent();
    bool acceptCurrent();
    bool declineCurrent();

Q_SIGNALS:
    /// A step was committed (or refused: `ok` false).
    void moved(const QString& referralId, bool ok);

private:
    void filterChanged();
    void listReloaded();
    void selectionChanged();
    void load(const QString& id);
    void showCurrent();
    bool move(ReferralStatus to, const QString& note);

    Workspace& m_workspace;
    LiaisonReferralModel* m_model = nullptr;
    ReferralEventsModel* m_events = nullptr;
    Referral m_current;
    QString m_selectId;
    bool m_busy = false;

    QComboBox* m_filter = nullptr;
    QLabel* m_count = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QLabel* m_empty = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_noSelection = nullptr;
    QWidget* m_detail = nullptr;
    QList<QLabel*> m_values;
    QTableView* m_eventsTable = nullptr;
    QLabel* m_waiting = nullptr;
    QWidget* m_responseRow = nullptr;
    QPlainTextEdit* m_response = nullptr;
    QPushButton* m_receive = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_decline = nullptr;
};

} // namespace jiahu
