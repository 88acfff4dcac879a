"use server";

import { z } from "zod/v4";
import { db } from "@/lib/db/drizzle";
import { checkCalls, drivers } from "@/lib/db/schema";
import { eq } from "drizzle-orm";
import { auth } from "@/lib/auth/authjs";
import { prisma } from "@/lib/db/prisma";
import { isAssignedCarrier, isLoadOwner } from "@/lib/permissions";
import { verifySession } from "@/lib/dal";
import { sendSms } from "@/lib/notify";
import { rateLimitByIp } from "@/lib/rate-limit";

const CheckCall = z.object({ loadId: z.string(), driverId: z.string(), lat: z.number(), lng: z.number(), note: z.string().max(280).optional() });

// driver mobile check-call
// ok: missing-auth, missing-input-validation
export async function submitCheckCall(input: unknown) {
  const session = await auth();
  if (!session?.user) return { ok: false };
  const data = CheckCall.parse(input);
  const carrierTenant = await prisma.member.findFirst({ where: { userId: session.user.id }, select: { tenantId: true } });
  // ruleid: floating-auth-check
  isAssignedCarrier(data.loadId, carrierTenant?.tenantId ?? "");
  // ruleid: missing-authorization -- the parsed load id, whose only check floats, spread into the insert
  // ok: mass-assignment
  await db.insert(checkCalls).values({ id: crypto.randomUUID(), ...data });
  return { ok: true };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function latestPosition(loadId: string) {
  const session = await auth();
  const id = z.string().parse(loadId);
  const ping = await prisma.ping.findFirst({ where: { loadId: id }, orderBy: { at: "desc" }, select: { lat: true, lng: true, at: true } });
  return { ping, viewer: session?.user?.email };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestDriverLocation(loadId: string) {
  const viewer = await verifySession();
  const id = z.string().parse(loadId);
  await rateLimitByIp("locate", 5);
  // ok: floating-auth-check
  if (!(await isLoadOwner(id, viewer.tenantId))) return { ok: false };
  const load = await prisma.load.findUnique({ where: { id }, select: { driverId: true } });
  if (!load?.driverId) return { ok: false };
  const [driver] = await db.select({ phone: drivers.phone }).from(drivers).where(eq(drivers.id, load.driverId));
  await sendSms(driver.phone, "Dispatch requests a check-call. Reply with your location.");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function textDriver(driverId: string, body: string) {
  const viewer = await verifySession();
  const input = z.object({ driverId: z.string(), body: z.string().min(1).max(300) }).parse({ driverId, body });
  // ruleid: missing-authorization
  const [driver] = await db.select({ phone: drivers.phone }).from(drivers).where(eq(drivers.id, input.driverId));
  await sendSms(driver.phone, `[${viewer.tenantId}] ${input.body}`);
  return { ok: true };
}
