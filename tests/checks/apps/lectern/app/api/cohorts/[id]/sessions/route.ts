import { NextResponse } from "next/server";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { createRoute } from "@/lib/api/route-builder";
import { ddb } from "@/lib/db/drizzle";
import { liveSessions } from "@/lib/db/schema";
import { kdb } from "@/lib/db/kysely";

const NewSession = z.object({ topic: z.string().max(200), startsAt: z.string().datetime() });

async function cohortRole(cohortId: string, userId: string) {
  const row = await kdb.selectFrom("cohort_members").select("role").where("cohort_id", "=", cohortId).where("user_id", "=", userId).executeTakeFirst();
  return row?.role ?? null;
}

// ok: missing-auth, missing-input-validation
export const POST = createRoute({ auth: true, schema: NewSession }).handler(async ({ userId, body, params }) => {
  // ok: floating-auth-check
  const role = await cohortRole(params.id, userId!);
  if (role !== "instructor") return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const zoom = await fetch("https://api.zoom.us/v2/users/me/meetings", {
    method: "POST",
    headers: { authorization: `Bearer ${process.env.ZOOM_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ topic: body.topic, start_time: body.startsAt, type: 2 }),
  }).then((r) => r.json() as Promise<{ id: number; join_url: string; host_key?: string }>);
  await ddb.insert(liveSessions).values({ id: crypto.randomUUID(), cohortId: params.id, zoomMeetingId: String(zoom.id), joinUrl: zoom.join_url, hostKey: zoom.host_key ?? null, startsAt: new Date(body.startsAt) });
  // ok: excessive-data-exposure
  return NextResponse.json({ joinUrl: zoom.join_url }, { status: 201 });
});

// ok: missing-auth
export const GET = createRoute({ auth: true }).handler(async ({ userId, params }) => {
  const role = await cohortRole(params.id, userId!);
  if (!role) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const sessions = await ddb.select().from(liveSessions).where(eq(liveSessions.cohortId, params.id));
  // ruleid: excessive-data-exposure
  return NextResponse.json(sessions);
});

// Clears join links when a cohort is archived (called by the old admin UI).
// ruleid: missing-auth
export const PUT = createRoute({}).handler(async ({ params }) => {
  await ddb.update(liveSessions).set({ joinUrl: null }).where(eq(liveSessions.cohortId, params.id));
  return NextResponse.json({ ok: true });
});
