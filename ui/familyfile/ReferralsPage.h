#pragma once

#include "familyfile/FilePage.h"

class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace jiahu {

class ReferralEventsModel;
class ReferralWizard;
class ReferralsModel;

/// The family's referrals (转介): the list with where each stands, the selected one in full with
/// its status history, and what the caseworker may do next (edit and send a draft, withdraw
/// it, close one the agency has answered). New referrals are made with the ReferralWizard.
class ReferralsPage : public FilePage {
    Q_OBJECT
public:
    ReferralsPage(FileContext& context, QWidget* parent = nullptr);

    FilePageId pageId() const override { return FilePageId::Referrals; }
    QString title() const override;
    void showFile(const FamilyFile& file) override;

    /// Opens the wizard for a new referral (or for the selected draft); returns it (tests).
    ReferralWizard* newReferral();
    ReferralWizard* editSelectedDraft();

private:
    const Referral* selected() const;
    void showSelected();
    void sendSelected();
    void closeSelected();
    void move(const QString& referralId, ReferralStatus to, const QString& outcome);
    ReferralWizard* openWizard();

    FamilyFile m_file;
    QString m_selectId; ///< select this referral when the file next arrives
    bool m_open = true;

    QPushButton* m_new = nullptr;
    ReferralsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QStackedWidget* m_listStack = nullptr;
    ReferralEventsModel* m_events = nullptr;
    QTableView* m_eventsTable = nullptr;
    QWidget* m_detail = nullptr;
    QLabel* m_noSelection = nullptr;
    QFormLayout* m_fields = nullptr;
    QList<QLabel*> m_values; ///< one per field of the detail, in the order of the form
    QLabel* m_waiting = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace jiahu
