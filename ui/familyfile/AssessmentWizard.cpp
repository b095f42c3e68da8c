#include "familyfile/AssessmentWizard.h"

#include "familyfile/AnswerRow.h"
#include "familyfile/FileContext.h"
#include "familyfile/PageParts.h"
#include "familyfile/RiskFileState.h"
#include "look/RiskStyle.h"
#include "shell/Prompter.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace jiahu {

using pageparts::makeQuiet;

namespace {

constexpr int kRowsPerStep = 7;
const QList<RiskCode> kCodes{RiskCode::Red, RiskCode::Orange, RiskCode::Yellow, RiskCode::Blue};

int sev(RiskCode c)
{
    return RiskCodes::severity(c);
}

QString templateLanguage()
{
    return QLocale().language() == QLocale::English ? QStringLiteral("en")
                                                    : QStringLiteral("zh_CN");
}

} // namespace

AssessmentWizard::AssessmentWizard(FileContext& context, const FamilyFile& file, QWidget* parent)
    : QDialog(parent), m_context(context), m_familyId(context.familyId()),
      m_current(file.family.riskCode),
      m_proposalWaiting(RiskFileState::of(file).block ==
                        RiskFileState::DowngradeBlock::ProposalWaiting)
{
    setObjectName(QStringLiteral("assessmentWizard"));
    const bool reassessment = !file.assessments.isEmpty();
    setWindowTitle(reassessment ? tr("Reassessment — %1").arg(file.family.fileNo)
                                : tr("Assessment — %1").arg(file.family.fileNo));
    setModal(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(8);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("assessmentTitleLabel"));
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setTextFormat(Qt::PlainText);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() + 4);
    m_titleLabel->setFont(titleFont);
    layout->addWidget(m_titleLabel);

    m_stepLabel = pageparts::sectionTitle(QString(), this);
    m_stepLabel->setObjectName(QStringLiteral("assessmentStepLabel"));
    layout->addWidget(m_stepLabel);
    m_hintLabel = new QLabel(this);
    m_hintLabel->setWordWrap(true);
    makeQuiet(m_hintLabel);
    layout->addWidget(m_hintLabel);

    m_stack = new QStackedWidget(this);
    m_loading = new QLabel(tr("Loading the assessment form…"), m_stack);
    m_loading->setObjectName(QStringLiteral("assessmentLoadingLabel"));
    m_loading->setAlignment(Qt::AlignCenter);
    m_loading->setWordWrap(true);
    m_stack->addWidget(m_loading);
    layout->addWidget(m_stack, 1);

    // Always in sight: how far, the score, the suggested code (and the current one).
    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    auto* summary = new QHBoxLayout;
    summary->setSpacing(8);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("answeredLabel"));
    summary->addWidget(m_progressLabel);
    summary->addSpacing(16);
    m_scoreLabel = new QLabel(this);
    m_scoreLabel->setObjectName(QStringLiteral("runningScoreLabel"));
    summary->addWidget(m_scoreLabel);
    summary->addSpacing(16);
    summary->addWidget(new QLabel(tr("Suggested code:"), this));
    m_suggestedChip = new RiskChip(this);
    m_suggestedChip->setObjectName(QStringLiteral("suggestedCodeChip"));
    summary->addWidget(m_suggestedChip);
    summary->addStretch(1);
    auto* currentLabel = new QLabel(tr("Current code:"), this);
    makeQuiet(currentLabel);
    summary->addWidget(currentLabel);
    m_currentChip = new RiskChip(this);
    m_currentChip->setObjectName(QStringLiteral("currentCodeChip"));
    m_currentChip->setCode(m_current);
    summary->addWidget(m_currentChip);
    layout->addLayout(summary);

    auto* buttons = new QHBoxLayout;
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAutoDefault(false);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    m_backButton = new QPushButton(tr("Back"), this);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_backButton->setAutoDefault(false);
    buttons->addWidget(m_backButton);
    m_nextButton = new QPushButton(tr("Next"), this);
    m_nextButton->setObjectName(QStringLiteral("nextButton"));
    buttons->addWidget(m_nextButton);
    m_submitButton = new QPushButton(
        reassessment ? tr("Submit the reassessment") : tr("Submit the assessment"), this);
    m_submitButton->setObjectName(QStringLiteral("submitAssessmentButton"));
    buttons->addWidget(m_submitButton);
    layout->addLayout(buttons);
    connect(m_cancelButton, &QPushButton::clicked, this, &AssessmentWizard::reject);
    connect(m_backButton, &QPushButton::clicked, this, &AssessmentWizard::back);
    connect(m_nextButton, &QPushButton::clicked, this, &AssessmentWizard::next);
    connect(m_submitButton, &QPushButton::clicked, this, &AssessmentWizard::submit);

    resize(860, 620);
    updateSummary();
    updateButtons();
    loadTemplate();
}

