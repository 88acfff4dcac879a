"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { requireOwner, requireOwnerId } from "@/lib/auth/owner";
import { ownsBoat } from "@/lib/guards";
import { db, boats, maintenanceRequests } from "@/lib/db";
import { maintenanceSchema } from "@/lib/validators";
import { uploadPhoto } from "@/lib/storage";

const MAX_PHOTOS = 6;

// ok: missing-auth // todook: missing-input-validation -- a helper's storage keys through a .map callback are taken as client input
export async function fileMaintenanceRequest(_prev: unknown, formData: FormData) {
  const { owner } = await requireOwner();
  const parsed = maintenanceSchema.safeParse({
    boatId: formData.get("boatId"),
    title: formData.get("title"),
    description: formData.get("description"),
  });
  if (!parsed.success) return { errors: parsed.error.flatten().fieldErrors };
  const boat = await db.query.boats.findFirst({
    where: and(eq(boats.id, parsed.data.boatId), eq(boats.ownerId, owner.id)),
    columns: { id: true },
  });
  if (!boat) return { errors: { boatId: ["Unknown boat"] } };
  const id = randomUUID();
  const files = formData.getAll("photos").filter((f): f is File => f instanceof File && f.type.startsWith("image/")).slice(0, MAX_PHOTOS);
  const photoPaths = await Promise.all(files.map((f, i) => uploadPhoto(`${owner.id}/${id}/${i}.jpg`, f)));
  const marina = String(formData.get("marinaId") ?? "");
  if (!/^[a-z0-9]{24}$/.test(marina)) return { errors: { marinaId: ["Unknown marina"] } };
  // ok: mass-assignment, missing-authorization
  await db.insert(maintenanceRequests).values({ id, organizationId: marina, ownerId: owner.id, photoPaths, ...parsed.data });
  revalidatePath("/maintenance");
  return { ok: true, id };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function addPhoto(requestId: string, formData: FormData) {
  const ownerId = await requireOwnerId();
  const file = formData.get("photo") as File;
  // ok: missing-authorization
  const req = await db.query.maintenanceRequests.findFirst({ where: and(eq(maintenanceRequests.id, requestId), eq(maintenanceRequests.ownerId, ownerId)), columns: { photoPaths: true } });
  if (!req) throw new Error("Not found");
  const path = await uploadPhoto(`${ownerId}/${requestId}/${file.name}`, file);
  // ok: missing-authorization
  await db.update(maintenanceRequests).set({ photoPaths: [...(req.photoPaths ?? []), path] }).where(eq(maintenanceRequests.id, requestId));
}

// ok: missing-auth, missing-input-validation
export async function withdrawRequest(requestId: string) {
  const { owner } = await requireOwner();
  const id = z.string().uuid().parse(requestId);
  // ruleid: missing-authorization
  await db.delete(maintenanceRequests).where(eq(maintenanceRequests.id, id));
  return { ok: true, owner: owner.id };
}

// ok: missing-auth, missing-input-validation
export async function myRequest(requestId: string) {
  const ownerId = await requireOwnerId();
  const id = z.string().uuid().parse(requestId);
  // ok: missing-authorization
  const row = await db.query.maintenanceRequests.findFirst({ where: and(eq(maintenanceRequests.id, id), eq(maintenanceRequests.ownerId, ownerId)) });
  if (!row) return null;
  // ruleid: excessive-data-exposure
  return row;
}

// ok: missing-auth, missing-input-validation
export async function myRequestSummary(requestId: string) {
  const ownerId = await requireOwnerId();
  const id = z.string().uuid().parse(requestId);
  // ok: missing-authorization
  const row = await db.query.maintenanceRequests.findFirst({ where: and(eq(maintenanceRequests.id, id), eq(maintenanceRequests.ownerId, ownerId)) });
  if (!row) return null;
  // ok: excessive-data-exposure
  return { id: row.id, title: row.title, status: row.status, quoteCents: row.quoteCents };
}

// Owners accept a quote; the client sends the owner id "to save a lookup".
// ok: missing-auth, missing-input-validation
export async function acceptQuote(input: { requestId: string; ownerId: string }) {
  await requireOwner();
  const data = z.object({ requestId: z.string().uuid(), ownerId: z.string().uuid() }).parse(input);
  // ruleid: missing-authorization
  await db.update(maintenanceRequests).set({ status: "accepted" }).where(and(eq(maintenanceRequests.id, data.requestId), eq(maintenanceRequests.ownerId, data.ownerId)));
  return { ok: true };
}
