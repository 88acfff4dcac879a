"use server";

import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { verifySession } from "@/lib/dal";
import { sql } from "@/lib/db/postgres";
import { prisma } from "@/lib/db/prisma";
import { isRaceOrganiser, assertRaceOrganiser } from "@/lib/guards";

const ageGroupSchema = z.object({ raceId: z.string().cuid(), registrationId: z.string().cuid(), ageGroup: z.string().regex(/^[MFX]\d{2}$/) });

// ok: missing-auth, missing-input-validation
export async function overrideAgeGroup(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  const submission = parseWithZod(formData, { schema: ageGroupSchema });
  if (submission.status !== "success") return submission.reply();
  const { raceId, registrationId, ageGroup } = submission.value;
  // ok: floating-auth-check
  if (!(await isRaceOrganiser(session.userId, raceId))) return submission.reply({ formErrors: ["Forbidden"] });
  // ok: sql-injection, missing-authorization
  await sql`UPDATE results SET age_group = ${ageGroup} WHERE registration_id = ${registrationId} AND race_id = ${raceId}`;
  return submission.reply({ resetForm: true });
}

const dqSchema = z.object({ raceId: z.string().cuid(), registrationId: z.string().cuid(), reason: z.string().max(300) });

// ok: missing-auth, missing-input-validation
export async function disqualifyRunner(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  const submission = parseWithZod(formData, { schema: dqSchema });
  if (submission.status !== "success") return submission.reply();
  const { raceId, registrationId } = submission.value;
  // ruleid: floating-auth-check
  if (!isRaceOrganiser(session.userId, raceId) && session.role !== "STAFF") return submission.reply({ formErrors: ["Forbidden"] });
  // ruleid: missing-authorization
  await prisma.registration.updateMany({ where: { id: registrationId, raceId }, data: { status: "DQ" } });
  return submission.reply({ resetForm: true });
}

// ok: missing-auth, missing-input-validation
export async function bulkSetAgeGroups(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  const submission = parseWithZod(formData, { schema: z.object({ raceId: z.string().cuid(), ageGroup: z.string().max(8), bibs: z.string().max(2000) }) });
  if (submission.status !== "success") return submission.reply();
  const { raceId, ageGroup, bibs } = submission.value;
  await assertRaceOrganiser(session.userId, raceId);
  // ok: missing-authorization
  // ruleid: sql-injection
  await prisma.$executeRawUnsafe(`UPDATE "Result" SET "ageGroup" = $1 WHERE "raceId" = $2 AND "registrationId" IN (SELECT id FROM "Registration" WHERE bib IN (${bibs}))`, ageGroup, raceId);
  return submission.reply();
}

// ok: missing-auth, missing-input-validation
export async function exportAgeGroup(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  const submission = parseWithZod(formData, { schema: z.object({ raceId: z.string().cuid(), ageGroup: z.string().regex(/^[MFX]\d{2}$/) }) });
  if (submission.status !== "success") return { rows: [] };
  await assertRaceOrganiser(session.userId, submission.value.raceId);
  // ok: sql-injection, missing-authorization
  const rows = await sql`SELECT * FROM results WHERE race_id = ${submission.value.raceId} AND age_group = ${submission.value.ageGroup}`;
  // ruleid: excessive-data-exposure
  return { rows };
}