void AssessmentWizard::loadTemplate()
{
    m_context.read(
        [](CaseSession& s) { return AssessmentService(s).defaultTemplate(); }, this,
        [this](Result<AssessmentTemplate> t) {
            if (!t.ok()) {
                m_loading->setText(
                    tr("The assessment form could not be loaded: %1").arg(t.error().message));
                return;
            }
            m_template = std::move(t.value());
            build();
        });
}

void AssessmentWizard::build()
{
    const QString lang = templateLanguage();
    QString title = m_template.title.value(lang).toString();
    if (title.isEmpty())
        title = m_template.title.value(QStringLiteral("zh_CN")).toString();
    m_titleLabel->setText(title.isEmpty() ? m_template.name : title);

    // The template has no sections of its own: the questions that decide the code at least
    // (a floor) come first, then the weighted ones, each in the template's order, a few a step.
    QList<QList<int>> groups(2);
    for (int i = 0; i < m_template.items.size(); ++i)
        groups[m_template.items.at(i).floor ? 0 : 1] << i;
    const bool twoGroups = !groups[0].isEmpty() && !groups[1].isEmpty();
    int columns = 0;
    for (const AssessmentTemplate::Item& item : m_template.items)
        columns = std::max(columns, item.max + 1);
    int number = 0;
    for (int g = 0; g < 2; ++g) {
        const QList<int>& items = groups.at(g);
        QString groupTitle = !twoGroups ? tr("Questions")
                             : g == 0   ? tr("Serious situations")
                                        : tr("Other risk factors");
        for (int start = 0; start < items.size(); start += kRowsPerStep) {
            auto* scroll = new QScrollArea(m_stack);
            scroll->setWidgetResizable(true);
            scroll->setFrameShape(QFrame::NoFrame);
            auto* page = new QWidget(scroll);
            auto* rows = new QVBoxLayout(page);
            rows->setContentsMargins(0, 4, 0, 4);
            rows->setSpacing(2);
            for (int k = start; k < std::min<int>(start + kRowsPerStep, items.size()); ++k) {
                const AssessmentTemplate::Item& item = m_template.items.at(items.at(k));
                QString note;
                if (item.floor)
                    note = item.max == 1 ? tr("“Yes” makes the code at least %1.")
                                               .arg(RiskCodes::displayName(*item.floor))
                                         : tr("Any answer above 0 makes the code at least %1.")
                                               .arg(RiskCodes::displayName(*item.floor));
                auto* row = new AnswerRow(++number, m_template.itemText(item, lang), item.max, note,
                                          columns, page);
                row->setObjectName(QStringLiteral("answerRow_") + item.key);
                connect(row, &AnswerRow::answered, this, [this] {
                    updateSummary();
                    updateButtons();
                });
                m_rows.insert(item.key, row);
                rows->addWidget(row);
            }
            rows->addStretch(1);
            scroll->setWidget(page);
            m_stack->addWidget(scroll);
            m_stepTitles << (start == 0 ? groupTitle : tr("%1 (continued)").arg(groupTitle));
        }
    }
    m_confirmPage = buildConfirmPage();
    m_stack->addWidget(m_confirmPage);
    m_stepTitles << tr("Confirm the code");

    m_ready = true;
    if (!m_pendingState.isEmpty())
        restoreState(std::exchange(m_pendingState, {}));
    showStep(0);
    Q_EMIT ready();
}

