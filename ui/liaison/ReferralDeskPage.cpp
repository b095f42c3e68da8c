#include "liaison/ReferralDeskPage.h"

#include "familyfile/ReferralModels.h"
#include "liaison/LiaisonReferralModel.h"
#include "look/PageFrame.h"
#include "shell/Prompter.h"

#include "domain/CaseVocabulary.h"
#include "services/ReferralService.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace jiahu {

namespace {

enum Field {
    AgencyField,
    RequestField,
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

QLabel* placeholderLabel(const char* name, const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setContentsMargins(4, 4, 4, 4);
    return label;
}

} // namespace

ReferralDeskPage::ReferralDeskPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace)
{
    const PageFrame frame = makePageFrame(this, tr("Referrals to my agency"));
    m_model = new LiaisonReferralModel(workspace, this);
    m_events = new ReferralEventsModel(this);

    auto* filterRow = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("&Status:"), this);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("referralStatusFilter"));
    m_filter->setAccessibleName(tr("Status"));
    filterLabel->setBuddy(m_filter);
    m_filter->addItem(tr("All"), QString());
    for (ReferralStatus s :
         {ReferralStatus::Sent, ReferralStatus::Received, ReferralStatus::Accepted,
          ReferralStatus::Declined, ReferralStatus::Closed})
        m_filter->addItem(ReferralStatuses::displayName(s), ReferralStatuses::id(s));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("referralCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_count);
    filterRow->addStretch();
    frame.layout->addLayout(filterRow);

    auto* body = new QHBoxLayout;
    m_listStack = new QStackedWidget(this);
    m_empty = placeholderLabel(
        "referralDeskEmpty",
        tr("No referrals to your agency yet. When a caseworker sends a referral to your agency, "
           "it appears here: confirm that you received it, then accept or decline it."),
        m_listStack);
    m_table = new QTableView(m_listStack);
    m_table->setObjectName(QStringLiteral("referralDeskTable"));
    m_table->setAccessibleName(tr("Referrals to my agency"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LiaisonReferralModel::Reason,
                                                      QHeaderView::Stretch);
    m_listStack->addWidget(m_empty);
    m_listStack->addWidget(m_table);
    body->addWidget(m_listStack, 1);

    auto* right = new QVBoxLayout;
    m_noSelection = placeholderLabel("referralNoSelection",
                                     tr("Choose a referral on the left to see it in full."), this);
    right->addWidget(m_noSelection);
    m_detail = new QWidget(this);
    m_detail->setObjectName(QStringLiteral("referralDetail"));
    auto* detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(m_detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* fieldsWidget = new QWidget(scroll);
    auto* fields = new QFormLayout(fieldsWidget);
    fields->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QString labels[FieldCount] = {
        tr("From / to agency:"), tr("Asks for:"),    tr("Status:"),
        tr("Reason:"),           tr("Legal basis:"), tr("Problems found:"),
        tr("Required actions:"), tr("Frequency:"),   tr("Duration:"),
        tr("Provider:"),         tr("Venue:"),       tr("How served:"),
        tr("Guidance hours:"),   tr("Response:"),    tr("Outcome:")};
    for (int i = 0; i < FieldCount; ++i) {
        auto* value = new QLabel(fieldsWidget);
        value->setObjectName(QStringLiteral("referralDeskField%1").arg(i));
        value->setTextFormat(Qt::PlainText); // case text is never markup
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        fields->addRow(labels[i], value);
        m_values << value;
    }
    m_eventsTable = new QTableView(fieldsWidget);
    m_eventsTable->setObjectName(QStringLiteral("referralDeskEvents"));
    m_eventsTable->setAccessibleName(tr("Status history"));
    m_eventsTable->setModel(m_events);
    m_eventsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_eventsTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_eventsTable->verticalHeader()->hide();
    m_eventsTable->horizontalHeader()->setStretchLastSection(true);
    m_eventsTable->setMinimumHeight(120);
    fields->addRow(tr("Status history:"), m_eventsTable);
    scroll->setWidget(fieldsWidget);
    detailLayout->addWidget(scroll, 1);

    m_waiting = placeholderLabel("referralDeskWaiting", QString(), m_detail);
    detailLayout->addWidget(m_waiting);
    m_responseRow = new QWidget(m_detail);
    auto* responseForm = new QFormLayout(m_responseRow);
    responseForm->setContentsMargins(0, 0, 0, 0);
    m_response = new QPlainTextEdit(m_responseRow);
    m_response->setObjectName(QStringLiteral("referralResponseEdit"));
    m_response->setAccessibleName(tr("Your agency's response"));
    m_response->setPlaceholderText(
        tr("What your agency will do or has done (sent to the caseworker with the next step)."));
    m_response->setTabChangesFocus(true);
    m_response->setMaximumHeight(80);
    responseForm->addRow(tr("&Response:"), m_response);
    detailLayout->addWidget(m_responseRow);
    auto* actions = new QHBoxLayout;
    m_receive = new QPushButton(tr("Confirm receipt"), m_detail);
    m_receive->setObjectName(QStringLiteral("receiveReferralButton"));
    m_accept = new QPushButton(tr("Accept"), m_detail);
    m_accept->setObjectName(QStringLiteral("acceptReferralButton"));
    m_decline = new QPushButton(tr("Decline…"), m_detail);
    m_decline->setObjectName(QStringLiteral("declineReferralButton"));
    actions->addStretch();
    actions->addWidget(m_receive);
    actions->addWidget(m_accept);
    actions->addWidget(m_decline);
    detailLayout->addLayout(actions);
    right->addWidget(m_detail, 1);
    body->addLayout(right, 1);
    frame.layout->addLayout(body, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &ReferralDeskPage::filterChanged);
    connect(m_model, &PagedModelBase::reloaded, this, &ReferralDeskPage::listReloaded);
    connect(m_model, &PagedModelBase::loadFailed, this, [this](const QString& message) {
        m_empty->setText(message);
        m_listStack->setCurrentWidget(m_empty);
    });
    connect(m_model, &PagedModelBase::totalCountChanged, this, [this](qint64 count) {
        m_count->setText(count < 0 ? QString() : tr("%n referral(s)", nullptr, int(count)));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReferralDeskPage::selectionChanged);
    connect(workspace.changes(), &ChangeNotifier::changed, this, [this](const ChangeSet& changes) {
        if (!changes.touches(QStringLiteral("referrals")) &&
            !changes.touches(QStringLiteral("referral_events")))
            return;
        if (!m_current.id.isEmpty())
            m_selectId = m_current.id;
        m_model->refresh();
    });
    connect(m_receive, &QPushButton::clicked, this, &ReferralDeskPage::receiveCurrent);
    connect(m_accept, &QPushButton::clicked, this, &ReferralDeskPage::acceptCurrent);
    connect(m_decline, &QPushButton::clicked, this, &ReferralDeskPage::declineCurrent);
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_response);
    setTabOrder(m_response, m_receive);
    setTabOrder(m_receive, m_accept);
    setTabOrder(m_accept, m_decline);
    m_listStack->setCurrentWidget(m_table);
    showCurrent();
}

void ReferralDeskPage::filterChanged()
{
    const auto status = ReferralStatuses::fromId(m_filter->currentData().toString());
    m_empty->setText(
        status
            ? tr("No referrals to your agency are %1.").arg(ReferralStatuses::displayName(*status))
            : tr("No referrals to your agency yet. When a caseworker sends a "
                 "referral to your agency, it appears here: confirm that you "
                 "received it, then accept or decline it."));
    m_model->setStatusFilter(status);
}

void ReferralDeskPage::listReloaded()
{
    const bool empty = m_model->rowCount() == 0;
    m_listStack->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_table);
    const QString keep = !m_selectId.isEmpty() ? m_selectId : m_current.id;
    m_selectId.clear();
    const int row = m_model->rowOf(keep);
    if (row >= 0) {
        m_table->selectRow(row);
        load(keep); // the same referral may have changed: read it again
    } else if (!empty) {
        m_table->selectRow(0);
    } else {
        m_current = {};
        showCurrent();
    }
}

void ReferralDeskPage::selectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_current = {};
        showCurrent();
        return;
    }
    const QString id = m_model->rowAt(rows.first().row()).id;
    if (id != m_current.id)
        m_response->clear();
    load(id);
}

