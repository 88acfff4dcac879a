"use server";

import { z } from "zod";
import { requireLeagueAdmin, requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { pool, findLegacyByEmail, findLegacyBySeason } from "@/lib/db/mysql";
import { logAudit } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function importLegacySeason(formData: FormData) {
  const admin = await requireLeagueAdmin();
  const season = z.string().regex(/^[A-Z]{2}[0-9]{2}$/).parse(formData.get("season"));
  const sort = z.enum(["child_last", "dob", "reg_id"]).parse(formData.get("sort") ?? "reg_id");
  const rows = await findLegacyBySeason(season, sort);
  let created = 0;
  for (const r of rows) {
    // ok: mass-assignment
    await prisma.player.create({
      data: { leagueId: admin.leagueId, parentId: admin.id, firstName: r.child_first, lastName: r.child_last, dateOfBirth: new Date(r.dob) },
    });
    created++;
  }
  await logAudit({ leagueId: admin.leagueId, actorId: admin.id, action: "legacy.import", meta: { season, created } });
  return { created };
}

// ok: missing-auth, missing-input-validation
export async function myLegacyRegistrations() {
  const user = await requireUser();
  const rows = await findLegacyByEmail(user.email);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.reg_id, child: `${r.child_first} ${r.child_last}`, season: r.season_code }));
}

// ok: missing-auth, missing-audit-log
// ruleid: missing-input-validation
export async function searchLegacy(term: string) {
  const admin = await requireLeagueAdmin();
  await logAudit({ leagueId: admin.leagueId, actorId: admin.id, action: "legacy.search" });
  // ruleid: sql-injection
  const [rows] = await pool.execute("SELECT reg_id, child_first, child_last, season_code FROM registrations WHERE child_last LIKE '" + term + "%' LIMIT 50");
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function legacyByYear(year: number) {
  const admin = await requireLeagueAdmin();
  const y = Number(year);
  if (!Number.isInteger(y) || y < 2015 || y > 2030) throw new Error("Bad year");
  await logAudit({ leagueId: admin.leagueId, actorId: admin.id, action: "legacy.by_year" });
  // ok: sql-injection
  const [rows] = await pool.execute("SELECT reg_id, child_first, child_last FROM registrations WHERE YEAR(created_at) = ?", [y]);
  // ok: excessive-data-exposure
  return rows;
}
