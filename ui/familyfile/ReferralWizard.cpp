#include "familyfile/ReferralWizard.h"

#include "familyfile/FileContext.h"
#include "familyfile/ReferralModels.h"
#include "forms/FormWidgets.h"

#include "domain/TextRules.h"
#include "services/ReferralService.h"

#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace jiahu {

namespace {

QFormLayout* newForm()
{
    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setVerticalSpacing(8);
    return form;
}

QLineEdit* lineEdit(const char* name, const QString& accessible, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setAccessibleName(accessible);
    return edit;
}

QPlainTextEdit* textEdit(const char* name, const QString& accessible, int lines, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setAccessibleName(accessible);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines +
                         2 * int(edit->document()->documentMargin()) + 2 * edit->frameWidth());
    return edit;
}

QLabel* stepHeading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() + 2);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

} // namespace

ReferralWizard::ReferralWizard(FileContext& context, QWidget* parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("referralWizard"));
    setWindowTitle(tr("New referral"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(16);

    auto* steps = new QHBoxLayout;
    steps->setSpacing(24);
    const QString names[] = {tr("1 What is asked"), tr("2 Why"), tr("3 What is to be done"),
                             tr("4 Check and send")};
    for (const QString& name : names) {
        auto* label = new QLabel(name, this);
        m_stepLabels << label;
        steps->addWidget(label);
    }
    steps->addStretch();
    layout->addLayout(steps);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildWhat());
    m_pages->addWidget(buildWhy());
    m_pages->addWidget(buildActions());
    m_pages->addWidget(buildSummary());
    layout->addWidget(m_pages, 1);

    m_error = new ErrorLabel(this);
    m_error->setObjectName(QStringLiteral("referralError"));
    layout->addWidget(m_error);

    auto* buttons = new QHBoxLayout;
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAutoDefault(false);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    m_back = new QPushButton(tr("Back"), this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setAutoDefault(false);
    buttons->addWidget(m_back);
    m_next = new QPushButton(tr("Next"), this);
    m_next->setObjectName(QStringLiteral("nextButton"));
    buttons->addWidget(m_next);
    m_draft = new QPushButton(tr("Keep as draft"), this);
    m_draft->setObjectName(QStringLiteral("draftButton"));
    m_draft->setAutoDefault(false);
    buttons->addWidget(m_draft);
    m_send = new QPushButton(tr("Create and send"), this);
    m_send->setObjectName(QStringLiteral("sendButton"));
    buttons->addWidget(m_send);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, &ReferralWizard::reject);
    connect(m_back, &QPushButton::clicked, this, &ReferralWizard::goBack);
    connect(m_next, &QPushButton::clicked, this, &ReferralWizard::goNext);
    connect(m_draft, &QPushButton::clicked, this, &ReferralWizard::saveDraft);
    connect(m_send, &QPushButton::clicked, this, &ReferralWizard::send);

    requestChanged();
    showStep(WhatStep);
    resize(720, 560);
}

QWidget* ReferralWizard::buildWhat()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(stepHeading(tr("What is asked, of which agency"), page));
    auto* form = newForm();
    m_request = new QComboBox(page);
    m_request->setObjectName(QStringLiteral("requestCombo"));
    m_request->setAccessibleName(tr("What the referral asks for"));
    for (ReferralRequest r : {ReferralRequest::SupervisionOrder, ReferralRequest::EducationOrder,
                              ReferralRequest::GuidanceOrder, ReferralRequest::Admonition,
                              ReferralRequest::Psychological, ReferralRequest::Relief,
                              ReferralRequest::SchoolSupport, ReferralRequest::Other})
        m_request->addItem(CaseVocabulary::displayName(r), int(r));
    form->addRow(tr("Asks for:"), m_request);
    m_agency = lineEdit("agencyEdit", tr("Receiving agency"), page);
    m_agency->setPlaceholderText(tr("e.g. the district procuratorate"));
    m_agency->setMaxLength(TextRules::kShort);
    form->addRow(tr("Receiving agency:"), m_agency);
    layout->addLayout(form);
    auto* note = new QLabel(tr("The agency sees the referral once it is sent; a legal liaison "
                               "there records its response."),
                            page);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    layout->addStretch();
    connect(m_request, &QComboBox::currentIndexChanged, this, &ReferralWizard::requestChanged);
    return page;
}

