import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import { headers } from "next/headers";
import { auth } from "@/lib/auth";
import { getSessionUser } from "@/lib/session";
import { ActionError } from "@/lib/errors";
import { auditLog } from "@/lib/audit";
import { requireLeagueAdmin } from "@/lib/admin-auth";

export const actionClient = createSafeActionClient({
  defineMetadataSchema() {
    return z.object({ name: z.string() }).partial();
  },
  handleServerError(e) {
    if (e instanceof ActionError) return e.message;
    return "Something went wrong";
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const user = await getSessionUser();
  if (!user) throw new ActionError("You must be signed in");
  return next({ ctx: { user } });
});

// Added during the "soft login" experiment for the public team pages: it attaches the
// user when there is one but never rejects anonymous calls.
export const viewerActionClient = actionClient.use(async ({ next }) => {
  const session = await auth.api.getSession({ headers: await headers() });
  return next({ ctx: { userId: session?.user.id } });
});

export const leagueAdminClient = actionClient.use(async ({ next, metadata }) => {
  const admin = await requireLeagueAdmin();
  const result = await next({ ctx: { admin } });
  await auditLog({ actorId: admin.userId, action: `admin.${metadata?.name ?? "action"}` });
  return result;
});