void ReferralDeskPage::load(const QString& id)
{
    // Opening a referral is audited (referral.open), so it runs on the writer.
    m_workspace.write([id](CaseSession& s) { return ReferralService(s).get(id); }, this,
                      [this, id](Result<Referral> r) {
                          const QModelIndexList rows = m_table->selectionModel()->selectedRows();
                          if (rows.isEmpty() || m_model->rowAt(rows.first().row()).id != id)
                              return; // another referral was chosen meanwhile
                          if (!r.ok()) {
                              m_current = {};
                              showCurrent();
                              m_noSelection->setText(r.error().message);
                              return;
                          }
                          m_current = r.value();
                          showCurrent();
                      });
}

void ReferralDeskPage::showCurrent()
{
    const bool shown = !m_current.id.isEmpty();
    m_detail->setVisible(shown);
    m_noSelection->setVisible(!shown && m_model->rowCount() > 0);
    if (!shown)
        m_noSelection->setText(tr("Choose a referral on the left to see it in full."));
    m_events->setEvents(m_current.events);
    if (!shown)
        return;
    const Referral& r = m_current;
    auto set = [this](int field, const QString& text) {
        QLabel* value = m_values.at(field);
        value->setText(text.isEmpty() ? tr("(not filled in)") : text);
        value->setForegroundRole(text.isEmpty() ? QPalette::PlaceholderText : QPalette::WindowText);
    };
    set(AgencyField, r.agency);
    set(RequestField, CaseVocabulary::displayName(r.request));
    set(StatusField, ReferralStatuses::displayName(r.status));
    set(ReasonField, r.reason);
    set(LegalBasisField, r.legalBasis);
    set(ProblemsField, r.problems);
    set(ActionsField, r.requiredActions);
    set(FrequencyField, r.frequency);
    set(DurationField, r.duration);
    set(ProviderField, r.provider);
    set(VenueField, r.venue);
    set(ServedHowField, r.servedHow);
    set(HoursField, r.requiredHours > 0
                        ? tr("%1 hours").arg(ReferralsModel::hoursText(r.requiredHours))
                        : QString());
    set(ResponseField, r.response);
    set(OutcomeField, r.outcome);

    const QList<ReferralStatus> next = ReferralStatuses::next(r.status);
    const bool canReceive = next.contains(ReferralStatus::Received);
    const bool canDecide = next.contains(ReferralStatus::Accepted);
    m_receive->setVisible(canReceive);
    m_accept->setVisible(canDecide);
    m_decline->setVisible(canDecide);
    const bool agencyStep = canReceive || canDecide;
    m_responseRow->setVisible(agencyStep);
    for (QPushButton* b : {m_receive, m_accept, m_decline})
        b->setEnabled(!m_busy);
    QString waiting;
    if (r.status == ReferralStatus::Sent)
        waiting = tr("Confirm that your agency received this referral.");
    else if (r.status == ReferralStatus::Received)
        waiting = tr("Accept the referral, or decline it and say why.");
    else if (r.status == ReferralStatus::Accepted || r.status == ReferralStatus::Declined)
        waiting = tr("The caseworker closes the referral when it is done.");
    else if (r.status == ReferralStatus::Closed)
        waiting = tr("This referral is closed.");
    m_waiting->setText(waiting);
    m_waiting->setVisible(!waiting.isEmpty());
}

