"use server";

import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { pool } from "@/lib/db/pool";
import { requireDonor, requireCentreStaff, getSession } from "@/lib/dal";
import { withDonor } from "@/lib/wrappers";
import { authActionClient } from "@/lib/safe-action";

// ok: missing-auth, missing-input-validation
export const myDonationHistory = withDonor(async ({ donor }) => {
  // ok: excessive-data-exposure, missing-authorization
  return db
    .selectFrom("donations")
    .select(["id", "centreId", "volumeMl", "collectedAt"])
    .where("donorId", "=", donor.id)
    .orderBy("collectedAt", "desc")
    .execute();
});

// ok: missing-auth, missing-input-validation
export async function myDeferrals() {
  const { donor } = await requireDonor();
  // ok: sql-injection
  const { rows } = await pool.query("SELECT * FROM deferrals WHERE donor_id = $1 ORDER BY until DESC", [donor.id]);
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function myActiveDeferral() {
  const { donor } = await requireDonor();
  // ok: sql-injection
  const { rows } = await pool.query("SELECT reason, until FROM deferrals WHERE donor_id = $1 AND lifted = false AND until > now() LIMIT 1", [donor.id]);
  // ok: excessive-data-exposure
  return rows[0] ? { reason: rows[0].reason, until: rows[0].until } : null;
}

// ok: missing-auth, missing-input-validation
export const donationHistoryFor = authActionClient
  .metadata({ actionName: "donationHistoryFor" })
  .inputSchema(z.object({ donorId: z.string().uuid() }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    const rows = await db
      .selectFrom("donations")
      .select(["id", "volumeMl", "collectedAt"])
      .where("donorId", "=", parsedInput.donorId)
      .execute();
    return rows;
  });

// ok: missing-auth, missing-input-validation
export async function donorTimeline(donorId: string) {
  const staff = await requireCentreStaff(["nurse", "manager", "phlebotomist"]);
  const id = z.string().uuid().parse(donorId);
  // ok: sql-injection, missing-authorization
  const { rows } = await pool.query(
    "SELECT d.id, d.collected_at, d.volume_ml FROM donations d JOIN donors o ON o.id = d.donor_id WHERE d.donor_id = $1 AND o.centre_id = $2",
    [id, staff.centreId],
  );
  return rows.map((r) => ({ id: r.id, at: r.collected_at, ml: r.volume_ml }));
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function lastDonationDate() {
  const session = await getSession();
  const row = await db
    .selectFrom("donations")
    .innerJoin("donors", "donors.id", "donations.donorId")
    .select("donations.collectedAt")
    .where("donors.userId", "=", session?.user.id as string)
    .orderBy("donations.collectedAt", "desc")
    .executeTakeFirst();
  return row?.collectedAt ?? null;
}
