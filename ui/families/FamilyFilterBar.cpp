#include "families/FamilyFilterBar.h"

#include "look/RiskStyle.h"

#include "domain/CaseVocabulary.h"
#include "services/ReferenceData.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace jiahu {

namespace {
constexpr std::optional<RiskCode> kChipCodes[] = {RiskCode::Red, RiskCode::Orange, RiskCode::Yellow,
                                                  RiskCode::Blue, std::nullopt};

QString chipStyle(std::optional<RiskCode> code)
{
    // Unchecked: an outline in the code's colour; checked: filled, as the chips elsewhere.
    const QString bg = RiskStyle::background(code).name();
    const QString fg = code ? RiskStyle::text(code).name() : QStringLiteral("palette(text)");
    return QStringLiteral(
               "QToolButton { border: 1px solid %1; border-radius: 4px; padding: 2px 10px; }"
               "QToolButton:checked { background: %2; color: %3; }")
        .arg(bg, code ? bg : QStringLiteral("palette(midlight)"), fg);
}
} // namespace

FamilyFilterBar::FamilyFilterBar(Workspace& workspace, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("familyFilterBar"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(8);

    auto* first = new QHBoxLayout;
    first->setSpacing(6);
    auto* codesLabel = new QLabel(tr("Code:"), this);
    first->addWidget(codesLabel);
    for (auto code : kChipCodes)
        first->addWidget(codeChip(code));
    first->addSpacing(16);
    m_overdue = new QCheckBox(tr("Overdue only"), this);
    m_overdue->setObjectName(QStringLiteral("overdueOnlyCheck"));
    m_mine = new QCheckBox(tr("Mine only"), this);
    m_mine->setObjectName(QStringLiteral("mineOnlyCheck"));
    first->addWidget(m_overdue);
    first->addWidget(m_mine);
    first->addStretch();
    outer->addLayout(first);

    auto* second = new QHBoxLayout;
    second->setSpacing(6);
    m_town = new QComboBox(this);
    m_town->setObjectName(QStringLiteral("townFilter"));
    m_town->setAccessibleName(tr("Town / street"));
    m_town->addItem(tr("All towns"), QString());
    m_town->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_community = new QLineEdit(this);
    m_community->setObjectName(QStringLiteral("communityFilter"));
    m_community->setPlaceholderText(tr("Community / village"));
    m_community->setAccessibleName(tr("Community / village"));
    m_community->setClearButtonEnabled(true);
    m_community->setMaximumWidth(180);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->setAccessibleName(tr("Category"));
    m_category->addItem(tr("All categories"), 0);
    for (const QString& id : CaseVocabulary::ids<FamilyCategory>()) {
        const auto c = CaseVocabulary::parse<FamilyCategory>(id);
        m_category->addItem(CaseVocabulary::displayName(*c), CaseVocabulary::categoryBit(*c));
    }
    m_caseworker = new QComboBox(this);
    m_caseworker->setObjectName(QStringLiteral("caseworkerFilter"));
    m_caseworker->setAccessibleName(tr("Caseworker"));
    m_caseworker->addItem(tr("All caseworkers"), QString());
    m_caseworker->setVisible(workspace.user().role == Role::Supervisor);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(CaseVocabulary::displayName(FamilyStatus::Open), int(FamilyStatus::Open));
    m_status->addItem(CaseVocabulary::displayName(FamilyStatus::Closed), int(FamilyStatus::Closed));
    m_status->addItem(CaseVocabulary::displayName(FamilyStatus::Transferred),
                      int(FamilyStatus::Transferred));
    m_status->addItem(tr("Any status"), -1);
    for (QWidget* w : {static_cast<QWidget*>(m_town), static_cast<QWidget*>(m_community),
                       static_cast<QWidget*>(m_category), static_cast<QWidget*>(m_caseworker),
                       static_cast<QWidget*>(m_status)})
        second->addWidget(w);
    auto* clear = new QToolButton(this);
    clear->setObjectName(QStringLiteral("clearFiltersButton"));
    clear->setText(tr("Clear filters"));
    clear->setAutoRaise(true);
    connect(clear, &QToolButton::clicked, this, &FamilyFilterBar::reset);
    second->addWidget(clear);
    second->addStretch();
    outer->addLayout(second);

    auto emitChanged = [this] {
        if (!m_quiet)
            Q_EMIT changed();
    };
    for (QComboBox* c : {m_town, m_category, m_caseworker, m_status})
        connect(c, &QComboBox::currentIndexChanged, this, emitChanged);
    for (QCheckBox* c : {m_overdue, m_mine})
        connect(c, &QCheckBox::toggled, this, emitChanged);
    // The community filter waits for a pause in typing.
    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(typing, &QTimer::timeout, this, emitChanged);
    connect(m_community, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    loadChoices(workspace);
}

QToolButton* FamilyFilterBar::codeChip(std::optional<RiskCode> code)
{
    auto* chip = new QToolButton(this);
    chip->setObjectName(code ? QStringLiteral("codeChip_") + RiskCodes::id(*code)
                             : QStringLiteral("codeChip_none"));
    chip->setText(RiskStyle::label(code));
    chip->setCheckable(true);
    chip->setStyleSheet(chipStyle(code));
    chip->setAccessibleName(tr("Show %1").arg(RiskStyle::label(code)));
    connect(chip, &QToolButton::toggled, this, [this, chip, code](bool on) {
        // "Not coded" and the codes exclude each other (a query is one or the other).
        if (on) {
            const bool wasQuiet = m_quiet;
            m_quiet = true;
            for (int i = 0; i < m_codeChips.size(); ++i)
                if (m_codeChips[i] != chip && bool(kChipCodes[i]) != bool(code))
                    m_codeChips[i]->setChecked(false);
            m_quiet = wasQuiet;
        }
        if (!m_quiet)
            Q_EMIT changed();
    });
    m_codeChips << chip;
    return chip;
}

void FamilyFilterBar::loadChoices(Workspace& workspace)
{
    workspace.read([](CaseSession& s) { return ReferenceData(s).towns(); }, this,
                   [this](Result<QList<QPair<QString, QString>>> towns) {
                       if (!towns.ok())
                           return;
                       for (const auto& [name, code] : towns.value())
                           m_town->addItem(name, name);
                   });
    if (workspace.user().role != Role::Supervisor)
        return;
    workspace.administer([](Vault& v, CaseSession&) { return v.users(); }, this,
                         [this](Result<QList<UserAccount>> users) {
                             if (!users.ok())
                                 return;
                             for (const UserAccount& u : users.value())
                                 if (u.role == Role::Caseworker || u.role == Role::Supervisor)
                                     m_caseworker->addItem(
                                         u.displayName.isEmpty() ? u.name : u.displayName, u.id);
                         });
}

FamilyQuery FamilyFilterBar::query() const
{
    FamilyQuery q;
    q.town = m_town->currentData().toString();
    q.community = m_community->text().trimmed();
    for (int i = 0; i < m_codeChips.size(); ++i) {
        if (!m_codeChips[i]->isChecked())
            continue;
        if (kChipCodes[i])
            q.codes << *kChipCodes[i];
        else
            q.uncodedOnly = true;
    }
    q.anyCategories = m_category->currentData().toInt();
    q.caseworkerId = m_caseworker->currentData().toString();
    const int status = m_status->currentData().toInt();
    q.status = status < 0 ? std::nullopt : std::optional(FamilyStatus(status));
    q.overdueOnly = m_overdue->isChecked();
    q.mineOnly = m_mine->isChecked();
    return q;
}

void FamilyFilterBar::setCodes(const QList<RiskCode>& codes)
{
    m_quiet = true;
    for (int i = 0; i < m_codeChips.size(); ++i)
        m_codeChips[i]->setChecked(kChipCodes[i] && codes.contains(*kChipCodes[i]));
    m_quiet = false;
    Q_EMIT changed();
}

void FamilyFilterBar::setOverdueOnly(bool on)
{
    m_overdue->setChecked(on);
}

void FamilyFilterBar::setMineOnly(bool on)
{
    m_mine->setChecked(on);
}

void FamilyFilterBar::reset()
{
    m_quiet = true;
    for (QToolButton* chip : std::as_const(m_codeChips))
        chip->setChecked(false);
    m_town->setCurrentIndex(0);
    m_community->clear();
    m_category->setCurrentIndex(0);
    m_caseworker->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_overdue->setChecked(false);
    m_mine->setChecked(false);
    m_quiet = false;
    Q_EMIT changed();
}

} // namespace jiahu
