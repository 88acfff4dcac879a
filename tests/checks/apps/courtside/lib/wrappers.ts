import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { clubMembers } from "@/db/schema";
import { requireUser } from "@/lib/session";
import type { SessionUser } from "@/lib/auth";

export type ClubCtx = { user: SessionUser; clubId: string; role: string };

/** Every club-scoped form posts a hidden clubId; membership is checked here. */
export function withClub<T>(fn: (formData: FormData, ctx: ClubCtx) => Promise<T>) {
  return async (formData: FormData) => {
    const user = await requireUser();
    const clubId = formData.get("clubId");
    if (typeof clubId !== "string" || !z.string().uuid().safeParse(clubId).success) throw new Error("Bad club");
    const membership = await db.query.clubMembers.findFirst({
      where: and(eq(clubMembers.clubId, clubId), eq(clubMembers.userId, user.id)),
    });
    if (!membership) throw new Error("Forbidden");
    return fn(formData, { user, clubId, role: membership.role });
  };
}

export type ActionState = { error?: string; success?: string };

export function validatedActionWithUser<S extends z.ZodTypeAny, T>(
  schema: S,
  fn: (data: z.infer<S>, formData: FormData, user: SessionUser) => Promise<T>,
) {
  return async (_prev: ActionState, formData: FormData) => {
    const user = await requireUser();
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: parsed.error.errors[0]?.message ?? "Invalid input" } as ActionState;
    return fn(parsed.data, formData, user);
  };
}

/** Validation only — no session. Used by the public sign-up / contact forms. */
export function validatedAction<S extends z.ZodTypeAny, T>(schema: S, fn: (data: z.infer<S>, formData: FormData) => Promise<T>) {
  return async (_prev: ActionState, formData: FormData) => {
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: "Invalid input" } as ActionState;
    return fn(parsed.data, formData);
  };
}
