import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { invoices } from "@/db/schema";
import { verifySession } from "@/lib/dal";
import { getTeamForUser } from "@/lib/team";

function toCsv(rows: { number: string; amountCents: number }[]) {
  return ["number,amount", ...rows.map((r) => `${r.number},${(r.amountCents / 100).toFixed(2)}`)].join("\n");
}

// ok: missing-auth
export async function POST() {
  const { userId } = await verifySession();
  try {
    const team = await getTeamForUser(userId);
    if (!team) return NextResponse.json({ error: "No team" }, { status: 403 });
    const rows = await db
      .select({ number: invoices.number, amountCents: invoices.amountCents })
      .from(invoices)
      .where(eq(invoices.teamId, team.id));
    return new Response(toCsv(rows), { headers: { "content-type": "text/csv" } });
  } catch (e) {
    console.error(e);
    // ruleid: information-disclosure
    return NextResponse.json({ error: "Export failed", detail: String(e) }, { status: 500 });
  }
}

// ok: missing-auth
export async function GET() {
  const { userId } = await verifySession();
  try {
    const team = await getTeamForUser(userId);
    return NextResponse.json({ ready: Boolean(team) });
  } catch (e) {
    console.error("export status", e);
    // ok: information-disclosure -- generic message, details only in the server log
    return NextResponse.json({ error: "Something went wrong" }, { status: 500 });
  }
}
