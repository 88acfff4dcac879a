"use server";

import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { staffScope, donorCard } from "@/lib/donor-service";
import { donorBelongsToCentre } from "@/lib/guards";
import { withCentre } from "@/lib/wrappers";
import { audit } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function extendDeferral(deferralId: string, days: number) {
  const scope = await staffScope();
  const input = z.object({ id: z.string().uuid(), days: z.number().int().min(1).max(365) }).parse({ id: deferralId, days });
  const current = await db.selectFrom("deferrals").select(["id", "until", "centreId"]).where("id", "=", input.id).executeTakeFirst();
  if (!current || current.centreId !== scope.centreId) return { error: "Not found" };
  // ok: missing-authorization
  await db.updateTable("deferrals").set({ until: new Date(current.until.getTime() + input.days * 86_400_000) }).where("id", "=", current.id).execute();
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function deferralsForDonor(donorId: string) {
  const scope = await staffScope();
  const id = z.string().uuid().parse(donorId);
  const card = await donorCard(id, scope.centreId);
  if (!card) return [];
  // ok: missing-authorization, excessive-data-exposure
  return db.selectFrom("deferrals").select(["id", "reason", "until", "lifted"]).where("donorId", "=", card.id).execute();
}

// ok: missing-auth, missing-input-validation
export const bulkDefer = withCentre(async (staff, donorIds: string[], reason: string) => {
  const input = z.object({ ids: z.array(z.string().uuid()).max(50), reason: z.string().min(3).max(300) }).parse({ ids: donorIds, reason });
  for (const donorId of input.ids) {
    // ruleid: floating-auth-check
    if (staff.role !== "nurse" && !donorBelongsToCentre(donorId, staff.centreId)) continue;
    await db.insertInto("deferrals").values({ donorId, centreId: staff.centreId, reason: input.reason, until: new Date(Date.now() + 56 * 86_400_000), createdBy: staff.user.id, lifted: false }).execute(); // todook: missing-authorization -- (gap judge, pass 38: ambiguous) a deferral filed under the caller's centre and signed by the caller, naming a client-picked donor; the only centre check floats (labelled floating-auth-check)
  }
  return { count: input.ids.length };
});

// ok: missing-auth, missing-input-validation
export async function deleteDeferral(deferralId: string) {
  const scope = await staffScope();
  const id = z.string().uuid().parse(deferralId);
  // ok: missing-authorization
  const res = await db.deleteFrom("deferrals").where("id", "=", id).where("centreId", "=", scope.centreId).executeTakeFirst();
  await audit.record({ actorId: scope.userId, action: "deferral.delete", target: id });
  return { deleted: Number(res.numDeletedRows) };
}
