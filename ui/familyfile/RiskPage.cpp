#include "familyfile/RiskPage.h"

#include "domain/RecordText.h"
#include "familyfile/FileContext.h"
#include "familyfile/PageParts.h"
#include "familyfile/RecordListDelegate.h"
#include "familyfile/RecordTime.h"
#include "familyfile/RiskHistoryModel.h"
#include "familyfile/TimelineEntries.h"
#include "look/RiskStyle.h"
#include "services/RiskService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace jiahu {

using pageparts::makeQuiet;
using pageparts::sectionTitle;

namespace {
const QList<RiskCode> kCodes{RiskCode::Red, RiskCode::Orange, RiskCode::Yellow, RiskCode::Blue};
} // namespace

RiskPage::RiskPage(FileContext& context, QWidget* parent) : FilePage(context, parent)
{
    setObjectName(QStringLiteral("riskPage"));
    auto* columns = new QHBoxLayout(this);
    columns->setContentsMargins(16, 12, 16, 12);
    columns->setSpacing(24);

    // Left: where the code stands and what can be done about it.
    auto* left = new QVBoxLayout;
    left->setSpacing(8);
    auto* currentRow = new QHBoxLayout;
    auto* currentTitle = sectionTitle(tr("Current code"), this);
    currentRow->addWidget(currentTitle);
    m_currentChip = new RiskChip(this);
    m_currentChip->setObjectName(QStringLiteral("riskCurrentChip"));
    currentRow->addWidget(m_currentChip);
    currentRow->addStretch(1);
    left->addLayout(currentRow);
    m_currentLabel = new QLabel(this);
    m_currentLabel->setObjectName(QStringLiteral("riskCurrentLabel"));
    m_currentLabel->setWordWrap(true);
    m_currentLabel->setTextFormat(Qt::PlainText);
    makeQuiet(m_currentLabel);
    left->addWidget(m_currentLabel);

    // Why a downgrade cannot be proposed yet, and what to do about it.
    auto* notice = new QFrame(this);
    notice->setObjectName(QStringLiteral("riskNotice"));
    notice->setStyleSheet(
        QStringLiteral("QFrame#riskNotice { background: palette(alternate-base); border: 1px solid "
                       "palette(mid); border-radius: 4px; }"));
    auto* noticeLayout = new QVBoxLayout(notice);
    noticeLayout->setContentsMargins(12, 8, 12, 8);
    m_blockLabel = new QLabel(notice);
    m_blockLabel->setObjectName(QStringLiteral("riskBlockLabel"));
    m_blockLabel->setWordWrap(true);
    m_blockLabel->setTextFormat(Qt::PlainText);
    noticeLayout->addWidget(m_blockLabel);
    m_reassess = new QPushButton(tr("Start a reassessment"), notice);
    m_reassess->setObjectName(QStringLiteral("reassessButton"));
    noticeLayout->addWidget(m_reassess, 0, Qt::AlignLeft);
    connect(m_reassess, &QPushButton::clicked, this,
            [this] { Q_EMIT pageRequested(FilePageId::Assessment); });
    m_notice = notice;
    left->addSpacing(8);
    left->addWidget(notice);

    // Change the code.
    left->addSpacing(16);
    left->addWidget(sectionTitle(tr("Change the code"), this));
    m_proposeBox = new QWidget(this);
    m_proposeBox->setObjectName(QStringLiteral("riskProposeBox"));
    auto* form = new QFormLayout(m_proposeBox);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_code = new QComboBox(m_proposeBox);
    m_code->setObjectName(QStringLiteral("proposeCodeCombo"));
    m_code->setAccessibleName(tr("New code"));
    m_code->setPlaceholderText(tr("Choose a code"));
    for (RiskCode code : kCodes)
        m_code->addItem(RiskStyle::label(code), RiskCodes::severity(code));
    m_code->setCurrentIndex(-1);
    form->addRow(tr("New code:"), m_code);
    m_reason = new QPlainTextEdit(m_proposeBox);
    m_reason->setObjectName(QStringLiteral("proposeReasonEdit"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Why the code should change (required)"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("Reason:"), m_reason);
    m_effect = new QLabel(m_proposeBox);
    m_effect->setObjectName(QStringLiteral("proposeEffectLabel"));
    m_effect->setWordWrap(true);
    m_effect->setTextFormat(Qt::PlainText);
    form->addRow(QString(), m_effect);
    m_submit = new QPushButton(tr("Submit the change"), m_proposeBox);
    m_submit->setObjectName(QStringLiteral("proposeButton"));
    form->addRow(QString(), m_submit);
    left->addWidget(m_proposeBox);
    left->addStretch(1);
    connect(m_code, &QComboBox::currentIndexChanged, this, &RiskPage::updateForm);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &RiskPage::updateForm);
    connect(m_submit, &QPushButton::clicked, this, &RiskPage::propose);

    auto* leftWidget = new QWidget(this);
    leftWidget->setLayout(left);
    leftWidget->setFixedWidth(400);
    left->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(leftWidget);

    // Right: what waits for a supervisor, and the history.
    auto* right = new QVBoxLayout;
    right->setSpacing(8);
    // What is due comes first: what waits for a supervisor, set apart.
    m_waitingBox = new QFrame(this);
    m_waitingBox->setObjectName(QStringLiteral("riskWaitingBox"));
    m_waitingBox->setStyleSheet(QStringLiteral(
        "QFrame#riskWaitingBox { background: palette(alternate-base); border: 1px solid "
        "palette(mid); border-radius: 4px; }"));
    auto* waitingOuter = new QVBoxLayout(m_waitingBox);
    waitingOuter->setContentsMargins(12, 8, 12, 8);
    waitingOuter->addWidget(sectionTitle(tr("Waiting for a supervisor"), m_waitingBox));
    m_waitingLayout = new QVBoxLayout;
    m_waitingLayout->setSpacing(8);
    waitingOuter->addLayout(m_waitingLayout);
    right->addWidget(m_waitingBox);

    right->addWidget(sectionTitle(tr("Code history"), this));
    m_history = new RiskHistoryModel(this);
    m_historyView = new QTreeView(this);
    m_historyView->setObjectName(QStringLiteral("riskHistoryView"));
    m_historyView->setAccessibleName(tr("Code history"));
    m_historyView->setModel(m_history);
    m_historyView->setItemDelegate(new RecordListDelegate(m_historyView));
    m_historyView->setRootIsDecorated(false);
    m_historyView->setUniformRowHeights(true);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->setAllColumnsShowFocus(true);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView* header = m_historyView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RiskHistoryModel::ReasonColumn, QHeaderView::Stretch);
    right->addWidget(m_historyView, 1);
    columns->addLayout(right, 1);

    setTabOrder(m_reassess, m_code);
    setTabOrder(m_code, m_reason);
    setTabOrder(m_reason, m_submit);
    updateForm();
    rebuildWaiting();
}

