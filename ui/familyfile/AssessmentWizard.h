#pragma once

#include "domain/AssessmentTemplate.h"
#include "services/AssessmentService.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QVariantMap>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace jiahu {

class AnswerRow;
class FileContext;
class RiskChip;

/// 评估 (or 重新评估) of a family over the configured template, step by step: the template's
/// questions (the ones that decide the code at least first), answered by the keyboard, with the
/// running score and the suggested code always in sight; the last step confirms the suggested
/// code or records another with a reason (a supervisor decides a lower one), and notes. Submits
/// through AssessmentService::assess; the file reloads by itself afterwards.
///
/// Open it with open() or show() (tests drive it without exec()); it loads the template on a
/// reader first (isReady()).
class AssessmentWizard : public QDialog {
    Q_OBJECT
public:
    AssessmentWizard(FileContext& context, const FamilyFile& file, QWidget* parent = nullptr);

    bool isReady() const { return m_ready; }
    const AssessmentTemplate& assessmentTemplate() const { return m_template; }
    int stepCount() const;
    int currentStep() const;
    void goToStep(int step);
    /// The question row of item `key` (null before the template loaded).
    AnswerRow* row(const QString& key) const { return m_rows.value(key); }

    /// The answers given so far (unanswered items are absent).
    QJsonObject answers() const;
    int answeredCount() const;
    bool hasAnswers() const { return answeredCount() > 0; }
    /// Score and suggestion so far, counting unanswered items as 0.
    std::optional<AssessmentTemplate::Outcome> runningOutcome() const;
    /// What the submitted assessment did (after accepted()).
    const std::optional<AssessmentOutcome>& result() const { return m_result; }

    /// Everything entered, to keep while the session is locked; restoreState() puts it back
    /// (at once, or when the template has loaded).
    QVariantMap state() const;
    void restoreState(const QVariantMap& state);

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    /// The template loaded and the questions are shown.
    void ready();

private:
    void loadTemplate();
    void build();
    QWidget* buildConfirmPage();
    void updateSummary();
    void updateButtons();
    void updateConfirm();
    void next();
    void back();
    void submit();
    std::optional<RiskCode> confirmedCode() const;
    /// Whether recording `confirmed` would propose a downgrade to a supervisor.
    bool proposes(RiskCode confirmed) const;
    void showStep(int index);

    FileContext& m_context;
    QString m_familyId;
    std::optional<RiskCode> m_current;
    bool m_proposalWaiting = false; ///< a downgrade proposal of this family waits already
    bool m_ready = false;
    bool m_busy = false;
    AssessmentTemplate m_template;
    QHash<QString, AnswerRow*> m_rows;
    QStringList m_stepTitles;
    std::optional<AssessmentOutcome> m_result;
    QVariantMap m_pendingState;

    QLabel* m_titleLabel = nullptr;
    QLabel* m_stepLabel = nullptr;
    QLabel* m_hintLabel = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_loading = nullptr;
    QLabel* m_progressLabel = nullptr;
    QLabel* m_scoreLabel = nullptr;
    RiskChip* m_suggestedChip = nullptr;
    RiskChip* m_currentChip = nullptr;
    QPushButton* m_backButton = nullptr;
    QPushButton* m_nextButton = nullptr;
    QPushButton* m_submitButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    // The confirm step.
    QWidget* m_confirmPage = nullptr;
    QLabel* m_confirmScore = nullptr;
    RiskChip* m_confirmChip = nullptr;
    QRadioButton* m_accept = nullptr;
    QRadioButton* m_override = nullptr;
    QComboBox* m_overrideCode = nullptr;
    QPlainTextEdit* m_overrideReason = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_effect = nullptr;
    QLabel* m_missing = nullptr;
    QPushButton* m_goToMissing = nullptr;
};

} // namespace jiahu
