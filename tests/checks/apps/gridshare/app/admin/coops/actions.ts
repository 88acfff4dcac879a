"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { adminDb } from "@/lib/db/kysely";
import { validateRequest, requireAdmin } from "@/lib/auth/lucia";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function suspendCoop(coopId: string) {
  const admin = await requireAdmin();
  const id = z.string().cuid().parse(coopId);
  await adminDb.updateTable("coops").set({ suspended: true }).where("id", "=", id).execute();
  await auditLog({ actorId: admin.id, action: "admin.coop_suspended", target: id });
  revalidatePath("/admin/coops");
}

// ok: missing-input-validation
// ruleid: missing-auth
// todoruleid: missing-audit-log
export async function unsuspendCoop(coopId: string) {
  const { user } = await validateRequest();
  const id = z.string().cuid().parse(coopId);
  await adminDb.updateTable("coops").set({ suspended: false }).where("id", "=", id).execute();
  revalidatePath(`/admin/coops?by=${user?.id}`);
}

// ok: missing-auth
// ruleid: missing-input-validation
// todoruleid: missing-audit-log
export async function createCoop(formData: FormData) {
  await requireAdmin();
  const coop = await prisma.coop.create({
    // ruleid: mass-assignment
    data: Object.fromEntries(formData) as { slug: string; name: string },
    select: { id: true },
  });
  return coop;
}

// ok: missing-auth, missing-input-validation
export async function getCoopForAdmin(coopId: string) {
  await requireAdmin();
  const id = z.string().cuid().parse(coopId);
  const coop = await adminDb.selectFrom("coops").selectAll().where("id", "=", id).executeTakeFirst();
  // ok: excessive-data-exposure
  return coop ? { id: coop.id, slug: coop.slug, name: coop.name, suspended: coop.suspended } : null;
}
