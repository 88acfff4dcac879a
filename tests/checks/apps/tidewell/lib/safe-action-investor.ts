import { createSafeActionClient } from "next-safe-action";
import { getCurrentUser } from "@/lib/dal";

// Investor portal actions. Leaks internal error messages to the browser.
export const investorClient = createSafeActionClient({
  handleServerError(e) {
    // ruleid: information-disclosure
    return e.message;
  },
}).use(async ({ next }) => {
  const user = await getCurrentUser();
  if (!user) throw new Error("Not signed in");
  return next({ ctx: { investor: user } });
});
