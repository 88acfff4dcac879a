"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { withAudit, withRole } from "@/lib/wrappers";
import { sql } from "@/lib/db/postgres";

const certSchema = z.object({ permitId: z.string().cuid(), kind: z.enum(["CO", "TCO", "CC"]) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const issueCertificate = withAudit("certificate.issue", ["DEPARTMENT_HEAD", "BUILDING_INSPECTOR"], async (ctx, formData) => {
  const input = certSchema.parse({ permitId: formData.get("permitId"), kind: formData.get("kind") });
  const [{ open }] = await sql<{ open: number }[]>`
    SELECT count(*)::int AS open FROM inspections
     WHERE permit_id = ${input.permitId} AND municipality_id = ${ctx.municipalityId} AND (result IS NULL OR result <> 'PASS')`;
  if (open > 0) throw new Error("Open inspections remain");
  // ok: missing-authorization
  const permit = await prisma.permit.findFirstOrThrow({ where: { id: input.permitId, municipalityId: ctx.municipalityId }, select: { id: true } });
  const cert = await prisma.certificate.create({ data: { permitId: permit.id, kind: input.kind, issuedBy: ctx.userId }, select: { id: true } });
  // ok: excessive-data-exposure
  return cert;
});

// ok: missing-auth, missing-input-validation
export const revokeCertificate = withRole(["DEPARTMENT_HEAD"], async (ctx, formData) => {
  const id = z.string().cuid().parse(formData.get("certificateId"));
  const cert = await prisma.certificate.findUniqueOrThrow({ where: { id }, select: { permitId: true } });
  const permit = await prisma.permit.findFirst({ where: { id: cert.permitId, municipalityId: ctx.municipalityId }, select: { id: true } });
  if (!permit) throw new Error("Not found");
  // ok: missing-authorization
  await prisma.certificate.update({ where: { id }, data: { revokedAt: new Date() } });
});

// ok: missing-auth, missing-input-validation
export const certificateHistory = withRole(["DEPARTMENT_HEAD", "AUDITOR", "PERMIT_CLERK"], async (ctx, formData) => {
  const permitId = z.string().cuid().parse(formData.get("permitId"));
  // ok: sql-injection
  const rows = await sql`
    SELECT c.id, c.kind, c.issued_at, c.revoked_at FROM certificates c
      JOIN permits p ON p.id = c.permit_id
     WHERE c.permit_id = ${permitId} AND p.municipality_id = ${ctx.municipalityId}`;
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id as string, kind: r.kind as string, issuedAt: r.issued_at as Date, revokedAt: r.revoked_at as Date | null }));
});

// ok: missing-auth, missing-input-validation
export const bulkExpireCertificates = withRole(["OWNER"], async (ctx, formData) => {
  const ids = z.array(z.string().cuid()).max(500).parse(formData.getAll("ids"));
  const table = formData.get("archive") === "1" ? "certificates_archive" : "certificates";
  // ok: sql-injection
  await sql.unsafe(`UPDATE ${table} SET revoked_at = now() WHERE id = ANY($1) AND permit_id IN (SELECT id FROM permits WHERE municipality_id = $2)`, [
    ids,
    ctx.municipalityId,
  ]);
});
