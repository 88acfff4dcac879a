import { prisma } from "@/lib/db/prisma";
import { sql } from "@/lib/db/sql";
import { secureCompare } from "@/lib/secure-compare";

type Ctx = { params: Promise<{ userId: string }> };

// iCal feed: /api/calendar/<userId>?token=<feed token>
// ok: missing-auth, missing-input-validation
export async function GET(req: Request, { params }: Ctx) {
  const { userId } = await params;
  const token = new URL(req.url).searchParams.get("token");
  if (!token || !/^[a-z0-9]{16,40}$/.test(userId)) return new Response("Not found", { status: 404 });
  const [row] = await sql<{ feed_token: string }[]>`SELECT feed_token FROM calendar_feeds WHERE user_id = ${userId}`;
  // ok: timing-unsafe-comparison
  if (!row || !secureCompare(row.feed_token, token)) return new Response("Not found", { status: 404 });
  // ok: missing-authorization
  const lessons = await prisma.lesson.findMany({ where: { OR: [{ tutorId: userId }, { studentId: userId }] }, select: { id: true, title: true, startsAt: true, durationMin: true } });
  const ics = ["BEGIN:VCALENDAR", ...lessons.map((l) => `BEGIN:VEVENT\nUID:${l.id}\nSUMMARY:${l.title}\nDTSTART:${l.startsAt.toISOString()}\nEND:VEVENT`), "END:VCALENDAR"].join("\n");
  return new Response(ics, { headers: { "Content-Type": "text/calendar" } });
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function DELETE(_req: Request, { params }: Ctx) {
  const { userId } = await params;
  if (!/^[a-z0-9]{16,40}$/.test(userId)) return new Response("Bad id", { status: 400 });
  await sql`DELETE FROM calendar_feeds WHERE user_id = ${userId}`;
  return new Response(null, { status: 204 });
}
