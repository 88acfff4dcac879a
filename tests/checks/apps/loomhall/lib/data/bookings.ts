import "server-only";
import { and, eq, gt, lt, sql } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { bookings, equipment } from "@/lib/db/schema";

export async function overlaps(equipmentId: string, startsAt: Date, endsAt: Date) {
  const rows = await db
    .select({ id: bookings.id })
    .from(bookings)
    .where(and(eq(bookings.equipmentId, equipmentId), lt(bookings.startsAt, endsAt), gt(bookings.endsAt, startsAt)));
  return rows.length > 0;
}

export async function utilisation(studioId: string, days: number) {
  // ok: sql-injection
  const result = await db.execute(sql`SELECT equipment_id, COUNT(*) AS n FROM bookings WHERE studio_id = ${studioId} AND starts_at > now() - (${days} || ' days')::interval GROUP BY equipment_id`);
  return result.rows;
}

export async function bookingsForKind(kind: string) {
  // ruleid: sql-injection
  const result = await db.execute(sql.raw(`SELECT b.id, b.starts_at FROM bookings b JOIN equipment e ON e.id = b.equipment_id WHERE e.kind = '${kind}'`));
  return result.rows;
}

export async function publicEquipment() {
  return db.select({ id: equipment.id, name: equipment.name, kind: equipment.kind, hourlyCents: equipment.hourlyCents }).from(equipment);
}
