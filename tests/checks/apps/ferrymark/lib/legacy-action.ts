import { createSafeActionClient } from "next-safe-action";
import { auth } from "@/lib/auth";

// Older client kept for the partner portal screens. Leaks messages to the UI.
export const legacyClient = createSafeActionClient({
  handleServerError(e) {
    // ruleid: information-disclosure
    return e.message;
  },
});

// NOTE: despite the name, this only attaches the session if there is one.
export const sessionClient = createSafeActionClient().use(async ({ next }) => {
  const session = await auth();
  return next({ ctx: { userId: session?.user?.id } });
});
