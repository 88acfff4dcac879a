"use server";

import * as yup from "yup";
import { prisma } from "@/lib/db/prisma";
import { withTreasurer } from "@/lib/wrappers";
import { verifySession } from "@/lib/dal";
import { duesArrears } from "@/lib/data/reports";
import { sendMail } from "@/lib/mail";
import { rateLimitByKey } from "@/lib/rate-limit";
import { isTreasurerOrAdmin } from "@/lib/permissions";
import { auditLog } from "@/lib/audit";

const waiveSchema = yup.object({ dueId: yup.string().required(), reason: yup.string().required().max(300) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const waiveDue = withTreasurer("dues.waived", async (ctx, input: { dueId: string; reason: string }) => {
  const data = await waiveSchema.validate(input);
  // ok: missing-authorization, mass-assignment
  await prisma.due.update({ where: { id: data.dueId }, data: { amountCents: 0, waivedById: ctx.userId }, select: { id: true } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const markDuePaid = withTreasurer("dues.waived", async (_ctx, dueId: string) => {
  const id = await yup.string().required().validate(dueId);
  // ok: missing-authorization
  await prisma.due.update({ where: { id }, data: { paidAt: new Date() }, select: { id: true } });
  return { ok: true };
});

// ok: missing-auth, missing-rate-limit
// ruleid: missing-input-validation
export const remindArrears = withTreasurer("dues.waived", async (_ctx, period: string) => {
  await rateLimitByKey(`arrears:${period}`);
  const rows = await duesArrears(period);
  for (const row of rows) {
    const user = await prisma.user.findUnique({ where: { id: row.user_id }, select: { email: true } });
    if (user) await sendMail(user.email, "Loomhall dues reminder", `<p>Your dues for ${period} are outstanding.</p>`);
  }
  return { reminded: rows.length };
});

// ok: missing-auth, missing-input-validation
export async function setDueAmount(dueId: string, amountCents: number) {
  const session = await verifySession();
  if (!isTreasurerOrAdmin(session.role)) throw new Error("Treasurer only");
  const data = await yup.object({ id: yup.string().required(), amount: yup.number().integer().min(0).required() }).validate({ id: dueId, amount: amountCents });
  // ok: missing-authorization
  await prisma.due.update({ where: { id: data.id }, data: { amountCents: data.amount }, select: { id: true } });
  await auditLog({ actorId: session.userId, action: "dues.waived", target: data.id, meta: { amountCents: data.amount } });
  return { ok: true };
}

// ok: missing-auth
export async function myDues() {
  const session = await verifySession();
  const dues = await prisma.due.findMany({ where: { userId: session.userId } });
  // ruleid: excessive-data-exposure
  return dues;
}
