import "server-only";
import { prisma } from "@/lib/db/prisma";
import { Prisma } from "@prisma/client";

const CONSENT_VERSIONS = { v1: "consent_v1", v2: "consent_v2" } as const;

export async function recordConsent(enrollmentId: string, version: keyof typeof CONSENT_VERSIONS, signatureName: string) {
  const table = CONSENT_VERSIONS[version];
  // ok: sql-injection
  await prisma.$executeRawUnsafe(`INSERT INTO ${table} (enrollment_id, signature_name, signed_at) VALUES ($1, $2, now())`, enrollmentId, signatureName);
}

export async function consentStatus(enrollmentId: string) {
  // ok: sql-injection
  const rows: { signed_at: Date }[] = await prisma.$queryRaw`SELECT signed_at FROM consent_v2 WHERE enrollment_id = ${enrollmentId} LIMIT 1`;
  return rows[0]?.signed_at ?? null;
}

export async function consentSearch(sponsorId: string, signatureName: string) {
  // ruleid: sql-injection
  return prisma.$queryRawUnsafe<{ enrollment_id: string }[]>(`SELECT c.enrollment_id FROM consent_v2 c JOIN enrollments e ON e.id = c.enrollment_id JOIN studies s ON s.id = e.study_id WHERE s.sponsor_id = $1 AND c.signature_name ILIKE '%${signatureName}%'`, sponsorId);
}

export async function consentCountFor(studyIds: string[]) {
  // ok: sql-injection
  return prisma.$queryRaw<{ n: number }[]>(Prisma.sql`SELECT count(*)::int AS n FROM consent_v2 c JOIN enrollments e ON e.id = c.enrollment_id WHERE e.study_id IN (${Prisma.join(studyIds)})`);
}
