#pragma once

#include "common/Result.h"
#include "domain/CaseRecords.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace jiahu {

class ErrorLabel;
class FileContext;

/// Drafts a referral (转介) in a few steps — what is asked of which agency, why, what is to be
/// done — each checked before the next, then a summary; finishing creates the referral and
/// sends it in one write (or keeps it as a draft). With setDraft() it edits a draft instead.
/// Not modal by itself: open() it, or drive it in tests through its buttons and goNext().
class ReferralWizard : public QDialog {
    Q_OBJECT
public:
    enum Step { WhatStep, WhyStep, ActionsStep, SummaryStep, StepCount };

    ReferralWizard(FileContext& context, QWidget* parent = nullptr);

    /// Edits `draft` (a referral still a draft) instead of creating one.
    void setDraft(const Referral& draft);
    /// Agencies the family's referrals already went to (offered while typing).
    void setAgencySuggestions(const QStringList& agencies);

    int currentStep() const;
    /// Checks the current step and moves to the next; false (with the reason shown) if the
    /// step is not complete.
    bool goNext();
    void goBack();
    /// The referral as the fields say now (no id unless editing a draft).
    Referral referral() const;

public Q_SLOTS:
    /// Creates (or saves the draft) and sends it, in one write.
    void send();
    /// Creates the referral (or saves the draft) without sending it.
    void saveDraft();
    void reject() override;

Q_SIGNALS:
    /// The referral was written (created or saved, and sent if asked).
    void referralSaved(const jiahu::Referral& referral);

private:
    QWidget* buildWhat();
    QWidget* buildWhy();
    QWidget* buildActions();
    QWidget* buildSummary();
    void showStep(int step);
    Status checkStep(int step) const;
    void fillSummary();
    void requestChanged();
    void write(bool sendIt);
    bool hasInput() const;

    FileContext& m_context;
    QString m_draftId; ///< editing this draft (empty: a new referral)
    Referral m_loaded; ///< the draft as loaded
    bool m_busy = false;

    QList<QLabel*> m_stepLabels;
    QStackedWidget* m_pages = nullptr;
    ErrorLabel* m_error = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_draft = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_cancel = nullptr;

    QComboBox* m_request = nullptr;
    QLineEdit* m_agency = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLineEdit* m_legalBasis = nullptr;
    QPlainTextEdit* m_problems = nullptr;
    QPlainTextEdit* m_requiredActions = nullptr;
    QLineEdit* m_frequency = nullptr;
    QLineEdit* m_duration = nullptr;
    QLineEdit* m_provider = nullptr;
    QLineEdit* m_venue = nullptr;
    QLineEdit* m_servedHow = nullptr;
    QDoubleSpinBox* m_hours = nullptr;
    QLabel* m_hoursHint = nullptr;
    QFormLayout* m_summary = nullptr;
};

} // namespace jiahu
