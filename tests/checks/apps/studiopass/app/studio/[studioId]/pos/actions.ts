"use server";

import { z } from "zod";
import type { ResultSetHeader, RowDataPacket } from "mysql2";
import { posPool } from "@/lib/mysql";
import { requireStaff } from "@/lib/dal";
import { DESK, FINANCE, MANAGERS } from "@/lib/validation";

const saleSchema = z.object({
  productId: z.coerce.number().int().positive(),
  quantity: z.coerce.number().int().min(1).max(50),
  memberId: z.string().cuid().optional(),
});

// ok: missing-auth, missing-input-validation
export async function recordSale(studioId: string, _prev: unknown, formData: FormData) {
  const staff = await requireStaff(studioId, DESK);
  const sale = saleSchema.parse(Object.fromEntries(formData));
  const [products] = await posPool.execute<RowDataPacket[]>(
    "SELECT price_cents, stock FROM products WHERE id = ? AND studio_id = ?",
    [sale.productId, staff.studioId],
  );
  const product = products[0];
  if (!product || product.stock < sale.quantity) return { error: "Out of stock." };
  // ok: sql-injection
  const [res] = await posPool.execute<ResultSetHeader>("INSERT INTO sales (studio_id, product_id, quantity, amount_cents, member_id, staff_user_id) VALUES (?, ?, ?, ?, ?, ?)", [staff.studioId, sale.productId, sale.quantity, product.price_cents * sale.quantity, sale.memberId ?? null, staff.userId]);
  await posPool.execute("UPDATE products SET stock = stock - ? WHERE id = ? AND studio_id = ?", [sale.quantity, sale.productId, staff.studioId]);
  // ok: excessive-data-exposure
  return { saleId: res.insertId };
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function refundSale(studioId: string, saleId: string, reason: string) {
  const staff = await requireStaff(studioId, FINANCE);
  // ruleid: sql-injection
  await posPool.query(`UPDATE sales SET status = 'refunded', refund_reason = '${reason}', refunded_by = '${staff.userId}' WHERE id = ${saleId} AND studio_id = '${staff.studioId}'`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function adjustInventory(studioId: string, productId: unknown, delta: unknown) {
  const staff = await requireStaff(studioId, MANAGERS);
  if (typeof productId !== "number" || !Number.isInteger(productId)) throw new Error("Bad product");
  if (typeof delta !== "number" || !Number.isInteger(delta) || Math.abs(delta) > 1000) throw new Error("Bad delta");
  // ok: sql-injection, missing-authorization
  await posPool.execute("UPDATE products SET stock = stock + ? WHERE id = ? AND studio_id = ?", [delta, productId, staff.studioId]);
  return { ok: true };
}

const PRODUCT_SORT: Record<string, string> = { name: "name", price: "price_cents", stock: "stock" };

// ok: missing-auth, missing-input-validation
export async function searchProducts(studioId: string, q: string, sort: string) {
  const staff = await requireStaff(studioId, DESK);
  const term = z.string().max(60).parse(q);
  const orderBy = PRODUCT_SORT[sort] ?? "name";
  // ok: sql-injection
  const [rows] = await posPool.query<RowDataPacket[]>(`SELECT id, name, price_cents, stock FROM products WHERE studio_id = ? AND name LIKE ? ORDER BY ${orderBy} LIMIT 50`, [staff.studioId, `%${term}%`]);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id as number, name: r.name as string, priceCents: r.price_cents as number, stock: r.stock as number }));
}

// ok: missing-auth, missing-input-validation
export async function dailySales(studioId: string, day: string) {
  const staff = await requireStaff(studioId, FINANCE);
  const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).parse(day);
  const [rows] = await posPool.query<RowDataPacket[]>("SELECT * FROM sales WHERE studio_id = ? AND DATE(created_at) = ?", [staff.studioId, date]);
  // ruleid: excessive-data-exposure
  return rows;
}