QWidget* ReferralWizard::buildWhy()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(stepHeading(tr("Why the family is referred"), page));
    auto* form = newForm();
    m_reason = textEdit("reasonEdit", tr("Reason for the referral"), 4, page);
    m_reason->setPlaceholderText(tr("What happened and why this agency is needed"));
    form->addRow(tr("Reason:"), m_reason);
    m_legalBasis = lineEdit("legalBasisEdit", tr("Legal basis"), page);
    form->addRow(tr("Legal basis:"), m_legalBasis);
    m_problems = textEdit("problemsEdit", tr("Problems found"), 4, page);
    m_problems->setPlaceholderText(tr("What the caseworker found in the family"));
    form->addRow(tr("Problems found:"), m_problems);
    layout->addLayout(form);
    layout->addStretch();
    return page;
}

QWidget* ReferralWizard::buildActions()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(stepHeading(tr("What is to be done"), page));
    auto* form = newForm();
    m_requiredActions = textEdit("requiredActionsEdit", tr("Required actions"), 3, page);
    m_requiredActions->setPlaceholderText(tr("What the guardians are required to do"));
    form->addRow(tr("Required actions:"), m_requiredActions);
    m_frequency = lineEdit("frequencyEdit", tr("Frequency"), page);
    m_frequency->setPlaceholderText(tr("e.g. once a week"));
    form->addRow(tr("Frequency:"), m_frequency);
    m_duration = lineEdit("durationEdit", tr("Duration"), page);
    m_duration->setPlaceholderText(tr("e.g. three months"));
    form->addRow(tr("Duration:"), m_duration);
    m_provider = lineEdit("providerEdit", tr("Provider"), page);
    m_provider->setPlaceholderText(tr("Who gives the guidance or service"));
    form->addRow(tr("Provider:"), m_provider);
    m_venue = lineEdit("venueEdit", tr("Venue"), page);
    form->addRow(tr("Venue:"), m_venue);
    m_servedHow = lineEdit("servedHowEdit", tr("How served"), page);
    m_servedHow->setPlaceholderText(tr("e.g. handed over in person"));
    form->addRow(tr("How served:"), m_servedHow);
    m_hours = new QDoubleSpinBox(page);
    m_hours->setObjectName(QStringLiteral("hoursSpin"));
    m_hours->setAccessibleName(tr("Guidance hours required"));
    m_hours->setRange(0, 1000);
    m_hours->setDecimals(1);
    m_hours->setSingleStep(1);
    m_hours->setSuffix(tr(" h"));
    m_hours->setSpecialValueText(tr("None"));
    m_hoursHint = new QLabel(page);
    m_hoursHint->setObjectName(QStringLiteral("hoursHint"));
    m_hoursHint->setWordWrap(true);
    m_hoursHint->setForegroundRole(QPalette::PlaceholderText);
    auto* hoursRow = new QHBoxLayout;
    hoursRow->setSpacing(12);
    hoursRow->addWidget(m_hours);
    hoursRow->addWidget(m_hoursHint, 1);
    form->addRow(tr("Hours required:"), hoursRow);
    layout->addLayout(form);
    layout->addStretch();
    return page;
}

QWidget* ReferralWizard::buildSummary()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(stepHeading(tr("Check the referral"), page));
    auto* scroll = new QScrollArea(page);
    scroll->setObjectName(QStringLiteral("summaryArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget(scroll);
    m_summary = newForm();
    m_summary->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_summary->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow); // long text wraps
    inner->setLayout(m_summary);
    scroll->setWidget(inner);
    layout->addWidget(scroll, 1);
    return page;
}

void ReferralWizard::requestChanged()
{
    const auto request = ReferralRequest(m_request->currentData().toInt());
    switch (request) {
    case ReferralRequest::SupervisionOrder:
        m_legalBasis->setPlaceholderText(tr("e.g. Minors Protection Law, Article 118"));
        break;
    case ReferralRequest::EducationOrder:
    case ReferralRequest::GuidanceOrder:
        m_legalBasis->setPlaceholderText(tr("e.g. Family Education Promotion Law, Article 49"));
        break;
    default:
        m_legalBasis->setPlaceholderText(tr("The law or rule the referral rests on, if any"));
        break;
    }
    m_hoursHint->setText(request == ReferralRequest::GuidanceOrder
                             ? tr("Required: the guidance hours the order sets. Sessions "
                                  "recorded against it count towards them.")
                             : tr("Only if the agency is to give guidance for a set number of "
                                  "hours."));
}

