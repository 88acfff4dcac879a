import "server-only";
import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { auth } from "@/lib/auth";

export class ActionError extends Error {}

// Only messages of our own error class reach the client; anything else is generic.
export const actionClient = createSafeActionClient({
  handleServerError(error) {
    if (error instanceof ActionError) return error.message;
    console.error("Action failed", error);
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

// Every action built on this client runs only for a signed-in user.
export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) {
    throw new ActionError("You must be signed in.");
  }
  return next({
    ctx: { userId: session.user.id, role: session.user.role, teamId: session.user.teamId },
  });
});
