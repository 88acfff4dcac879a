"use server";

import { z } from "zod";
import { writeFile, readFile } from "node:fs/promises";
import path from "node:path";
import { requirePractice } from "@/lib/auth/clerk";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { writeAudit } from "@/lib/audit";

const EXPORT_DIR = process.env.EXPORT_DIR ?? "/var/emberline/exports";

// ok: missing-auth, missing-input-validation
export async function exportPatientsCsv() {
  const ctx = await requirePractice();
  const rows = await prisma.patient.findMany({ where: { practiceId: ctx.practiceId }, select: { firstName: true, lastName: true, email: true } });
  const file = path.join(EXPORT_DIR, `${ctx.practiceId}-${Date.now()}.csv`);
  await writeFile(file, rows.map((r) => `${r.firstName},${r.lastName},${r.email}`).join("\n"));
  await writeAudit({ actorId: ctx.userId, practiceId: ctx.practiceId, action: "export.patients" });
  return { file: path.basename(file) };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function readExport(fileName: string) {
  const ctx = await requirePractice();
  const content = await readFile(path.join(EXPORT_DIR, fileName), "utf8");
  return { content, practiceId: ctx.practiceId };
}

// ok: missing-auth, missing-input-validation
export async function readExportSafe(fileName: string) {
  const ctx = await requirePractice();
  const name = z.string().regex(/^[a-z0-9]+-\d+\.csv$/).parse(fileName);
  if (!name.startsWith(`${ctx.practiceId}-`)) throw new Error("Forbidden");
  const content = await readFile(path.join(EXPORT_DIR, name), "utf8");
  return { content };
}

// Exported from a "use server" module, so callable from the client: meant for the nightly job only.
// ok: missing-input-validation
// ruleid: missing-auth
export async function purgeOldExports() {
  const cutoff = new Date(Date.now() - 30 * 864e5);
  await prisma.symptomCheck.deleteMany({ where: { createdAt: { lt: cutoff } } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function groupExport() {
  const session = await verifySession();
  if (!session.isGroupAdmin) throw new Error("Forbidden");
  const rows = await prisma.claim.findMany({ where: { status: "denied" } });
  // ruleid: excessive-data-exposure
  return rows;
}
