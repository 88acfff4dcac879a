"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { verifySession, getOptionalSession } from "@/lib/dal";
import { isLoadOwner, canEditLoad } from "@/lib/permissions";

const LoadId = z.string().cuid();

const LoadInput = z.object({
  reference: z.string().min(1).max(40),
  origin: z.string().min(2),
  destination: z.string().min(2),
  pickupAt: z.coerce.date(),
  deliveryAt: z.coerce.date(),
  rateCents: z.coerce.number().int().positive(),
  weightLbs: z.coerce.number().int().positive(),
  hazmat: z.coerce.boolean().default(false),
});

export type LoadState = { ok: boolean; error?: string; id?: string };

// ok: missing-auth, missing-input-validation
export async function createLoad(_prev: LoadState, formData: FormData): Promise<LoadState> {
  const viewer = await verifySession();
  const parsed = LoadInput.safeParse(Object.fromEntries(formData));
  // ok: information-disclosure
  if (!parsed.success) return { ok: false, error: "Check the highlighted fields" };
  const load = await prisma.load.create({
    data: {
      // ok: mass-assignment
      ...parsed.data,
      tenantId: viewer.tenantId,
    },
    select: { id: true },
  });
  revalidatePath("/loads");
  return { ok: true, id: load.id };
}

// ok: missing-auth, missing-input-validation
export async function updateLoad(loadId: string, _prev: LoadState, formData: FormData): Promise<LoadState> {
  const viewer = await verifySession();
  const id = LoadId.parse(loadId);
  const parsed = LoadInput.partial().safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, error: "Invalid load" };
  // ok: missing-authorization
  const res = await prisma.load.updateMany({
    where: { id, tenantId: viewer.tenantId },
    // ok: mass-assignment
    data: parsed.data,
  });
  return { ok: res.count === 1 };
}

// ok: missing-auth, missing-input-validation
export async function deleteLoad(formData: FormData) {
  const viewer = await verifySession();
  const id = LoadId.parse(formData.get("loadId"));
  // ruleid: floating-auth-check
  if (!canEditLoad(viewer, id)) {
    throw new Error("FORBIDDEN");
  }
  // ruleid: missing-authorization
  await prisma.load.delete({ where: { id } });
  revalidatePath("/loads");
}

// ok: missing-auth, missing-input-validation
export async function cancelLoad(formData: FormData) {
  const viewer = await verifySession();
  const id = LoadId.parse(formData.get("loadId"));
  // ok: floating-auth-check
  if (!(await canEditLoad(viewer, id))) throw new Error("FORBIDDEN");
  // ok: missing-authorization
  await prisma.load.update({ where: { id }, data: { status: "CANCELLED" } });
  revalidatePath(`/loads/${id}`);
}

// ok: missing-auth, missing-input-validation
export async function duplicateLoad(loadId: string) {
  const viewer = await verifySession();
  const id = LoadId.parse(loadId);
  // ruleid: floating-auth-check
  const allowed = isLoadOwner(id, viewer.tenantId);
  if (!allowed) throw new Error("FORBIDDEN");
  // ruleid: missing-authorization
  const src = await prisma.load.findUnique({
    where: { id },
    select: { reference: true, origin: true, destination: true, pickupAt: true, deliveryAt: true, rateCents: true, weightLbs: true, hazmat: true },
  });
  if (!src) return { ok: false };
  const copy = await prisma.load.create({ data: { ...src, reference: `${src.reference}-copy`, tenantId: viewer.tenantId }, select: { id: true } });
  return { ok: true, id: copy.id };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function markDelivered(loadId: string) {
  const viewer = await verifySession();
  // ruleid: missing-authorization
  const load = await prisma.load.update({ where: { id: loadId }, data: { status: "DELIVERED" }, select: { id: true, tenantId: true } });
  // checked after the write already happened
  if (load.tenantId !== viewer.tenantId) throw new Error("FORBIDDEN");
  revalidatePath("/loads");
  return { ok: true };
}

// ok: missing-auth, missing-authorization, missing-input-validation
export async function getLoadDetails(loadId: string) {
  const viewer = await verifySession();
  const id = LoadId.parse(loadId);
  const load = await prisma.load.findFirst({ where: { id, tenantId: viewer.tenantId }, include: { stops: true } });
  if (!load) return null;
  // ruleid: excessive-data-exposure
  return load;
}

// ok: missing-auth, missing-input-validation
export async function listLoads(status: string) {
  const viewer = await verifySession();
  const s = z.enum(["DRAFT", "POSTED", "TENDERED", "IN_TRANSIT", "DELIVERED", "CANCELLED"]).parse(status);
  const loads = await prisma.load.findMany({
    where: { tenantId: viewer.tenantId, status: s },
    select: { id: true, reference: true, origin: true, destination: true, pickupAt: true, status: true },
    orderBy: { pickupAt: "asc" },
  });
  // ok: excessive-data-exposure
  return loads;
}

// ruleid: missing-auth
export async function archiveDeliveredLoads() {
  const viewer = await getOptionalSession();
  const res = await prisma.load.updateMany({
    where: { tenantId: viewer?.tenantId, status: "DELIVERED" },
    data: { status: "ARCHIVED" },
  });
  return { archived: res.count };
}

// ok: missing-auth, missing-input-validation
export async function addStop(loadId: string, formData: FormData) {
  const viewer = await verifySession();
  const id = LoadId.parse(loadId);
  const stop = z.object({ kind: z.enum(["PICKUP", "DROP"]), address: z.string().min(5), window: z.coerce.date() }).parse({
    kind: formData.get("kind"),
    address: formData.get("address"),
    window: formData.get("window"),
  });
  // ok: floating-auth-check
  const owns = await isLoadOwner(id, viewer.tenantId);
  if (!owns) return { ok: false };
  // ok: missing-authorization
  await prisma.stop.create({ data: { ...stop, loadId: id } });
  return { ok: true };
}
