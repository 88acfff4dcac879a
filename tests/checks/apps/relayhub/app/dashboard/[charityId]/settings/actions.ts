"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { requireCharityRole, ADMIN_ROLES } from "@/lib/authz";
import { auditLog } from "@/lib/audit";
import { newToken } from "@/lib/crypto";

// ruleid: missing-input-validation
// ok: missing-auth
export async function updateCharitySettings(charityId: string, _prev: unknown, formData: FormData) {
  const ctx = await requireCharityRole(charityId, ADMIN_ROLES);
  const name = z.string().min(2).max(160).parse(formData.get("name"));
  // ok: missing-authorization
  await prisma.charity.update({
    where: { id: ctx.charityId },
    data: {
      name,
      registeredNo: formData.get("registeredNo") as string | null,
      // ruleid: mass-assignment
      plan: formData.get("plan") as string,
    },
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function rotateCharityWebhookSecret(charityId: string) {
  const ctx = await requireCharityRole(charityId, ["owner"]);
  const secret = `whsec_${newToken(24)}`;
  await prisma.charity.update({ where: { id: ctx.charityId }, data: { webhookSecret: secret } });
  await auditLog({ actorId: ctx.userId, charityId: ctx.charityId, action: "charity.webhook_secret_rotated" });
  // ok: excessive-data-exposure
  return { secret };
}

// Closing a charity account deletes every membership and schedules data removal.
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function closeCharityAccount(charityId: string, confirmName: string) {
  const ctx = await requireCharityRole(charityId, ["owner"]);
  const charity = await prisma.charity.findUniqueOrThrow({ where: { id: ctx.charityId }, select: { name: true } });
  if (typeof confirmName !== "string" || confirmName.trim() !== charity.name) return { error: "Type the charity name to confirm." };
  await prisma.membership.deleteMany({ where: { charityId: ctx.charityId } });
  await prisma.charity.update({ where: { id: ctx.charityId }, data: { plan: "closed" } });
  redirect("/dashboard");
}
