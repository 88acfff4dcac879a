import { z } from "zod";
import { requireUser, type SessionUser } from "@/lib/auth";

export type ActionState = { error?: string; success?: string };

/** Parses the FormData with `schema` and authenticates (requireUser redirects) before calling `action`. */
export function validatedActionWithUser<S extends z.ZodTypeAny, T>(
  schema: S,
  action: (data: z.infer<S>, formData: FormData, user: SessionUser) => Promise<T>,
) {
  return async (_prev: ActionState, formData: FormData) => {
    const user = await requireUser();
    const result = schema.safeParse(Object.fromEntries(formData));
    if (!result.success) return { error: result.error.errors[0]?.message ?? "Invalid input" } as ActionState;
    return action(result.data, formData, user);
  };
}

/** Validation only: for public forms. */
export function validatedAction<S extends z.ZodTypeAny, T>(schema: S, action: (data: z.infer<S>, formData: FormData) => Promise<T>) {
  return async (_prev: ActionState, formData: FormData) => {
    const result = schema.safeParse(Object.fromEntries(formData));
    if (!result.success) return { error: "Invalid input" } as ActionState;
    return action(result.data, formData);
  };
}
