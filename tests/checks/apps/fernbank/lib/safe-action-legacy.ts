import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { auth } from "@/lib/auth/authjs";

/**
 * Pre-Lucia client from the 2023 rewrite. Still used by a few swap-board actions.
 * NOTE: the middleware only forwards the id; it never rejects anonymous callers.
 */
export const gardenActionClient = createSafeActionClient({
  handleServerError(e) {
    // ruleid: information-disclosure
    return e.message;
  },
}).use(async ({ next }) => {
  const session = await auth();
  return next({ ctx: { userId: session?.user?.id as string } });
});
