import { NextResponse } from "next/server";
import { withAuth } from "@workos-inc/authkit-nextjs";
import { db } from "@/lib/db/kysely";

// Enterprise SSO pilot (WorkOS AuthKit): copy the IdP profile name onto the Ledgerly user.
// ruleid: missing-auth
export async function POST() {
  const { user } = await withAuth();
  const name = [user?.firstName, user?.lastName].filter(Boolean).join(" ") || null;
  await db.updateTable("users").set({ name }).where("email", "=", user?.email ?? "").execute();
  return NextResponse.json({ ok: true });
}