QString RiskPage::title() const
{
    return tr("Risk code");
}

bool RiskPage::writable() const
{
    return m_file.family.status == FamilyStatus::Open && !m_file.family.id.isEmpty();
}

void RiskPage::showFile(const FamilyFile& file)
{
    m_file = file;
    m_state = RiskFileState::of(file);
    m_currentChip->setCode(m_state.current);
    if (!m_state.current) {
        m_currentLabel->setText(tr("Not coded yet. An assessment suggests a code; or choose one "
                                   "below with a reason."));
    } else if (m_state.currentEvent) {
        const RiskEvent& e = *m_state.currentEvent;
        m_currentLabel->setText(
            tr("Since %1, by %2.").arg(RecordTime::dateTime(e.at), e.byDisplayName));
    } else {
        m_currentLabel->clear();
    }
    m_history->setHistory(file.riskHistory);
    rebuildWaiting();
    updateForm();
}

std::optional<RiskCode> RiskPage::chosenCode() const
{
    if (m_code->currentIndex() < 0)
        return std::nullopt;
    return RiskCodes::fromSeverity(m_code->currentData().toInt());
}

void RiskPage::updateForm()
{
    const bool open = writable();
    // The block, said before anyone types.
    QString block;
    bool offerAssessment = false;
    if (!m_file.family.id.isEmpty() && open) {
        if (!m_state.current) {
            block = tr("Not coded yet: an assessment is the usual way to a first code.");
            offerAssessment = true;
            m_reassess->setText(tr("Start an assessment"));
        } else {
            block = m_state.blockText();
            offerAssessment = m_state.reassessmentHelps();
            m_reassess->setText(tr("Start a reassessment"));
        }
    }
    m_blockLabel->setText(block);
    m_reassess->setVisible(offerAssessment);
    m_notice->setVisible(!block.isEmpty());

    m_proposeBox->setEnabled(open && !m_busy);
    const auto code = chosenCode();
    QString effect;
    bool allowed = false;
    if (!open && !m_file.family.id.isEmpty()) {
        effect = tr("This file is %1: it is read-only until a supervisor reopens it.")
                     .arg(CaseVocabulary::displayName(m_file.family.status));
    } else if (code) {
        const auto current = m_state.current;
        if (current == code) {
            effect = tr("The family is already %1.").arg(RiskCodes::displayName(*code));
        } else if (!current) {
            effect = tr("Takes effect at once.");
            allowed = true;
        } else if (!RiskCodes::isDowngrade(*current, *code)) {
            effect = tr("A raise takes effect at once; a supervisor reviews it.");
            allowed = true;
        } else if (m_state.allows(*code)) {
            effect = tr("A downgrade goes to another supervisor for approval; the code stays %1 "
                        "until then.")
                         .arg(RiskCodes::displayName(*current));
            allowed = true;
        } else if (m_state.block == RiskFileState::DowngradeBlock::None) {
            effect = tr("The reassessment suggests %1: the code can go down to %1 at the lowest.")
                         .arg(RiskCodes::displayName(m_state.latest->suggestedCode));
        } else {
            effect = m_state.blockText();
        }
    }
    m_effect->setText(effect);
    m_effect->setVisible(!effect.isEmpty());
    m_submit->setEnabled(open && !m_busy && allowed &&
                         !m_reason->toPlainText().trimmed().isEmpty());
}

