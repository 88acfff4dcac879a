"use server";

import { z } from "zod";
import { Prisma } from "@prisma/client";
import { prisma } from "@/lib/db";
import { requireCoopMember } from "@/lib/permissions";
import { verifySession } from "@/lib/dal";
import { logger } from "@/lib/logger";

type SaleInput = { lotId: string; buyerId: string; weightKg: number; pricePerKg: number; invoiceNo: string; paid?: boolean };

// Bulk sale entry from the sales desk spreadsheet paste.
// ruleid: missing-input-validation
// ok: missing-auth
export async function recordSale(coopId: string, input: SaleInput) {
  const ctx = await requireCoopMember(coopId, ["OWNER", "ADMIN", "TREASURER"]);
  const sale = await prisma.sale.create({
    // ruleid: mass-assignment
    data: { ...input, coopId: ctx.coopId },
    select: { id: true },
  });
  return { id: sale.id };
}

// ok: missing-auth, missing-input-validation
export async function salesByBuyer(coopId: string, buyerName: string) {
  const ctx = await requireCoopMember(coopId);
  const name = z.string().min(1).max(80).parse(buyerName);
  // ruleid: sql-injection
  const rows = await prisma.$queryRawUnsafe<{ invoice_no: string; weight_kg: number }[]>(
    `SELECT s.invoice_no, s.weight_kg FROM "Sale" s JOIN "Buyer" b ON b.id = s."buyerId" WHERE s."coopId" = '${ctx.coopId}' AND b.name = '${name}'`,
  );
  return rows.map((r) => ({ invoice: r.invoice_no, kg: r.weight_kg }));
}

// ok: missing-auth, missing-input-validation
export async function salesSince(coopId: string, since: string) {
  const ctx = await requireCoopMember(coopId);
  const from = z.coerce.date().parse(since);
  // ok: sql-injection
  const rows = await prisma.$queryRaw<{ total: number }[]>`SELECT COALESCE(SUM("weightKg"), 0) AS total FROM "Sale" WHERE "coopId" = ${ctx.coopId} AND "createdAt" >= ${from}`;
  return { totalKg: Number(rows[0]?.total ?? 0) };
}

// ok: missing-auth, missing-input-validation
export async function markInvoicesPaid(coopId: string, invoiceNos: string[]) {
  const ctx = await requireCoopMember(coopId, ["TREASURER", "OWNER"]);
  const list = z.array(z.string().regex(/^INV-[0-9]{4,10}$/)).min(1).max(100).parse(invoiceNos);
  // ok: sql-injection
  await prisma.$executeRaw(Prisma.sql`UPDATE "Sale" SET paid = true WHERE "coopId" = ${ctx.coopId} AND "invoiceNo" IN (${Prisma.join(list)})`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function voidSale(coopId: string, saleId: string) {
  const ctx = await requireCoopMember(coopId, ["OWNER", "ADMIN"]);
  const id = z.string().cuid().parse(saleId);
  try {
    // ok: sql-injection, missing-authorization
    await prisma.$executeRawUnsafe(`DELETE FROM "Sale" WHERE id = $1 AND "coopId" = $2 AND paid = false`, id, ctx.coopId);
    return { ok: true };
  } catch (e) {
    logger.error({ err: e, saleId: id }, "void sale failed");
    // ruleid: information-disclosure
    return { ok: false, error: e instanceof Error ? e.stack : "unknown" };
  }
}

// ok: missing-auth, missing-input-validation
export async function regenerateInvoice(saleId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(saleId);
  // ok: missing-authorization
  const sale = await prisma.sale.findUnique({ where: { id }, select: { coopId: true, invoiceNo: true } });
  if (!sale) throw new Error("Sale not found");
  await requireCoopMember(sale.coopId, ["TREASURER", "OWNER"]);
  try {
    const res = await fetch(`${process.env.INVOICE_SERVICE_URL}/render`, { method: "POST", body: JSON.stringify({ invoiceNo: sale.invoiceNo, by: userId }) });
    if (!res.ok) throw new Error(`renderer returned ${res.status}`);
    return { url: ((await res.json()) as { url: string }).url };
  } catch (err) {
    // ok: information-disclosure
    throw new Error(`Invoice rendering failed: ${(err as Error).message}`);
  }
}
