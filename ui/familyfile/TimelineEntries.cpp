#include "familyfile/TimelineEntries.h"

#include "common/Clock.h"
#include "domain/RecordText.h"

#include <QSet>

#include <algorithm>

namespace jiahu {

namespace {

/// Text as one line (the list elides what does not fit; the tooltip has it all).
QString oneLine(const QString& text)
{
    return text.simplified();
}

QString code(RiskCode c)
{
    return RiskCodes::displayName(c);
}

} // namespace

QString TimelineEntries::kindName(TimelineEntry::Kind kind)
{
    using Kind = TimelineEntry::Kind;
    switch (kind) {
    case Kind::Code:
        return tr("Code");
    case Kind::Assessment:
        return tr("Assessment");
    case Kind::Plan:
        return tr("Plan");
    case Kind::Guidance:
        return tr("Guidance");
    case Kind::FollowUp:
        return tr("Follow-up");
    case Kind::Referral:
        return tr("Referral");
    case Kind::Attachment:
        return tr("Attachment");
    case Kind::File:
        return tr("File");
    }
    return {};
}

QList<TimelineEntry::Kind> TimelineEntries::filterKinds()
{
    using Kind = TimelineEntry::Kind;
    return {Kind::Code,     Kind::Assessment, Kind::Plan,      Kind::Guidance,
            Kind::FollowUp, Kind::Referral,   Kind::Attachment};
}

bool TimelineEntries::newerFirst(const TimelineEntry& a, const TimelineEntry& b)
{
    if (a.date != b.date)
        return a.date > b.date;
    return a.at > b.at;
}

QString TimelineEntries::riskEventSummary(const RiskEvent& e)
{
    switch (e.kind) {
    case RiskEventKind::Set:
        if (!e.previousCode)
            return tr("Coded %1").arg(code(e.code));
        return tr("Raised from %1 to %2").arg(code(*e.previousCode), code(e.code));
    case RiskEventKind::Propose:
        if (!e.previousCode)
            return tr("Downgrade to %1 proposed").arg(code(e.code));
        return tr("Downgrade from %1 to %2 proposed").arg(code(*e.previousCode), code(e.code));
    case RiskEventKind::Approve:
        return tr("Downgrade to %1 approved").arg(code(e.code));
    case RiskEventKind::Decline:
        return tr("Downgrade to %1 declined").arg(code(e.code));
    case RiskEventKind::Review:
        return tr("Raise to %1 reviewed").arg(code(e.code));
    }
    return {};
}

QList<TimelineEntry> TimelineEntries::of(const FamilyFile& file)
{
    using Kind = TimelineEntry::Kind;
    QList<TimelineEntry> out;
    // What a record says follows a colon; why something was done follows as a sentence.
    const auto withText = [](const QString& summary, const QString& text) {
        return text.trimmed().isEmpty() ? summary : tr("%1: %2").arg(summary, oneLine(text));
    };
    const auto withReason = [](const QString& summary, const QString& reason) {
        return reason.trimmed().isEmpty() ? summary : tr("%1. %2").arg(summary, oneLine(reason));
    };
    const auto timed = [](TimelineEntry& e, qint64 at) {
        e.at = at;
        e.date = caseDate(at);
        e.timed = true;
    };

    // Code events, newest first (the history comes oldest first).
    QSet<QString> decided;
    for (const RiskEvent& e : file.riskHistory)
        if (!e.decides.isEmpty())
            decided.insert(e.decides);
    for (auto it = file.riskHistory.crbegin(); it != file.riskHistory.crend(); ++it) {
        const RiskEvent& r = *it;
        TimelineEntry e;
        e.kind = Kind::Code;
        timed(e, r.at);
        e.code = r.code;
        e.recordId = r.id;
        e.who = r.byDisplayName;
        QString summary = riskEventSummary(r);
        const bool raise = r.kind == RiskEventKind::Set && r.previousCode;
        if (!decided.contains(r.id) && r.kind == RiskEventKind::Propose) {
            summary = tr("%1 (waiting for a supervisor)").arg(summary);
            e.waiting = true;
        } else if (!decided.contains(r.id) && raise) {
            summary = tr("%1 (waiting for a supervisor's review)").arg(summary);
            e.waiting = true;
        }
        const QString reason = RecordText::riskEventReason(r);
        e.summary = withReason(summary, reason);
        e.detail = reason.isEmpty() ? summary : summary + u'\n' + reason;
        out << e;
    }

    for (const Assessment& a : file.assessments) {
        TimelineEntry e;
        e.kind = Kind::Assessment;
        timed(e, a.at);
        e.recordId = a.id;
        e.who = a.byDisplayName;
        e.corrected = !a.supersededBy.isEmpty();
        QString summary = tr("Score %1, suggested %2, confirmed %3")
                              .arg(a.score)
                              .arg(code(a.suggestedCode), code(a.confirmedCode));
        if (!a.amendsId.isEmpty())
            summary = tr("%1 (correction)").arg(summary);
        if (e.corrected)
            summary = tr("%1 (corrected later)").arg(summary);
        e.summary = withReason(summary, a.overrideReason);
        QStringList detail{summary};
        if (!a.overrideReason.isEmpty())
            detail << tr("Why the code differs from the suggestion: %1").arg(a.overrideReason);
        if (!a.amendReason.isEmpty())
            detail << tr("Why it was corrected: %1").arg(a.amendReason);
        if (!a.notes.isEmpty())
            detail << tr("Notes: %1").arg(a.notes);
        e.detail = detail.join(u'\n');
        out << e;
    }

    for (const Plan& p : file.plans) {
        const QString kind = CaseVocabulary::displayName(p.kind);
        TimelineEntry made;
        made.kind = Kind::Plan;
        timed(made, p.createdAt);
        made.recordId = p.id;
        made.summary = tr("%1 “%2” drawn up, %n action(s)", nullptr, int(p.actions.size()))
                           .arg(kind, oneLine(p.title));
        made.detail =
            p.goals.isEmpty() ? made.summary : made.summary + u'\n' + tr("Goals: %1").arg(p.goals);
        out << made;
        if (p.approvedAt > 0) {
            TimelineEntry approved;
            approved.kind = Kind::Plan;
            timed(approved, p.approvedAt);
            approved.recordId = p.id;
            approved.who = p.approvedByName;
            approved.summary = tr("%1 “%2” approved").arg(kind, oneLine(p.title));
            approved.detail = approved.summary;
            out << approved;
        }
        for (const PlanAction& a : p.actions) {
            TimelineEntry action;
            action.kind = Kind::Plan;
            action.date = a.dueDate.isValid() ? a.dueDate : caseDate(p.createdAt);
            action.recordId = p.id;
            action.who = a.owner.isEmpty() ? a.agency : a.owner;
            action.summary =
                tr("Action due: %1 (%2)")
                    .arg(oneLine(a.description), CaseVocabulary::displayName(a.status));
            action.detail = a.agency.isEmpty()
                                ? action.summary
                                : action.summary + u'\n' + tr("Agency: %1").arg(a.agency);
            out << action;
        }
    }

    for (const GuidanceSession& g : file.guidance) {
        TimelineEntry e;
        e.kind = Kind::Guidance;
        e.date = g.date;
        e.recordId = g.id;
        e.who = g.provider;
        const QString topic = g.topic.isEmpty() ? tr("Guidance session") : oneLine(g.topic);
        e.summary = tr("%1, %2 h").arg(topic, QString::number(g.hours, 'g', 4));
        e.detail = g.notes.isEmpty() ? e.summary : e.summary + u'\n' + g.notes;
        out << e;
    }

    for (const FollowUp& x : file.followUps) {
        TimelineEntry e;
        e.kind = Kind::FollowUp;
        e.date = x.date;
        e.at = x.at;
        e.recordId = x.id;
        e.who = x.byDisplayName;
        e.corrected = !x.supersededBy.isEmpty();
        QString summary = CaseVocabulary::displayName(x.kind);
        if (!x.amendsId.isEmpty())
            summary = tr("%1 (correction)").arg(summary);
        if (e.corrected)
            summary = tr("%1 (corrected later)").arg(summary);
        // Notes that begin with the kind ("入户走访，孩子在家…", as people write them) are not
        // prefixed with it again.
        const bool saysItsKind = x.notes.trimmed().startsWith(CaseVocabulary::displayName(x.kind));
        e.summary = saysItsKind && x.amendsId.isEmpty() && !e.corrected
                        ? oneLine(x.notes)
                        : withText(summary, x.notes);
        QStringList detail{summary};
        if (!x.notes.isEmpty())
            detail << x.notes;
        if (!x.findings.isEmpty())
            detail << tr("Findings: %1").arg(x.findings);
        if (x.nextDue.isValid())
            detail << tr("Next follow-up due %1").arg(x.nextDue.toString(u"yyyy-MM-dd"));
        if (!x.amendReason.isEmpty())
            detail << tr("Why it was corrected: %1").arg(x.amendReason);
        e.detail = detail.join(u'\n');
        out << e;
    }

    for (const Referral& r : file.referrals) {
        const QString agency = oneLine(r.agency);
        for (auto it = r.events.crbegin(); it != r.events.crend(); ++it) {
            TimelineEntry e;
            e.kind = Kind::Referral;
            timed(e, it->at);
            e.recordId = r.id;
            e.who = it->byDisplayName;
            const QString summary =
                it->status == ReferralStatus::Draft
                    ? tr("Referral to %1 drafted: %2")
                          .arg(agency, CaseVocabulary::displayName(r.request))
                    : tr("Referral to %1: %2")
                          .arg(agency, ReferralStatuses::displayName(it->status));
            e.summary = withReason(summary, it->note);
            e.detail = it->note.isEmpty() ? summary : summary + u'\n' + it->note;
            out << e;
        }
    }

    for (const AttachmentInfo& a : file.attachments) {
        TimelineEntry e;
        e.kind = Kind::Attachment;
        timed(e, a.at);
        e.recordId = a.id;
        e.summary = withText(tr("Attachment “%1” added").arg(oneLine(a.fileName)), a.description);
        e.detail = a.description.isEmpty() ? e.summary : e.summary + u'\n' + a.description;
        out << e;
    }

    if (file.family.createdAt > 0) {
        TimelineEntry e;
        e.kind = Kind::File;
        timed(e, file.family.createdAt);
        e.recordId = file.family.id;
        e.summary = tr("Family file %1 created").arg(file.family.fileNo);
        e.detail = e.summary;
        out << e;
    }

    std::stable_sort(out.begin(), out.end(), newerFirst);
    return out;
}

} // namespace jiahu
