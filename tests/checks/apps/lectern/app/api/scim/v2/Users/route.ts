import { NextResponse } from "next/server";
import { secureCompare } from "@/lib/crypto";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pg";

// SCIM provisioning for company seat holders (Okta / Entra). Bearer token per school.
async function scimSchool(req: Request) {
  const token = req.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
  const schoolId = req.headers.get("x-lectern-school") ?? "";
  const row = await prisma.school.findUnique({ where: { id: schoolId }, select: { id: true, domainToken: true } });
  // ok: timing-unsafe-comparison
  if (!row?.domainToken || !secureCompare(token, row.domainToken)) return null;
  return row.id;
}

// ok: missing-auth
export async function GET(req: Request) {
  const schoolId = await scimSchool(req);
  if (!schoolId) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  const filter = new URL(req.url).searchParams.get("filter") ?? "";
  const m = /^userName eq "([^"]+)"$/.exec(filter);
  // ok: sql-injection, missing-authorization
  const { rows } = await pool.query("SELECT u.id, u.email FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.school_id = $1 AND ($2::text IS NULL OR u.email = $2)", [schoolId, m?.[1] ?? null]);
  // ok: excessive-data-exposure
  return NextResponse.json({ schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], totalResults: rows.length, Resources: rows.map((r) => ({ id: r.id, userName: r.email })) });
}

// ok: missing-auth
// ruleid: missing-audit-log, missing-input-validation
export async function POST(req: Request) {
  const schoolId = await scimSchool(req);
  if (!schoolId) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  const body = (await req.json()) as { userName: string; name?: { formatted?: string }; "urn:lectern:role"?: string };
  try {
    const user = await prisma.user.upsert({
      where: { email: body.userName },
      create: { email: body.userName, name: body.name?.formatted },
      update: {},
      select: { id: true },
    });
    await prisma.membership.create({
      data: {
        userId: user.id,
        schoolId,
        // ruleid: mass-assignment
        role: body["urn:lectern:role"] ?? "student",
      },
    });
    return NextResponse.json({ id: user.id, userName: body.userName }, { status: 201 });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ detail: String(err) }, { status: 500 });
  }
}
