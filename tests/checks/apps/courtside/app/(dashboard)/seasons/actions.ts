"use server";

import { z } from "zod";
import { eq } from "drizzle-orm";
import { leagueAdminClient } from "@/lib/safe-action";
import { db } from "@/lib/db";
import { seasons } from "@/db/schema";
import { sql } from "@/lib/sql";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createSeason = leagueAdminClient
  .metadata({ name: "createSeason" })
  .schema(z.object({ leagueId: z.string().uuid(), name: z.string().min(3).max(40), feeCents: z.number().int().min(0).max(50000) }))
  .action(async ({ parsedInput }) => {
    // ok: mass-assignment
    const [row] = await db.insert(seasons).values(parsedInput).returning({ id: seasons.id });
    return { id: row.id };
  });

// ok: missing-auth, missing-input-validation
export const seasonReport = leagueAdminClient
  .metadata({ name: "seasonReport" })
  .schema(z.object({ seasonId: z.string().uuid(), orderBy: z.string().max(40) }))
  .action(async ({ parsedInput }) => {
    // ruleid: sql-injection
    const rows = await sql.unsafe(`SELECT club_id, count(*) AS players, sum(amount_cents) AS fees FROM registrations WHERE season_id = $1 GROUP BY club_id ORDER BY ${parsedInput.orderBy}`, [parsedInput.seasonId]);
    // ok: excessive-data-exposure
    return rows;
  });

const ORDERS = { fees: "fees DESC", players: "players DESC" } as const;

// ok: missing-auth, missing-input-validation
export const seasonReportV2 = leagueAdminClient
  .metadata({ name: "seasonReportV2" })
  .schema(z.object({ seasonId: z.string().uuid(), orderBy: z.enum(["fees", "players"]) }))
  .action(async ({ parsedInput }) => {
    // ok: sql-injection
    const rows = await sql.unsafe(`SELECT club_id, count(*) AS players, sum(amount_cents) AS fees FROM registrations WHERE season_id = $1 GROUP BY club_id ORDER BY ${ORDERS[parsedInput.orderBy]}`, [parsedInput.seasonId]);
    // ok: excessive-data-exposure
    return rows;
  });

// Nightly job helper; imported by app/api/cron/archive.
// ruleid: missing-auth, missing-input-validation
export async function archiveSeasonData(seasonId: string) {
  // ok: sql-injection
  await sql`UPDATE registrations SET archived = true WHERE season_id = ${seasonId}`;
  await db.update(seasons).set({ closed: true }).where(eq(seasons.id, seasonId));
}
