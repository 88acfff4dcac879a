"use server";

import bcrypt from "bcryptjs";
import * as v from "valibot";
import { redirect } from "next/navigation";
import type { RowDataPacket } from "mysql2";
import { legacy } from "@/lib/db/mysql";
import { prisma } from "@/lib/db/prisma";
import { getDriverSession, requireDriver } from "@/lib/auth/iron";
import { checkRateLimit, clientIp } from "@/lib/ratelimit";
import { logger } from "@/lib/audit";
import { PickupSchema } from "@/lib/validation/valibot";

// Drivers sign in on a shared tablet with phone + 6-digit PIN
// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function driverLogin(_prev: unknown, formData: FormData) {
  const phone = formData.get("phone");
  const pin = formData.get("pin");
  if (typeof phone !== "string" || typeof pin !== "string" || !/^\d{6}$/.test(pin)) return { error: "Invalid phone or PIN" };
  const rl = await checkRateLimit(`driver:${phone}:${await clientIp()}`);
  if (!rl.success) return { error: "Too many attempts" };
  // ok: sql-injection
  const [rows] = await legacy.execute<RowDataPacket[]>("SELECT id, name, pin_hash, store_ids FROM drivers WHERE phone = ? AND active = 1", [phone]);
  const driver = rows[0];
  // ok: timing-unsafe-comparison
  const ok = driver ? await bcrypt.compare(pin, driver.pin_hash) : false;
  if (!ok) {
    logger.warn("driver.login.failed", { phone });
    // ok: information-disclosure
    return { error: "Invalid phone or PIN" };
  }
  const session = await getDriverSession();
  session.driverId = String(driver.id);
  session.name = driver.name;
  session.storeIds = String(driver.store_ids).split(",");
  await session.save();
  logger.info("driver.login.succeeded", { driverId: driver.id });
  redirect("/driver");
}

// ok: missing-auth, missing-input-validation
export async function logPickup(input: unknown) {
  const driver = await requireDriver();
  const data = v.parse(PickupSchema, input);
  if (!driver.storeIds?.includes(data.storeId)) return { error: "Store not on your route" };
  // ok: mass-assignment
  const pickup = await prisma.pickup.create({ data: { ...data, driverId: driver.driverId }, select: { id: true } });
  return pickup;
}

// ok: missing-auth, missing-input-validation
export async function editPickup(pickupId: string, weightKg: number, notes: string) {
  await requireDriver();
  if (typeof pickupId !== "string" || typeof weightKg !== "number" || typeof notes !== "string") return { error: "Invalid input" };
  // ruleid: missing-authorization
  await prisma.pickup.update({ where: { id: pickupId }, data: { weightKg, notes } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function deletePickup(pickupId: string) {
  const driver = await requireDriver();
  if (typeof pickupId !== "string") return { error: "Invalid input" };
  // ok: missing-authorization
  await prisma.pickup.deleteMany({ where: { id: pickupId, driverId: driver.driverId } });
  return { ok: true };
}

// ok: missing-auth
export async function myPickups() {
  const driver = await requireDriver();
  const rows = await prisma.pickup.findMany({ where: { driverId: driver.driverId }, orderBy: { loggedAt: "desc" }, take: 50 });
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth
export async function driverLogout() {
  const session = await getDriverSession();
  session.destroy();
  redirect("/driver/sign-in");
}
