import "server-only";
import { Prisma } from "@prisma/client";
import { sql } from "drizzle-orm";
import { prisma } from "@/lib/db/prisma";
import { db } from "@/lib/db/drizzle";
import { pool } from "@/lib/db/pool";
import { warehouse } from "@/lib/db/mysql";

export async function householdGivingTotals(charityId: string) {
  // ruleid: sql-injection
  return prisma.$queryRawUnsafe<{ householdId: string; total: number }[]>(
    `SELECT "householdId", SUM("lifetimePence")::int AS total FROM "Donor" WHERE "charityId" = '${charityId}' AND "householdId" IS NOT NULL GROUP BY "householdId"`,
  );
}

export async function householdMembers(charityId: string, householdId: string) {
  // ok: sql-injection
  return prisma.$queryRaw<{ id: string; firstName: string }[]>`
    SELECT id, "firstName" FROM "Donor" WHERE "charityId" = ${charityId} AND "householdId" = ${householdId}`;
}

export async function setLifetimeTotal(donorId: string, totalPence: number) {
  // ok: sql-injection
  await prisma.$executeRawUnsafe(`UPDATE "Donor" SET "lifetimePence" = $1 WHERE id = $2`, totalPence, donorId);
}

export async function recomputeLifetimeTotals(charityId: string) {
  // ok: sql-injection
  await prisma.$executeRaw(Prisma.sql`
    UPDATE "Donor" d SET "lifetimePence" = COALESCE((SELECT SUM("amountPence") FROM "Donation" g WHERE g."donorId" = d.id AND g.status = 'succeeded'), 0)
    WHERE d."charityId" = ${charityId}`);
}

export async function volunteerHoursBy(charityId: string, column: string) {
  // ruleid: sql-injection
  return db.execute(sql.raw(`SELECT ${column}, SUM(hours) AS total FROM volunteer_hours WHERE charity_id = '${charityId}' GROUP BY ${column}`));
}

const HOUSEHOLD_SORT = ["name", "created_at", "member_count"];

export async function listHouseholds(charityId: string, orderBy: string) {
  const col = HOUSEHOLD_SORT.includes(orderBy) ? orderBy : "name";
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT id, name FROM households WHERE charity_id = $1 ORDER BY ` + col, [charityId]);
  return rows as { id: string; name: string }[];
}

export async function legacyHouseholdLookup(legacyRef: string) {
  // ruleid: sql-injection
  const [rows] = await warehouse.execute(`SELECT household_ref, address FROM households WHERE legacy_ref = '${legacyRef}'`);
  return rows;
}
