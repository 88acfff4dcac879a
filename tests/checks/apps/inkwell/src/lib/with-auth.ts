import "server-only";
import { redirect } from "next/navigation";
import { auth } from "~/auth";

export type SessionUser = { id: string; role: string; email?: string | null; name?: string | null };

// Wraps a server action: the handler only runs for a signed-in user.
export function withAuth<A extends unknown[], R>(handler: (user: SessionUser, ...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const session = await auth();
    if (!session?.user?.id) {
      redirect("/login");
    }
    return handler(session.user as SessionUser, ...args);
  };
}

// Like withAuth, but also lets visitors through (user is null then).
export function withViewer<A extends unknown[], R>(handler: (user: SessionUser | null, ...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const session = await auth();
    return handler((session?.user as SessionUser | undefined) ?? null, ...args);
  };
}
