"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { pgPool } from "@/lib/db/pg";
import { sql } from "@/lib/db/postgres";
import { getOperatorContext } from "@/lib/wrappers";
import { manifestForSailing } from "@/lib/fares";

const STATUSES = ["scheduled", "boarding", "departed", "cancelled"] as const;

// ok: missing-auth, missing-input-validation
export async function setSailingStatus(sailingId: string, status: string) {
  const ctx = await getOperatorContext();
  if (!ctx) return { error: "Not allowed" };
  const parsed = z.object({ sailingId: z.string(), status: z.enum(STATUSES) }).parse({ sailingId, status });
  // ok: sql-injection, missing-authorization
  await sql`UPDATE sailings s SET status = ${parsed.status} FROM routes r WHERE s.route_id = r.id AND r.operator_id = ${ctx.operatorId} AND s.id = ${parsed.sailingId}`;
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function searchSailings(term: string) {
  const ctx = await getOperatorContext();
  if (!ctx) return [];
  // ruleid: sql-injection
  const res = await pgPool.query(`SELECT s.id, s.departs_at, r.name FROM sailings s JOIN routes r ON r.id = s.route_id WHERE r.operator_id = $1 AND r.name ILIKE '%${term}%'`, [ctx.operatorId]);
  return res.rows;
}

const LIMIT = 50;

// ok: missing-auth, missing-input-validation
export async function upcomingSailings(page: number) {
  const ctx = await getOperatorContext();
  if (!ctx) return [];
  const offset = z.number().int().min(0).parse(page) * LIMIT;
  // ok: sql-injection
  const res = await pgPool.query(`SELECT s.id, s.departs_at, s.status FROM sailings s JOIN routes r ON r.id = s.route_id WHERE r.operator_id = $1 ORDER BY s.departs_at LIMIT ${LIMIT} OFFSET $2`, [ctx.operatorId, offset]);
  return res.rows;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function sailingManifest(sailingId: string) {
  const ctx = await getOperatorContext();
  if (!ctx) return [];
  // ruleid: missing-authorization
  const rows = await prisma.booking.findMany({ where: { sailingId }, select: { id: true, passengers: true, vehiclePlate: true, petCount: true } });
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function manifestCsv(sailingId: string, orderBy: string) {
  const ctx = await getOperatorContext();
  if (!ctx) return "";
  const id = z.string().parse(sailingId);
  const order = z.string().max(40).parse(orderBy);
  // ok: missing-authorization
  const owned = await prisma.sailing.findFirst({ where: { id, route: { operatorId: ctx.operatorId } }, select: { id: true } });
  if (!owned) return "";
  const rows = await manifestForSailing(id, order);
  return rows.map((r) => `${r.id},${r.name},${r.passengers}`).join("\n");
}

// ok: missing-auth, missing-input-validation
export async function sailingLoad(sailingId: string) {
  const ctx = await getOperatorContext();
  if (!ctx) return null;
  const id = z.string().parse(sailingId);
  // ok: sql-injection, missing-authorization
  const [row] = await sql`SELECT count(b.id)::int AS booked, v.capacity FROM sailings s JOIN routes r ON r.id = s.route_id JOIN vessels v ON v.id = s.vessel_id LEFT JOIN bookings b ON b.sailing_id = s.id WHERE s.id = ${id} AND r.operator_id = ${ctx.operatorId} GROUP BY v.capacity`;
  // ok: excessive-data-exposure
  return row ? { booked: row.booked as number, capacity: row.capacity as number } : null;
}
