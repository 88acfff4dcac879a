import { NextResponse } from "next/server";
import { createHmac, timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import { ddb } from "@/lib/db/drizzle";
import { liveSessions } from "@/lib/db/schema";

const secret = process.env.ZOOM_WEBHOOK_SECRET!;

function verifyZoom(req: Request, raw: string) {
  const ts = req.headers.get("x-zm-request-timestamp") ?? "";
  const given = Buffer.from(req.headers.get("x-zm-signature") ?? "");
  const expected = Buffer.from(`v0=${createHmac("sha256", secret).update(`v0:${ts}:${raw}`).digest("hex")}`);
  // ok: timing-unsafe-comparison
  if (given.length !== expected.length) return false;
  // ok: timing-unsafe-comparison
  return timingSafeEqual(given, expected);
}

// ok: missing-auth
export async function POST(req: Request) {
  const raw = await req.text();
  const event = JSON.parse(raw) as { event: string; payload: { plainToken?: string; object?: { id: string; join_url?: string } } };
  if (event.event === "endpoint.url_validation" && event.payload.plainToken) {
    const encryptedToken = createHmac("sha256", secret).update(event.payload.plainToken).digest("hex");
    return NextResponse.json({ plainToken: event.payload.plainToken, encryptedToken });
  }
  if (!verifyZoom(req, raw)) return NextResponse.json({ error: "invalid signature" }, { status: 401 });
  if (event.event === "meeting.ended" && event.payload.object) {
    await ddb.update(liveSessions).set({ joinUrl: null }).where(eq(liveSessions.zoomMeetingId, event.payload.object.id));
  }
  return NextResponse.json({ ok: true });
}