QWidget* AssessmentWizard::buildConfirmPage()
{
    auto* page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("assessmentConfirmPage"));
    auto* outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 8, 0, 0);
    outer->setSpacing(16);
    // What the answers come to, in one line.
    auto* suggestion = new QHBoxLayout;
    suggestion->setSpacing(8);
    suggestion->addWidget(new QLabel(tr("The answers suggest"), page));
    m_confirmChip = new RiskChip(page);
    m_confirmChip->setObjectName(QStringLiteral("confirmSuggestedChip"));
    suggestion->addWidget(m_confirmChip);
    m_confirmScore = new QLabel(page);
    m_confirmScore->setObjectName(QStringLiteral("confirmScoreLabel"));
    suggestion->addWidget(m_confirmScore);
    suggestion->addStretch(1);
    outer->addLayout(suggestion);

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setVerticalSpacing(8);
    outer->addLayout(form);
    outer->addStretch(1);

    m_accept = new QRadioButton(page);
    m_accept->setObjectName(QStringLiteral("acceptSuggestionRadio"));
    m_accept->setChecked(true);
    form->addRow(tr("Code to record:"), m_accept);
    auto* overrideRow = new QHBoxLayout;
    m_override = new QRadioButton(tr("Another code:"), page);
    m_override->setObjectName(QStringLiteral("overrideCodeRadio"));
    overrideRow->addWidget(m_override);
    m_overrideCode = new QComboBox(page);
    m_overrideCode->setObjectName(QStringLiteral("overrideCodeCombo"));
    m_overrideCode->setAccessibleName(tr("Another code"));
    for (RiskCode code : kCodes)
        m_overrideCode->addItem(RiskStyle::label(code), sev(code));
    m_overrideCode->setCurrentIndex(-1);
    m_overrideCode->setPlaceholderText(tr("Choose a code"));
    overrideRow->addWidget(m_overrideCode);
    overrideRow->addStretch(1);
    form->addRow(QString(), overrideRow);

    m_overrideReason = new QPlainTextEdit(page);
    m_overrideReason->setObjectName(QStringLiteral("overrideReasonEdit"));
    m_overrideReason->setAccessibleName(tr("Why another code"));
    m_overrideReason->setPlaceholderText(
        tr("Why the family should have another code than the suggested one (required)"));
    m_overrideReason->setTabChangesFocus(true);
    m_overrideReason->setFixedHeight(m_overrideReason->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("Reason:"), m_overrideReason);

    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("assessmentNotesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("What you saw and heard (optional)"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("Notes:"), m_notes);

    m_effect = new QLabel(page);
    m_effect->setObjectName(QStringLiteral("assessmentEffectLabel"));
    m_effect->setWordWrap(true);
    m_effect->setTextFormat(Qt::PlainText);
    form->addRow(QString(), m_effect);

    auto* missingRow = new QHBoxLayout;
    m_missing = new QLabel(page);
    m_missing->setObjectName(QStringLiteral("assessmentMissingLabel"));
    QPalette warn = m_missing->palette();
    warn.setColor(QPalette::WindowText, RiskStyle::overdueText());
    m_missing->setPalette(warn);
    missingRow->addWidget(m_missing);
    m_goToMissing = new QPushButton(tr("Go to the first unanswered question"), page);
    m_goToMissing->setObjectName(QStringLiteral("goToMissingButton"));
    m_goToMissing->setAutoDefault(false);
    missingRow->addWidget(m_goToMissing);
    missingRow->addStretch(1);
    form->addRow(QString(), missingRow);
    connect(m_goToMissing, &QPushButton::clicked, this, [this] {
        for (int step = 0; step + 1 < stepCount(); ++step)
            for (AnswerRow* row : m_stack->widget(step + 1)->findChildren<AnswerRow*>())
                if (!row->answer()) {
                    showStep(step);
                    row->setFocus(Qt::OtherFocusReason);
                    return;
                }
    });

    auto changed = [this] {
        updateConfirm();
        updateButtons();
    };
    connect(m_accept, &QRadioButton::toggled, this, changed);
    connect(m_override, &QRadioButton::toggled, this, changed);
    connect(m_overrideCode, &QComboBox::currentIndexChanged, this, [this, changed] {
        if (m_overrideCode->currentIndex() >= 0)
            m_override->setChecked(true);
        changed();
    });
    connect(m_overrideReason, &QPlainTextEdit::textChanged, this, changed);
    return page;
}

int AssessmentWizard::stepCount() const
{
    return int(m_stepTitles.size());
}

int AssessmentWizard::currentStep() const
{
    return m_ready ? m_stack->currentIndex() - 1 : -1;
}

void AssessmentWizard::goToStep(int step)
{
    if (m_ready && step >= 0 && step < stepCount())
        showStep(step);
}

void AssessmentWizard::showStep(int index)
{
    m_stack->setCurrentIndex(index + 1); // 0 is the loading label
    m_stepLabel->setText(
        tr("Step %1 of %2: %3").arg(index + 1).arg(stepCount()).arg(m_stepTitles.at(index)));
    const bool confirm = index == stepCount() - 1;
    m_hintLabel->setText(confirm ? tr("Accept the suggested code, or record another one with a "
                                      "reason; a lower one goes to a supervisor.")
                                 : tr("Answer with the number keys (0 = no, 1 = yes, or the "
                                      "number in the question). Tab or ↓ goes to the next "
                                      "question; a number moves on by itself."));
    if (confirm) {
        updateConfirm();
        m_accept->setFocus(Qt::OtherFocusReason);
    } else if (auto rows = m_stack->currentWidget()->findChildren<AnswerRow*>(); !rows.isEmpty()) {
        AnswerRow* first = rows.first();
        for (AnswerRow* row : rows)
            if (!row->answer()) {
                first = row;
                break;
            }
        first->setFocus(Qt::OtherFocusReason);
    }
    updateButtons();
}

