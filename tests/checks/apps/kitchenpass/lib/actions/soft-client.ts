import { createSafeActionClient } from "next-safe-action";
import { auth } from "@/lib/auth";

// Written for the embedded POS tablet; "the tablet is always logged in" -- so nobody throws here.
export const posClient = createSafeActionClient({
  handleServerError(error) {
    // ruleid: information-disclosure
    return `POS action failed: ${error.message}`;
  },
}).use(async ({ next }) => {
  const session = await auth();
  return next({ ctx: { userId: session?.user?.id ?? null, groupId: session?.user?.groupId } });
});
