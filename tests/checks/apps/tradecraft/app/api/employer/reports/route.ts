import { NextResponse } from "next/server";
import { z } from "zod";
import { getIronSession } from "iron-session";
import { cookies } from "next/headers";
import { kdb } from "@/lib/db/kysely";
import { sessionOptions, type EmployerSession } from "@/lib/auth/employer-session";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const session = await getIronSession<EmployerSession>(await cookies(), sessionOptions);
  if (!session.employerId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const status = z.enum(["active", "break", "gateway", "completed"]).parse(new URL(req.url).searchParams.get("status") ?? "active");
  const rows = await kdb
    .selectFrom("apprentices")
    .select(["id", "first_name", "last_name", "status"])
    // ok: missing-authorization
    .where("employer_id", "=", session.employerId)
    .where("status", "=", status)
    .execute();
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}
