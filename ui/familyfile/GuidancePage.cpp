#include "familyfile/GuidancePage.h"

#include "familyfile/DateEditTabKeys.h"
#include "familyfile/FileContext.h"
#include "familyfile/GuidanceModel.h"
#include "familyfile/ReferralModels.h"
#include "forms/FormWidgets.h"

#include "domain/DateRules.h"
#include "domain/TextRules.h"
#include "services/GuidanceService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace jiahu {

namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() + 2);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

} // namespace

GuidancePage::GuidancePage(FileContext& context, QWidget* parent) : FilePage(context, parent)
{
    setObjectName(QStringLiteral("guidancePage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 16, 16, 16);
    outer->setSpacing(16);

    // Hours an order requires, and how many are done.
    m_hoursArea = new QWidget(this);
    m_hoursArea->setObjectName(QStringLiteral("guidanceHoursArea"));
    m_hoursBox = new QVBoxLayout(m_hoursArea);
    m_hoursBox->setContentsMargins(0, 0, 0, 0);
    m_hoursBox->setSpacing(4);
    outer->addWidget(m_hoursArea);

    auto* body = new QHBoxLayout;
    body->setSpacing(16);
    auto* left = new QVBoxLayout;
    left->addWidget(heading(tr("Guidance sessions"), this));
    m_model = new GuidanceModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("guidanceTable"));
    m_table->setAccessibleName(tr("Guidance sessions of this family"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() * 8 / 5);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(GuidanceModel::Topic, QHeaderView::Stretch);
    auto* empty = new QLabel(tr("No guidance sessions yet. Record one with the form on the "
                                "right."),
                             this);
    empty->setObjectName(QStringLiteral("guidanceEmpty"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    empty->setForegroundRole(QPalette::PlaceholderText);
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(empty);
    m_listStack->addWidget(m_table);
    left->addWidget(m_listStack, 1);
    body->addLayout(left, 3);

    auto* formBox = new QWidget(this);
    formBox->setMinimumWidth(360);
    formBox->setMaximumWidth(480);
    auto* right = new QVBoxLayout(formBox);
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(heading(tr("Record a session"), formBox));
    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setVerticalSpacing(8);
    m_date = new QDateEdit(formBox);
    m_date->setObjectName(QStringLiteral("sessionDateEdit"));
    m_date->setAccessibleName(tr("Date of the session"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    DateEditTabKeys::install(m_date);
    form->addRow(tr("Date:"), m_date);
    m_hours = new QDoubleSpinBox(formBox);
    m_hours->setObjectName(QStringLiteral("sessionHoursSpin"));
    m_hours->setAccessibleName(tr("Hours"));
    m_hours->setRange(0.5, 24);
    m_hours->setSingleStep(0.5);
    m_hours->setDecimals(1);
    m_hours->setValue(2);
    m_hours->setSuffix(tr(" h"));
    form->addRow(tr("Hours:"), m_hours);
    m_topic = new QLineEdit(formBox);
    m_topic->setObjectName(QStringLiteral("sessionTopicEdit"));
    m_topic->setAccessibleName(tr("Topic"));
    m_topic->setPlaceholderText(tr("e.g. talking with a teenager"));
    form->addRow(tr("Topic:"), m_topic);
    m_provider = new QLineEdit(formBox);
    m_provider->setObjectName(QStringLiteral("sessionProviderEdit"));
    m_provider->setAccessibleName(tr("Provider"));
    m_provider->setPlaceholderText(tr("Who gave the guidance"));
    form->addRow(tr("Provider:"), m_provider);
    m_guardian = new QComboBox(formBox);
    m_guardian->setObjectName(QStringLiteral("sessionGuardianCombo"));
    m_guardian->setAccessibleName(tr("Guardian guided"));
    m_guardian->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    form->addRow(tr("Guardian:"), m_guardian);
    m_referral = new QComboBox(formBox);
    m_referral->setObjectName(QStringLiteral("sessionReferralCombo"));
    m_referral->setAccessibleName(tr("Referral whose hours it counts towards"));
    m_referral->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_referral->setMinimumContentsLength(16);
    m_referral->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    form->addRow(tr("Counts towards:"), m_referral);
    m_notes = new QPlainTextEdit(formBox);
    m_notes->setObjectName(QStringLiteral("sessionNotesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 +
                            2 * int(m_notes->document()->documentMargin()) +
                            2 * m_notes->frameWidth());
    form->addRow(tr("Notes:"), m_notes);
    right->addLayout(form);
    m_error = new ErrorLabel(formBox);
    m_error->setObjectName(QStringLiteral("guidanceError"));
    right->addWidget(m_error);
    auto* buttons = new QHBoxLayout;
    m_status = new QLabel(formBox);
    m_status->setObjectName(QStringLiteral("guidanceStatus"));
    buttons->addWidget(m_status, 1);
    m_save = new QPushButton(tr("Save session"), formBox);
    m_save->setObjectName(QStringLiteral("saveSessionButton"));
    buttons->addWidget(m_save);
    right->addLayout(buttons);
    right->addStretch();
    body->addWidget(formBox, 2);
    outer->addLayout(body, 1);

    setTabOrder(m_date, m_hours);
    setTabOrder(m_hours, m_topic);
    setTabOrder(m_topic, m_provider);
    setTabOrder(m_provider, m_guardian);
    setTabOrder(m_guardian, m_referral);
    setTabOrder(m_referral, m_notes);
    setTabOrder(m_notes, m_save);

    connect(m_save, &QPushButton::clicked, this, &GuidancePage::save);
    connect(m_topic, &QLineEdit::returnPressed, this, &GuidancePage::save);
    connect(m_topic, &QLineEdit::textEdited, m_status, &QLabel::clear);

    clearForm();
    updateEnabled();
}

QDate GuidancePage::today() const
{
    return context().workspace() ? context().workspace()->today() : QDate();
}

QString GuidancePage::title() const
{
    return FilePage::tr("Guidance");
}

void GuidancePage::showFile(const FamilyFile& file)
{
    m_open = file.family.status == FamilyStatus::Open;
    m_model->setFile(file);
    m_listStack->setCurrentWidget(file.guidance.isEmpty() ? m_listStack->widget(0) : m_table);
    showHours(file);
    fillChoices(file);
    updateEnabled();
}

void GuidancePage::showHours(const FamilyFile& file)
{
    while (QLayoutItem* item = m_hoursBox->takeAt(0)) {
        if (QWidget* w = item->widget())
            delete w;
        delete item;
    }
    QList<const Referral*> orders;
    for (const Referral& r : file.referrals)
        if (r.requiredHours > 0)
            orders << &r;
    m_hoursArea->setVisible(!orders.isEmpty());
    if (orders.isEmpty())
        return;
    m_hoursBox->addWidget(heading(tr("Hours required by orders"), m_hoursArea));
    int index = 0;
    for (const Referral* r : orders) {
        auto* row = new QWidget(m_hoursArea);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(16);
        auto* name = new QLabel(row);
        name->setTextFormat(Qt::PlainText);
        name->setText(tr("%1 · %2 (%3)")
                          .arg(CaseVocabulary::displayName(r->request), r->agency,
                               ReferralStatuses::displayName(r->status)));
        layout->addWidget(name, 2);
        auto* bar = new QProgressBar(row);
        bar->setObjectName(QStringLiteral("hoursBar%1").arg(index));
        // Tenths of an hour, so that 1.5 of 16 shows.
        bar->setRange(0, int(r->requiredHours * 10));
        bar->setValue(int(std::min(r->hoursDone, r->requiredHours) * 10));
        bar->setTextVisible(false);
        bar->setAccessibleName(tr("Guidance hours done"));
        layout->addWidget(bar, 2);
        auto* done = new QLabel(row);
        done->setObjectName(QStringLiteral("hoursLabel%1").arg(index));
        done->setText(tr("%1 / %2 hours done")
                          .arg(ReferralsModel::hoursText(r->hoursDone),
                               ReferralsModel::hoursText(r->requiredHours)));
        layout->addWidget(done, 1);
        m_hoursBox->addWidget(row);
        ++index;
    }
}

void GuidancePage::fillChoices(const FamilyFile& file)
{
    const QString guardian = m_guardian->currentData().toString();
    m_guardian->clear();
    m_guardian->addItem(tr("(not named)"), QString());
    for (const Person& p : file.people)
        if (p.role != MemberRole::Child)
            m_guardian->addItem(p.name, p.id);
    m_guardian->setCurrentIndex(std::max(0, m_guardian->findData(guardian)));

    const QString referral = m_referral->currentData().toString();
    m_referral->clear();
    m_referral->addItem(tr("(none)"), QString());
    int preferred = 0;
    for (const Referral& r : file.referrals) {
        if (r.status == ReferralStatus::Closed)
            continue;
        m_referral->addItem(tr("%1 · %2").arg(CaseVocabulary::displayName(r.request), r.agency),
                            r.id);
        if (preferred == 0 && r.requiredHours > 0)
            preferred = m_referral->count() - 1; // the order whose hours are being done
    }
    const int kept = m_referral->findData(referral);
    m_referral->setCurrentIndex(kept > 0 ? kept : preferred);
}

void GuidancePage::updateEnabled()
{
    const bool writable = m_open && !m_saving;
    for (QWidget* w : std::initializer_list<QWidget*>{m_date, m_hours, m_topic, m_provider,
                                                      m_guardian, m_referral, m_notes})
        w->setEnabled(writable);
    m_save->setEnabled(writable);
    m_save->setToolTip(m_open ? QString()
                              : tr("The file is not open: reopen it to record "
                                   "sessions."));
}

void GuidancePage::save()
{
    if (m_saving || !m_save->isEnabled())
        return;
    m_date->interpretText();
    m_hours->interpretText();
    GuidanceSession g;
    g.familyId = context().familyId();
    g.date = m_date->date();
    g.hours = m_hours->value();
    g.topic = m_topic->text().trimmed();
    g.provider = m_provider->text().trimmed();
    g.guardianId = m_guardian->currentData().toString();
    g.referralId = m_referral->currentData().toString();
    g.notes = m_notes->toPlainText().trimmed();
    if (g.topic.isEmpty()) {
        m_error->showMessage(tr("Write the topic of the session."));
        m_topic->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_error->showMessage({});
    m_status->clear();
    m_saving = true;
    updateEnabled();
    context().write([g](CaseSession& s) { return GuidanceService(s).add(g); }, this,
                    [this](Result<GuidanceSession>) {
                        m_saving = false;
                        clearForm();
                        m_status->setText(tr("Saved"));
                        updateEnabled();
                    },
                    [this](const Error&) {
                        m_saving = false;
                        updateEnabled();
                    });
}

void GuidancePage::clearForm()
{
    m_topic->clear();
    m_notes->clear();
    m_error->showMessage({});
    const QDate day = today();
    if (day.isValid()) {
        m_date->setDateRange(DateRules::earliestRecord(), day);
        m_date->setDate(day);
    }
}

bool GuidancePage::hasUnsavedEdits() const
{
    return !m_topic->text().trimmed().isEmpty() || !m_notes->toPlainText().trimmed().isEmpty();
}

void GuidancePage::discardEdits()
{
    clearForm();
}

QVariant GuidancePage::draft() const
{
    if (!hasUnsavedEdits())
        return {};
    return QVariantMap{{QStringLiteral("date"), m_date->date()},
                       {QStringLiteral("hours"), m_hours->value()},
                       {QStringLiteral("topic"), m_topic->text()},
                       {QStringLiteral("provider"), m_provider->text()},
                       {QStringLiteral("guardian"), m_guardian->currentData()},
                       {QStringLiteral("referral"), m_referral->currentData()},
                       {QStringLiteral("notes"), m_notes->toPlainText()}};
}

void GuidancePage::restoreDraft(const QVariant& draft)
{
    const QVariantMap d = draft.toMap();
    if (d.isEmpty())
        return;
    m_date->setDate(d.value(QStringLiteral("date")).toDate());
    m_hours->setValue(d.value(QStringLiteral("hours")).toDouble());
    m_topic->setText(d.value(QStringLiteral("topic")).toString());
    m_provider->setText(d.value(QStringLiteral("provider")).toString());
    m_guardian->setCurrentIndex(
        std::max(0, m_guardian->findData(d.value(QStringLiteral("guardian")))));
    m_referral->setCurrentIndex(
        std::max(0, m_referral->findData(d.value(QStringLiteral("referral")))));
    m_notes->setPlainText(d.value(QStringLiteral("notes")).toString());
}

} // namespace jiahu
