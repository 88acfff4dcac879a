"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { withMarina, withMarinaRaw } from "@/lib/with-marina";
import { berthSchema, cuid } from "@/lib/validators/booking";
import { berthsOnPontoon } from "@/lib/data/berths";

// ok: missing-auth, missing-input-validation
export const createBerth = withMarina(berthSchema, "HARBOUR_MASTER", async (input, ctx) => {
  const berth = await prisma.berth.create({
    // ok: mass-assignment
    data: { ...input, marinaId: ctx.marinaId },
    select: { id: true },
  });
  revalidatePath(`/marinas/${ctx.marinaId}/berths`);
  return { id: berth.id };
});

const statusSchema = z.object({ marinaId: cuid, berthId: cuid, status: z.enum(["free", "occupied", "reserved", "maintenance"]) });

// ok: missing-auth, missing-input-validation
export const setBerthStatus = withMarina(statusSchema, "DOCK_HAND", async (input, ctx) => {
  await prisma.berth.updateMany({
    // ok: missing-authorization
    where: { id: input.berthId, marinaId: ctx.marinaId },
    data: { status: input.status },
  });
  return { ok: true };
});

const deleteSchema = z.object({ marinaId: cuid, berthId: cuid });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const deleteBerth = withMarina(deleteSchema, "HARBOUR_MASTER", async (input, ctx) => {
  const { count } = await prisma.berth.deleteMany({
    // ok: missing-authorization
    where: { id: input.berthId, marinaId: ctx.marinaId, status: "free" },
  });
  return { deleted: count };
});

/** Dock board "close pontoon" quick action. */
// ruleid: missing-input-validation
// ok: missing-auth
export const closePontoon = withMarinaRaw("DOCK_HAND", async (marinaId, formData, ctx) => {
  const pontoon = formData.get("pontoon") as string;
  const berths = await berthsOnPontoon(ctx.marinaId, pontoon);
  await prisma.berth.updateMany({
    // ok: missing-authorization
    where: { id: { in: berths.map((b) => b.id) }, marinaId: ctx.marinaId },
    data: { status: "maintenance" },
  });
  return { closed: berths.length };
});

// ok: missing-auth, missing-input-validation
export const updateBerthNotes = withMarinaRaw("DOCK_HAND", async (marinaId, formData, ctx) => {
  const berthId = cuid.parse(formData.get("berthId"));
  const notes = z.string().max(2000).parse(formData.get("notes"));
  await prisma.berth.updateMany({
    // ok: missing-authorization
    where: { id: berthId, marinaId: ctx.marinaId },
    // ok: mass-assignment
    data: { internalNotes: notes },
  });
  return { ok: true };
});
