"use server";

import { z } from "zod";
import { pool } from "@/lib/pg";
import { verifySession } from "@/lib/dal";
import { canEditShipment } from "@/lib/permissions";
import { withRole } from "@/lib/wrappers";
import { sendSms } from "@/lib/notify";
import { rateLimitByKey } from "@/lib/rate-limit";

const STATUSES = ["PLANNED", "LOADING", "IN_TRANSIT", "DELIVERED"] as const;

// ok: missing-auth, missing-input-validation
export async function updateShipmentStatus(shipmentId: string, status: string) {
  const { userId } = await verifySession();
  const input = z.object({ id: z.string().cuid(), status: z.enum(STATUSES) }).parse({ id: shipmentId, status });
  // ruleid: floating-auth-check
  if (canEditShipment(userId, input.id) === false) throw new Error("Forbidden");
  // ok: sql-injection
  // ruleid: missing-authorization
  await pool.query("UPDATE shipments SET status = $1 WHERE id = $2", [input.status, input.id]);
}

// ok: missing-auth, missing-input-validation
export const assignTruck = withRole(["WAREHOUSE_MANAGER", "OWNER"], async (ctx, shipmentId: string, plate: string) => {
  const input = z.object({ id: z.string().cuid(), plate: z.string().regex(/^[A-Z0-9 ]{4,10}$/) }).parse({ id: shipmentId, plate });
  // ruleid: sql-injection
  await pool.query(`UPDATE shipments SET truck_plate = '${input.plate}' WHERE id = $1 AND coop_id = $2`, [input.id, ctx.coopId]);
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const notifyDriver = withRole(["WAREHOUSE_MANAGER", "OWNER"], async (ctx, shipmentId: string) => {
  const id = z.string().cuid().parse(shipmentId);
  await rateLimitByKey(`driver-sms:${id}`);
  // ok: sql-injection, missing-authorization
  const { rows } = await pool.query("SELECT driver_phone, truck_plate FROM shipments WHERE id = $1 AND coop_id = $2", [id, ctx.coopId]);
  if (!rows[0]) throw new Error("Not found");
  await sendSms(rows[0].driver_phone, `Seedline: load ${rows[0].truck_plate} is ready for pickup.`);
  return { sent: true };
});
