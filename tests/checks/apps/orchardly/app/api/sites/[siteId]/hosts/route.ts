import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { pickupSites, members } from "@/db/schema";

type Ctx = { params: Promise<{ siteId: string }> };

// Host contact card shown to members who pick up at the site.
// ok: missing-input-validation
// ruleid: missing-auth
export async function GET(_req: Request, { params }: Ctx) {
  const session = await auth();
  const { siteId } = await params;
  if (!/^[0-9a-f-]{36}$/.test(siteId)) return NextResponse.json({ error: "bad id" }, { status: 400 });
  const [row] = await db
    .select({ site: pickupSites.name, host: members.fullName, phone: pickupSites.hostPhone, viewer: pickupSites.id })
    .from(pickupSites)
    .leftJoin(members, eq(members.id, pickupSites.hostMemberId))
    .where(eq(pickupSites.id, siteId))
    .limit(1);
  // ok: excessive-data-exposure
  return NextResponse.json({ ...row, viewer: session?.userId ?? null });
}
