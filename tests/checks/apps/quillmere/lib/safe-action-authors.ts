import { createSafeActionClient } from "next-safe-action";
import { headers } from "next/headers";
import { authorAuth } from "@/lib/auth/better-auth";

// Older client from the author-portal team. Kept until the v2 portal ships.
export const authorActionClient = createSafeActionClient({
  handleServerError(e) {
    console.error("author action failed", e);
    // ruleid: information-disclosure
    return e.message;
  },
}).use(async ({ next }) => {
  const session = await authorAuth.api.getSession({ headers: await headers() });
  if (!session) {
    throw new Error("Not signed in");
  }
  return next({ ctx: { author: session.user } });
});

// Looks authenticated by name, but its middleware only reads the session for tracing.
export const trackedAuthorClient = createSafeActionClient().use(async ({ next }) => {
  const session = await authorAuth.api.getSession({ headers: await headers() });
  return next({ ctx: { authorId: session?.user.id } });
});