void ReferralWizard::setDraft(const Referral& draft)
{
    m_draftId = draft.id;
    setWindowTitle(tr("Edit draft referral"));
    m_request->setCurrentIndex(std::max(0, m_request->findData(int(draft.request))));
    m_agency->setText(draft.agency);
    m_reason->setPlainText(draft.reason);
    m_legalBasis->setText(draft.legalBasis);
    m_problems->setPlainText(draft.problems);
    m_requiredActions->setPlainText(draft.requiredActions);
    m_frequency->setText(draft.frequency);
    m_duration->setText(draft.duration);
    m_provider->setText(draft.provider);
    m_venue->setText(draft.venue);
    m_servedHow->setText(draft.servedHow);
    m_hours->setValue(draft.requiredHours);
    m_loaded = referral(); // as the fields show it (trimmed), to tell changes from none
    m_draft->setText(tr("Save changes"));
    m_send->setText(tr("Save and send"));
}

void ReferralWizard::setAgencySuggestions(const QStringList& agencies)
{
    auto* completer = new QCompleter(agencies, m_agency);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_agency->setCompleter(completer);
}

int ReferralWizard::currentStep() const
{
    return m_pages->currentIndex();
}

void ReferralWizard::showStep(int step)
{
    m_pages->setCurrentIndex(step);
    for (int i = 0; i < m_stepLabels.size(); ++i) {
        QLabel* label = m_stepLabels.at(i);
        QFont font = label->font();
        font.setWeight(i == step ? QFont::DemiBold : QFont::Normal);
        label->setFont(font);
        label->setForegroundRole(i == step ? QPalette::WindowText : QPalette::PlaceholderText);
    }
    const bool last = step == SummaryStep;
    m_back->setEnabled(step > WhatStep);
    m_next->setVisible(!last);
    m_draft->setVisible(last);
    m_send->setVisible(last);
    m_next->setDefault(!last);
    m_send->setDefault(last);
    m_error->showMessage({});
    if (last) {
        fillSummary();
        m_send->setFocus(Qt::OtherFocusReason);
    } else {
        QWidget* first[] = {m_request, m_reason, m_requiredActions};
        first[step]->setFocus(Qt::OtherFocusReason);
    }
}

Referral ReferralWizard::referral() const
{
    Referral r;
    r.id = m_draftId;
    r.familyId = m_context.familyId();
    r.request = ReferralRequest(m_request->currentData().toInt());
    r.agency = m_agency->text().trimmed();
    r.reason = m_reason->toPlainText().trimmed();
    r.legalBasis = m_legalBasis->text().trimmed();
    r.problems = m_problems->toPlainText().trimmed();
    r.requiredActions = m_requiredActions->toPlainText().trimmed();
    r.frequency = m_frequency->text().trimmed();
    r.duration = m_duration->text().trimmed();
    r.provider = m_provider->text().trimmed();
    r.venue = m_venue->text().trimmed();
    r.servedHow = m_servedHow->text().trimmed();
    r.requiredHours = m_hours->value();
    return r;
}

Status ReferralWizard::checkStep(int step) const
{
    const Referral r = referral();
    switch (step) {
    case WhatStep:
        return TextRules::checkRequired(tr("The receiving agency"), r.agency, TextRules::kShort);
    case WhyStep:
        if (r.reason.isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             tr("Write the reason for the referral: the agency decides on it."));
        JIAHU_TRY(TextRules::check(tr("The reason"), r.reason, TextRules::kNote, true));
        JIAHU_TRY(TextRules::check(tr("The legal basis"), r.legalBasis, TextRules::kLine));
        return TextRules::check(tr("The problems found"), r.problems, TextRules::kNote, true);
    case ActionsStep: {
        const std::pair<QString, QString> fields[] = {
            {tr("The required actions"), r.requiredActions},
            {tr("The frequency"), r.frequency},
            {tr("The duration"), r.duration},
            {tr("The provider"), r.provider},
            {tr("The venue"), r.venue},
            {tr("How it is served"), r.servedHow}};
        for (const auto& [name, text] : fields)
            JIAHU_TRY(TextRules::check(name, text, TextRules::kNote, true));
        if (r.request == ReferralRequest::GuidanceOrder && r.requiredHours <= 0)
            return makeError(ErrorCode::InvalidArgument,
                             tr("An order to attend family education guidance sets the hours "
                                "of guidance: enter them under \"Hours required\"."));
        return {};
    }
    default:
        return {};
    }
}

bool ReferralWizard::goNext()
{
    const int step = currentStep();
    if (step >= SummaryStep)
        return false;
    const Status ok = checkStep(step);
    if (!ok.ok()) {
        m_error->showMessage(ok.error().message);
        return false;
    }
    showStep(step + 1);
    return true;
}

void ReferralWizard::goBack()
{
    if (currentStep() > WhatStep)
        showStep(currentStep() - 1);
}

