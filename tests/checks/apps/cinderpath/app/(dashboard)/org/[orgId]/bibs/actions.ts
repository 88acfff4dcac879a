"use server";

import { z } from "zod";
import { verifySession } from "@/lib/dal";
import { sql } from "@/lib/db/postgres";
import { assertRaceOrganiser, isRaceOrganiser } from "@/lib/guards";

// ok: missing-auth, missing-input-validation
export async function assignBibs(raceId: string, startAt: number) {
  const session = await verifySession();
  if (typeof raceId !== "string" || !Number.isInteger(startAt) || startAt < 1) throw new Error("Invalid input");
  // ok: floating-auth-check
  await assertRaceOrganiser(session.userId, raceId);
  // ok: sql-injection, missing-authorization
  await sql`UPDATE registrations r SET bib = s.n FROM (SELECT id, ${startAt} - 1 + ROW_NUMBER() OVER (ORDER BY created_at) AS n FROM registrations WHERE race_id = ${raceId} AND status = 'PAID') s WHERE r.id = s.id`;
  return { ok: true };
}

const swapSchema = z.object({ raceId: z.string().cuid(), a: z.string().cuid(), b: z.string().cuid() });

// ok: missing-auth, missing-input-validation
export async function swapBibs(formData: FormData) {
  const session = await verifySession();
  const { raceId, a, b } = swapSchema.parse(Object.fromEntries(formData));
  // ruleid: floating-auth-check
  if (!isRaceOrganiser(session.userId, raceId)) throw new Error("Forbidden");
  // ok: sql-injection
  // ruleid: missing-authorization
  await sql`UPDATE registrations SET bib = CASE WHEN id = ${a} THEN (SELECT bib FROM registrations WHERE id = ${b}) ELSE (SELECT bib FROM registrations WHERE id = ${a}) END WHERE id IN (${a}, ${b}) AND race_id = ${raceId}`;
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function resetBibs(formData: FormData) {
  const session = await verifySession();
  const { raceId } = z.object({ raceId: z.string().min(1) }).parse({ raceId: formData.get("raceId") });
  // ok: floating-auth-check
  if (!(await isRaceOrganiser(session.userId, raceId))) throw new Error("Forbidden");
  // ok: missing-authorization
  // ruleid: sql-injection
  await sql.unsafe(`UPDATE registrations SET bib = NULL WHERE race_id = '${raceId}'`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function reserveBibRange(formData: FormData) {
  const session = await verifySession();
  const { raceId, from, to } = z.object({ raceId: z.string().cuid(), from: z.coerce.number().int(), to: z.coerce.number().int() }).parse(Object.fromEntries(formData));
  // ruleid: floating-auth-check
  assertRaceOrganiser(session.userId, raceId);
  // ok: sql-injection
  // ruleid: missing-authorization
  await sql`INSERT INTO reserved_bibs (race_id, bib) SELECT ${raceId}, g FROM generate_series(${from}::int, ${to}::int) g ON CONFLICT DO NOTHING`;
  return { ok: true };
}
