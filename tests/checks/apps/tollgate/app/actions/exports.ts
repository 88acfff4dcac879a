"use server";

import { z } from "zod";
import { writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { eq } from "drizzle-orm";
import { db, declarations } from "@/lib/db";
import { getTenant } from "@/lib/tenant";
import { sendNotification } from "@/lib/mailer";
import { presignDownload } from "@/lib/s3";

const EXPORT_DIR = "/tmp/tollgate-exports";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function exportDeclarations(format: string) {
  const tenant = await getTenant();
  const fmt = z.enum(["csv", "json"]).parse(format);
  const rows = await db.select({ reference: declarations.reference, status: declarations.status, dutyTotal: declarations.dutyTotal }).from(declarations).where(eq(declarations.importerId, tenant.orgId));
  await mkdir(EXPORT_DIR, { recursive: true });
  const file = path.join(EXPORT_DIR, `${tenant.orgId}-${Date.now()}.${fmt}`);
  await writeFile(file, fmt === "json" ? JSON.stringify(rows) : rows.map((r) => `${r.reference},${r.status},${r.dutyTotal}`).join("\n"));
  return { file: path.basename(file) };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function exportToPath(fileName: string) {
  const tenant = await getTenant();
  const rows = await db.select({ reference: declarations.reference }).from(declarations).where(eq(declarations.importerId, tenant.orgId));
  await writeFile(path.join(EXPORT_DIR, fileName), rows.map((r) => r.reference).join("\n"));
  return { ok: true };
}

// Mails a download link of an export to a colleague. Rate limited inside sendNotification (two calls deep).
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function mailExport(to: string, key: string) {
  const tenant = await getTenant();
  const input = z.object({ to: z.string().email(), key: z.string().startsWith(`${tenant.orgId}/`) }).parse({ to, key });
  const url = await presignDownload(input.key);
  await sendNotification(input.to, "Your Tollgate export", url);
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function pushExportToErp(webhookUrl: string) {
  const tenant = await getTenant();
  const rows = await db.select({ reference: declarations.reference, status: declarations.status }).from(declarations).where(eq(declarations.importerId, tenant.orgId));
  await fetch(webhookUrl, { method: "POST", body: JSON.stringify(rows), headers: { "content-type": "application/json" } });
  return { sent: rows.length };
}
