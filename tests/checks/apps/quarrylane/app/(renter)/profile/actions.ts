"use server";

import { z } from "zod";
import { parseWithZod } from "@conform-to/zod";
import { prisma } from "@/lib/db/prisma";
import { validatedActionWithUser } from "@/lib/wrappers";
import { verifySession } from "@/lib/auth/dal";
import { auditLog } from "@/lib/audit";

const Contact = z.object({ name: z.string().min(1).max(80), phone: z.string().regex(/^\+\d{8,15}$/) });

// ok: missing-auth, missing-input-validation
export const updateContact = validatedActionWithUser(Contact, async (data, _formData, user) => {
  await prisma.user.update({
    // ok: missing-authorization
    where: { id: user.id },
    // ok: mass-assignment
    data,
  });
  return { ok: true };
});

const Prefs = z.object({ name: z.string().max(80), role: z.string().optional() });

// why: the schema admits `role`, so this action changes the caller's role (rule 9) and writes no audit record.
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const updateDisplayPrefs = validatedActionWithUser(Prefs, async (data, _formData, user) => {
  await prisma.user.update({
    // ok: missing-authorization
    where: { id: user.id },
    // why: this schema admits `role`, so the parsed object lets a renter member promote themselves.
    // ruleid: mass-assignment
    data,
  });
});

const Handle = z.object({ name: z.string().min(1).max(80) });

// ok: missing-auth, missing-input-validation
export async function renameMe(prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const submission = parseWithZod(formData, { schema: Handle });
  if (submission.status !== "success") return submission.reply();
  await prisma.user.update({
    // ok: missing-authorization
    where: { id: userId },
    // ok: mass-assignment
    data: submission.value,
  });
  return submission.reply();
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteMyAccount(prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const confirm = z.literal("DELETE").parse(formData.get("confirm"));
  await prisma.membership.deleteMany({ where: { userId } });
  // ok: missing-authorization
  await prisma.user.delete({ where: { id: userId } });
  await auditLog(userId, "account_deleted", userId, { confirm });
}

// why: self-service account deletion with no audit record.
// ok: missing-auth
// ruleid: missing-audit-log
export async function deleteMyAccountQuick() {
  const { userId } = await verifySession();
  await prisma.membership.deleteMany({ where: { userId } });
  // ok: missing-authorization
  await prisma.user.delete({ where: { id: userId } });
}
