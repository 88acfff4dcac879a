import { NextResponse } from "next/server";
import { auth, clerkClient } from "@clerk/nextjs/server";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { db, brokerProfiles } from "@/lib/db";
import { logEvent } from "@/lib/audit";

// Accepting an invitation: the signed-in user joins the inviting importer.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { importerId, licenseNumber } = z.object({ importerId: z.string().startsWith("org_"), licenseNumber: z.string().min(4).max(30) }).parse(await req.json());
  const clerk = await clerkClient();
  const { data } = await clerk.users.getOrganizationMembershipList({ userId });
  if (!data.some((m) => m.organization.id === importerId)) return NextResponse.json({ error: "not a member" }, { status: 403 });
  // ok: missing-authorization, mass-assignment
  await db.insert(brokerProfiles).values({ userId, importerId, licenseNumber }).onConflictDoNothing();
  await logEvent({ importerId, actorId: userId, action: "member.joined" });
  const profile = await db.query.brokerProfiles.findFirst({ where: eq(brokerProfiles.userId, userId), columns: { importerId: true } });
  // ok: excessive-data-exposure
  return NextResponse.json({ importerId: profile?.importerId });
}