void AssessmentWizard::next()
{
    if (m_ready && currentStep() + 1 < stepCount())
        showStep(currentStep() + 1);
}

void AssessmentWizard::back()
{
    if (m_ready && currentStep() > 0)
        showStep(currentStep() - 1);
}

QJsonObject AssessmentWizard::answers() const
{
    QJsonObject out;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
        if (const auto answer = it.value()->answer())
            out.insert(it.key(), *answer);
    return out;
}

int AssessmentWizard::answeredCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const AnswerRow* row) { return row->answer().has_value(); }));
}

std::optional<AssessmentTemplate::Outcome> AssessmentWizard::runningOutcome() const
{
    if (!m_ready)
        return std::nullopt;
    QJsonObject filled;
    for (const AssessmentTemplate::Item& item : m_template.items)
        filled.insert(item.key, m_rows.value(item.key)->answer().value_or(0));
    auto outcome = m_template.score(filled);
    if (!outcome.ok())
        return std::nullopt;
    return outcome.value();
}

void AssessmentWizard::updateSummary()
{
    const int total = int(m_template.items.size());
    const int answered = answeredCount();
    m_progressLabel->setText(m_ready ? tr("Answered %1 of %2").arg(answered).arg(total)
                                     : QString());
    const auto outcome = runningOutcome();
    m_scoreLabel->setText(outcome ? tr("Score %1").arg(outcome->score) : QString());
    m_suggestedChip->setCode(outcome ? std::optional(outcome->suggested) : std::nullopt);
    m_suggestedChip->setVisible(outcome.has_value());
    if (m_confirmPage)
        updateConfirm();
}

bool AssessmentWizard::proposes(RiskCode confirmed) const
{
    // As AssessmentService does it: a code below the suggestion always goes to a supervisor;
    // one at or above it only when it is below the current code.
    const auto outcome = runningOutcome();
    if (!outcome)
        return false;
    if (sev(confirmed) < sev(outcome->suggested))
        return true;
    return m_current && sev(confirmed) < sev(*m_current);
}

std::optional<RiskCode> AssessmentWizard::confirmedCode() const
{
    const auto outcome = runningOutcome();
    if (!outcome)
        return std::nullopt;
    if (m_override && m_override->isChecked() && m_overrideCode->currentIndex() >= 0)
        return RiskCodes::fromSeverity(m_overrideCode->currentData().toInt());
    return outcome->suggested;
}

void AssessmentWizard::updateConfirm()
{
    const auto outcome = runningOutcome();
    if (!outcome || !m_confirmPage)
        return;
    const RiskCode suggested = outcome->suggested;
    m_confirmChip->setCode(suggested);
    m_confirmScore->setText(tr("(score %1)").arg(outcome->score));
    m_accept->setText(tr("The suggested code (%1)").arg(RiskCodes::displayName(suggested)));
    const bool overriding = m_override->isChecked();
    m_overrideReason->setEnabled(overriding);

    const int missing = int(m_template.items.size()) - answeredCount();
    m_missing->setText(missing > 0 ? tr("%n question(s) not answered yet.", nullptr, missing)
                                   : QString());
    m_missing->setVisible(missing > 0);
    m_goToMissing->setVisible(missing > 0);

    const auto confirmed = confirmedCode();
    QString effect;
    if (overriding && m_overrideCode->currentIndex() < 0) {
        effect = tr("Choose the code to record.");
    } else if (confirmed) {
        const QString c = RiskCodes::displayName(*confirmed);
        const QString s = RiskCodes::displayName(suggested);
        if (sev(*confirmed) >= sev(suggested)) {
            if (m_current == confirmed)
                effect = tr("The code stays %1.").arg(c);
            else if (!m_current)
                effect = tr("%1 takes effect at once.").arg(c);
            else if (sev(*confirmed) > sev(*m_current))
                effect = tr("The code is raised to %1 at once; a supervisor reviews it.").arg(c);
            else
                effect = tr("A downgrade to %1 is proposed to a supervisor; the code stays %2 "
                            "until it is approved.")
                             .arg(c, RiskCodes::displayName(*m_current));
        } else if (!m_current || sev(*m_current) < sev(suggested)) {
            effect = tr("The suggested %1 takes effect at once; %2 goes to a supervisor with "
                        "your reason.")
                         .arg(s, c);
        } else {
            effect = tr("The code stays %1; %2 goes to a supervisor with your reason.")
                         .arg(RiskCodes::displayName(*m_current), c);
        }
        if (overriding && *confirmed != suggested &&
            m_overrideReason->toPlainText().trimmed().isEmpty())
            effect += u'\n' + tr("Say why the code differs from the suggestion.");
        if (m_proposalWaiting && proposes(*confirmed))
            effect = tr("A downgrade proposal is already waiting for a supervisor: it is decided "
                        "first. Until then, record the current code (%1).")
                         .arg(RiskStyle::label(m_current));
    }
    m_effect->setText(effect);
}

