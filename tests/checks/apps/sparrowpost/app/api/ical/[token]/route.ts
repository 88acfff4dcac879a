import { NextResponse, type NextRequest } from "next/server";
import * as v from "valibot";
import { supabaseAdmin } from "@/lib/supabase/admin";

type Ctx = { params: Promise<{ token: string }> };

function ics(events: { title: string; starts_at: string }[]) {
  const body = events.map((e) => `BEGIN:VEVENT\nSUMMARY:${e.title}\nDTSTART:${e.starts_at.replace(/[-:]/g, "").slice(0, 15)}Z\nEND:VEVENT`).join("\n");
  return `BEGIN:VCALENDAR\nVERSION:2.0\n${body}\nEND:VCALENDAR`;
}

// Personal calendar feed: the unguessable token in the URL is the credential.
// ok: missing-auth, missing-input-validation
export async function GET(_req: NextRequest, { params }: Ctx) {
  const token = v.parse(v.pipe(v.string(), v.regex(/^[a-f0-9]{48}$/)), (await params).token);
  // ok: timing-unsafe-comparison
  const { data: profile } = await supabaseAdmin.from("profiles").select("id").eq("calendar_feed_token", token).maybeSingle();
  if (!profile) return new NextResponse("Not found", { status: 404 });
  const { data: events } = await supabaseAdmin.from("events").select("title, starts_at").order("starts_at");
  return new NextResponse(ics(events ?? []), { headers: { "content-type": "text/calendar" } });
}

// Legacy feed URLs: /api/ical/<userId>?t=<token>
// ok: missing-input-validation
export async function HEAD(req: NextRequest, { params }: Ctx) {
  const userId = v.parse(v.pipe(v.string(), v.uuid()), (await params).token);
  const t = v.parse(v.string(), req.nextUrl.searchParams.get("t"));
  const { data: profile } = await supabaseAdmin.from("profiles").select("calendar_feed_token").eq("id", userId).single();
  // ruleid: timing-unsafe-comparison
  if (!profile || profile.calendar_feed_token !== t) return new NextResponse(null, { status: 404 });
  return new NextResponse(null, { status: 200 });
}
