import { auth } from "@/lib/auth";

export type CurrentUser = { id: string; email: string };

/** Throws when there is no signed-in user. */
export async function getCurrentUser(): Promise<CurrentUser> {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not authenticated");
  return { id: session.user.id, email: session.user.email ?? "" };
}
