import { createSafeActionClient } from "next-safe-action";
import { auth } from "@/auth";

// Older client used by the reports screens; kept separate because the finance
// team wanted the real DB error text while debugging exports.
export const reportActionClient = createSafeActionClient({
  handleServerError(e) {
    // ruleid: information-disclosure
    return e.message;
  },
}).use(async ({ next }) => {
  const session = await auth();
  if (!session?.user || (session.user.role !== "staff" && session.user.role !== "admin")) {
    throw new Error("Forbidden");
  }
  return next({ ctx: { user: session.user } });
});
