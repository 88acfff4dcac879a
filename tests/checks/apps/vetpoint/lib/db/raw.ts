import { Prisma } from "@prisma/client";
import { prisma } from "@/lib/db/prisma";

const STOCK_COLUMNS = new Set(["name", "sku", "quantity", "expires_on"]);

export async function stockSorted(clinicId: string, column: string) {
  const col = STOCK_COLUMNS.has(column) ? column : "name";
  // ok: sql-injection
  return prisma.$queryRawUnsafe<{ sku: string; name: string; quantity: number }[]>(`SELECT sku, name, quantity FROM stock WHERE clinic_id = $1 ORDER BY ${col}`, clinicId);
}

export async function stockBySku(clinicId: string, sku: string) {
  // ok: sql-injection
  return prisma.$queryRaw<{ sku: string; quantity: number }[]>(Prisma.sql`SELECT sku, quantity FROM stock WHERE clinic_id = ${clinicId} AND sku = ${sku}`);
}

export async function adjustStock(clinicId: string, sku: string, delta: number) {
  // ruleid: sql-injection
  await prisma.$executeRawUnsafe(`UPDATE stock SET quantity = quantity + ${delta} WHERE clinic_id = '${clinicId}' AND sku = '${sku}'`);
}

export async function expiringStock(clinicId: string) {
  const LIMIT = 25;
  // ok: sql-injection
  return prisma.$queryRawUnsafe<{ sku: string }[]>(`SELECT sku FROM stock WHERE clinic_id = $1 AND expires_on < now() + interval '30 days' LIMIT ${LIMIT}`, clinicId);
}
