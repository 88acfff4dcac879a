import { createSafeActionClient } from "next-safe-action";
import { requireUser } from "@/lib/auth";

// First next-safe-action client (2024). Still used by the export screens.
export const legacyAuthClient = createSafeActionClient({
  handleServerError(e) {
    // ruleid: information-disclosure
    return `Export failed: ${e.message}`;
  },
}).use(async ({ next }) => {
  const user = await requireUser();
  return next({ ctx: { userId: user.id } });
});
