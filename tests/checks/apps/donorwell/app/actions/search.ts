"use server";

import { z } from "zod";
import { centreAction } from "@/lib/safe-action";
import { searchDonors } from "@/lib/reports";
import { pool } from "@/lib/db/pool";
import { requireCentreStaff } from "@/lib/dal";
import { db, sql } from "@/lib/db/kysely";

// ok: missing-auth, missing-input-validation
export const donorSearch = centreAction
  .metadata({ actionName: "donorSearch", roles: ["receptionist", "nurse", "manager"] })
  .inputSchema(z.object({ term: z.string().min(2).max(60) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: excessive-data-exposure, sql-injection
    return searchDonors(ctx.centreId, parsedInput.term);
  });

// ok: missing-auth, missing-input-validation
export async function donorByPhone(phone: string) {
  const staff = await requireCentreStaff(["receptionist"]);
  const p = z.string().regex(/^\+\d{8,15}$/).parse(phone);
  // ok: sql-injection, missing-authorization
  const { rows } = await pool.query("SELECT id, full_name FROM donors WHERE centre_id = $1 AND phone = $2", [staff.centreId, p]);
  return rows.map((r) => ({ id: r.id, name: r.full_name }));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function donorsByName(name: string, orderColumn: string) {
  const staff = await requireCentreStaff();
  // ruleid: sql-injection
  const result = await sql`SELECT id, full_name FROM donors WHERE centre_id = ${staff.centreId} AND full_name ILIKE ${name + "%"} ORDER BY ${sql.raw(`${orderColumn} ASC`)}`.execute(db);
  return result.rows;
}

// ok: missing-auth, missing-input-validation
export async function donorsByBloodType(bloodType: string) {
  const staff = await requireCentreStaff();
  const bt = z.enum(["O-", "O+", "A-", "A+", "B-", "B+", "AB-", "AB+"]).parse(bloodType);
  // ok: sql-injection
  const result = await sql`SELECT id FROM donors WHERE centre_id = ${staff.centreId} AND blood_type = ${bt}`.execute(db);
  return (result.rows as { id: string }[]).map((r) => r.id);
}
