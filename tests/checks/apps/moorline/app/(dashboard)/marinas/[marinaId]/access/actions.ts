"use server";

import { z } from "zod";
import { kdb } from "@/lib/db/kysely";
import { prisma } from "@/lib/db/prisma";
import { requireMarinaAccess, verifySession } from "@/lib/auth/dal";
import { hasRole, canViewOwner } from "@/lib/auth/roles";
import { generatePin, pushPinToController } from "@/lib/gate";
import { auditLog } from "@/lib/audit";
import { sendSms } from "@/lib/sms";
import { rateLimitByKey } from "@/lib/rate-limit";

const issueSchema = z.object({
  marinaId: z.string().cuid(),
  customerId: z.string().cuid().optional(),
  label: z.string().min(1).max(60),
  zone: z.enum(["gate", "showers", "fuel"]),
  days: z.number().int().min(1).max(365),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function issueAccessCode(raw: z.infer<typeof issueSchema>) {
  const input = issueSchema.parse(raw);
  const ctx = await requireMarinaAccess(input.marinaId);
  if (!hasRole(ctx.role, "DOCK_HAND")) throw new Error("Forbidden");
  if (input.customerId) {
    const owner = await prisma.boatOwner.count({ where: { id: input.customerId, orgId: ctx.orgId } });
    if (!owner) throw new Error("Unknown customer");
  }
  const marina = await prisma.marina.findUnique({ where: { id: ctx.marinaId }, select: { gateControllerId: true } });
  const pin = generatePin();
  const validUntil = new Date(Date.now() + input.days * 86_400_000);
  const row = await kdb
    .insertInto("access_codes")
    .values({
      id: crypto.randomUUID(),
      marina_id: ctx.marinaId,
      customer_id: input.customerId ?? null,
      label: input.label,
      pin,
      zone: input.zone,
      valid_from: new Date(),
      valid_until: validUntil,
      created_by: ctx.userId,
      revoked: false,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (marina?.gateControllerId) await pushPinToController(marina.gateControllerId, pin, input.zone, validUntil);
  await auditLog({ orgId: ctx.orgId, actorId: ctx.userId, action: "access_code.issue", target: row.id });
  return { id: row.id, pin };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function revokeAccessCode(marinaId: string, codeId: string) {
  const { marinaId: m, codeId: c } = z.object({ marinaId: z.string().cuid(), codeId: z.string().uuid() }).parse({ marinaId, codeId });
  const ctx = await requireMarinaAccess(m);
  if (!hasRole(ctx.role, "DOCK_HAND")) throw new Error("Forbidden");
  await kdb
    .updateTable("access_codes")
    .set({ revoked: true })
    // ok: missing-authorization
    .where("id", "=", c)
    .where("marina_id", "=", ctx.marinaId)
    .execute();
  await auditLog({ orgId: ctx.orgId, actorId: ctx.userId, action: "access_code.revoke", target: c });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function listAccessCodes(marinaId: string) {
  const m = z.string().cuid().parse(marinaId);
  const ctx = await requireMarinaAccess(m);
  const rows = await kdb.selectFrom("access_codes").selectAll().where("marina_id", "=", ctx.marinaId).where("revoked", "=", false).execute();
  // ruleid: excessive-data-exposure
  return rows;
}

/** Texts the current shower-block PIN to a berth holder. */
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function textPinToCustomer(customerId: string, codeId: string) {
  const ids = z.object({ customerId: z.string().cuid(), codeId: z.string().uuid() }).parse({ customerId, codeId });
  const { userId } = await verifySession();
  await rateLimitByKey(`pin-sms:${userId}`, 10);
  // ruleid: floating-auth-check
  if (!canViewOwner(userId, ids.customerId)) throw new Error("Forbidden");
  // ruleid: missing-authorization
  const owner = await prisma.boatOwner.findUnique({ where: { id: ids.customerId }, select: { phone: true, orgId: true } });
  if (!owner?.phone) return { sent: false };
  // ruleid: missing-authorization
  const code = await kdb
    .selectFrom("access_codes")
    .innerJoin("gate_devices", "gate_devices.marina_id", "access_codes.marina_id")
    .select(["access_codes.pin", "access_codes.zone"])
    .where("access_codes.id", "=", ids.codeId)
    .executeTakeFirst();
  if (!code) return { sent: false };
  await sendSms(owner.phone, `Your Moorline ${code.zone} PIN is ${code.pin}`);
  return { sent: true };
}
