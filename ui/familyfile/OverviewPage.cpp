#include "familyfile/OverviewPage.h"

#include "familyfile/FileContext.h"
#include "forms/CategoryChecks.h"
#include "forms/PersonText.h"

#include "services/FamilyService.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTime>
#include <QVBoxLayout>

namespace jiahu {

namespace {

QLabel* valueLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText); // case text is never markup
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

OverviewPage::OverviewPage(FileContext& context, QWidget* parent) : FilePage(context, parent)
{
    setObjectName(QStringLiteral("overviewPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(16);

    m_notice = valueLabel(content, "overviewNotice");
    m_notice->hide();
    layout->addWidget(m_notice);

    m_form = new QFormLayout;
    m_form->setVerticalSpacing(8);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_form->setHorizontalSpacing(16);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_fileNo = valueLabel(content, "overviewFileNumber");
    m_form->addRow(tr("File number:"), m_fileNo);
    m_town = valueLabel(content, "overviewTown");
    m_form->addRow(tr("Town:"), m_town);

    auto edit = [content](const char* name, const QString& accessible, int maxLength) {
        auto* e = new QLineEdit(content);
        e->setObjectName(QLatin1String(name));
        e->setAccessibleName(accessible);
        e->setMaxLength(maxLength);
        return e;
    };
    m_community = edit("communityEdit", tr("Community"), 100);
    m_form->addRow(tr("Community:"), m_community);
    m_address = edit("addressEdit", tr("Address"), 200);
    m_form->addRow(tr("Address:"), m_address);
    m_schools = edit("schoolsEdit", tr("Schools"), 500);
    m_schools->setPlaceholderText(tr("separate several schools with commas"));
    m_form->addRow(tr("Schools:"), m_schools);
    m_categories = new CategoryChecks(content);
    m_categories->setObjectName(QStringLiteral("overviewCategories"));
    m_form->addRow(tr("Categories:"), m_categories);
    m_caseworker = valueLabel(content, "overviewCaseworker");
    m_form->addRow(tr("Caseworker:"), m_caseworker);
    m_status = valueLabel(content, "overviewStatus");
    m_form->addRow(tr("Status:"), m_status);
    m_notes = new QPlainTextEdit(content);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 7 + 12); // scrolls beyond
    m_form->addRow(tr("Notes:"), m_notes);
    m_children = valueLabel(content, "overviewChildren");
    m_form->addRow(tr("Children:"), m_children);

    auto* formBox = new QWidget(content);
    formBox->setLayout(m_form);
    formBox->setMaximumWidth(820);
    layout->addWidget(formBox);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    m_save = new QPushButton(tr("Save changes"), content);
    m_save->setObjectName(QStringLiteral("saveOverviewButton"));
    m_save->setDefault(true);
    m_discard = new QPushButton(tr("Undo changes"), content);
    m_discard->setObjectName(QStringLiteral("discardOverviewButton"));
    m_savedLabel = valueLabel(content, "overviewSavedLabel");
    m_savedLabel->setForegroundRole(QPalette::PlaceholderText);
    buttons->addWidget(m_save);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_savedLabel);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_save, &QPushButton::clicked, this, &OverviewPage::save);
    connect(m_discard, &QPushButton::clicked, this, &OverviewPage::discardEdits);
    for (QLineEdit* e : {m_community, m_address, m_schools}) {
        connect(e, &QLineEdit::textEdited, this, &OverviewPage::updateState);
        connect(e, &QLineEdit::returnPressed, this, &OverviewPage::save); // Enter saves
    }
    connect(m_categories, &CategoryChecks::edited, this, &OverviewPage::updateState);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &OverviewPage::updateState);

    QWidget* order[] = {m_community, m_address, m_schools};
    setTabOrder(order[0], order[1]);
    setTabOrder(order[1], order[2]);
    QWidget* last = m_schools;
    for (QWidget* box : m_categories->boxes()) {
        setTabOrder(last, box);
        last = box;
    }
    setTabOrder(last, m_notes);
    setTabOrder(m_notes, m_save);
    setTabOrder(m_save, m_discard);
    setFocusProxy(m_community);
    updateState();
}

OverviewPage::Details OverviewPage::detailsOf(const Family& family)
{
    return {family.community, family.address, family.schools, family.categories, family.notes};
}

QStringList OverviewPage::splitSchools(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,，、;；\\n]"));
    QStringList schools;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString school = part.trimmed();
        if (!school.isEmpty() && !schools.contains(school))
            schools << school;
    }
    return schools;
}

QString OverviewPage::joinSchools(const QStringList& schools) const
{
    return schools.join(tr(", "));
}

OverviewPage::Details OverviewPage::entered() const
{
    return {m_community->text().trimmed(), m_address->text().trimmed(),
            splitSchools(m_schools->text()), m_categories->mask(),
            m_notes->toPlainText().trimmed()};
}

void OverviewPage::fill(const Details& d)
{
    const QSignalBlocker block(m_notes);
    m_community->setText(d.community);
    m_address->setText(d.address);
    m_schools->setText(joinSchools(d.schools));
    m_categories->setMask(d.categories);
    m_notes->setPlainText(d.notes);
}

bool OverviewPage::writable() const
{
    return m_loaded && !m_file.partial && m_file.family.status == FamilyStatus::Open;
}

