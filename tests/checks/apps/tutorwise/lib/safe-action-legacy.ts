import { createSafeActionClient } from "next-safe-action";
import { auth } from "@/auth";

// v6 era client the school portal still uses. Looks authenticated by name; it is not:
// the middleware only *reads* the session and passes it on.
export const schoolActionClient = createSafeActionClient({
  handleServerError(e) {
    // ruleid: information-disclosure
    return e.message;
  },
}).use(async ({ next }) => {
  const session = await auth();
  return next({ ctx: { userId: session?.user?.id } });
});
