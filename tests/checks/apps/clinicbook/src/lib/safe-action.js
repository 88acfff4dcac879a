import { createSafeActionClient } from "next-safe-action";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";

export const actionClient = createSafeActionClient({
  handleServerError(e) {
    console.error(e);
    // ruleid: information-disclosure
    return e.message;
  },
});

export const authAction = actionClient.use(async ({ next }) => {
  const session = await getServerSession(authOptions);
  if (!session?.user) {
    throw new Error("Not signed in");
  }
  return next({ ctx: { user: session.user } });
});
