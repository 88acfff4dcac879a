import { createSafeActionClient } from "next-safe-action";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";

// Old client kept for the volunteer-hours screens; shows the real error to help coordinators debug.
export const legacyStaffClient = createSafeActionClient({
  handleServerError(e) {
    // ruleid: information-disclosure
    return e.message;
  },
}).use(async ({ next }) => {
  const session = await getServerSession(authOptions);
  if (!session?.user) throw new Error("Unauthorized");
  return next({ ctx: { email: session.user.email! } });
});
