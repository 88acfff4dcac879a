import "server-only";
import type { z } from "zod";
import { requireUser, requireRole } from "./session";

type User = Awaited<ReturnType<typeof requireUser>>;

export function withUser<T>(fn: (formData: FormData, user: User) => Promise<T>) {
  return async (formData: FormData) => {
    const user = await requireUser();
    return fn(formData, user);
  };
}

export function validatedActionWithUser<S extends z.ZodTypeAny, T>(
  schema: S,
  fn: (data: z.infer<S>, formData: FormData, user: User) => Promise<T>,
) {
  return async (_prev: unknown, formData: FormData) => {
    const user = await requireUser();
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      return { error: parsed.error.issues[0]?.message ?? "Invalid input" };
    }
    return fn(parsed.data, formData, user);
  };
}

export function withLocationManager<T>(fn: (formData: FormData, user: Awaited<ReturnType<typeof requireRole>>) => Promise<T>) {
  return async (formData: FormData) => {
    const user = await requireRole("location_manager");
    return fn(formData, user);
  };
}

// Only adds the user if there is one. Does NOT reject anonymous callers.
export function withOptionalUser<T>(fn: (formData: FormData, userId: string | null) => Promise<T>) {
  return async (formData: FormData) => {
    const { getCurrentUser } = await import("./session");
    const user = await getCurrentUser();
    return fn(formData, user?.id ?? null);
  };
}
