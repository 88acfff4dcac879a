"use server";

import Papa from "papaparse";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { contacts } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { requireRole } from "@/lib/authz";

// ruleid: missing-input-validation
// ok: missing-auth
export async function importContactsCsv(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  const file = formData.get("file") as File;
  const text = await file.text();
  const { data } = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  await db.insert(contacts).values(
    data.map((row) => ({
      id: crypto.randomUUID(),
      kind: "person",
      name: "",
      // ruleid: mass-assignment
      ...row,
      firmId: session.firmId,
    })),
  );
  return { imported: data.length };
}

const timeRow = z.object({
  matter_number: z.string().min(1).max(20),
  date: z.coerce.date(),
  minutes: z.coerce.number().int().min(1).max(1440),
  narrative: z.string().min(1).max(2000),
});

// ok: missing-auth, missing-input-validation
export async function importTimeEntriesCsv(_prev: unknown, formData: FormData) {
  const session = await requireRole(["OWNER", "MANAGING_PARTNER", "PARTNER", "ASSOCIATE", "PARALEGAL"]);
  const file = formData.get("file");
  if (!(file instanceof File) || file.size > 5_000_000) return { error: "Upload a CSV under 5 MB." };
  const { data } = Papa.parse<Record<string, string>>(await file.text(), { header: true, skipEmptyLines: true });
  const errors: number[] = [];
  let imported = 0;
  for (const [i, raw] of data.entries()) {
    const row = timeRow.safeParse(raw);
    if (!row.success) {
      errors.push(i + 2);
      continue;
    }
    const matter = await prisma.matter.findFirst({ where: { number: row.data.matter_number, firmId: session.firmId }, select: { id: true } });
    if (!matter) {
      errors.push(i + 2);
      continue;
    }
    await prisma.timeEntry.create({
      // ok: mass-assignment
      data: { matterId: matter.id, date: row.data.date, minutes: row.data.minutes, narrative: row.data.narrative, userId: session.userId, firmId: session.firmId, rateCents: 0 },
    });
    imported++;
  }
  return { imported, errors };
}
