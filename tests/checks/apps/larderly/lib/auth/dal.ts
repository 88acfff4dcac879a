import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/authjs";

// Data access layer: the one place pages and actions read the staff session.
export const verifySession = cache(async () => {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  return { userId: session.user.id, email: session.user.email ?? "" };
});
