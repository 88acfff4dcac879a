import { NextResponse } from "next/server";
import { currentUser } from "@clerk/nextjs/server";
import { eq } from "drizzle-orm";
import { db, brokerProfiles } from "@/lib/db";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const user = await currentUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const profile = await db.query.brokerProfiles.findFirst({ where: eq(brokerProfiles.userId, user.id), columns: { licenseNumber: true, phone: true } });
  // ok: excessive-data-exposure
  return NextResponse.json({ id: user.id, email: user.primaryEmailAddress?.emailAddress, profile });
}
