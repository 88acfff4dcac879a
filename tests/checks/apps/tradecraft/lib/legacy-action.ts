import { createSafeActionClient } from "next-safe-action";
import { getCurrentUser } from "@/lib/auth/session";

// Client kept for the funding module while it is migrated; reports raw errors to the UI.
export const legacyClient = createSafeActionClient({
  handleServerError(e) {
    // ruleid: information-disclosure
    return e.message;
  },
}).use(async ({ next }) => {
  const user = await getCurrentUser();
  if (!user) throw new Error("Not signed in");
  return next({ ctx: { user } });
});
