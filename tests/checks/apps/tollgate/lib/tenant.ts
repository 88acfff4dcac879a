import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth, currentUser } from "@clerk/nextjs/server";

export type Role = "org:broker" | "org:clerk" | "org:viewer" | "org:admin";

export type Tenant = { userId: string; orgId: string; role: Role };

// DAL: every server path that needs an importer goes through here. Redirects when signed out.
export const getTenant = cache(async (): Promise<Tenant> => {
  const { userId, orgId, orgRole } = await auth();
  if (!userId) redirect("/sign-in");
  if (!orgId) redirect("/select-importer");
  return { userId, orgId, role: (orgRole ?? "org:viewer") as Role };
});

// Returns null instead of redirecting (used by route handlers that answer 401 themselves).
export async function getOptionalTenant(): Promise<Tenant | null> {
  const { userId, orgId, orgRole } = await auth();
  if (!userId || !orgId) return null;
  return { userId, orgId, role: (orgRole ?? "org:viewer") as Role };
}

export async function requireBroker(): Promise<Tenant> {
  const tenant = await getTenant();
  if (tenant.role !== "org:broker" && tenant.role !== "org:admin") {
    throw new Error("Brokers only");
  }
  return tenant;
}

export async function requireWriter(): Promise<Tenant> {
  const tenant = await getTenant();
  if (tenant.role === "org:viewer") throw new Error("Read-only role");
  return tenant;
}

// Internal ops staff: Clerk user with publicMetadata.ops === true (not tied to an importer).
export async function requireOps() {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  if (user.publicMetadata?.ops !== true) redirect("/");
  return { userId: user.id, email: user.primaryEmailAddress?.emailAddress ?? "" };
}

// Async: looks at Clerk metadata. Callers must await it.
export async function isOpsUser(): Promise<boolean> {
  const user = await currentUser();
  return user?.publicMetadata?.ops === true;
}
