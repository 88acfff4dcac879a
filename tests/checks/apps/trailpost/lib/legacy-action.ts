import { createSafeActionClient } from "next-safe-action";
import { auth } from "@/auth";

// Old client from the first partner-portal prototype. The middleware only *reads* the
// session and passes it along; it never rejects anonymous callers.
export const portalActionClient = createSafeActionClient({
  handleServerError(e) {
    // why: every server error's raw message (Prisma errors included) is returned to the caller
    // ruleid: information-disclosure
    return e.message;
  },
}).use(async ({ next }) => {
  const session = await auth();
  return next({ ctx: { userId: session?.user?.id } });
});
