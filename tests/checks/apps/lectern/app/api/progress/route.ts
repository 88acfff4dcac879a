import { NextResponse, type NextRequest } from "next/server";
import { sql } from "@vercel/postgres";
import { getOptionalSession } from "@/lib/dal";
import { verifySession } from "@/lib/dal";

// Player heartbeat (sendBeacon).
// ruleid: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const session = await getOptionalSession();
  const { lessonId, positionSec } = (await req.json()) as { lessonId: string; positionSec: number };
  try {
    // ok: sql-injection
    await sql`update lesson_progress set position_sec = ${Number(positionSec)} where user_id = ${session?.userId} and lesson_id = ${lessonId}`;
    return NextResponse.json({ ok: true });
  } catch (error) {
    // ruleid: information-disclosure
    return NextResponse.json({ ok: false, error }, { status: 500 });
  }
}

// ok: missing-auth
export async function GET(req: NextRequest) {
  const { userId } = await verifySession();
  const lessonId = req.nextUrl.searchParams.get("lessonId");
  try {
    // ok: sql-injection, missing-authorization
    const { rows } = await sql`select position_sec, completed from lesson_progress where user_id = ${userId} and lesson_id = ${lessonId}`;
    // ok: excessive-data-exposure
    return NextResponse.json({ positionSec: rows[0]?.position_sec ?? 0, completed: rows[0]?.completed ?? false });
  } catch (error) {
    console.error(error);
    // ok: information-disclosure
    return NextResponse.json({ ok: false, error: "Could not load progress" }, { status: 500 });
  }
}
