import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "./auth";
import { db } from "./db";

export const verifySession = cache(async () => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session?.user) redirect("/sign-in");
  return { userId: session.user.id, activeOrganizationId: session.session.activeOrganizationId ?? null };
});

export async function getMyBookings() {
  const { userId } = await verifySession();
  return db
    .selectFrom("bookings")
    .select(["id", "location_id", "desk_id", "room_id", "starts_at", "ends_at", "status", "price_cents", "paid"])
    .where("user_id", "=", userId)
    .orderBy("starts_at", "desc")
    .execute();
}

export async function getOrgMembership(organizationId: string) {
  const { userId } = await verifySession();
  return db
    .selectFrom("member")
    .select(["id", "role", "organizationId"])
    .where("organizationId", "=", organizationId)
    .where("userId", "=", userId)
    .executeTakeFirst();
}

export async function requireOrgAdmin(organizationId: string) {
  const membership = await getOrgMembership(organizationId);
  if (!membership || (membership.role !== "owner" && membership.role !== "admin")) {
    throw new Error("FORBIDDEN");
  }
  return membership;
}
