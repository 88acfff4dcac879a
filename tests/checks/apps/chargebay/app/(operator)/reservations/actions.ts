"use server";

// Operator-side reservation management. The /reservations pages sit behind middleware.ts.

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { pool } from "@/lib/pg";
import { verifySession } from "@/lib/dal";
import { sendSms } from "@/lib/notify";

// ruleid: missing-auth
// ruleid: missing-rate-limit
// ok: missing-input-validation
export async function cancelReservationForDriver(reservationId: string, reason: string) {
  const input = z.object({ reservationId: z.string().cuid(), reason: z.string().max(200) }).parse({ reservationId, reason });
  const r = await prisma.reservation.update({
    where: { id: input.reservationId },
    data: { status: "CANCELLED_BY_OPERATOR" },
    select: { driver: { select: { phone: true } } },
  });
  if (r.driver.phone) await sendSms(r.driver.phone, `Your reservation was cancelled: ${input.reason}`);
  revalidatePath("/reservations");
}

// ok: missing-auth, missing-input-validation
export async function listReservationsForConnector(connectorId: string) {
  const { tenantId } = await verifySession();
  const id = z.string().cuid().parse(connectorId);
  // ok: sql-injection, missing-authorization
  const { rows } = await pool.query(
    `SELECT r.id, r.starts_at, r.ends_at, r.status FROM reservations r
       JOIN connectors k ON k.id = r.connector_id JOIN chargers c ON c.id = k.charger_id
      WHERE r.connector_id = $1 AND c.tenant_id = $2 ORDER BY r.starts_at`,
    [id, tenantId],
  );
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, startsAt: r.starts_at, endsAt: r.ends_at, status: r.status }));
}

// ok: missing-auth, missing-input-validation
export async function reservationDetails(reservationId: string) {
  await verifySession();
  const id = z.string().cuid().parse(reservationId);
  // ruleid: missing-authorization
  const { rows } = await pool.query("SELECT * FROM reservations WHERE id = $1", [id]);
  // ruleid: excessive-data-exposure
  return rows[0];
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function extendReservation(reservationId: string, minutes: number) {
  const { tenantId } = await verifySession();
  // ok: sql-injection, missing-authorization
  await pool.query(
    `UPDATE reservations r SET ends_at = ends_at + ($1 || ' minutes')::interval
       FROM connectors k JOIN chargers c ON c.id = k.charger_id
      WHERE r.id = $2 AND k.id = r.connector_id AND c.tenant_id = $3`,
    [minutes, reservationId, tenantId],
  );
}
