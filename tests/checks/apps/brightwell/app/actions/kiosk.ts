"use server";

import { z } from "zod";
import { db } from "@/lib/db";
import { codeLimiter, clientIp } from "@/lib/ratelimit";
import { secureCompare } from "@/lib/secure-compare";
import { logger } from "@/lib/logger";

// Front-office tablet: volunteers check in with the school's kiosk PIN.
const kioskSchema = z.object({ schoolSlug: z.string().max(80), pin: z.string().regex(/^[0-9]{4,8}$/), signupId: z.string().cuid() });

async function kioskSchool(slug: string) {
  return db.school.findUnique({ where: { slug }, select: { id: true, icalToken: true } });
}

function kioskPinFor(school: { icalToken: string }) {
  return school.icalToken.slice(0, 6);
}

// ok: missing-input-validation, missing-rate-limit
export async function kioskCheckIn(formData: FormData) {
  const input = kioskSchema.parse(Object.fromEntries(formData));
  const { success } = await codeLimiter.limit(`kiosk:${await clientIp()}`);
  if (!success) return { error: "Locked for a few minutes." };
  const school = await kioskSchool(input.schoolSlug);
  // ok: timing-unsafe-comparison
  if (!school || !secureCompare(kioskPinFor(school), input.pin)) return { error: "Wrong PIN" };
  // ok: missing-authorization
  await db.shiftSignup.updateMany({ where: { id: input.signupId, shift: { schoolId: school.id } }, data: { checkedIn: true } });
  return { ok: true };
}

// ok: missing-input-validation
// ruleid: missing-rate-limit -- (todoruleid until pass 37) a kiosk PIN worked out for the school
export async function kioskCheckOut(formData: FormData) {
  const input = kioskSchema.extend({ hours: z.coerce.number().min(0).max(12) }).parse(Object.fromEntries(formData));
  const school = await kioskSchool(input.schoolSlug);
  const kioskPin = school ? kioskPinFor(school) : null;
  // ruleid: timing-unsafe-comparison
  if (!school || kioskPin !== input.pin) return { error: "Wrong PIN" };
  try {
    // ok: missing-authorization
    await db.shiftSignup.updateMany({ where: { id: input.signupId, shift: { schoolId: school.id } }, data: { hours: input.hours } });
    return { ok: true };
  } catch (error) {
    logger.error("kiosk.checkout_failed", { error: String(error) });
    // ruleid: information-disclosure
    return { error: `Could not save hours: ${(error as Error).message}` };
  }
}

// ok: missing-input-validation // todook: missing-auth -- (ambiguous: public roster by slug, not settled by rules-spec)
export async function kioskRoster(schoolSlug: string) {
  const slug = z.string().max(80).parse(schoolSlug);
  const today = new Date();
  today.setHours(0, 0, 0, 0);
  const shifts = await db.shift.findMany({
    where: { school: { slug }, startsAt: { gte: today, lt: new Date(today.getTime() + 86400_000) } },
    select: { id: true, role: true, signups: { select: { id: true, checkedIn: true } } },
  });
  // ok: excessive-data-exposure
  return shifts.map((s) => ({ id: s.id, role: s.role, signups: s.signups.length, checkedIn: s.signups.filter((x) => x.checkedIn).length }));
}