bool ReferralDeskPage::receiveCurrent()
{
    return move(ReferralStatus::Received, {});
}

bool ReferralDeskPage::acceptCurrent()
{
    return move(ReferralStatus::Accepted, {});
}

bool ReferralDeskPage::declineCurrent()
{
    if (m_current.id.isEmpty() || m_busy)
        return false;
    const auto reason = Prompter::current().askReason(
        this, tr("Decline referral"),
        tr("Why does your agency decline this referral? The caseworker sees the reason."));
    if (!reason)
        return false;
    return move(ReferralStatus::Declined, *reason);
}

bool ReferralDeskPage::move(ReferralStatus to, const QString& note)
{
    if (m_current.id.isEmpty() || m_busy || !ReferralStatuses::next(m_current.status).contains(to))
        return false;
    ReferralMove step;
    step.to = to;
    step.note = note;
    step.response = m_response->toPlainText().trimmed();
    const QString id = m_current.id;
    m_busy = true;
    showCurrent();
    m_workspace.write(
        [id, step](CaseSession& s) { return ReferralService(s).move(id, step); }, this,
        [this, id](Result<Referral> r) {
            m_busy = false;
            if (!r.ok()) {
                showCurrent();
                Prompter::current().inform(this, tr("Referral not changed"), r.error().message);
                Q_EMIT moved(id, false);
                return;
            }
            m_response->clear();
            if (m_current.id == id)
                m_current = r.value();
            showCurrent();
            Q_EMIT moved(id, true);
        });
    return true;
}

} // namespace jiahu
