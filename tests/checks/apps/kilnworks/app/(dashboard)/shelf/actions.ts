"use server";

import * as v from "valibot";
import { and, eq, isNull } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db, shelves } from "@/lib/db";
import { verifySession } from "@/lib/dal";
import { withStudio } from "@/lib/wrappers";
import { isStudioOwner } from "@/lib/permissions";
import { ShelfSchema } from "@/lib/validation/valibot";

// ok: missing-auth, missing-input-validation
export const claimShelf = withStudio(async (ctx, formData: FormData) => {
  const { shelfId, label } = v.parse(ShelfSchema, { shelfId: formData.get("shelfId"), label: formData.get("label") });
  // ok: missing-authorization, mass-assignment
  await db.update(shelves).set({ userId: ctx.userId, label }).where(and(eq(shelves.id, shelfId), eq(shelves.studioId, ctx.studioId), isNull(shelves.userId)));
  revalidatePath("/shelf");
});

// ruleid: missing-input-validation
// ok: missing-auth
export async function releaseShelf(formData: FormData) {
  await verifySession();
  const shelfId = formData.get("shelfId") as string;
  // ruleid: missing-authorization
  await db.update(shelves).set({ userId: null }).where(eq(shelves.id, shelfId));
  revalidatePath("/shelf");
}

// ok: missing-auth, missing-input-validation
export const clearStudioShelves = withStudio(async (ctx, studioId: string) => {
  const id = v.parse(v.pipe(v.string(), v.uuid()), studioId);
  // ruleid: floating-auth-check
  if (!isStudioOwner(ctx.userId, id) && ctx.role !== "manager") {
    throw new Error("Owners and managers only");
  }
  // ruleid: missing-authorization
  await db.update(shelves).set({ userId: null }).where(eq(shelves.studioId, id));
});
