"use server";

import { z } from "zod";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { auth } from "@/lib/better-auth";
import { prisma } from "@/lib/db";
import { sendOcppCommand } from "@/lib/ocpp";

async function requireDriver() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) redirect("/app/login");
  return session.user;
}

const QrStart = z.object({ qr: z.string().regex(/^CB-[A-Z0-9]{6,12}-\d{1,2}$/) });

// Scan-to-charge: QR on the connector encodes "CB-<ocppId>-<connector>".
// ok: missing-auth, missing-input-validation
export async function startSessionFromQr(_prev: unknown, formData: FormData) {
  const driver = await requireDriver();
  const parsed = QrStart.safeParse({ qr: formData.get("qr") });
  if (!parsed.success) return { error: "That QR code is not a Chargebay connector." };
  const [, ocppId, connector] = parsed.data.qr.split("-");
  const charger = await prisma.charger.findUnique({ where: { ocppId }, select: { id: true, tenantId: true, status: true } });
  if (!charger || charger.status !== "AVAILABLE") return { error: "This charger is not available right now." };
  const wallet = await prisma.wallet.findUnique({ where: { userId: driver.id }, select: { balance: true } });
  if (!wallet || wallet.balance < 500) return { error: "Top up your wallet to start charging." };
  const cs = await prisma.chargingSession.create({
    data: { tenantId: charger.tenantId, chargerId: charger.id, connectorId: connector, driverId: driver.id, startedVia: "QR" },
    select: { id: true },
  });
  await sendOcppCommand(ocppId, "RemoteStartTransaction", { connectorId: Number(connector), idTag: cs.id.slice(0, 20) });
  redirect(`/app/sessions/${cs.id}`);
}

// ok: missing-auth, missing-input-validation
export async function stopMySession(sessionId: string) {
  const driver = await requireDriver();
  const id = z.string().cuid().parse(sessionId);
  // ok: missing-authorization
  const cs = await prisma.chargingSession.findFirst({
    where: { id, driverId: driver.id, status: "ACTIVE" },
    select: { transactionId: true, chargerId: true },
  });
  if (!cs?.transactionId) return { error: "No active session" };
  const charger = await prisma.charger.findUniqueOrThrow({ where: { id: cs.chargerId }, select: { ocppId: true } });
  await sendOcppCommand(charger.ocppId, "RemoteStopTransaction", { transactionId: cs.transactionId });
  revalidatePath("/app");
  return { ok: true };
}

const ReserveInput = z.object({ connectorId: z.string().cuid(), startsAt: z.coerce.date(), minutes: z.number().int().min(15).max(60) });

// ok: missing-auth, missing-input-validation
export async function reserveConnector(input: z.infer<typeof ReserveInput>) {
  const driver = await requireDriver();
  const data = ReserveInput.parse(input);
  const reservation = await prisma.reservation.create({
    data: {
      connectorId: data.connectorId,
      startsAt: data.startsAt,
      endsAt: new Date(data.startsAt.getTime() + data.minutes * 60_000),
      // ok: mass-assignment
      driverId: driver.id,
    },
    select: { id: true, startsAt: true, endsAt: true },
  });
  // ok: excessive-data-exposure
  return reservation;
}

// Also called by the support console on a driver's behalf (passes the driver's id).
// ok: missing-auth, missing-input-validation
export async function cancelReservation(reservationId: string, onBehalfOfUserId?: string) {
  const driver = await requireDriver();
  const input = z.object({ reservationId: z.string().cuid(), onBehalfOfUserId: z.string().cuid().optional() }).parse({ reservationId, onBehalfOfUserId });
  const ownerId = input.onBehalfOfUserId ?? driver.id;
  // ruleid: missing-authorization
  await prisma.reservation.updateMany({ where: { id: input.reservationId, driverId: ownerId }, data: { status: "CANCELLED" } });
  revalidatePath("/app/reservations");
}

// ok: missing-auth, missing-input-validation
export async function getMySession(sessionId: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const id = z.string().cuid().parse(sessionId);
  // ok: missing-authorization
  const cs = await prisma.chargingSession.findFirst({ where: { id, driverId: session.user.id } });
  // ruleid: excessive-data-exposure
  return cs;
}

// ok: missing-auth
export async function listMySessions() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return [];
  const rows = await prisma.chargingSession.findMany({
    where: { driverId: session.user.id },
    orderBy: { startedAt: "desc" },
    take: 50,
    select: { id: true, startedAt: true, endedAt: true, energyWh: true, totalCents: true, status: true },
  });
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function openDispute(sessionId: string, reason: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return { error: "Sign in" };
  const input = z.object({ sessionId: z.string().cuid(), reason: z.string().min(10).max(2000) }).parse({ sessionId, reason });
  const cs = await prisma.chargingSession.findUnique({ where: { id: input.sessionId }, select: { id: true, tenantId: true, driverId: true } });
  if (!cs || cs.driverId !== session.user.id) return { error: "Session not found" };
  // ok: missing-authorization
  await prisma.dispute.create({ data: { sessionId: cs.id, tenantId: cs.tenantId, reason: input.reason } });
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function rateSession(sessionId: string, stars: number) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return;
  // ok: missing-authorization
  await prisma.chargingSession.updateMany({ where: { id: sessionId, driverId: session.user.id }, data: { status: stars >= 3 ? "COMPLETED" : "COMPLETED_LOW_RATING" } });
}

// Hotel/garage sites with a gate: the driver types the passcode printed at reception.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function unlockGatedSite(siteId: string, passcode: string) {
  const driver = await requireDriver();
  const input = z.object({ siteId: z.string().cuid(), passcode: z.string().regex(/^\d{4,8}$/) }).parse({ siteId, passcode });
  const site = await prisma.site.findUnique({ where: { id: input.siteId }, select: { accessCode: true } });
  // ruleid: timing-unsafe-comparison
  if (!site?.accessCode || site.accessCode !== input.passcode) return { error: "Wrong passcode" };
  await prisma.reservation.updateMany({ where: { driverId: driver.id, status: "CONFIRMED" }, data: { status: "CHECKED_IN" } });
  return { ok: true };
}

async function isReservationOwner(userId: string, reservationId: string) {
  const r = await prisma.reservation.findUnique({ where: { id: reservationId }, select: { driverId: true } });
  return r?.driverId === userId;
}

// ok: missing-auth, missing-input-validation
export async function extendMyReservation(reservationId: string, minutes: number) {
  const driver = await requireDriver();
  const input = z.object({ reservationId: z.string().cuid(), minutes: z.number().int().min(5).max(30) }).parse({ reservationId, minutes });
  // ruleid: floating-auth-check
  if (!isReservationOwner(driver.id, input.reservationId)) return { error: "Not your reservation" };
  // ruleid: missing-authorization
  await prisma.reservation.update({ where: { id: input.reservationId }, data: { endsAt: new Date(Date.now() + input.minutes * 60_000) } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function shortenMyReservation(reservationId: string, minutes: number) {
  const driver = await requireDriver();
  const input = z.object({ reservationId: z.string().cuid(), minutes: z.number().int().min(5).max(30) }).parse({ reservationId, minutes });
  // ok: floating-auth-check
  if (!(await isReservationOwner(driver.id, input.reservationId))) return { error: "Not your reservation" };
  // ok: missing-authorization
  await prisma.reservation.update({ where: { id: input.reservationId }, data: { endsAt: new Date(Date.now() + input.minutes * 60_000), status: "SHORTENED" } });
  return { ok: true };
}
