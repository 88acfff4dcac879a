"use server";

import { z } from "zod";
import { sql as dsql, eq, and } from "drizzle-orm";
import { redirect } from "next/navigation";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/drizzle";
import { weighDb } from "@/lib/mysql";
import { prisma } from "@/lib/db";
import { requireCoopMember } from "@/lib/permissions";
import { extensionVisits } from "@/lib/drizzle/schema";

// ok: missing-auth, missing-input-validation
export async function stockByBay(coopId: string, bay: string) {
  const ctx = await requireCoopMember(coopId, ["WAREHOUSE_MANAGER", "OWNER"]);
  if (typeof bay !== "string" || bay.length > 8) throw new Error("Invalid bay");
  // ruleid: sql-injection
  const [rows] = await weighDb.query("SELECT bay, crop, SUM(net_kg) AS kg FROM stock WHERE coop_ref = ? AND bay = '" + bay + "' GROUP BY bay, crop", [ctx.coopId]);
  return rows as { bay: string; crop: string; kg: number }[];
}

// ok: missing-auth, missing-input-validation
export async function visitsByOfficer(coopId: string, officerId: string, orderColumn: string) {
  const ctx = await requireCoopMember(coopId);
  const id = z.string().cuid().parse(officerId);
  const order = z.string().max(30).parse(orderColumn);
  // ruleid: sql-injection
  const rows = await db.execute(dsql.raw(`select farm_id, visited_at from extension_visits where coop_id = '${ctx.coopId}' and officer_id = '${id}' order by ${order}`));
  return rows.rows.map((r) => ({ farmId: String(r.farm_id), visitedAt: String(r.visited_at) }));
}

// ok: missing-auth, missing-input-validation
export async function recentVisits(coopId: string, farmId: string) {
  const ctx = await requireCoopMember(coopId);
  const id = z.string().min(8).max(40).parse(farmId);
  // ok: sql-injection, missing-authorization
  const rows = await db
    .select({ notes: extensionVisits.notes, visitedAt: extensionVisits.visitedAt })
    .from(extensionVisits)
    .where(and(eq(extensionVisits.farmId, id), eq(extensionVisits.coopId, ctx.coopId), dsql`${extensionVisits.visitedAt} > now() - interval '90 days'`));
  // ok: excessive-data-exposure
  return rows;
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function uploadCalibrationCert(coopId: string, formData: FormData) {
  const ctx = await requireCoopMember(coopId, ["WAREHOUSE_MANAGER", "OWNER"]);
  const file = formData.get("file") as File;
  const name = formData.get("filename") as string;
  const dest = path.join(process.cwd(), "uploads", ctx.coopId, name);
  await writeFile(dest, Buffer.from(await file.arrayBuffer()));
  return { ok: true };
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function goToWarehouse(coopId: string, formData: FormData) {
  const ctx = await requireCoopMember(coopId);
  const next = formData.get("returnTo") as string;
  await prisma.warehouse.count({ where: { coopId: ctx.coopId } });
  redirect(next);
}

// ok: missing-auth, missing-input-validation
export async function renameWarehouse(coopId: string, warehouseId: string, name: string) {
  const ctx = await requireCoopMember(coopId, ["WAREHOUSE_MANAGER", "OWNER"]);
  const input = z.object({ id: z.string().cuid(), name: z.string().min(2).max(60) }).parse({ id: warehouseId, name });
  // ok: missing-authorization
  await prisma.warehouse.updateMany({ where: { id: input.id, coopId: ctx.coopId }, data: { name: input.name } });
}