void RiskPage::rebuildWaiting()
{
    while (QLayoutItem* item = m_waitingLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const bool supervisor = context().user().role == Role::Supervisor;
    for (const RiskEvent& e : std::as_const(m_state.waiting)) {
        auto* row = new QFrame(m_waitingBox);
        row->setObjectName(QStringLiteral("riskWaitingRow"));
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* chip = new RiskChip(row);
        chip->setCode(e.code);
        layout->addWidget(chip, 0, Qt::AlignTop);
        auto* text = new QLabel(row);
        text->setObjectName(QStringLiteral("riskWaitingLabel"));
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        QString line = tr("%1 — by %2, %3")
                           .arg(TimelineEntries::riskEventSummary(e), e.byDisplayName,
                                RecordTime::dateTime(e.at));
        const QString reason = RecordText::riskEventReason(e);
        if (!reason.isEmpty())
            line += u'\n' + tr("Reason: %1").arg(reason);
        const bool own = e.kind == RiskEventKind::Propose && e.byUserId == context().user().id;
        if (supervisor && own)
            line += u'\n' + tr("Your own proposal: another supervisor approves or declines it.");
        text->setText(line);
        layout->addWidget(text, 1);
        if (supervisor) {
            const bool raise = e.kind == RiskEventKind::Set;
            auto* approve = new QPushButton(raise ? tr("Review") : tr("Approve"), row);
            approve->setObjectName(QStringLiteral("approveButton"));
            approve->setEnabled(!own && writable());
            layout->addWidget(approve, 0, Qt::AlignTop);
            connect(approve, &QPushButton::clicked, this, [this, e] { decide(e, true); });
            if (!raise) {
                auto* decline = new QPushButton(tr("Decline"), row);
                decline->setObjectName(QStringLiteral("declineButton"));
                decline->setEnabled(!own && writable());
                layout->addWidget(decline, 0, Qt::AlignTop);
                connect(decline, &QPushButton::clicked, this, [this, e] { decide(e, false); });
            }
        }
        m_waitingLayout->addWidget(row);
    }
    m_waitingBox->setVisible(!m_state.waiting.isEmpty());
}

void RiskPage::propose()
{
    const auto code = chosenCode();
    const QString reason = m_reason->toPlainText().trimmed();
    if (!code || reason.isEmpty() || m_busy)
        return;
    const QString familyId = context().familyId();
    // A downgrade names the reassessment that allows it.
    const bool downgrade = m_state.current && RiskCodes::isDowngrade(*m_state.current, *code);
    const QString assessmentId = downgrade ? m_state.reassessmentId() : QString();
    m_busy = true;
    updateForm();
    context().write(
        [familyId, code = *code, reason, assessmentId](CaseSession& s) {
            return RiskService(s).propose(familyId, code, reason, assessmentId);
        },
        this,
        [this](Result<RiskEvent>) {
            m_busy = false;
            m_reason->clear();
            m_code->setCurrentIndex(-1);
            updateForm();
        },
        [this](const Error&) {
            m_busy = false;
            updateForm();
        });
}

void RiskPage::decide(const RiskEvent& event, bool approve)
{
    const bool raise = event.kind == RiskEventKind::Set;
    const QString from =
        event.previousCode ? RiskCodes::displayName(*event.previousCode) : QString();
    const QString to = RiskCodes::displayName(event.code);
    QString title;
    QString prompt;
    if (raise) {
        title = tr("Review the raise");
        prompt = tr("Your review of the raise from %1 to %2:").arg(from, to);
    } else if (approve) {
        title = tr("Approve the downgrade");
        prompt = tr("Why do you approve the downgrade from %1 to %2?").arg(from, to);
    } else {
        title = tr("Decline the downgrade");
        prompt = tr("Why do you decline the downgrade from %1 to %2?").arg(from, to);
    }
    const auto reason = Prompter::current().askReason(this, title, prompt);
    if (!reason)
        return;
    const QString id = event.id;
    const QString text = *reason;
    context().write(
        [id, text, approve](CaseSession& s) {
            return approve ? RiskService(s).approve(id, text) : RiskService(s).decline(id, text);
        },
        this, [](Result<RiskEvent>) {});
}

bool RiskPage::hasUnsavedEdits() const
{
    return !m_reason->toPlainText().trimmed().isEmpty();
}

void RiskPage::discardEdits()
{
    m_reason->clear();
    m_code->setCurrentIndex(-1);
    updateForm();
}

QVariant RiskPage::draft() const
{
    if (!hasUnsavedEdits())
        return {};
    return QVariantMap{{QStringLiteral("code"), m_code->currentData()},
                       {QStringLiteral("reason"), m_reason->toPlainText()}};
}

void RiskPage::restoreDraft(const QVariant& draft)
{
    const QVariantMap map = draft.toMap();
    if (map.isEmpty())
        return;
    m_code->setCurrentIndex(m_code->findData(map.value(QStringLiteral("code"))));
    m_reason->setPlainText(map.value(QStringLiteral("reason")).toString());
    updateForm();
}

} // namespace jiahu
