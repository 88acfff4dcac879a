"use server";

import Papa from "papaparse";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireFoundationRole } from "@/lib/guards";
import { auditLog } from "@/lib/audit";

const giftRow = z.object({ donorId: z.string().min(1), amountCents: z.coerce.number().int().positive(), recurring: z.coerce.boolean().default(false) });

// ok: missing-auth, missing-input-validation
export async function importGifts(foundationId: string, formData: FormData) {
  const { user, foundationId: fid } = await requireFoundationRole(foundationId, ["OWNER", "FINANCE"]);
  const file = formData.get("file");
  if (!(file instanceof File) || file.size > 5_000_000) return { error: "Upload a CSV under 5 MB." };
  const { data } = Papa.parse<Record<string, string>>(await file.text(), { header: true, skipEmptyLines: true });
  const rows = z.array(giftRow).max(5000).parse(data);
  // ok: mass-assignment
  await prisma.donation.createMany({ data: rows.map((r) => ({ ...r, foundationId: fid })) });
  await auditLog({ foundationId: fid, actorId: user.id, action: "gifts.imported", meta: { count: rows.length } });
  return { imported: rows.length };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function importApplications(foundationId: string, formData: FormData) {
  const { foundationId: fid } = await requireFoundationRole(foundationId, ["OWNER", "ADMIN"]);
  const text = await (formData.get("file") as File).text();
  const { data } = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  try {
    await prisma.application.createMany({
      // ruleid: mass-assignment
      data: data.map((row) => ({ ...row, foundationId: fid }) as never),
    });
  } catch (err) {
    // ruleid: information-disclosure
    return { error: (err as Error).message };
  }
  return { imported: data.length };
}

// ok: missing-auth, missing-input-validation
export async function previewImport(foundationId: string, formData: FormData) {
  await requireFoundationRole(foundationId, ["OWNER", "ADMIN", "FINANCE"]);
  const file = formData.get("file");
  if (!(file instanceof File)) return { error: "No file" };
  try {
    const { data, meta } = Papa.parse<Record<string, string>>(await file.text(), { header: true, preview: 10 });
    return { columns: meta.fields ?? [], sample: data };
  } catch {
    // ok: information-disclosure
    return { error: "Could not read that file." };
  }
}
