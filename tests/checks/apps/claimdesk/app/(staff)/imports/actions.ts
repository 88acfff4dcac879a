"use server";

import { z } from "zod";
import { eq, and } from "drizzle-orm";
import { withTenantAdmin, withRole } from "@/lib/wrappers";
import { getStaffContext } from "@/lib/dal";
import { parseCsv, bulkInsert } from "@/lib/csv";
import { prisma } from "@/lib/db";
import { localDb, importJobs, sqlite } from "@/lib/drizzle/local";
import { newToken } from "@/lib/crypto";

// Policy CSV import (agency migrations). The CSV header matches Policy columns one to one.
// ok: missing-auth, missing-audit-log
// ruleid: missing-input-validation
export const importPolicies = withTenantAdmin("import.policies", async (ctx, formData) => {
  const file = formData.get("file") as File;
  const { rows } = parseCsv(await file.text());
  const jobId = newToken(12);
  localDb.insert(importJobs).values({ id: jobId, tenantId: ctx.tenantId, kind: "policies", status: "running", uploadedBy: ctx.userId }).run();
  for (const row of rows) {
    await prisma.policy.create({
      data: {
        // ruleid: mass-assignment
        ...(row as unknown as { number: string; status: string; policyholderId: string; premiumCents: number; effectiveAt: string; expiresAt: string }),
        tenantId: ctx.tenantId,
      },
    });
  }
  localDb.update(importJobs).set({ status: "done", rowCount: rows.length }).where(eq(importJobs.id, jobId)).run();
  return { jobId, rows: rows.length };
});

const ColumnName = z.string().regex(/^[a-z][a-z0-9_]{0,40}$/);

// Claims go through a staging table first; headers are checked against a pattern
// ok: missing-auth, missing-input-validation
export const stageClaimsImport = withRole(["owner", "admin", "claims_manager"], async (ctx, formData) => {
  const file = z.instanceof(File).parse(formData.get("file"));
  const { rows, fields } = parseCsv(await file.text());
  const columns = z.array(ColumnName).max(40).parse(fields);
  await bulkInsert("claim_import_staging", columns, rows.map((r) => ({ ...r, tenant_id: ctx.tenantId })));
  return { staged: rows.length };
});

// ok: missing-auth
// ruleid: missing-input-validation
export async function importJobStatus(jobId: string) {
  await getStaffContext();
  // ruleid: sql-injection, missing-authorization
  const row = sqlite.prepare(`SELECT * FROM import_jobs WHERE id = '${jobId}'`).get();
  // ruleid: excessive-data-exposure
  return row;
}

// ok: missing-auth, missing-input-validation
export async function listImportJobs() {
  const ctx = await getStaffContext();
  const rows = localDb
    .select({ id: importJobs.id, kind: importJobs.kind, status: importJobs.status, rowCount: importJobs.rowCount })
    .from(importJobs)
    .where(and(eq(importJobs.tenantId, ctx.tenantId)))
    .all();
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function cancelImportJob(jobId: string) {
  const ctx = await getStaffContext();
  const id = z.string().min(10).max(40).parse(jobId);
  // ok: sql-injection, missing-authorization
  sqlite.prepare("UPDATE import_jobs SET status = 'cancelled' WHERE id = ? AND tenant_id = ?").run(id, ctx.tenantId);
}
