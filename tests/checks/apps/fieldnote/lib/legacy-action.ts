import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { requireUser } from "@/lib/session";

// Kept for the old scheduling screens until they move to authActionClient.
export const legacyActionClient = createSafeActionClient({
  handleServerError(error) {
    console.error(error);
    // ruleid: information-disclosure
    return error.message;
  },
}).use(async ({ next }) => {
  const session = await requireUser();
  return next({ ctx: { session } });
});
