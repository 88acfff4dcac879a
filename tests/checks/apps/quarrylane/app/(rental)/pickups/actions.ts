"use server";

import { z } from "zod";
import { randomInt } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/auth/dal";
import { isDepotStaff } from "@/lib/auth/membership";
import { sendSms } from "@/lib/sms";
import { smsLimiter } from "@/lib/ratelimit";
import { hashToken, secureCompare } from "@/lib/secure-compare";
import { validateRequest } from "@/lib/auth/lucia";
import { logger } from "@/lib/logger";

const SendCode = z.object({ rentalId: z.string().cuid() });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendPickupCode(raw: unknown) {
  const { rentalId } = SendCode.parse(raw);
  const { userId } = await verifySession();
  const rental = await prisma.rental.findUnique({
    // ok: missing-authorization
    where: { id: rentalId },
    select: { id: true, siteManagerId: true, machineId: true },
  });
  if (!rental?.siteManagerId) return { error: "No site manager" };
  const machine = await prisma.machine.findUnique({ where: { id: rental.machineId }, select: { depotId: true } });
  // ok: floating-auth-check
  if (!machine || !(await isDepotStaff(userId, machine.depotId))) throw new Error("Depot staff only");
  const { success } = await smsLimiter.limit(`pickup:${rentalId}`);
  if (!success) return { error: "Code already sent recently" };
  const manager = await prisma.user.findUnique({ where: { id: rental.siteManagerId }, select: { phone: true } });
  const code = String(randomInt(100000, 999999));
  await prisma.rental.update({ where: { id: rental.id }, data: { pickupCodeHash: hashToken(code) } });
  if (manager?.phone) await sendSms(manager.phone, `Your Quarrylane pickup code: ${code}`);
  return { ok: true };
}

// why: texts a pickup code without any rate limit — SMS pumping / spam.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function resendPickupCode(rentalId: string, depotId: string) {
  const { userId } = await verifySession();
  if (typeof rentalId !== "string" || typeof depotId !== "string") throw new Error("Bad input");
  // why: isDepotStaff is async; used in a negation without await.
  // ruleid: floating-auth-check
  if (!isDepotStaff(userId, depotId)) throw new Error("Depot staff only");
  // why: the floating guard above never runs, so any user triggers SMS for any rental.
  // ruleid: missing-authorization
  const rental = await prisma.rental.findUnique({
    where: { id: rentalId },
    select: { pickupCode: true, siteManagerId: true },
  });
  const manager = rental?.siteManagerId ? await prisma.user.findUnique({ where: { id: rental.siteManagerId }, select: { phone: true } }) : null;
  if (manager?.phone && rental?.pickupCode) await sendSms(manager.phone, `Pickup code: ${rental.pickupCode}`);
}

const Checkout = z.object({ rentalId: z.string().cuid(), code: z.string().regex(/^\d{6}$/) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function checkOutMachine(raw: unknown) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Kiosk not signed in");
  const { rentalId, code } = Checkout.parse(raw);
  const { success } = await smsLimiter.limit(`verify:${rentalId}`);
  if (!success) return { error: "Too many attempts" };
  const rental = await prisma.rental.findUnique({ where: { id: rentalId }, select: { id: true, pickupCodeHash: true, machineId: true } });
  if (!rental?.pickupCodeHash) return { error: "Invalid code" };
  const machine = await prisma.machine.findUnique({ where: { id: rental.machineId }, select: { depotId: true } });
  // ok: floating-auth-check
  if (!machine || !(await isDepotStaff(user.id as string, machine.depotId))) return { error: "Invalid code" };
  // ok: timing-unsafe-comparison
  if (!secureCompare(hashToken(code), rental.pickupCodeHash)) return { error: "Invalid code" };
  await prisma.rental.update({
    // ok: missing-authorization
    where: { id: rental.id },
    data: { status: "checked_out", pickupCodeHash: null },
  });
  logger.info("machine_checked_out", { rentalId, by: user.id });
  return { ok: true };
}

// why: verifies a 6-digit pickup code with no attempt limit — brute-forceable.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function checkOutMachineLegacy(rentalId: string, code: string) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Kiosk not signed in");
  if (typeof rentalId !== "string" || typeof code !== "string") throw new Error("Bad input");
  const rental = await prisma.rental.findUnique({ where: { id: rentalId }, select: { id: true, pickupCode: true, machineId: true } });
  if (!rental) return { error: "Invalid code" };
  const machine = await prisma.machine.findUnique({ where: { id: rental.machineId }, select: { depotId: true } });
  if (!machine || !(await isDepotStaff(user.id as string, machine.depotId))) return { error: "Invalid code" };
  // why: `pickupCode` / `code` match none of rule 8's secret-like names (token, secret, otp, passcode, pin, …); the brute-force risk is the missing-rate-limit row.
  // ok: timing-unsafe-comparison
  if (rental.pickupCode !== code) return { error: "Invalid code" };
  await prisma.rental.update({
    // ok: missing-authorization
    where: { id: rental.id },
    data: { status: "checked_out", pickupCode: null },
  });
}

const CheckIn = z.object({ rentalId: z.string().cuid(), engineHours: z.number().nonnegative(), fuelPct: z.number().min(0).max(100) });

// ok: missing-auth, missing-input-validation
export async function checkInMachine(raw: unknown) {
  const { userId } = await verifySession();
  const input = CheckIn.parse(raw);
  const rental = await prisma.rental.findUnique({ where: { id: input.rentalId }, select: { id: true, machineId: true } });
  if (!rental) throw new Error("Not found");
  const machine = await prisma.machine.findUnique({ where: { id: rental.machineId }, select: { depotId: true, id: true } });
  // ok: floating-auth-check
  const allowed = machine ? await isDepotStaff(userId, machine.depotId) : false;
  if (!allowed) throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.machine.update({
    where: { id: rental.machineId },
    // ok: mass-assignment
    data: { engineHours: input.engineHours, status: "inspection_due" },
  });
  await prisma.rental.update({ where: { id: rental.id }, data: { status: "returned" } });
}
