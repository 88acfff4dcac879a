"use server";

import { z } from "zod";
import { eq, and } from "drizzle-orm";
import { createServerAction } from "zsa";
import { db, schema } from "@/lib/db/drizzle";
import { kdb } from "@/lib/db/kysely";
import { prisma } from "@/lib/db/prisma";
import { withRentalCompany } from "@/lib/wrappers";
import { verifySession } from "@/lib/auth/dal";
import { requireMembership } from "@/lib/auth/membership";
import { sendSms } from "@/lib/sms";
import { checkRateLimit } from "@/lib/ratelimit";
import { hashToken } from "@/lib/secure-compare";
import { auditLog } from "@/lib/audit";
import { nanoid } from "nanoid";

const Hours = z.object({ depotId: z.string().cuid(), weekday: z.number().int().min(0).max(6), opens: z.string().regex(/^\d\d:\d\d$/), closes: z.string().regex(/^\d\d:\d\d$/) });

// ok: missing-auth, missing-input-validation
export const setDepotHours = withRentalCompany(async (ctx, raw: unknown) => {
  const input = Hours.parse(raw);
  await requireMembership(ctx.orgId, ["owner", "depot_staff"]);
  // why: depot id from the client is never checked against ctx.orgId — staff of one company edit another's depot hours.
  await kdb
    .insertInto("depot_hours")
    // ruleid: missing-authorization
    .values({ id: nanoid(), depot_id: input.depotId, weekday: input.weekday, opens: input.opens, closes: input.closes })
    .execute();
});

const StaffInvite = z.object({ depotId: z.string().cuid(), phone: z.string().regex(/^\+\d{8,15}$/) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const inviteDepotStaff = withRentalCompany(async (ctx, raw: unknown) => {
  const input = StaffInvite.parse(raw);
  if (!(await checkRateLimit(`staff-invite:${ctx.orgId}`))) throw new Error("Slow down");
  await requireMembership(ctx.orgId, ["owner"]);
  const depot = await prisma.depot.findFirst({ where: { id: input.depotId, companyId: ctx.orgId }, select: { id: true } });
  if (!depot) throw new Error("Depot not in your company");
  const token = nanoid(24);
  await db.insert(schema.depotStaffInvites).values({
    id: nanoid(),
    // ok: missing-authorization
    depotId: input.depotId,
    companyId: ctx.orgId,
    phone: input.phone,
    tokenHash: hashToken(token),
    role: "depot_staff",
  });
  await auditLog(ctx.clerkUserId, "depot_staff_invited", input.depotId);
  await sendSms(input.phone, `Join your depot on Quarrylane: https://quarrylane.io/staff/${token}`);
});

// why: the invite fields arrive unchecked, and every invite is texted by SMS with no rate limit.
// ok: missing-auth
// ruleid: missing-input-validation, missing-rate-limit
export const inviteDepotStaffBulk = withRentalCompany(async (ctx, invites: Array<Record<string, string>>) => {
  await requireMembership(ctx.orgId, ["owner"]);
  for (const inv of invites) {
    // why: `role` in each client object (e.g. "owner") is inserted as-is.
    // ruleid: mass-assignment
    await db.insert(schema.depotStaffInvites).values({ ...inv, id: nanoid(), companyId: ctx.orgId, tokenHash: hashToken(nanoid()) } as any);
    await sendSms(inv.phone, "You've been invited to a Quarrylane depot.");
  }
  await auditLog(ctx.clerkUserId, "depot_staff_bulk_invited", ctx.orgId);
});

// ok: missing-auth, missing-input-validation
export const revokeStaffInvite = withRentalCompany(async (ctx, inviteId: string) => {
  z.string().parse(inviteId);
  await db
    .delete(schema.depotStaffInvites)
    // ok: missing-authorization
    .where(and(eq(schema.depotStaffInvites.id, inviteId), eq(schema.depotStaffInvites.companyId, ctx.orgId)));
  await auditLog(ctx.clerkUserId, "depot_staff_invite_revoked", inviteId);
});

// why: zsa action built with plain createServerAction() — no procedure, no session — and it deletes invites.
// ruleid: missing-auth
// ok: missing-rate-limit
export const purgeExpiredInvites = createServerAction()
  .input(z.object({ depotId: z.string().cuid() }))
  // ok: missing-input-validation
  .handler(async ({ input }) => {
    await db.delete(schema.depotStaffInvites).where(eq(schema.depotStaffInvites.depotId, input.depotId));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function listDepotInvites(depotId: string) {
  const { userId } = await verifySession();
  if (typeof depotId !== "string") throw new Error("Bad id");
  // why: depot id from the client, no company/membership check.
  // ruleid: missing-authorization
  const rows = await db
    .select()
    .from(schema.depotStaffInvites)
    .where(eq(schema.depotStaffInvites.depotId, depotId));
  // why: drizzle select() with no columns returns tokenHash too.
  // ruleid: excessive-data-exposure
  return rows;
}
