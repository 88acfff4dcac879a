"use server";

import Papa from "papaparse";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { edi } from "@/lib/db/mysql";
import { verifySession } from "@/lib/dal";
import { auditLog } from "@/lib/audit";

const Row = z.object({ reference: z.string(), origin: z.string(), destination: z.string(), pickupAt: z.coerce.date(), deliveryAt: z.coerce.date(), rateCents: z.coerce.number().int(), weightLbs: z.coerce.number().int() });

// ok: missing-auth, missing-input-validation
export async function importLoadsCsv(formData: FormData) {
  const viewer = await verifySession();
  const file = formData.get("file");
  if (!(file instanceof File) || file.size > 5_000_000) return { ok: false, error: "Upload a CSV under 5MB" };
  const parsed = Papa.parse<Record<string, string>>(await file.text(), { header: true, skipEmptyLines: true });
  const rows = z.array(Row).safeParse(parsed.data);
  if (!rows.success) return { ok: false, error: "Row errors", issues: rows.error.issues.slice(0, 10) };
  await prisma.load.createMany({
    // ok: mass-assignment
    data: rows.data.map((r) => ({ ...r, tenantId: viewer.tenantId })),
  });
  return { ok: true, count: rows.data.length };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function importCarriersCsv(formData: FormData) {
  const viewer = await verifySession();
  const text = await (formData.get("file") as File).text();
  const { data } = Papa.parse<Record<string, string>>(text, { header: true });
  for (const row of data) {
    await prisma.carrier.create({
      // ruleid: mass-assignment
      data: { ...row, tenantId: viewer.tenantId } as never,
    });
  }
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function lookupEdiTransaction(controlNumber: string) {
  const viewer = await verifySession();
  const cn = z.string().regex(/^\d{4,9}$/).parse(controlNumber);
  // ok: sql-injection, missing-authorization
  const [rows] = await edi.execute("SELECT id, set_id, status FROM edi_tx WHERE control_number = ? AND tenant_id = ?", [cn, viewer.tenantId]);
  return rows as { id: number; set_id: string; status: string }[];
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function searchEdi(partner: string) {
  const viewer = await verifySession();
  // ruleid: sql-injection
  const [rows] = await edi.query(`SELECT id, set_id, status FROM edi_tx WHERE tenant_id = '${viewer.tenantId}' AND partner LIKE '${partner}%'`);
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function replayEdi(txId: number) {
  const viewer = await verifySession();
  if (typeof txId !== "number" || !Number.isInteger(txId)) throw new Error("bad id");
  // ok: missing-authorization, sql-injection
  await edi.execute("UPDATE edi_tx SET status = 'REPLAY' WHERE id = ? AND tenant_id = ?", [txId, viewer.tenantId]);
  await auditLog({ tenantId: viewer.tenantId, actorId: viewer.userId, action: "edi.replay", target: String(txId) });
  return { ok: true };
}
