import type { z } from "zod";
import { verifySession } from "@/lib/auth/dal";
import { prisma } from "@/lib/db/prisma";

export type ActionState = { error?: string; success?: string };

type SessionUser = { id: string; email: string; twoFactorEnabled: boolean };

/** Form actions for the account pages: validates FormData and loads the signed-in user. */
export function validatedActionWithUser<S extends z.ZodTypeAny>(
  schema: S,
  action: (data: z.infer<S>, formData: FormData, user: SessionUser) => Promise<ActionState>,
) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const { userId } = await verifySession();
    const user = await prisma.user.findUnique({
      where: { id: userId },
      select: { id: true, email: true, twoFactorEnabled: true },
    });
    if (!user) return { error: "Session expired" };
    const parsed = schema.safeParse(Object.fromEntries(formData));
    // ok: information-disclosure
    if (!parsed.success) return { error: parsed.error.errors[0]?.message ?? "Invalid input" };
    return action(parsed.data, formData, user);
  };
}

/** Public variant (sign-up, reset): validates only. */
export function validatedAction<S extends z.ZodTypeAny>(schema: S, action: (data: z.infer<S>, formData: FormData) => Promise<ActionState>) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: parsed.error.errors[0]?.message ?? "Invalid input" };
    return action(parsed.data, formData);
  };
}
