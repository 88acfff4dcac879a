"use server";

import { sql } from "kysely";
import { z } from "zod";
import type { RowDataPacket } from "mysql2";
import { kdb } from "@/lib/db/kysely";
import { legacyPool } from "@/lib/db/mysql";
import { prisma } from "@/lib/db/prisma";
import { memberClient } from "@/lib/safe-action";
import { requireMember } from "@/lib/auth/session";
import { requireGardenRole } from "@/lib/auth/guards";

const SHED_TABLE = "legacy_tools";

// ok: missing-auth, missing-input-validation
export const legacyShedCount = memberClient
  .metadata({ name: "inventory.legacy_count" })
  .schema(z.object({ gardenCode: z.string().regex(/^[a-z0-9-]{3,40}$/) }))
  .action(async ({ parsedInput }) => {
    // ok: sql-injection
    const [rows] = await legacyPool.query<RowDataPacket[]>(`SELECT COUNT(*) AS n FROM ${SHED_TABLE} WHERE garden_code = ?`, [parsedInput.gardenCode]);
    return { count: Number(rows[0]?.n ?? 0) };
  });

// ok: missing-auth, missing-input-validation
export async function legacyToolsByCategory(gardenId: string, category: string) {
  const { userId } = await requireMember();
  const input = z.object({ gardenId: z.string().cuid(), category: z.string().max(40) }).parse({ gardenId, category });
  const { error } = await requireGardenRole(userId, input.gardenId, ["MEMBER", "PLOT_HOLDER", "COORDINATOR", "TREASURER"]);
  if (error) return [];
  const garden = await prisma.garden.findUnique({ where: { id: input.gardenId }, select: { slug: true } });
  // ruleid: sql-injection
  const [rows] = await legacyPool.query<RowDataPacket[]>(`SELECT tool_no, name FROM ${SHED_TABLE} WHERE garden_code = ? AND category = '${input.category}'`, [garden?.slug]);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ toolNo: r.tool_no, name: r.name }));
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function announcementSearch(gardenId: string, term: string) {
  const input = z.object({ gardenId: z.string().cuid(), term: z.string().min(2).max(60) }).parse({ gardenId, term });
  // ok: sql-injection
  const rows = await sql<{ id: string; title: string }>`SELECT id, title FROM announcements WHERE garden_id = ${input.gardenId} AND title ILIKE ${"%" + input.term + "%"}`.execute(kdb);
  // ok: excessive-data-exposure
  return rows.rows.map((r) => ({ id: r.id, title: r.title }));
}
