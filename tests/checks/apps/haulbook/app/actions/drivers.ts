"use server";

import { z } from "zod";
import { headers } from "next/headers";
import { eq, and } from "drizzle-orm";
import bcrypt from "bcryptjs";
import { auth } from "@/lib/auth/better";
import { db, edgeDb } from "@/lib/db/drizzle";
import { drivers } from "@/lib/db/schema";
import { deviceSessions } from "@/lib/db/sqlite-schema";
import { sqlite } from "@/lib/db/drizzle";
import { prisma } from "@/lib/db/prisma";
import { sendSms } from "@/lib/notify";
import { rateLimitByIp } from "@/lib/rate-limit";

async function carrierOf(userId: string) {
  const m = await prisma.member.findFirst({ where: { userId }, select: { tenantId: true } });
  return m?.tenantId ?? null;
}

const DriverInput = z.object({ name: z.string().min(1), phone: z.string().regex(/^\+\d{10,15}$/), cdlNumber: z.string().min(5).max(20) });

// ok: missing-auth, missing-input-validation
export async function addDriver(input: unknown) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  const data = DriverInput.parse(input);
  const carrierId = await carrierOf(session.user.id);
  if (!carrierId) throw new Error("No carrier");
  // ok: mass-assignment
  await db.insert(drivers).values({ id: crypto.randomUUID(), carrierId, ...data });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function updateDriver(driverId: string, input: unknown) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  const id = z.string().uuid().parse(driverId);
  const data = DriverInput.partial().parse(input);
  const carrierId = await carrierOf(session.user.id);
  // ok: missing-authorization, mass-assignment
  await db.update(drivers).set(data).where(and(eq(drivers.id, id), eq(drivers.carrierId, carrierId ?? "-")));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function moveDriverToCarrier(driverId: string, carrierId: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  const input = z.object({ driverId: z.string().uuid(), carrierId: z.string() }).parse({ driverId, carrierId });
  // ruleid: missing-authorization
  await db.update(drivers).set({ carrierId: input.carrierId }).where(eq(drivers.id, input.driverId));
  return { ok: true };
}

// ruleid: missing-auth
export async function removeDriver(driverId: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  const id = z.string().uuid().parse(driverId);
  const carrierId = await carrierOf(session?.user.id ?? "");
  await db.delete(drivers).where(and(eq(drivers.id, id), eq(drivers.carrierId, carrierId ?? "-")));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getDriverRoster() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return [];
  const carrierId = await carrierOf(session.user.id);
  const rows = await db.select().from(drivers).where(eq(drivers.carrierId, carrierId ?? "-"));
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendDriverAppLink(driverId: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  const id = z.string().uuid().parse(driverId);
  await rateLimitByIp("driver-link", 5);
  const carrierId = await carrierOf(session.user.id);
  // ok: missing-authorization
  const [d] = await db.select({ phone: drivers.phone }).from(drivers).where(and(eq(drivers.id, id), eq(drivers.carrierId, carrierId ?? "-")));
  if (d) await sendSms(d.phone, `Install Haulbook Driver: ${process.env.APP_URL}/driver`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function setDriverPin(driverId: string, pin: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  const input = z.object({ driverId: z.string().uuid(), pin: z.string().regex(/^\d{4,6}$/) }).parse({ driverId, pin });
  const carrierId = await carrierOf(session.user.id);
  // ok: missing-authorization
  await db.update(drivers).set({ appPinHash: await bcrypt.hash(input.pin, 10) }).where(and(eq(drivers.id, input.driverId), eq(drivers.carrierId, carrierId ?? "-")));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function pairDevice(deviceId: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  const id = z.string().min(6).max(64).parse(deviceId);
  // ok: sql-injection
  sqlite.prepare("INSERT INTO device_sessions (id, driver_id, device_secret) VALUES (?, ?, ?)").run(id, session.user.id, crypto.randomUUID());
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function purgeDeviceCache(deviceId: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  // ruleid: missing-authorization
  // ruleid: sql-injection
  sqlite.exec(`DELETE FROM pending_pings WHERE device_id = '${deviceId}'`);
  await edgeDb.delete(deviceSessions).where(and(eq(deviceSessions.id, deviceId), eq(deviceSessions.driverId, session.user.id)));
  return { ok: true };
}
