"use server";

import { parse } from "csv-parse/sync";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { requireCoopMember } from "@/lib/permissions";
import { auditLog } from "@/lib/audit";

const memberRow = z.object({
  member_no: z.string().min(1),
  full_name: z.string().min(2),
  phone: z.string().regex(/^\+[0-9]{9,15}$/),
  national_id: z.string().min(5),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function importMembersCsv(coopId: string, formData: FormData) {
  const ctx = await requireCoopMember(coopId, ["OWNER", "ADMIN"]);
  const file = formData.get("file");
  if (!(file instanceof File) || file.size > 5_000_000) return { error: "Upload a CSV under 5 MB" };
  const records = parse(await file.text(), { columns: true, skip_empty_lines: true }) as unknown[];
  const rows = z.array(memberRow).max(10_000).safeParse(records);
  if (!rows.success) return { error: `Row ${rows.error.errors[0]?.path[0]} is invalid` };
  const result = await prisma.member.createMany({
    // ok: mass-assignment
    data: rows.data.map((r) => ({ coopId: ctx.coopId, memberNo: r.member_no, fullName: r.full_name, phone: r.phone, nationalId: r.national_id })),
    skipDuplicates: true,
  });
  await auditLog({ action: "members.import", actorId: ctx.userId, coopId: ctx.coopId, meta: { count: result.count } });
  return { imported: result.count };
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function importDeliveriesCsv(coopId: string, formData: FormData) {
  const ctx = await requireCoopMember(coopId, ["WAREHOUSE_MANAGER", "OWNER"]);
  const file = formData.get("file") as File;
  try {
    const rows = parse(await file.text(), { columns: true, cast: true }) as Record<string, unknown>[];
    const created = await prisma.delivery.createMany({
      // ruleid: mass-assignment
      data: rows.map((r) => ({ ...r, coopId: ctx.coopId, recordedById: ctx.userId })) as never,
    });
    return { imported: created.count };
  } catch (err) {
    // ruleid: information-disclosure
    return { error: `Import failed: ${String(err)}` };
  }
}
