"use server";

import { z } from "zod";
import path from "node:path";
import { writeFile, mkdir } from "node:fs/promises";
import { and, eq, desc } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db, schema } from "@/lib/db/drizzle";
import { prisma } from "@/lib/db/prisma";
import { requireRenter } from "@/lib/renter-session";
import { checkRateLimit } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/email";

const { maintenanceRequests } = schema;
const UPLOAD_ROOT = process.env.UPLOAD_ROOT ?? "/var/tenantry/uploads";

const raiseSchema = z.object({
  unitId: z.string().min(1),
  title: z.string().min(3).max(120),
  body: z.string().min(10).max(4000),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function raiseMaintenanceRequest(formData: FormData) {
  const renter = await requireRenter();
  const { success } = await checkRateLimit(`maint:${renter.renterId}`);
  if (!success) return { error: "You have raised a lot of requests recently." };
  const input = raiseSchema.parse({ unitId: formData.get("unitId"), title: formData.get("title"), body: formData.get("body") });

  // ok: missing-authorization
  const lease = await prisma.lease.findFirst({
    where: { unitId: input.unitId, renterId: renter.renterId, status: "active" },
    select: { id: true },
  });
  if (!lease) return { error: "You do not rent that unit." };

  const [row] = await db
    .insert(maintenanceRequests)
    .values({
      id: crypto.randomUUID(),
      agencyId: renter.agencyId,
      renterId: renter.renterId,
      // ok: mass-assignment
      ...input,
    })
    .returning({ id: maintenanceRequests.id });
  await sendEmail({ to: `maintenance+${renter.agencyId}@tenantry.app`, subject: `New request: ${input.title}`, html: input.body });
  revalidatePath("/renter/maintenance");
  return { id: row.id };
}

// ok: missing-auth
export async function listMyRequests() {
  const { renterId } = await requireRenter();
  const rows = await db.select().from(maintenanceRequests).where(eq(maintenanceRequests.renterId, renterId)).orderBy(desc(maintenanceRequests.createdAt));
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function getRequest(requestId: string) {
  const { renterId } = await requireRenter();
  const id = z.string().uuid().parse(requestId);
  // ok: missing-authorization
  const [row] = await db
    .select({ id: maintenanceRequests.id, title: maintenanceRequests.title, status: maintenanceRequests.status, body: maintenanceRequests.body })
    .from(maintenanceRequests)
    .where(and(eq(maintenanceRequests.id, id), eq(maintenanceRequests.renterId, renterId)));
  // ok: excessive-data-exposure
  return row ?? null;
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function updateRequest(formData: FormData) {
  await requireRenter();
  const id = z.string().uuid().parse(formData.get("id"));
  formData.delete("id");
  // ruleid: missing-authorization
  await db
    .update(maintenanceRequests)
    // ruleid: mass-assignment
    .set(Object.fromEntries(formData))
    .where(eq(maintenanceRequests.id, id));
  revalidatePath("/renter/maintenance");
}

// ok: missing-auth, missing-input-validation
export async function cancelRequest(requestId: string) {
  const { renterId } = await requireRenter();
  const id = z.string().uuid().parse(requestId);
  // ok: missing-authorization
  await db
    .update(maintenanceRequests)
    // ok: mass-assignment
    .set({ status: "cancelled" })
    .where(and(eq(maintenanceRequests.id, id), eq(maintenanceRequests.renterId, renterId)));
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function uploadRequestPhoto(formData: FormData) {
  const { renterId } = await requireRenter();
  const requestId = z.string().uuid().parse(formData.get("requestId"));
  const file = formData.get("photo") as File;
  const [owned] = await db
    .select({ id: maintenanceRequests.id, renterId: maintenanceRequests.renterId })
    .from(maintenanceRequests)
    .where(eq(maintenanceRequests.id, requestId));
  if (!owned || owned.renterId !== renterId) throw new Error("Not found");
  const dir = path.join(UPLOAD_ROOT, requestId);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, file.name), Buffer.from(await file.arrayBuffer()));
  return { ok: true };
}
