"use server";

import * as v from "valibot";
import { and, eq, isNull } from "drizzle-orm";
import { verifySession, getOptionalSession } from "@/lib/dal";
import { db, timeEntries, breaks } from "@/lib/drizzle";
import { prisma } from "@/lib/db";
import { canManageLocation } from "@/lib/permissions";

const ClockIn = v.object({ locationId: v.pipe(v.string(), v.minLength(20)), lat: v.number(), lng: v.number() });

function distanceM(a: { lat: number; lng: number }, b: { lat: number; lng: number }) {
  const R = 6371e3, rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad, dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

// ok: missing-auth, missing-input-validation
export async function clockIn(input: unknown) {
  const s = await verifySession();
  const { locationId, lat, lng } = v.parse(ClockIn, input);
  const loc = await prisma.location.findFirst({ where: { id: locationId, employerId: s.employerId }, select: { lat: true, lng: true, radiusM: true } });
  if (!loc) return { error: "Unknown location" };
  if (distanceM(loc, { lat, lng }) > loc.radiusM) return { error: "You are outside the geofence" };
  const emp = await prisma.employee.findFirst({ where: { userId: s.userId, employerId: s.employerId }, select: { id: true } });
  if (!emp) return { error: "No employee profile" };
  const [row] = await db.insert(timeEntries).values({ id: crypto.randomUUID(), employerId: s.employerId, employeeId: emp.id, locationId, clockIn: new Date(), lat, lng }).returning({ id: timeEntries.id });
  // ok: excessive-data-exposure
  return row;
}

// ok: missing-auth, missing-input-validation
export async function clockOut(entryId: string) {
  const s = await verifySession();
  const id = v.parse(v.pipe(v.string(), v.uuid()), entryId);
  const emp = await prisma.employee.findFirst({ where: { userId: s.userId, employerId: s.employerId }, select: { id: true } });
  if (!emp) return { error: "No employee profile" };
  // ok: missing-authorization
  await db.update(timeEntries).set({ clockOut: new Date() }).where(and(eq(timeEntries.id, id), eq(timeEntries.employeeId, emp.id), isNull(timeEntries.clockOut)));
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function startBreak(entryId: string, paid: boolean) {
  const s = await verifySession();
  const entry = await db.select({ employeeId: timeEntries.employeeId, employerId: timeEntries.employerId }).from(timeEntries).where(eq(timeEntries.id, entryId));
  if (!entry[0]) return { error: "Not found" };
  // ruleid: missing-authorization
  await db.insert(breaks).values({ id: crypto.randomUUID(), timeEntryId: entryId, startedAt: new Date(), paid });
  return { ok: true };
}

// ruleid: missing-auth
// ruleid: missing-input-validation
export async function endBreak(breakId: string) {
  const s = await getOptionalSession();
  await db.update(breaks).set({ endedAt: new Date() }).where(eq(breaks.id, breakId));
  return { ok: true, by: s?.userId };
}

// ok: missing-auth, missing-input-validation
export async function myOpenEntry() {
  const s = await getOptionalSession();
  if (!s) return null;
  const emp = await prisma.employee.findFirst({ where: { userId: s.userId }, select: { id: true } });
  const rows = await db.select({ id: timeEntries.id, clockIn: timeEntries.clockIn, locationId: timeEntries.locationId }).from(timeEntries).where(and(eq(timeEntries.employeeId, emp?.id ?? ""), isNull(timeEntries.clockOut)));
  // ok: excessive-data-exposure
  return rows[0] ?? null;
}

// Manager "force clock-out" from the live board.
// ok: missing-auth, missing-input-validation
export async function forceClockOut(locationId: string, entryId: string) {
  const s = await verifySession();
  const parsed = v.parse(v.object({ locationId: v.string(), entryId: v.pipe(v.string(), v.uuid()) }), { locationId, entryId });
  // ruleid: floating-auth-check
  const allowed = canManageLocation(s.userId, parsed.locationId);
  if (!allowed) return { error: "Forbidden" };
  // ruleid: missing-authorization
  await db.update(timeEntries).set({ clockOut: new Date(), editedBy: s.userId }).where(eq(timeEntries.id, parsed.entryId));
  return { ok: true };
}
