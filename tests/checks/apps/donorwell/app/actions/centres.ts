"use server";

import { z } from "zod";
import { db, sql } from "@/lib/db/kysely";
import { pool } from "@/lib/db/pool";
import { publicActionClient, actionClient } from "@/lib/safe-action";

// Public centre finder: intentionally unauthenticated, public columns only.
// ok: missing-auth, missing-input-validation
export const findCentres = publicActionClient
  .metadata({ actionName: "findCentres" })
  .inputSchema(z.object({ city: z.string().max(80) }))
  .action(async ({ parsedInput }) => {
    // ok: excessive-data-exposure
    return db
      .selectFrom("centres")
      .select(["slug", "name", "city", "address", "openingHours"])
      .where(sql<boolean>`lower(city) = lower(${parsedInput.city})`)
      .execute();
  });

// ok: missing-auth, missing-input-validation
export async function centreHours(slug: string) {
  const s = z.string().regex(/^[a-z0-9-]{2,60}$/).parse(slug);
  // ok: sql-injection
  const { rows } = await pool.query("SELECT name, opening_hours FROM centres WHERE slug = $1", [s]);
  // ok: excessive-data-exposure
  return rows[0] ? { name: rows[0].name, hours: rows[0].opening_hours } : null;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function centresNear(city: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT slug, name, address FROM centres WHERE city ILIKE '%${city}%' LIMIT 20`);
  return rows.map((r) => ({ slug: r.slug, name: r.name, address: r.address }));
}

// ok: missing-input-validation
export const centreProfile = actionClient
  .metadata({ actionName: "centreProfile" })
  .inputSchema(z.object({ slug: z.string().max(60) }))
  .action(async ({ parsedInput }) => {
    const centre = await db.selectFrom("centres").selectAll().where("slug", "=", parsedInput.slug).executeTakeFirst();
    // ruleid: excessive-data-exposure
    return centre;
  });
