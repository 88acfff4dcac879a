"use server";

import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { requireVendor } from "@/lib/auth/vendor-session";
import { withFestival } from "@/lib/with-festival";
import { legacyFeesFor, syncPitch, markLegacyFeePaid, pitchesIn, findLegacyVendor } from "@/lib/legacy-vendors";

// ok: missing-auth, missing-input-validation
export async function myLegacyFees() {
  const vendor = await requireVendor();
  const row = await db.selectFrom("vendors").select(["business_name"]).where("id", "=", vendor.vendorId).executeTakeFirstOrThrow();
  const fees = await legacyFeesFor(row.business_name);
  // ok: excessive-data-exposure
  return fees.map((f) => ({ ref: f.ref, amountPence: f.amount_pence, paid: Boolean(f.paid) }));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function legacyFeeHistory(tradingName: string) {
  await requireVendor();
  // todoruleid: missing-authorization -- a client value filtering an owner-like column inside a helper's raw SQL (cause 6)
  const fees = await legacyFeesFor(tradingName);
  return fees.map((f) => ({ ref: f.ref, amountPence: f.amount_pence }));
}

// ok: missing-auth, missing-input-validation
export const assignLegacyPitch = withFestival(async (formData, ctx) => {
  if (ctx.orgRole !== "org:promoter" && ctx.orgRole !== "org:production_manager") throw new Error("Forbidden");
  const { pitchNo, vendorId } = z.object({ pitchNo: z.coerce.number().int().positive(), vendorId: z.string().uuid() }).parse({ pitchNo: formData.get("pitchNo"), vendorId: formData.get("vendorId") });
  const vendor = await db.selectFrom("vendors").select(["id"]).where("id", "=", vendorId).where("festival_id", "=", ctx.festivalId).executeTakeFirst();
  if (!vendor) throw new Error("Unknown vendor");
  await syncPitch(pitchNo, vendor.id);
});

// ruleid: missing-auth, missing-input-validation
export async function settleLegacyFee(ref: string) {
  await markLegacyFeePaid(ref);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function pitchDetails(pitchNos: number[]) {
  await requireVendor();
  const ids = z.array(z.number().int().positive()).max(20).parse(pitchNos);
  const rows = await pitchesIn(ids);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ pitchNo: r.pitch_no, zone: r.zone, powerAmps: r.power_amps }));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function linkLegacyAccount(legacyId: number) {
  const vendor = await requireVendor();
  const legacy = await findLegacyVendor(legacyId);
  if (!legacy) return { error: "No such legacy vendor" };
  await db.updateTable("vendors").set({ legacy_id: legacyId }).where("id", "=", vendor.vendorId).execute();
  return { ok: true };
}
