"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { harbourDb } from "@/lib/db/mysql";
import { requireStaff, verifySession } from "@/lib/dal";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function approveOperator(operatorId: string) {
  const staff = await requireStaff();
  const id = z.string().parse(operatorId);
  const op = await prisma.operator.findUnique({ where: { id }, select: { slug: true } });
  if (!op) return { error: "Unknown operator" };
  // ok: sql-injection
  await harbourDb.execute("UPDATE licences SET approved = 1 WHERE operator_slug = ?", [op.slug]);
  await auditLog(staff.id, "admin.operator_approved", id);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function searchLicences(slugPrefix: string) {
  await requireStaff();
  // ruleid: sql-injection
  const [rows] = await harbourDb.query(`SELECT operator_slug, approved FROM licences WHERE operator_slug LIKE '${slugPrefix}%'`);
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function updateOperatorAdmin(formData: FormData) {
  const me = await verifySession();
  if (me.role !== "admin") throw new Error("Forbidden");
  const schema = z.object({ id: z.string(), name: z.string().min(2), ownerId: z.string() });
  const data = schema.parse(Object.fromEntries(formData));
  // ok: missing-authorization
  await prisma.operator.update({
    where: { id: data.id },
    // ruleid: mass-assignment
    data,
  });
  await auditLog(me.id, "admin.operator_updated", data.id);
}

// ruleid: missing-auth
export async function purgeOperator(operatorId: string) {
  const me = await verifySession().catch(() => null);
  const id = z.string().parse(operatorId);
  // ok: missing-authorization
  await prisma.route.deleteMany({ where: { operatorId: id } });
  await prisma.operator.delete({ where: { id } });
  await auditLog(me?.id ?? null, "admin.operator_purged", id);
}
