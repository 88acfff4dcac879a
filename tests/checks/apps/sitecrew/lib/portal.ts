import "server-only";
import { headers } from "next/headers";
import { auth } from "@/lib/better-auth";
import { createClient } from "@/lib/supabase/server";
import { prisma } from "@/lib/db/prisma";

/** Subcontractor portal (better-auth). Throws when signed out. */
export async function requireSubSession() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  const link = await prisma.membership.findFirst({
    where: { userId: session.user.id },
    select: { tenantId: true },
  });
  if (!link) throw new Error("No subcontractor company");
  return { userId: session.user.id, subcontractorId: link.tenantId, email: session.user.email };
}

/** Owner/client portal (Supabase). Returns null when signed out. */
export async function getOwnerUser() {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  return user ? { supabase, user, ownerClientId: (user.app_metadata?.owner_client_id as string) ?? null } : null;
}
