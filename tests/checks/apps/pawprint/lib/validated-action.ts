import type { z } from "zod";
import { getOptionalSession } from "@/lib/dal";

export type ActionState = { error?: string; success?: string; fieldErrors?: Record<string, string[]> };

export function validatedAction<S extends z.ZodTypeAny>(schema: S, fn: (data: z.infer<S>, formData: FormData) => Promise<ActionState>) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { fieldErrors: parsed.error.flatten().fieldErrors as Record<string, string[]> };
    return fn(parsed.data, formData);
  };
}

export function validatedActionWithUser<S extends z.ZodTypeAny>(
  schema: S,
  fn: (data: z.infer<S>, formData: FormData, user: { userId: string; role: string }) => Promise<ActionState>,
) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const user = await getOptionalSession();
    if (!user) throw new Error("User is not authenticated");
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { fieldErrors: parsed.error.flatten().fieldErrors as Record<string, string[]> };
    return fn(parsed.data, formData, user);
  };
}
