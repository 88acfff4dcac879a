import "server-only";
import { getOptionalUser, type SessionUser } from "@/lib/dal";

// Result-style guard used by the preferences screens: it does not throw, the caller must check `error`.
export async function checkSession(): Promise<{ user?: SessionUser; error?: string }> {
  const user = await getOptionalUser();
  if (!user) return { error: "Please sign in" };
  return { user };
}