void OverviewPage::showFile(const FamilyFile& file)
{
    const Details fresh = detailsOf(file.family);
    if (!m_loaded) {
        fill(fresh);
    } else {
        // Keep what the user changed; take the new value of every field they did not touch.
        const Details now = entered();
        Details merged = now;
        if (now.community == m_base.community)
            merged.community = fresh.community;
        if (now.address == m_base.address)
            merged.address = fresh.address;
        if (now.schools == m_base.schools)
            merged.schools = fresh.schools;
        if (now.categories == m_base.categories)
            merged.categories = fresh.categories;
        if (now.notes == m_base.notes)
            merged.notes = fresh.notes;
        if (!(merged == now))
            fill(merged);
    }
    m_base = fresh;
    m_file = file;
    m_loaded = true;

    const Family& f = file.family;
    m_fileNo->setText(f.fileNo);
    m_town->setText(f.town);
    m_caseworker->setText(f.caseworkerName.isEmpty() ? tr("not assigned") : f.caseworkerName);
    QString status = CaseVocabulary::displayName(f.status);
    if (f.status != FamilyStatus::Open && !f.statusReason.isEmpty())
        status += tr(" (%1)").arg(f.statusReason);
    m_status->setText(status);

    // A counselor: the place and the children of their school, nothing to edit.
    const bool partial = file.partial;
    m_form->setRowVisible(m_address, !partial);
    m_form->setRowVisible(m_categories, !partial);
    m_form->setRowVisible(m_notes, !partial);
    m_form->setRowVisible(m_children, partial);
    if (partial) {
        const QDate today = context().workspace() ? context().workspace()->today() : QDate();
        QStringList lines;
        for (const Person& p : file.people) {
            if (p.role != MemberRole::Child)
                continue;
            QStringList parts{p.name};
            for (const QString& part :
                 {PersonText::genderName(p.gender), PersonText::ageText(p.birthDate, today),
                  PersonText::schoolAndGrade(p)})
                if (!part.isEmpty())
                    parts << part;
            lines << parts.join(QStringLiteral(" · "));
        }
        m_children->setText(lines.isEmpty() ? tr("No children of your school in this file.")
                                            : lines.join(u'\n'));
        m_notice->setText(tr("You see the part of this file that concerns the children of your "
                             "school. The caseworker keeps the rest."));
    } else if (f.status != FamilyStatus::Open) {
        m_notice->setText(tr("This file is %1: it is read-only until a supervisor reopens it.")
                              .arg(CaseVocabulary::displayName(f.status)));
    }
    m_notice->setVisible(partial || f.status != FamilyStatus::Open);
    updateState();
}

void OverviewPage::updateState()
{
    const bool canEdit = writable();
    for (QLineEdit* e : {m_community, m_address, m_schools})
        e->setReadOnly(!canEdit);
    m_notes->setReadOnly(!canEdit);
    m_categories->setReadOnly(!canEdit);
    const bool edited = hasUnsavedEdits();
    m_save->setVisible(canEdit || !m_loaded);
    m_discard->setVisible(canEdit || !m_loaded);
    m_save->setEnabled(edited && !m_saving);
    m_discard->setEnabled(edited && !m_saving);
    if (edited)
        m_savedLabel->clear();
}

bool OverviewPage::hasUnsavedEdits() const
{
    return writable() && !(entered() == m_base);
}

void OverviewPage::discardEdits()
{
    fill(m_base);
    updateState();
}

QVariant OverviewPage::draft() const
{
    if (!hasUnsavedEdits())
        return {};
    const Details now = entered();
    QVariantMap edits;
    if (now.community != m_base.community)
        edits.insert(QStringLiteral("community"), now.community);
    if (now.address != m_base.address)
        edits.insert(QStringLiteral("address"), now.address);
    if (now.schools != m_base.schools)
        edits.insert(QStringLiteral("schools"), now.schools);
    if (now.categories != m_base.categories)
        edits.insert(QStringLiteral("categories"), now.categories);
    if (now.notes != m_base.notes)
        edits.insert(QStringLiteral("notes"), now.notes);
    return edits;
}

void OverviewPage::restoreDraft(const QVariant& draft)
{
    const QVariantMap edits = draft.toMap();
    if (edits.isEmpty() || !writable())
        return;
    Details d = entered();
    if (edits.contains(QStringLiteral("community")))
        d.community = edits.value(QStringLiteral("community")).toString();
    if (edits.contains(QStringLiteral("address")))
        d.address = edits.value(QStringLiteral("address")).toString();
    if (edits.contains(QStringLiteral("schools")))
        d.schools = edits.value(QStringLiteral("schools")).toStringList();
    if (edits.contains(QStringLiteral("categories")))
        d.categories = edits.value(QStringLiteral("categories")).toInt();
    if (edits.contains(QStringLiteral("notes")))
        d.notes = edits.value(QStringLiteral("notes")).toString();
    fill(d);
    updateState();
}

void OverviewPage::save()
{
    if (m_saving || !hasUnsavedEdits())
        return;
    const Details now = entered();
    FamilyEdit edit;
    if (now.community != m_base.community)
        edit.community = now.community;
    if (now.address != m_base.address)
        edit.address = now.address;
    if (now.schools != m_base.schools)
        edit.schools = now.schools;
    if (now.categories != m_base.categories)
        edit.categories = now.categories;
    if (now.notes != m_base.notes)
        edit.notes = now.notes;
    m_saving = true;
    updateState();
    context().write(
        [id = m_file.family.id, edit](CaseSession& s) { return FamilyService(s).edit(id, edit); },
        this,
        [this](Result<Family> saved) {
            m_saving = false;
            // What was saved is the new base; edits made while saving stay edits.
            const Details fresh = detailsOf(saved.value());
            const Details now = entered();
            m_base = fresh;
            m_file.family = saved.value();
            if (now == fresh) {
                fill(fresh); // as core keeps it (schools tidied)
                m_savedLabel->setText(
                    tr("Saved at %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm"))));
            }
            updateState();
        },
        [this](const Error&) {
            m_saving = false;
            updateState();
        });
}

} // namespace jiahu
