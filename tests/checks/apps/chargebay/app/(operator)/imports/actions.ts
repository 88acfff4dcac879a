"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { db } from "@/lib/drizzle";
import { rfidCards } from "@/lib/drizzle/schema";
import { requireMember } from "@/lib/dal";
import { parseCsv } from "@/lib/csv";
import { logger } from "@/lib/logger";

const ChargerRow = z.object({
  ocppId: z.string().regex(/^[A-Za-z0-9_-]{3,48}$/),
  label: z.string().min(1).max(60),
  siteId: z.string().cuid(),
  vendor: z.string().max(60).optional(),
  model: z.string().max(60).optional(),
  maxPowerKw: z.coerce.number().positive().max(400),
});

// CSV import of chargers (commissioning spreadsheets from installers).
// ok: missing-auth, missing-input-validation
export async function importChargers(_prev: unknown, formData: FormData) {
  const member = await requireMember(["owner", "admin", "network_manager"]);
  const file = formData.get("file");
  if (!(file instanceof File) || file.size > 2_000_000) return { error: "Upload a CSV under 2 MB." };
  const parsed = z.array(ChargerRow).max(2000).safeParse(parseCsv(await file.text()));
  if (!parsed.success) return { error: `Row ${parsed.error.issues[0]?.path[0]}: ${parsed.error.issues[0]?.message}` };
  const siteIds = [...new Set(parsed.data.map((r) => r.siteId))];
  const owned = await prisma.site.count({ where: { id: { in: siteIds }, tenantId: member.tenantId } });
  if (owned !== siteIds.length) return { error: "Some rows reference sites outside your network." };
  try {
    const { count } = await prisma.charger.createMany({
      // ok: mass-assignment
      data: parsed.data.map((r) => ({ ...r, tenantId: member.tenantId })),
      skipDuplicates: true,
    });
    revalidatePath("/chargers");
    // ok: information-disclosure
    return { imported: count };
  } catch (e) {
    logger.error({ err: e }, "charger import failed");
    // ok: information-disclosure
    return { error: "Import failed. No chargers were created." };
  }
}

// RFID card import for fleet onboarding.
// ok: missing-auth
// ruleid: missing-input-validation
export async function importRfidCards(_prev: unknown, formData: FormData) {
  const member = await requireMember(["owner", "admin", "network_manager"]);
  const file = formData.get("file") as File;
  const rows = parseCsv(await file.text());
  try {
    await db.insert(rfidCards).values(
      // ruleid: mass-assignment
      rows.map((r) => ({ ...r, tenantId: member.tenantId }) as typeof rfidCards.$inferInsert),
    );
    return { imported: rows.length };
  } catch (e) {
    // ruleid: information-disclosure
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
