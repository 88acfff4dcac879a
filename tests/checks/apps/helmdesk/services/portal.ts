import { headers } from "next/headers";
import { portalAuth } from "@/lib/auth/better-auth";

export async function requireCustomerOrNull() {
  const session = await portalAuth.api.getSession({ headers: await headers() });
  return session?.user ?? null;
}
