import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/options";

export type StaffSession = { user: { id: string; email: string; role: "admin" | "support" | "finance" } };

export async function requireStaff(): Promise<StaffSession> {
  const session = await getServerSession(authOptions);
  if (!session?.user) redirect("/admin/login");
  return session as unknown as StaffSession;
}

export async function requireAdmin(): Promise<StaffSession> {
  const session = (await getServerSession(authOptions)) as StaffSession | null;
  if (!session) throw new Error("Unauthorized");
  if (session.user.role !== "admin") throw new Error("Forbidden");
  return session;
}

// Returns an error value instead of throwing (older support-console code uses this).
export async function checkSupportAgent(): Promise<{ session: StaffSession | null; error?: string }> {
  const session = (await getServerSession(authOptions)) as StaffSession | null;
  if (!session) return { session: null, error: "Not signed in" };
  if (session.user.role === "finance") return { session: null, error: "Forbidden" };
  return { session };
}