void AssessmentWizard::updateButtons()
{
    const int step = currentStep();
    const bool confirm = m_ready && step == stepCount() - 1;
    m_backButton->setEnabled(m_ready && step > 0 && !m_busy);
    m_nextButton->setVisible(!confirm);
    m_nextButton->setEnabled(m_ready && !m_busy);
    m_submitButton->setVisible(confirm);
    bool complete = m_ready && answeredCount() == m_template.items.size();
    if (complete && m_override && m_override->isChecked()) {
        const auto outcome = runningOutcome();
        const auto code = confirmedCode();
        if (m_overrideCode->currentIndex() < 0)
            complete = false;
        else if (outcome && code && *code != outcome->suggested &&
                 m_overrideReason->toPlainText().trimmed().isEmpty())
            complete = false;
    }
    if (complete && m_proposalWaiting) {
        const auto code = confirmedCode();
        complete = code && !proposes(*code);
    }
    m_submitButton->setEnabled(confirm && complete && !m_busy);
    m_cancelButton->setEnabled(!m_busy);
    (confirm ? m_submitButton : m_nextButton)->setDefault(true);
}

void AssessmentWizard::submit()
{
    if (!m_submitButton->isEnabled() || m_busy)
        return;
    const auto outcome = runningOutcome();
    const auto code = confirmedCode();
    if (!outcome || !code)
        return;
    NewAssessment in;
    in.familyId = m_familyId;
    in.templateId = m_template.id;
    in.answers = answers();
    if (*code != outcome->suggested) {
        in.confirmedCode = *code;
        in.overrideReason = m_overrideReason->toPlainText().trimmed();
    }
    in.notes = m_notes->toPlainText().trimmed();
    m_busy = true;
    updateButtons();
    m_context.write([in](CaseSession& s) { return AssessmentService(s).assess(in); }, this,
                    [this](Result<AssessmentOutcome> r) {
                        m_busy = false;
                        m_result = std::move(r.value());
                        accept();
                    },
                    [this](const Error&) {
                        m_busy = false;
                        updateButtons();
                    });
}

void AssessmentWizard::reject()
{
    if (m_busy)
        return;
    if (hasAnswers() && !m_result &&
        !Prompter::current().confirm(this, tr("Discard the assessment?"),
                                     tr("The answers given so far are not saved."), tr("Discard")))
        return;
    QDialog::reject();
}

QVariantMap AssessmentWizard::state() const
{
    if (!m_ready)
        return m_pendingState;
    QVariantMap map;
    map.insert(QStringLiteral("answers"), answers().toVariantMap());
    map.insert(QStringLiteral("override"), m_override->isChecked());
    map.insert(QStringLiteral("code"), m_overrideCode->currentData());
    map.insert(QStringLiteral("reason"), m_overrideReason->toPlainText());
    map.insert(QStringLiteral("notes"), m_notes->toPlainText());
    map.insert(QStringLiteral("step"), currentStep());
    return map;
}

void AssessmentWizard::restoreState(const QVariantMap& state)
{
    if (!m_ready) {
        m_pendingState = state;
        return;
    }
    const QVariantMap given = state.value(QStringLiteral("answers")).toMap();
    for (auto it = given.cbegin(); it != given.cend(); ++it)
        if (AnswerRow* row = m_rows.value(it.key()))
            row->setAnswer(it.value().toInt());
    m_overrideCode->setCurrentIndex(m_overrideCode->findData(state.value(QStringLiteral("code"))));
    (state.value(QStringLiteral("override")).toBool() ? m_override : m_accept)->setChecked(true);
    m_overrideReason->setPlainText(state.value(QStringLiteral("reason")).toString());
    m_notes->setPlainText(state.value(QStringLiteral("notes")).toString());
    updateSummary();
    goToStep(state.value(QStringLiteral("step")).toInt());
}

} // namespace jiahu
