import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { validateRequest } from "./lucia";

export const verifySession = cache(async () => {
  const { user, session } = await validateRequest();
  if (!user) redirect("/login");
  return { userId: user.id, role: user.role, sessionId: session.id };
});

/** Returns null for signed-out visitors (public pages use it to personalise). */
export const getCurrentUser = cache(async () => {
  const { user } = await validateRequest();
  return user;
});
