#include "familyfile/ReferralsPage.h"

#include "familyfile/FileContext.h"
#include "familyfile/ReferralModels.h"
#include "familyfile/ReferralWizard.h"

#include "services/ReferralService.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace jiahu {

namespace {

enum Field {
    RequestField,
    AgencyField,
    StatusField,
    ReasonField,
    LegalBasisField,
    ProblemsField,
    ActionsField,
    FrequencyField,
    DurationField,
    ProviderField,
    VenueField,
    ServedHowField,
    HoursField,
    ResponseField,
    OutcomeField,
    FieldCount
};

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() + 2);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

QTableView* listView(const char* name, QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() * 8 / 5);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

} // namespace

ReferralsPage::ReferralsPage(FileContext& context, QWidget* parent) : FilePage(context, parent)
{
    setObjectName(QStringLiteral("referralsPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 16, 16, 16);
    outer->setSpacing(8);

    auto* top = new QHBoxLayout;
    top->addWidget(heading(tr("Referrals"), this));
    top->addStretch();
    m_new = new QPushButton(tr("New referral…"), this);
    m_new->setObjectName(QStringLiteral("newReferralButton"));
    m_new->setDefault(true);
    top->addWidget(m_new);
    outer->addLayout(top);

    auto* body = new QHBoxLayout;
    body->setSpacing(16);
    auto* left = new QVBoxLayout;
    m_model = new ReferralsModel(this);
    m_table = listView("referralsTable", m_model, this);
    m_table->setAccessibleName(tr("Referrals of this family"));
    m_table->horizontalHeader()->setSectionResizeMode(ReferralsModel::Agency, QHeaderView::Stretch);
    auto* empty = new QLabel(tr("No referrals yet. Use \"New referral…\" to ask another agency "
                                "(the procuratorate, the court, a school…) for help."),
                             this);
    empty->setObjectName(QStringLiteral("referralsEmpty"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    empty->setForegroundRole(QPalette::PlaceholderText);
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(empty);
    m_listStack->addWidget(m_table);
    left->addWidget(m_listStack, 3);
    left->addWidget(heading(tr("Status history"), this));
    m_events = new ReferralEventsModel(this);
    m_eventsTable = listView("referralEventsTable", m_events, this);
    m_eventsTable->setAccessibleName(tr("Status history of the selected referral"));
    m_eventsTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_eventsTable->horizontalHeader()->setSectionResizeMode(ReferralEventsModel::Note,
                                                            QHeaderView::Stretch);
    left->addWidget(m_eventsTable, 2);
    body->addLayout(left, 1);

    auto* right = new QVBoxLayout;
    m_noSelection = new QLabel(tr("Choose a referral on the left to see it in full."), this);
    m_noSelection->setWordWrap(true);
    m_noSelection->setForegroundRole(QPalette::PlaceholderText);
    right->addWidget(m_noSelection);
    m_detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(m_detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* fields = new QWidget(scroll);
    m_fields = new QFormLayout(fields);
    m_fields->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow); // long text wraps
    const QString labels[FieldCount] = {tr("Asks for:"),
                                        tr("Receiving agency:"),
                                        tr("Status:"),
                                        tr("Reason:"),
                                        tr("Legal basis:"),
                                        tr("Problems found:"),
                                        tr("Required actions:"),
                                        tr("Frequency:"),
                                        tr("Duration:"),
                                        tr("Provider:"),
                                        tr("Venue:"),
                                        tr("How served:"),
                                        tr("Guidance hours:"),
                                        tr("Response:"),
                                        tr("Outcome:")};
    for (int i = 0; i < FieldCount; ++i) {
        auto* value = new QLabel(fields);
        value->setObjectName(QStringLiteral("referralField%1").arg(i));
        value->setTextFormat(Qt::PlainText); // case text is never markup
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_fields->addRow(labels[i], value);
        m_values << value;
    }
    scroll->setWidget(fields);
    m_waiting = new QLabel(m_detail);
    m_waiting->setObjectName(QStringLiteral("referralWaiting"));
    m_waiting->setWordWrap(true);
    m_waiting->setForegroundRole(QPalette::PlaceholderText);
    detailLayout->addWidget(m_waiting);
    auto* actions = new QHBoxLayout;
    m_edit = new QPushButton(tr("Edit draft…"), m_detail);
    m_edit->setObjectName(QStringLiteral("editReferralButton"));
    m_send = new QPushButton(tr("Send"), m_detail);
    m_send->setObjectName(QStringLiteral("sendReferralButton"));
    m_close = new QPushButton(m_detail);
    m_close->setObjectName(QStringLiteral("closeReferralButton"));
    actions->addWidget(m_edit);
    actions->addWidget(m_send);
    actions->addStretch();
    actions->addWidget(m_close);
    detailLayout->addLayout(actions);
    detailLayout->addWidget(scroll, 1);
    right->addWidget(m_detail, 1);
    body->addLayout(right, 1);
    outer->addLayout(body, 1);

    connect(m_new, &QPushButton::clicked, this, &ReferralsPage::newReferral);
    connect(m_edit, &QPushButton::clicked, this, &ReferralsPage::editSelectedDraft);
    connect(m_send, &QPushButton::clicked, this, &ReferralsPage::sendSelected);
    connect(m_close, &QPushButton::clicked, this, &ReferralsPage::closeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReferralsPage::showSelected);
    showSelected();
}

QString ReferralsPage::title() const
{
    return FilePage::tr("Referrals");
}

void ReferralsPage::showFile(const FamilyFile& file)
{
    if (const Referral* r = selected(); r && m_selectId.isEmpty())
        m_selectId = r->id;
    m_file = file;
    m_open = file.family.status == FamilyStatus::Open;
    m_model->setReferrals(file.referrals);
    m_listStack->setCurrentWidget(file.referrals.isEmpty() ? m_listStack->widget(0) : m_table);
    const int row = m_model->rowOf(m_selectId);
    m_selectId.clear();
    if (row >= 0)
        m_table->selectRow(row);
    else if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    m_new->setEnabled(m_open);
    m_new->setToolTip(m_open ? QString()
                             : tr("This file is %1: reopen it to make referrals.")
                                   .arg(CaseVocabulary::displayName(file.family.status)));
    showSelected();
}

const Referral* ReferralsPage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->referralAt(rows.first().row());
}

void ReferralsPage::showSelected()
{
    const Referral* r = selected();
    m_detail->setVisible(r);
    m_noSelection->setVisible(!r && m_model->rowCount() > 0);
    m_events->setEvents(r ? r->events : QList<ReferralEvent>{});
    if (!r)
        return;
    auto set = [this](int field, const QString& text) {
        QLabel* value = m_values.at(field);
        value->setText(text.isEmpty() ? tr("(not filled in)") : text);
        value->setForegroundRole(text.isEmpty() ? QPalette::PlaceholderText : QPalette::WindowText);
    };
    set(RequestField, CaseVocabulary::displayName(r->request));
    set(AgencyField, r->agency);
    set(StatusField, ReferralStatuses::displayName(r->status));
    set(ReasonField, r->reason);
    set(LegalBasisField, r->legalBasis);
    set(ProblemsField, r->problems);
    set(ActionsField, r->requiredActions);
    set(FrequencyField, r->frequency);
    set(DurationField, r->duration);
    set(ProviderField, r->provider);
    set(VenueField, r->venue);
    set(ServedHowField, r->servedHow);
    set(HoursField, r->requiredHours > 0 ? tr("%1 of %2 hours done")
                                               .arg(ReferralsModel::hoursText(r->hoursDone),
                                                    ReferralsModel::hoursText(r->requiredHours))
                                         : QString());
    set(ResponseField, r->response);
    set(OutcomeField, r->outcome);

    const QList<ReferralStatus> next = ReferralStatuses::next(r->status);
    const bool draft = r->status == ReferralStatus::Draft;
    m_edit->setVisible(draft);
    m_send->setVisible(draft);
    m_edit->setEnabled(m_open);
    m_send->setEnabled(m_open);
    m_close->setVisible(next.contains(ReferralStatus::Closed));
    m_close->setEnabled(m_open);
    m_close->setText(draft ? tr("Withdraw draft…") : tr("Close referral…"));
    QString waiting;
    if (r->status == ReferralStatus::Sent)
        waiting = tr("Waiting for %1 to confirm receipt (their legal liaison records it).")
                      .arg(r->agency);
    else if (r->status == ReferralStatus::Received)
        waiting = tr("Waiting for %1 to accept or decline.").arg(r->agency);
    else if (r->status == ReferralStatus::Closed)
        waiting = tr("This referral is closed.");
    m_waiting->setText(waiting);
    m_waiting->setVisible(!waiting.isEmpty());
}

ReferralWizard* ReferralsPage::openWizard()
{
    auto* wizard = new ReferralWizard(context(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    QStringList agencies;
    for (const Referral& r : m_file.referrals)
        if (!agencies.contains(r.agency))
            agencies << r.agency;
    wizard->setAgencySuggestions(agencies);
    connect(wizard, &ReferralWizard::referralSaved, this,
            [this](const Referral& r) { m_selectId = r.id; });
    return wizard;
}

ReferralWizard* ReferralsPage::newReferral()
{
    if (!m_open)
        return nullptr;
    ReferralWizard* wizard = openWizard();
    wizard->open();
    return wizard;
}

ReferralWizard* ReferralsPage::editSelectedDraft()
{
    const Referral* r = selected();
    if (!r || r->status != ReferralStatus::Draft || !m_open)
        return nullptr;
    ReferralWizard* wizard = openWizard();
    wizard->setDraft(*r);
    wizard->open();
    return wizard;
}

void ReferralsPage::sendSelected()
{
    const Referral* r = selected();
    if (!r || r->status != ReferralStatus::Draft)
        return;
    const QString id = r->id;
    if (!Prompter::current().confirm(
            this, tr("Send the referral?"),
            tr("Send the referral to %1? Once sent it can no longer be changed.").arg(r->agency),
            tr("Send")))
        return;
    move(id, ReferralStatus::Sent, {});
}

void ReferralsPage::closeSelected()
{
    const Referral* r = selected();
    if (!r || !ReferralStatuses::next(r->status).contains(ReferralStatus::Closed))
        return;
    const QString id = r->id;
    if (r->status == ReferralStatus::Draft) {
        if (!Prompter::current().confirm(this, tr("Withdraw the draft?"),
                                         tr("Withdraw this draft referral to %1? It will not be "
                                            "sent.")
                                             .arg(r->agency),
                                         tr("Withdraw")))
            return;
        move(id, ReferralStatus::Closed, {});
        return;
    }
    auto outcome = Prompter::current().askReason(
        this, tr("Close the referral"), tr("What came of the referral to %1?").arg(r->agency));
    if (!outcome)
        return;
    move(id, ReferralStatus::Closed, *outcome);
}

void ReferralsPage::move(const QString& referralId, ReferralStatus to, const QString& outcome)
{
    m_selectId = referralId;
    context().write(
        [referralId, to, outcome](CaseSession& s) {
            ReferralMove mv;
            mv.to = to;
            mv.outcome = outcome;
            return ReferralService(s).move(referralId, mv);
        },
        this, [](Result<Referral>) {}, [this](const Error&) { m_selectId.clear(); });
}

} // namespace jiahu
