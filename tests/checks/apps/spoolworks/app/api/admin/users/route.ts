import { NextResponse, type NextRequest } from "next/server";
import { getServerSession } from "next-auth";
import { z } from "zod";
import { authOptions } from "@/lib/auth/options";
import { sql } from "@/lib/db/postgres";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const session = await getServerSession(authOptions);
  if (!session?.user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const page = z.coerce.number().int().min(0).max(1000).parse(req.nextUrl.searchParams.get("page") ?? "0");
  // ok: sql-injection
  const staff = await sql`select * from platform_staff order by created_at desc limit 50 offset ${page * 50}`;
  // why: whole platform_staff rows including password_hash
  // ruleid: excessive-data-exposure
  return NextResponse.json({ staff });
}

// why: any signed-in staff member (support/finance) can create staff accounts with any role taken from the body
// why: creating a privileged account (role grant) leaves no audit record
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const body = z.object({ email: z.string().email(), role: z.enum(["admin", "support", "finance"]) }).parse(await req.json());
  // ruleid: mass-assignment
  // ok: sql-injection
  await sql`insert into platform_staff (email, role) values (${body.email}, ${body.role})`;
  return NextResponse.json({ ok: true }, { status: 201 });
}
