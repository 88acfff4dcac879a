import { auth } from "@/auth";
import type { z } from "zod";

type User = { id: string; role: string };

// Plain-action wrapper: authenticates and validates FormData with a zod schema.
export function validatedActionWithUser<S extends z.ZodTypeAny, T>(
  schema: S,
  fn: (data: z.infer<S>, formData: FormData, user: User) => Promise<T>,
) {
  return async (_prev: unknown, formData: FormData) => {
    const session = await auth();
    if (!session?.user?.id) return { error: "Sign in first" } as T;
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Invalid input" } as T;
    return fn(parsed.data, formData, { id: session.user.id, role: session.user.role });
  };
}

// Only catches and logs; no auth, no validation.
export function withErrorBoundary<A extends unknown[], T>(fn: (...args: A) => Promise<T>) {
  return async (...args: A) => {
    try {
      return await fn(...args);
    } catch (e) {
      console.error(e);
      return { error: "Something went wrong" } as T;
    }
  };
}
