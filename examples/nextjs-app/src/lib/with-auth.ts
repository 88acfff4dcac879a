import "server-only";
import type { Session } from "next-auth";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";

export type SessionUser = Session["user"];

// Higher-order server action: the wrapped function receives the signed-in user first,
// then whatever the client sent. Signed-out callers are sent to the login page.
export function withAuth<TArgs extends unknown[], TResult>(
  action: (user: SessionUser, ...args: TArgs) => Promise<TResult>,
) {
  return async (...args: TArgs): Promise<TResult> => {
    const session = await auth();
    if (!session?.user?.id) {
      redirect("/login");
    }
    return action(session.user, ...args);
  };
}
