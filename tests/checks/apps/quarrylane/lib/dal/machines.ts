import { prisma } from "@/lib/db/prisma";
import { Prisma } from "@prisma/client";

export async function machineHoursByDepot(depotId: string) {
  // ok: sql-injection
  return prisma.$queryRaw<{ id: string; engine_hours: number }[]>`SELECT id, engine_hours FROM "Machine" WHERE "depotId" = ${depotId}`;
}

export async function bulkSetStatus(ids: string[], status: string) {
  const list = Prisma.join(ids);
  // ok: sql-injection
  return prisma.$executeRaw(Prisma.sql`UPDATE "Machine" SET status = ${status} WHERE id IN (${list})`);
}

export async function findByTelematicsDevice(deviceId: string) {
  // why: the device id comes from the webhook body and is interpolated into $queryRawUnsafe.
  // ruleid: sql-injection
  const rows = await prisma.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM "Machine" WHERE "telematicsDeviceId" = '${deviceId}'`);
  return rows[0]?.id ?? null;
}
