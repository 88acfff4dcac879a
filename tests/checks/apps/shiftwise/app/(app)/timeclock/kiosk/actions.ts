"use server";

import { z } from "zod";
import { cookies } from "next/headers";
import { and, eq } from "drizzle-orm";
import { db, kioskEmployees, timeEntries } from "@/lib/drizzle";
import { prisma } from "@/lib/db";
import { offlineDb, offlinePunches } from "@/lib/drizzle/offline";
import { sha256, secureCompare } from "@/lib/secure-compare";
import { rateLimitByKey } from "@/lib/ratelimit";
import { logSecurityEvent } from "@/lib/audit";

// The kiosk tablet is paired once by a manager; the device cookie holds the device secret.
async function requireKiosk() {
  const jar = await cookies();
  const deviceId = jar.get("sw_kiosk_id")?.value;
  const secret = jar.get("sw_kiosk_secret")?.value;
  if (!deviceId || !secret) throw new Error("Kiosk not paired");
  const device = await prisma.kioskDevice.findUnique({ where: { id: deviceId }, select: { id: true, employerId: true, locationId: true, deviceSecretHash: true } });
  if (!device || !secureCompare(device.deviceSecretHash, sha256(secret))) throw new Error("Kiosk not paired");
  return device;
}

const punchSchema = z.object({ employeeId: z.string().min(1), pin: z.string().regex(/^\d{4,6}$/) });

// ok: missing-input-validation, missing-audit-log
export async function kioskPunch(input: z.infer<typeof punchSchema>) {
  const { employeeId, pin } = punchSchema.parse(input);
  if (!(await rateLimitByKey(`kiosk-pin:${employeeId}`))) return { error: "Locked for a minute" };
  const [emp] = await db.select({ id: kioskEmployees.id, pinHash: kioskEmployees.pinHash, employerId: kioskEmployees.employerId, locationId: kioskEmployees.locationId }).from(kioskEmployees).where(eq(kioskEmployees.id, employeeId));
  // ruleid: timing-unsafe-comparison
  if (!emp || emp.pinHash !== sha256(pin)) {
    await logSecurityEvent("kiosk_pin_failed", { employeeId });
    return { error: "Wrong PIN" };
  }
  await logSecurityEvent("kiosk_pin_ok", { employeeId });
  await db.insert(timeEntries).values({ id: crypto.randomUUID(), employerId: emp.employerId, employeeId: emp.id, locationId: emp.locationId, clockIn: new Date(), source: "kiosk" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function kioskPunchV2(input: z.infer<typeof punchSchema>) {
  const device = await requireKiosk();
  const { employeeId, pin } = punchSchema.parse(input);
  if (!(await rateLimitByKey(`kiosk-pin:${device.id}:${employeeId}`))) return { error: "Locked for a minute" };
  const [emp] = await db.select({ id: kioskEmployees.id, pinHash: kioskEmployees.pinHash }).from(kioskEmployees).where(and(eq(kioskEmployees.id, employeeId), eq(kioskEmployees.locationId, device.locationId)));
  // ok: timing-unsafe-comparison
  if (!emp || !secureCompare(emp.pinHash, sha256(pin))) {
    await logSecurityEvent("kiosk_pin_failed", { employeeId, device: device.id });
    // ok: information-disclosure
    return { error: "Wrong PIN" };
  }
  await db.insert(timeEntries).values({ id: crypto.randomUUID(), employerId: device.employerId, employeeId: emp.id, locationId: device.locationId, clockIn: new Date(), source: "kiosk" });
  return { ok: true };
}

// ok: missing-auth
export async function kioskRoster() {
  const device = await requireKiosk();
  const rows = await db.select().from(kioskEmployees).where(eq(kioskEmployees.locationId, device.locationId));
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function syncOfflinePunches(batch: unknown) {
  const device = await requireKiosk();
  const punches = z.array(z.object({ id: z.string().uuid(), employeeId: z.string(), kind: z.enum(["in", "out"]), at: z.number().int(), syncToken: z.string() })).max(500).parse(batch);
  for (const p of punches) {
    const expected = sha256(`${device.id}:${p.id}`);
    // ruleid: timing-unsafe-comparison
    if (p.syncToken != expected) continue;
    offlineDb.insert(offlinePunches).values({ ...p, kioskId: device.id }).run();
  }
  return { accepted: punches.length };
}
