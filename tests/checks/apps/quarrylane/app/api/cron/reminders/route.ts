import { NextResponse } from "next/server";
import { kdb } from "@/lib/db/kysely";
import { secureCompare } from "@/lib/secure-compare";

// ok: missing-auth
export async function POST(req: Request) {
  const token = req.headers.get("authorization")?.replace("Bearer ", "") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(token, process.env.CRON_SECRET!)) return new NextResponse("unauthorized", { status: 401 });
  const due = await kdb.selectFrom("maintenance_tasks").select(["id"]).where("done", "=", false).where("due_at", "<", new Date()).execute();
  // ok: excessive-data-exposure
  return NextResponse.json({ due: due.length });
}
