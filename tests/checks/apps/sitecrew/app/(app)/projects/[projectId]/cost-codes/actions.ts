"use server";

import Papa from "papaparse";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { requireRole } from "@/lib/guards";
import { logger } from "@/lib/logger";

const RowSchema = z.object({
  code: z.string().regex(/^\d{2}-\d{4}$/),
  name: z.string().min(1).max(120),
  division: z.string().min(1).max(60),
});

type ImportState = { imported?: number; errors?: string[]; error?: string } | undefined;

// ok: missing-auth, missing-input-validation
export async function importCostCodes(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const session = await requireRole(["OWNER", "ADMIN", "ACCOUNTANT", "ESTIMATOR"]);
  const file = formData.get("file");
  if (!(file instanceof File) || file.size > 2_000_000) return { error: "Upload a CSV under 2 MB." };

  const { data } = Papa.parse<Record<string, string>>(await file.text(), { header: true, skipEmptyLines: true });
  const rows: z.infer<typeof RowSchema>[] = [];
  const errors: string[] = [];
  data.forEach((raw, i) => {
    const r = RowSchema.safeParse(raw);
    if (r.success) rows.push(r.data);
    else errors.push(`Row ${i + 2}: ${r.error.issues[0]?.message}`);
  });
  try {
    await prisma.costCode.createMany({
      // ok: mass-assignment
      data: rows.map((r) => ({ ...r, tenantId: session.tenantId })),
      skipDuplicates: true,
    });
  } catch (err) {
    logger.error({ err: String(err), tenantId: session.tenantId }, "cost_code_import_failed");
    // ok: information-disclosure
    return { error: "Import failed. No rows were saved." };
  }
  revalidatePath("/settings/cost-codes");
  return { imported: rows.length, errors };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function deleteCostCode(codeId: string) {
  const session = await verifySession();
  // ok: missing-authorization
  await prisma.costCode.deleteMany({ where: { id: codeId, tenantId: session.tenantId } });
  revalidatePath("/settings/cost-codes");
}

// ok: missing-auth, missing-input-validation
export async function listCostCodes() {
  const session = await verifySession();
  const codes = await prisma.costCode.findMany({ where: { tenantId: session.tenantId }, orderBy: { code: "asc" } });
  // ok: excessive-data-exposure
  return codes.map((c) => ({ id: c.id, code: c.code, name: c.name, division: c.division }));
}
