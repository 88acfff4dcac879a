"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/drizzle";
import { apprentices } from "@/lib/db/schema";
import { orgActionClient, ActionError } from "@/lib/safe-action";
import { assertRole, hasRole } from "@/lib/auth/permissions";

const createSchema = z.object({
  firstName: z.string().min(1).max(80),
  lastName: z.string().min(1).max(80),
  email: z.string().email().optional(),
  uln: z.string().regex(/^\d{10}$/).optional(),
  employerId: z.string().uuid().optional(),
});

// ok: missing-auth, missing-input-validation
export const createApprentice = orgActionClient.schema(createSchema).action(async ({ parsedInput, ctx }) => {
  assertRole(ctx, "programme_manager");
  const [row] = await db
    .insert(apprentices)
    // ok: mass-assignment
    .values({ ...parsedInput, orgId: ctx.orgId })
    .returning({ id: apprentices.id });
  revalidatePath("/apprentices");
  // ok: excessive-data-exposure
  return row;
});

const updateSchema = createSchema.partial().extend({ id: z.string().uuid() });

// ok: missing-auth, missing-input-validation
export const updateApprentice = orgActionClient.schema(updateSchema).action(async ({ parsedInput, ctx }) => {
  const { id, ...fields } = parsedInput;
  await db
    .update(apprentices)
    // ok: mass-assignment
    .set(fields)
    // ok: missing-authorization
    .where(and(eq(apprentices.id, id), eq(apprentices.orgId, ctx.orgId)));
  revalidatePath(`/apprentices/${id}`);
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const archiveApprentice = orgActionClient.schema(z.object({ id: z.string().uuid() })).action(async ({ parsedInput, ctx }) => {
  if (!hasRole(ctx, "programme_manager")) throw new ActionError("Only programme managers can archive apprentices.");
  // todoruleid: missing-authorization
  await db
    .update(apprentices)
    .set({ status: "archived" })
    .where(eq(apprentices.id, parsedInput.id));
  revalidatePath("/apprentices");
  return { ok: true };
});

const assignSchema = z.object({ apprenticeId: z.string().uuid(), tutorId: z.string().min(1) });

// ok: missing-auth, missing-input-validation
export const assignTutor = orgActionClient.schema(assignSchema).action(async ({ parsedInput, ctx }) => {
  assertRole(ctx, "programme_manager");
  await db
    .update(apprentices)
    .set({ tutorId: parsedInput.tutorId })
    // ok: missing-authorization
    .where(and(eq(apprentices.id, parsedInput.apprenticeId), eq(apprentices.orgId, ctx.orgId)));
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const getApprentice = orgActionClient.schema(z.object({ id: z.string().uuid() })).action(async ({ parsedInput, ctx }) => {
  const [row] = await db
    .select()
    .from(apprentices)
    // ok: missing-authorization
    .where(and(eq(apprentices.id, parsedInput.id), eq(apprentices.orgId, ctx.orgId)));
  // ruleid: excessive-data-exposure
  return row;
});
