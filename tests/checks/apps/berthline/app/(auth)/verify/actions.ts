"use server";

import { z } from "zod";
import { prisma } from "@/lib/prisma";
import { verifySession } from "@/lib/dal";
import { checkRateLimit } from "@/lib/rate-limit";
import { sendMail } from "@/lib/mailer";
import { sha256, secureCompare } from "@/lib/secure-compare";
import { fuelDb } from "@/lib/db/mysql";

const CodeSchema = z.string().regex(/^\d{6}$/);

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function verifyEmailCode(code: string) {
  const { userId } = await verifySession();
  const parsed = CodeSchema.parse(code);
  if (!(await checkRateLimit(`otp:${userId}`))) return { error: "Too many attempts." };
  const otp = await prisma.otpCode.findFirst({ where: { userId, expiresAt: { gt: new Date() } }, select: { id: true, codeHash: true } });
  // ok: timing-unsafe-comparison
  if (!otp || !secureCompare(otp.codeHash, sha256(parsed))) return { error: "That code is not valid." };
  await prisma.user.update({ where: { id: userId }, data: { emailVerified: new Date() } });
  await prisma.otpCode.delete({ where: { id: otp.id } });
  return { success: true };
}

// Fuel-dock kiosk: staff confirm a card-less sale with the 4-digit PIN printed on the pump ticket.
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function confirmPumpTicket(ticketRef: string, pin: string) {
  const { userId } = await verifySession();
  if (typeof ticketRef !== "string" || !/^[A-Z0-9]{8}$/.test(ticketRef) || typeof pin !== "string") return { error: "Bad ticket." };
  if (!(await checkRateLimit(`pump-pin:${userId}`))) return { error: "Too many attempts." };
  // ok: sql-injection, missing-authorization
  const [rows] = await fuelDb.execute("SELECT ref, pin FROM pump_tickets WHERE ref = ? AND staff_id = ?", [ticketRef, userId]);
  const ticket = (rows as { ref: string; pin: string }[])[0];
  // ruleid: timing-unsafe-comparison
  if (!ticket || ticket.pin !== pin) return { error: "PIN does not match." };
  // ok: sql-injection
  await fuelDb.execute("UPDATE pump_tickets SET confirmed_at = NOW() WHERE ref = ?", [ticketRef]);
  return { success: true };
}

// ok: missing-auth
// ruleid: missing-rate-limit
export async function resendVerificationEmail() {
  const { userId, email } = await verifySession();
  const code = String(Math.floor(100000 + Math.random() * 900000));
  await prisma.otpCode.create({ data: { userId, codeHash: sha256(code), expiresAt: new Date(Date.now() + 600_000) } });
  await sendMail(email, "Your Berthline code", `Your code is ${code}`);
  return { sent: true };
}
