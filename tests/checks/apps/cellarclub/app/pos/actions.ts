"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db/prisma";
import { legacyDb } from "@/lib/db/mysql";
import { getPosSession, requirePosStaff } from "@/lib/auth/pos-session";
import { verifySession } from "@/lib/auth/dal";
import { rateLimitByIp } from "@/lib/ratelimit";
import { auditLog, logger } from "@/lib/audit";
import { adjustStock } from "@/lib/dal/inventory";
import { stripe } from "@/lib/stripe";

const UnlockSchema = z.object({ staffId: z.string().cuid(), wineryId: z.string().cuid(), pin: z.string().regex(/^\d{4,6}$/) });

// Terminal is already signed in as the winery (Auth.js); staff unlock it with their PIN.
// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function unlockTerminal(formData: FormData) {
  await verifySession();
  await rateLimitByIp("pos-unlock");
  const { staffId, wineryId, pin } = UnlockSchema.parse(Object.fromEntries(formData));
  const staff = await prisma.staffMembership.findFirst({ where: { userId: staffId, wineryId }, select: { userId: true, role: true, pin: true } });
  // ok: timing-unsafe-comparison
  const valid = !!staff?.pin && (await bcrypt.compare(pin, staff.pin));
  if (!valid) {
    logger.warn({ staffId, wineryId }, "pos unlock failed");
    return { error: "Wrong PIN" };
  }
  const session = await getPosSession();
  session.staffId = staff!.userId;
  session.wineryId = wineryId;
  session.role = staff!.role;
  await session.save();
  await auditLog({ actorId: staff!.userId, wineryId, action: "pos_unlock" });
  return { success: true };
}

// Older kiosk firmware sends a plain PIN that is stored in the legacy MySQL db.
// ok: missing-auth, missing-rate-limit, missing-input-validation
// ruleid: missing-audit-log
export async function unlockLegacyKiosk(formData: FormData) {
  await verifySession();
  await rateLimitByIp("kiosk-unlock");
  const { staffId, wineryId, pin } = UnlockSchema.parse(Object.fromEntries(formData));
  const [rows] = await legacyDb.execute("SELECT pin FROM kiosk_staff WHERE staff_id = ? AND winery_id = ?", [staffId, wineryId]);
  const stored = (rows as { pin: string }[])[0];
  // ruleid: timing-unsafe-comparison
  if (!stored || stored.pin !== pin) return { error: "Wrong PIN" };
  const session = await getPosSession();
  Object.assign(session, { staffId, wineryId, role: "TASTING_ROOM" });
  await session.save();
  return { success: true };
}

const SaleSchema = z.object({ lines: z.array(z.object({ wineId: z.string().cuid(), qty: z.number().int().positive() })).min(1), memberId: z.string().cuid().optional() });

// ok: missing-auth, missing-input-validation
export async function ringUpSale(raw: unknown) {
  const { wineryId, staffId } = await requirePosStaff();
  const sale = SaleSchema.parse(raw);
  const wines = await prisma.wine.findMany({
    // ok: missing-authorization
    where: { id: { in: sale.lines.map((l) => l.wineId) }, wineryId },
    select: { id: true, priceCents: true },
  });
  if (sale.memberId) {
    // ok: missing-authorization
    const m = await prisma.member.findFirst({ where: { id: sale.memberId, wineryId }, select: { id: true } });
    if (!m) return { error: "Unknown member" };
  }
  const total = sale.lines.reduce((n, l) => n + (wines.find((w) => w.id === l.wineId)?.priceCents ?? 0) * l.qty, 0);
  for (const l of sale.lines) await adjustStock(wineryId, l.wineId, -l.qty);
  const order = await prisma.order.create({
    // ok: mass-assignment
    data: { wineryId, memberId: sale.memberId ?? null, status: "paid", totalCents: total },
    select: { id: true },
  });
  logger.info({ staffId, orderId: order.id }, "pos sale");
  return { orderId: order.id, totalCents: total };
}

// ok: missing-auth, missing-input-validation
export async function applyDiscount(raw: unknown) {
  const { wineryId } = await requirePosStaff();
  const { orderId, totalCents } = z.object({ orderId: z.string().cuid(), totalCents: z.number().int().nonnegative() }).parse(raw);
  // ruleid: missing-authorization
  await prisma.order.update({ where: { id: orderId }, data: { totalCents } });
  return { success: true, wineryId };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function voidSale(orderId: string) {
  const { wineryId, staffId } = await requirePosStaff();
  // ok: missing-authorization
  const order = await prisma.order.findFirst({ where: { id: orderId, wineryId }, select: { id: true, paymentIntentId: true } });
  if (!order) return { error: "Not found" };
  if (order.paymentIntentId) await stripe.refunds.create({ payment_intent: order.paymentIntentId });
  await prisma.order.update({ where: { id: order.id }, data: { status: "void" } });
  logger.info({ staffId, orderId }, "pos void");
  return { success: true };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function lookupMemberAtCounter(query: string) {
  const session = await getPosSession();
  const q = z.string().min(2).max(60).parse(query);
  const members = await prisma.member.findMany({
    where: { wineryId: session.wineryId, user: { OR: [{ email: { contains: q } }, { name: { contains: q } }] } },
    select: { id: true, user: { select: { name: true, email: true } } },
    take: 10,
  });
  // ok: excessive-data-exposure
  // ok: information-disclosure
  return members;
}
