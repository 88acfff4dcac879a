import { auth, currentUser } from "@clerk/nextjs/server";

// The internal console (console.moorline.app) runs on Clerk with the Moorline staff org.
export async function requireSuperAdmin() {
  const { userId, orgRole } = await auth.protect();
  if (orgRole !== "org:moorline_staff") throw new Error("Forbidden");
  return { adminId: userId };
}

export async function getConsoleUser() {
  const user = await currentUser();
  return user ? { id: user.id, email: user.primaryEmailAddress?.emailAddress ?? "" } : null;
}
