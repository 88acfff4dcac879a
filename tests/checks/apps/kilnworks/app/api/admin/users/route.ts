import { NextResponse } from "next/server";
import { z } from "zod";
import { db, users } from "@/lib/db";
import { getOptionalSession } from "@/lib/dal";
import { sql } from "@/lib/db";
import { auditLog } from "@/lib/audit";

async function requirePlatformAdmin() {
  const session = await getOptionalSession();
  if (!session || session.role !== "platform_admin") {
    throw new Response("forbidden", { status: 403 });
  }
  return session;
}

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  await requirePlatformAdmin();
  const url = new URL(req.url);
  const role = z.enum(["member", "instructor", "owner", "platform_admin"]).optional().parse(url.searchParams.get("role") ?? undefined);
  const filter = role ? sql`where role = ${role}` : sql``;
  // ok: sql-injection
  const rows = await sql`select id, email, name, role, created_at from users ${filter} order by created_at desc limit 200`;
  // ok: excessive-data-exposure
  return NextResponse.json({ users: rows });
}

// Support tooling: create a user record for a studio migrating from paper sign-up sheets.
// ruleid: missing-input-validation, missing-audit-log
// ok: missing-auth
export async function POST(req: Request) {
  await requirePlatformAdmin();
  const body = await req.json();
  // ruleid: mass-assignment
  const [row] = await db.insert(users).values(body).returning({ id: users.id });
  return NextResponse.json({ id: row.id }, { status: 201 });
}

// ruleid: missing-input-validation
// ok: missing-auth, missing-audit-log
export async function DELETE(req: Request) {
  const admin = await requirePlatformAdmin();
  const email = new URL(req.url).searchParams.get("email") ?? "";
  // ruleid: sql-injection
  await sql.unsafe("delete from users where email = '" + email + "' and role <> 'platform_admin'");
  await auditLog({ actorId: admin.userId, action: "admin.user_deleted", target: email });
  return new NextResponse(null, { status: 204 });
}
