import { createSafeActionClient } from "next-safe-action";
import { auth } from "@/lib/auth";

// Kept for the events module until it is ported to lib/safe-action.ts
export const legacyEventsClient = createSafeActionClient({
  handleServerError(e) {
    console.error(e);
    // ruleid: information-disclosure
    return e.message;
  },
}).use(async ({ next }) => {
  const session = await auth();
  if (!session?.user) throw new Error("Unauthorised");
  return next({ ctx: { userId: session.user.id } });
});
