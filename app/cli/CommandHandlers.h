#pragma once

// The handlers of the command table (CommandTable.cpp), by the file that holds them. A handler
// reads its arguments and options from the Invocation, calls core services and returns the exit
// code; its options were declared in the table and their values checked before it runs.

namespace jiahu::cli {

class Invocation;

// AdminCommands.cpp: the database, users, keys, audit log.
int init(Invocation& run);
int doctor(Invocation& run);
int userList(Invocation& run);
int userAdd(Invocation& run);
int userRemove(Invocation& run);
int userPasswd(Invocation& run);
int recoveryReset(Invocation& run);
int rekey(Invocation& run);
int backup(Invocation& run);
int restore(Invocation& run);
int auditVerify(Invocation& run);
int auditList(Invocation& run);

// ReferenceCommands.cpp: towns, scopes, settings, assessment templates.
int townAdd(Invocation& run);
int townList(Invocation& run);
int userScope(Invocation& run);
int settingsFileNumber(Invocation& run);
int settingsCadence(Invocation& run);
int templateShow(Invocation& run);
int templateAdd(Invocation& run);

// FamilyCommands.cpp: family files and their people.
int familyAdd(Invocation& run);
int familyList(Invocation& run);
int familyShow(Invocation& run);
int familyClose(Invocation& run);
int familyTransfer(Invocation& run);
int familyReopen(Invocation& run);
int familyAssign(Invocation& run);
int familyEdit(Invocation& run);
int personAdd(Invocation& run);
int personEdit(Invocation& run);
int search(Invocation& run);

// RiskCommands.cpp: assessments and risk codes.
int assess(Invocation& run);
int assessAmend(Invocation& run);
int riskPropose(Invocation& run);
int riskApprove(Invocation& run);
int riskDecline(Invocation& run);
int riskQueue(Invocation& run);

// PlanCommands.cpp: intervention plans and their actions.
int planAdd(Invocation& run);
int planAction(Invocation& run);
int planStatus(Invocation& run);
int planApprove(Invocation& run);
int planClose(Invocation& run);
int planShow(Invocation& run);
int planEditAction(Invocation& run);
int planList(Invocation& run);

// FollowUpCommands.cpp: follow-ups and their corrections, guidance sessions, the due queues.
int followUpAdd(Invocation& run);
int followUpAmend(Invocation& run);
int followUpExtended(Invocation& run);
int guidanceAdd(Invocation& run);
int overdue(Invocation& run);

// ReferralCommands.cpp: cross-agency referrals.
int referAdd(Invocation& run);
int referSend(Invocation& run);
int referReceive(Invocation& run);
int referAccept(Invocation& run);
int referDecline(Invocation& run);
int referClose(Invocation& run);
int referShow(Invocation& run);
int referList(Invocation& run);
int referEdit(Invocation& run);

// AttachmentCommands.cpp: files kept with a family file.
int attachAdd(Invocation& run);
int attachExport(Invocation& run);

// DemoCommands.cpp: demo data.
int demo(Invocation& run);

} // namespace jiahu::cli
