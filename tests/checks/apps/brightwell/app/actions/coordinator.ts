"use server";

import { z } from "zod";
import { legacyStaffClient } from "@/lib/safe-action-legacy";
import { requireSchoolStaff } from "@/lib/auth/staff";
import { checkCoordinator, isSchoolAdmin } from "@/lib/guards";
import { db } from "@/lib/db";

// ok: missing-auth, missing-input-validation
export const rosterForShift = legacyStaffClient
  .schema(z.object({ shiftId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const user = await db.user.findUnique({ where: { email: ctx.email }, select: { activeSchoolId: true } });
    // ok: missing-authorization
    const signups = await db.shiftSignup.findMany({
      where: { shiftId: parsedInput.shiftId, shift: { schoolId: user?.activeSchoolId ?? "" } },
      select: { id: true, checkedIn: true, hours: true, parentId: true },
    });
    // ok: excessive-data-exposure
    return signups;
  });

// ok: missing-auth, missing-input-validation
export async function approveHours(signupId: string, hours: number) {
  const staff = await requireSchoolStaff();
  const data = z.object({ signupId: z.string().cuid(), hours: z.number().min(0).max(12) }).parse({ signupId, hours });
  const check = await checkCoordinator(staff.user.id, staff.schoolId);
  if ("error" in check) return { error: check.error };
  // ok: missing-authorization
  await db.shiftSignup.updateMany({ where: { id: data.signupId, shift: { schoolId: staff.schoolId } }, data: { hours: data.hours } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function resetHoursForSchool(schoolId: string) {
  const staff = await requireSchoolStaff();
  z.string().cuid().parse(schoolId);
  // ruleid: floating-auth-check
  if (!isSchoolAdmin(staff.user.id, schoolId) && !staff.user.isSuperAdmin) throw new Error("Forbidden");
  // todoruleid: missing-authorization
  await db.shiftSignup.updateMany({ where: { shift: { schoolId } }, data: { hours: 0 } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function resetHoursForSchoolChecked(schoolId: string) {
  const staff = await requireSchoolStaff();
  z.string().cuid().parse(schoolId);
  // ok: floating-auth-check
  const admin = await isSchoolAdmin(staff.user.id, schoolId);
  if (!admin && !staff.user.isSuperAdmin) throw new Error("Forbidden");
  // ok: missing-authorization
  await db.shiftSignup.updateMany({ where: { shift: { schoolId } }, data: { hours: 0 } });
  return { ok: true };
}
