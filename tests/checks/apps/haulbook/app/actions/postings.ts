"use server";

import * as v from "valibot";
import { eq, and } from "drizzle-orm";
import { pool } from "@/lib/db/pool";
import { db } from "@/lib/db/drizzle";
import { carriers } from "@/lib/db/schema";
import { withTenant, withViewer } from "@/lib/wrappers";
import { verifySession } from "@/lib/dal";

const PostingSchema = v.object({
  loadId: v.pipe(v.string(), v.minLength(10)),
  lane: v.pipe(v.string(), v.minLength(3)),
  equipment: v.picklist(["VAN", "REEFER", "FLATBED", "STEPDECK"]),
  postedRate: v.pipe(v.number(), v.integer(), v.minValue(1)),
  floorRate: v.pipe(v.number(), v.integer(), v.minValue(1)),
  visibility: v.picklist(["PUBLIC", "PRIVATE"]),
});

// ok: missing-auth, missing-input-validation
export const postLoad = withViewer(async (viewer, raw: unknown) => {
  const input = v.parse(PostingSchema, raw);
  // ok: sql-injection, missing-authorization
  const { rows } = await pool.query(
    "INSERT INTO postings (load_id, tenant_id, lane, equipment, posted_rate, floor_rate, visibility) SELECT id, tenant_id, $3, $4, $5, $6, $7 FROM loads WHERE id = $1 AND tenant_id = $2 RETURNING id",
    [input.loadId, viewer.tenantId, input.lane, input.equipment, input.postedRate, input.floorRate, input.visibility],
  );
  return { id: rows[0]?.id as string | undefined };
});

// ruleid: missing-input-validation
// todook: missing-auth -- ambiguous (gap judge): anonymous callers get public postings, but the rows carry the private floor_rate
export const searchBoard = withTenant(async (viewer, lane: string, equipment: string) => {
  const vis = viewer ? "('PUBLIC','PRIVATE')" : "('PUBLIC')";
  // ruleid: sql-injection
  const { rows } = await pool.query(
    `SELECT id, lane, equipment, posted_rate, floor_rate FROM postings WHERE visibility IN ${vis} AND lane ILIKE '%${lane}%' AND equipment = $1`,
    [equipment],
  );
  // floor_rate is the broker's private minimum
  return rows;
});

// ok: missing-auth, missing-input-validation
export async function updatePostingRate(postingId: string, rate: number) {
  const viewer = await verifySession();
  if (typeof postingId !== "string" || !Number.isInteger(rate) || rate <= 0) throw new Error("Bad input");
  // ok: sql-injection, missing-authorization
  await pool.query("UPDATE postings SET posted_rate = $1 WHERE id = $2 AND tenant_id = $3", [rate, postingId, viewer.tenantId]);
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function deletePosting(postingId: string) {
  const viewer = await verifySession();
  // ruleid: sql-injection
  await pool.query(`DELETE FROM postings WHERE id = '${postingId}' AND tenant_id = $1`, [viewer.tenantId]);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function listPreferredCarriers() {
  const viewer = await verifySession();
  const rows = await db.select().from(carriers).where(and(eq(carriers.tenantId, viewer.tenantId), eq(carriers.vetted, true)));
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth
export async function listCarrierNames() {
  const viewer = await verifySession();
  const rows = await db
    .select({ id: carriers.id, legalName: carriers.legalName, mcNumber: carriers.mcNumber })
    .from(carriers)
    .where(eq(carriers.tenantId, viewer.tenantId));
  // ok: excessive-data-exposure
  return rows;
}
