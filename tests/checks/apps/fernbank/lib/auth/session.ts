import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/authjs";

export type Member = { userId: string; email: string; platformRole: string };

/** DAL entry: every garden page and most actions start here. Redirects when signed out. */
export const requireMember = cache(async (): Promise<Member> => {
  const session = await auth();
  if (!session?.user?.id) redirect("/sign-in");
  return {
    userId: session.user.id,
    email: session.user.email ?? "",
    platformRole: (session.user as { role?: string }).role ?? "MEMBER",
  };
});

/** Does not redirect: returns null for visitors. Callers must check. */
export async function getOptionalMember() {
  const session = await auth();
  return session?.user ?? null;
}

export async function requirePlatformAdmin() {
  const member = await requireMember();
  if (member.platformRole !== "PLATFORM_ADMIN") redirect("/");
  return member;
}
