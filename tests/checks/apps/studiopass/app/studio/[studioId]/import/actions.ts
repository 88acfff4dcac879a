"use server";

import Papa from "papaparse";
import * as v from "valibot";
import { prisma } from "@/lib/db";
import { requireStaff } from "@/lib/dal";
import { MANAGERS } from "@/lib/validation";

const MemberRow = v.object({
  firstName: v.pipe(v.string(), v.minLength(1), v.maxLength(60)),
  lastName: v.pipe(v.string(), v.minLength(1), v.maxLength(60)),
  email: v.optional(v.pipe(v.string(), v.email())),
  phone: v.optional(v.pipe(v.string(), v.regex(/^\+[1-9]\d{7,14}$/))),
});

// ok: missing-auth, missing-input-validation
export async function importMembers(studioId: string, formData: FormData) {
  const staff = await requireStaff(studioId, MANAGERS);
  const file = formData.get("file");
  if (!(file instanceof File) || file.size > 5_000_000) return { error: "Upload a CSV under 5 MB." };
  const { data } = Papa.parse<Record<string, string>>(await file.text(), { header: true, skipEmptyLines: true });
  const rows: v.InferOutput<typeof MemberRow>[] = [];
  const errors: number[] = [];
  data.forEach((raw, i) => {
    const res = v.safeParse(MemberRow, raw);
    if (res.success) rows.push(res.output);
    else errors.push(i + 2);
  });
  await prisma.member.createMany({
    // ok: mass-assignment
    data: rows.map((r) => ({ ...r, studioId: staff.studioId })),
  });
  // ok: excessive-data-exposure
  return { imported: rows.length, failedLines: errors };
}

// Attendance back-fill from the old booking system export.
// ruleid: missing-input-validation
// ok: missing-auth
export async function importAttendance(studioId: string, formData: FormData) {
  const staff = await requireStaff(studioId, MANAGERS);
  const file = formData.get("file") as File;
  const { data } = Papa.parse<Record<string, string>>(await file.text(), { header: true, skipEmptyLines: true });
  for (const row of data) {
    await prisma.booking.create({
      data: {
        // ruleid: mass-assignment
        ...row,
        bookedById: staff.userId,
      } as never,
    });
  }
  return { imported: data.length };
}
