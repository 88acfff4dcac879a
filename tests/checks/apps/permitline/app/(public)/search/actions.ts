"use server";

import { sql as vsql, db as vdb } from "@vercel/postgres";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";

const searchSchema = z.object({
  municipality: z.string().regex(/^[a-z0-9-]{3,40}$/),
  q: z.string().max(120).default(""),
  type: z.enum(["building", "electrical", "plumbing", "demolition", "signage", "event", "short_term_rental"]).optional(),
});

// Public permit search: permits are public records.
// ok: missing-auth, missing-input-validation
export async function searchPublicPermits(input: unknown) {
  const { municipality, q, type } = searchSchema.parse(input);
  // ok: sql-injection
  const { rows } = await vsql`
    SELECT p.number, p.type, p.status, p.address, p.issued_at
      FROM permits p JOIN municipalities m ON m.id = p.municipality_id
     WHERE m.slug = ${municipality} AND p.status IN ('ISSUED', 'FINALED')
       AND (${type ?? null}::text IS NULL OR p.type = ${type ?? null})
       AND p.address ILIKE ${"%" + q + "%"}
     LIMIT 100`;
  // ok: excessive-data-exposure
  return rows.map((r) => ({ number: r.number, type: r.type, status: r.status, address: r.address, issuedAt: r.issued_at }));
}

// Lookup by permit number (printed on the yard sign).
// ruleid: missing-input-validation
// ok: missing-auth -- a public-record lookup that leaves drafts out, selecting public columns only
export async function lookupPermitNumber(number: string) {
  const client = await vdb.connect();
  try {
    // ruleid: sql-injection
    const { rows } = await client.query(`SELECT number, type, status, address FROM permits WHERE number = '${number}' AND status <> 'DRAFT'`);
    // ok: excessive-data-exposure
    return rows[0] ? { number: rows[0].number, type: rows[0].type, status: rows[0].status, address: rows[0].address } : null;
  } finally {
    client.release();
  }
}

// ok: missing-input-validation
// ok: missing-auth -- declared public by its own name and only reads (pass 36 ruling; the whole row is the excessive-data-exposure finding; was todook)
export async function publicPermitDetail(number: string) {
  const n = z.string().regex(/^[A-Z]{3}-[0-9]{4}-[0-9]{6}$/).parse(number);
  const permit = await prisma.permit.findFirst({ where: { number: n, status: { in: ["ISSUED", "FINALED"] } } });
  // ruleid: excessive-data-exposure
  return permit;
}

// ok: missing-input-validation
// ok: missing-auth -- a public-record lookup that leaves drafts out, selecting public columns only
export async function publicInspectionHistory(number: string) {
  const n = z.string().regex(/^[A-Z]{3}-[0-9]{4}-[0-9]{6}$/).parse(number);
  const permit = await prisma.permit.findUnique({ where: { number: n }, select: { id: true, status: true } });
  if (!permit || permit.status === "DRAFT") return [];
  // ok: excessive-data-exposure
  return prisma.inspection.findMany({ where: { permitId: permit.id }, select: { kind: true, result: true, scheduledFor: true } });
}