void ReferralWizard::fillSummary()
{
    while (m_summary->rowCount() > 0)
        m_summary->removeRow(0);
    const Referral r = referral();
    auto row = [this](const QString& label, const QString& value) {
        auto* text = new QLabel(value.isEmpty() ? tr("(not filled in)") : value);
        text->setTextFormat(Qt::PlainText); // case text is never markup
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (value.isEmpty())
            text->setForegroundRole(QPalette::PlaceholderText);
        m_summary->addRow(label, text);
    };
    row(tr("Asks for:"), CaseVocabulary::displayName(r.request));
    row(tr("Receiving agency:"), r.agency);
    row(tr("Reason:"), r.reason);
    row(tr("Legal basis:"), r.legalBasis);
    row(tr("Problems found:"), r.problems);
    row(tr("Required actions:"), r.requiredActions);
    row(tr("Frequency:"), r.frequency);
    row(tr("Duration:"), r.duration);
    row(tr("Provider:"), r.provider);
    row(tr("Venue:"), r.venue);
    row(tr("How served:"), r.servedHow);
    row(tr("Hours required:"), r.requiredHours > 0
                                   ? tr("%1 hours").arg(ReferralsModel::hoursText(r.requiredHours))
                                   : QString());
}

void ReferralWizard::send()
{
    write(true);
}

void ReferralWizard::saveDraft()
{
    write(false);
}

void ReferralWizard::write(bool sendIt)
{
    if (m_busy)
        return;
    // Every step once more (a draft loaded for editing may skip straight here).
    for (int step = WhatStep; step < SummaryStep; ++step) {
        const Status ok = checkStep(step);
        if (!ok.ok()) {
            showStep(step);
            m_error->showMessage(ok.error().message);
            return;
        }
    }
    const Referral r = referral();
    m_busy = true;
    m_send->setEnabled(false);
    m_draft->setEnabled(false);
    m_context.write(
        [r, sendIt](CaseSession& s) -> Result<Referral> {
            auto tx = s.begin(); // one write: created and sent, or nothing
            if (!tx.ok())
                return tx.error();
            ReferralService service(s);
            Result<Referral> saved = Error{};
            if (r.id.isEmpty()) {
                saved = service.create(r);
            } else {
                ReferralEdit e;
                e.agency = r.agency;
                e.request = r.request;
                e.reason = r.reason;
                e.legalBasis = r.legalBasis;
                e.problems = r.problems;
                e.requiredActions = r.requiredActions;
                e.frequency = r.frequency;
                e.duration = r.duration;
                e.provider = r.provider;
                e.venue = r.venue;
                e.servedHow = r.servedHow;
                e.requiredHours = r.requiredHours;
                saved = service.editDraft(r.id, e);
            }
            if (!saved.ok())
                return saved.error();
            if (sendIt) {
                ReferralMove move;
                move.to = ReferralStatus::Sent;
                saved = service.move(saved->id, move);
                if (!saved.ok())
                    return saved.error();
            }
            JIAHU_TRY(tx->commit());
            return saved;
        },
        this,
        [this](Result<Referral> saved) {
            m_busy = false;
            m_send->setEnabled(true);
            m_draft->setEnabled(true);
            Q_EMIT referralSaved(saved.value());
            QDialog::accept();
        },
        [this](const Error&) {
            m_busy = false;
            m_send->setEnabled(true);
            m_draft->setEnabled(true);
        });
}

bool ReferralWizard::hasInput() const
{
    const Referral r = referral();
    if (!m_draftId.isEmpty()) {
        const Referral& o = m_loaded;
        return r.agency != o.agency || r.request != o.request || r.reason != o.reason ||
               r.legalBasis != o.legalBasis || r.problems != o.problems ||
               r.requiredActions != o.requiredActions || r.frequency != o.frequency ||
               r.duration != o.duration || r.provider != o.provider || r.venue != o.venue ||
               r.servedHow != o.servedHow || r.requiredHours != o.requiredHours;
    }
    return !r.agency.isEmpty() || !r.reason.isEmpty() || !r.legalBasis.isEmpty() ||
           !r.problems.isEmpty() || !r.requiredActions.isEmpty() || !r.frequency.isEmpty() ||
           !r.duration.isEmpty() || !r.provider.isEmpty() || !r.venue.isEmpty() ||
           !r.servedHow.isEmpty() || r.requiredHours > 0;
}

void ReferralWizard::reject()
{
    if (m_busy)
        return;
    if (hasInput() &&
        !Prompter::current().confirm(this, tr("Discard this referral?"),
                                     m_draftId.isEmpty()
                                         ? tr("What you entered for this referral will be lost.")
                                         : tr("Your changes to this draft will be lost."),
                                     tr("Discard")))
        return;
    QDialog::reject();
}

} // namespace jiahu
