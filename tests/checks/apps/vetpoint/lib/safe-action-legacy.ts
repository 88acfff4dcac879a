import { createSafeActionClient } from "next-safe-action";
import { getKindeServerSession } from "@kinde-oss/kinde-auth-nextjs/server";

// Older client kept for the reminders screens. Its middleware only tags the context.
export const trackedClient = createSafeActionClient().use(async ({ next }) => {
  const { getUser } = getKindeServerSession();
  const user = await getUser();
  return next({ ctx: { userId: user?.id ?? null } });
});
