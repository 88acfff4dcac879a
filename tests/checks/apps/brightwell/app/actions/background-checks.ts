"use server";

import { z } from "zod";
import { requireSchoolStaff, requireStaff } from "@/lib/auth/staff";
import { requireParent } from "@/lib/auth/parent";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { withSchoolAdmin } from "@/lib/with-school";

async function orderCheckFromProvider(parentId: string, email: string) {
  const res = await fetch("https://api.checkr.com/v1/invitations", {
    method: "POST",
    headers: { Authorization: `Basic ${Buffer.from(`${process.env.CHECKR_API_KEY}:`).toString("base64")}`, "Content-Type": "application/json" },
    body: JSON.stringify({ candidate_email: email, package: "k12_volunteer" }),
  });
  const json = (await res.json()) as { id: string };
  return json.id;
}

// ok: missing-auth, missing-input-validation
export async function requestBackgroundCheck() {
  const parent = await requireParent();
  const me = await db.parent.findUnique({ where: { id: parent.parentId }, select: { email: true } });
  if (!me) throw new Error("Not found");
  const ref = await orderCheckFromProvider(parent.parentId, me.email);
  await db.backgroundCheck.create({ data: { parentId: parent.parentId, schoolId: parent.schoolId, provider: "checkr", providerRef: ref, status: "pending" } });
  await db.parent.update({ where: { id: parent.parentId }, data: { backgroundStatus: "pending" } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function myBackgroundCheck() {
  const parent = await requireParent();
  const check = await db.backgroundCheck.findFirst({ where: { parentId: parent.parentId }, orderBy: { updatedAt: "desc" } });
  // ruleid: excessive-data-exposure
  return check;
}

// Coordinators see statuses only.
// ok: missing-auth, missing-input-validation
export async function schoolCheckStatuses() {
  const { schoolId } = await requireSchoolStaff(["coordinator", "pta_admin"]);
  const rows = await db.backgroundCheck.findMany({ where: { schoolId }, select: { parentId: true, status: true, updatedAt: true } });
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
// todoruleid: missing-audit-log
export async function overrideCheckStatus(checkId: string, status: string) {
  const { schoolId } = await requireSchoolStaff(["pta_admin"]);
  const data = z.object({ checkId: z.string().cuid(), status: z.enum(["clear", "flagged"]) }).parse({ checkId, status });
  // ok: missing-authorization
  const check = await db.backgroundCheck.update({ where: { id: data.checkId, schoolId }, data: { status: data.status }, select: { parentId: true } });
  await db.parent.update({ where: { id: check.parentId }, data: { backgroundStatus: data.status } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const overrideCheckStatusAudited = withSchoolAdmin("background.override", async (ctx, input: { checkId: string; status: string }) => {
  const data = z.object({ checkId: z.string().cuid(), status: z.enum(["clear", "flagged"]) }).parse(input);
  // ok: missing-authorization
  await db.backgroundCheck.updateMany({ where: { id: data.checkId, schoolId: ctx.schoolId }, data: { status: data.status } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export async function viewCheckReport(checkId: string) {
  const staff = await requireStaff();
  z.string().cuid().parse(checkId);
  // ruleid: missing-authorization
  const check = await db.backgroundCheck.findUnique({ where: { id: checkId }, select: { reportUrl: true, status: true } });
  await audit.record({ actorId: staff.id, schoolId: staff.activeSchoolId, action: "background.report_viewed", target: checkId });
  return { url: check?.reportUrl ?? null, status: check?.status };
}
