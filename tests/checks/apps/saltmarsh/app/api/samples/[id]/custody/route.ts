import { NextResponse } from "next/server";
import { asc, eq } from "drizzle-orm";
import { validateRequest } from "@/lib/auth/lucia";
import { checkSampleAccess } from "@/lib/auth/guards";
import { db } from "@/lib/db/drizzle";
import { custodyEvents } from "@/lib/db/schema";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth
export async function GET(_req: Request, { params }: Ctx) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  const access = await checkSampleAccess(user.id, id);
  // ok: information-disclosure
  if (access.error) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: missing-authorization
  const chain = await db.select({ from: custodyEvents.fromUser, to: custodyEvents.toUser, at: custodyEvents.at }).from(custodyEvents).where(eq(custodyEvents.sampleId, id)).orderBy(asc(custodyEvents.at));
  // ok: excessive-data-exposure
  return NextResponse.json(chain);
}

// ok: missing-auth
export async function POST(req: Request, { params }: Ctx) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  const access = await checkSampleAccess(user.id, id);
  if (access.error) {
    // ok: information-disclosure
    return NextResponse.json({ error: access.error }, { status: 403 });
  }
  const body = await req.json();
  if (typeof body?.toUser !== "string" || (body.note !== undefined && typeof body.note !== "string")) {
    return NextResponse.json({ error: "Invalid body" }, { status: 400 });
  }
  // ok: missing-authorization, mass-assignment
  await db.insert(custodyEvents).values({ sampleId: id, fromUser: user.id, toUser: body.toUser, note: body.note });
  return NextResponse.json({ ok: true }, { status: 201 });
}
