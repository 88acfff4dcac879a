import { pgPool } from "@/lib/db/pg";
import { prisma } from "@/lib/db/prisma";
import { Prisma } from "@prisma/client";

const GROUPINGS = { day: "date_trunc('day', b.created_at)", route: "r.name" } as const;

export async function revenueByGrouping(operatorId: string, grouping: keyof typeof GROUPINGS) {
  const expr = GROUPINGS[grouping] ?? GROUPINGS.day;
  // ok: sql-injection
  const res = await pgPool.query(`SELECT ${expr} AS bucket, sum(b.amount_cents)::int AS cents FROM bookings b JOIN sailings s ON s.id = b.sailing_id JOIN routes r ON r.id = s.route_id WHERE r.operator_id = $1 GROUP BY 1`, [operatorId]);
  return res.rows as { bucket: string; cents: number }[];
}

export async function revenueBetween(operatorId: string, from: string, to: string) {
  // ruleid: sql-injection
  return prisma.$queryRawUnsafe(`SELECT sum("amountCents")::int AS cents FROM "Booking" b JOIN "Sailing" s ON s.id = b."sailingId" JOIN "Route" r ON r.id = s."routeId" WHERE r."operatorId" = '${operatorId}' AND b."createdAt" BETWEEN '${from}' AND '${to}'`);
}

export async function loadFactor(operatorId: string, routeIds: string[]) {
  // ok: sql-injection
  return prisma.$queryRaw(Prisma.sql`SELECT s."routeId", count(b.id)::int AS booked FROM "Sailing" s LEFT JOIN "Booking" b ON b."sailingId" = s.id JOIN "Route" r ON r.id = s."routeId" WHERE r."operatorId" = ${operatorId} AND s."routeId" IN (${Prisma.join(routeIds)}) GROUP BY 1`);
}

export async function topCustomers(operatorId: string, limit: string) {
  // ruleid: sql-injection
  const res = await pgPool.query("SELECT u.name, count(*) AS trips FROM bookings b JOIN users u ON u.id = b.user_id JOIN sailings s ON s.id = b.sailing_id JOIN routes r ON r.id = s.route_id WHERE r.operator_id = $1 GROUP BY u.name ORDER BY trips DESC LIMIT " + limit, [operatorId]);
  return res.rows as { name: string; trips: number }[];
}
