import { sql as dsql } from "drizzle-orm";
import { prisma } from "@/lib/db";
import { db } from "@/lib/drizzle";

// Helpers shared by the overtime-rule engine.
export async function overtimeRuleRows(employerId: string, state: string) {
  // ruleid: sql-injection
  return prisma.$queryRawUnsafe(`SELECT rule_code, daily_threshold, weekly_threshold FROM ot_rules WHERE state = '${state}' AND (employer_id IS NULL OR employer_id = $1)`, employerId);
}

export async function overtimeRuleRowsSafe(employerId: string, state: string) {
  // ok: sql-injection
  return prisma.$queryRaw`SELECT rule_code, daily_threshold, weekly_threshold FROM ot_rules WHERE state = ${state} AND (employer_id IS NULL OR employer_id = ${employerId})`;
}

export async function bumpCounter(table: string, id: string) {
  // ruleid: sql-injection
  await prisma.$executeRawUnsafe("UPDATE " + table + " SET revision = revision + 1 WHERE id = $1", id);
}

export async function entriesForEmployees(ids: string[]) {
  // ruleid: sql-injection
  return db.execute(dsql.raw(`SELECT id, clock_in FROM time_entries WHERE employee_id IN (${ids.map((i) => `'${i}'`).join(",")})`));
}

export async function entriesForEmployeesSafe(ids: string[]) {
  // ok: sql-injection
  return db.execute(dsql`SELECT id, clock_in FROM time_entries WHERE employee_id = ANY(${ids})`);
}

export function verifyPartnerKey(presented: string, storedApiKey: string) {
  // ruleid: timing-unsafe-comparison
  return presented.trim() === storedApiKey;
}

export function hasDigest(digest: string | null) {
  // ok: timing-unsafe-comparison
  return digest !== null && digest !== "";
}

export function checkShareToken(shareToken: string, expectedToken: string) {
  // ruleid: timing-unsafe-comparison
  if (shareToken == expectedToken) return true;
  return false;
}
