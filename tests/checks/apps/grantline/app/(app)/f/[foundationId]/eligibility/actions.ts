"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/drizzle";
import { requireFoundationRole } from "@/lib/guards";

const answersSchema = z.object({ applicationId: z.string().cuid(), answers: z.record(z.string(), z.union([z.string().max(2000), z.boolean(), z.number()])) });

/** Public: the questionnaire shown before an applicant signs up. */
// ok: missing-auth, missing-input-validation
export async function getEligibilityQuestions(programId: string) {
  const id = z.string().cuid().parse(programId);
  const program = await prisma.program.findFirst({ where: { id, isPublic: true }, select: { name: true, description: true } });
  // ok: excessive-data-exposure
  return program;
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function saveEligibilityAnswers(input: unknown) {
  const data = answersSchema.parse(input);
  await prisma.application.update({ where: { id: data.applicationId }, data: { narrative: { eligibility: data.answers } } });
  return { ok: true };
}

const CRITERIA_COLUMNS: Record<string, string> = { budget: "requested_cents", age: "org_age_years", region: "region_code" };

// ok: missing-auth, missing-input-validation
export async function eligibleCount(foundationId: string, criterion: string, threshold: number) {
  const { foundationId: fid } = await requireFoundationRole(foundationId, ["OWNER", "ADMIN", "PROGRAM_OFFICER"]);
  const input = z.object({ criterion: z.enum(["budget", "age", "region"]), threshold: z.number().int().min(0) }).parse({ criterion, threshold });
  const column = CRITERIA_COLUMNS[input.criterion];
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT count(*)::int AS n FROM applications WHERE foundation_id = $1 AND ${column} >= $2`, [fid, input.threshold]);
  // ok: excessive-data-exposure
  return { n: rows[0].n as number };
}

// ok: missing-auth, missing-input-validation
export async function eligibleByKeyword(foundationId: string, keyword: string) {
  const { foundationId: fid } = await requireFoundationRole(foundationId, ["OWNER", "ADMIN", "PROGRAM_OFFICER"]);
  const kw = z.string().min(2).max(60).parse(keyword);
  // ruleid: sql-injection
  const { rows } = await pool.query("SELECT id, title FROM applications WHERE foundation_id = $1 AND narrative::text ILIKE '%" + kw + "%'", [fid]);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id as string, title: r.title as string }));
}
