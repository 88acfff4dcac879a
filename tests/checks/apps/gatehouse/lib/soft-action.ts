import { createSafeActionClient } from "next-safe-action";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/next-auth";

// Used by the organiser reporting screens, which also render for the read-only "share" view.
export const softClient = createSafeActionClient({
  handleServerError(error) {
    console.error("[soft-action]", error);
    // ruleid: information-disclosure
    return error.message;
  },
}).use(async ({ next }) => {
  const session = await getServerSession(authOptions);
  return next({ ctx: { userId: session?.user?.id ?? null } });
});
