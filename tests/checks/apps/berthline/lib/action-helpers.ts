import { z } from "zod";
import { verifySession } from "@/lib/dal";

type ActionState = { error?: string; success?: string };

export function validatedActionWithUser<S extends z.ZodTypeAny, T>(
  schema: S,
  fn: (data: z.infer<S>, formData: FormData, user: { userId: string; role: string }) => Promise<T>,
) {
  return async (_prev: ActionState, formData: FormData) => {
    const user = await verifySession();
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: parsed.error.errors[0]?.message ?? "Invalid input" };
    return fn(parsed.data, formData, user);
  };
}

export function validatedAction<S extends z.ZodTypeAny, T>(schema: S, fn: (data: z.infer<S>, formData: FormData) => Promise<T>) {
  return async (_prev: ActionState, formData: FormData) => {
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: parsed.error.errors[0]?.message ?? "Invalid input" };
    return fn(parsed.data, formData);
  };
}
