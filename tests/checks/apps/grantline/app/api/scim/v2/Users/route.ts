import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { scimAuth } from "@/lib/scim";

const scimUser = z.object({
  userName: z.string().email(),
  name: z.object({ givenName: z.string().optional(), familyName: z.string().optional() }).optional(),
  active: z.boolean().default(true),
  "urn:grantline:role": z.enum(["ADMIN", "PROGRAM_OFFICER", "FINANCE", "REVIEWER", "VIEWER"]).default("VIEWER"),
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function POST(req: Request) {
  const foundationId = await scimAuth(req);
  if (!foundationId) return NextResponse.json({ detail: "unauthorized" }, { status: 401 });
  const body = scimUser.parse(await req.json());
  const user = await prisma.user.upsert({
    where: { email: body.userName },
    update: {},
    create: { email: body.userName, name: [body.name?.givenName, body.name?.familyName].filter(Boolean).join(" ") },
    select: { id: true, email: true },
  });
  await prisma.membership.upsert({
    where: { userId_foundationId: { userId: user.id, foundationId } },
    // ruleid: mass-assignment
    create: { userId: user.id, foundationId, role: body["urn:grantline:role"] },
    update: {},
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], id: user.id, userName: user.email, active: true }, { status: 201 });
}

// ok: missing-auth
export async function GET(req: Request) {
  const foundationId = await scimAuth(req);
  if (!foundationId) return NextResponse.json({ detail: "unauthorized" }, { status: 401 });
  const members = await prisma.membership.findMany({ where: { foundationId }, select: { user: { select: { id: true, email: true } } } });
  // ok: excessive-data-exposure
  return NextResponse.json({ totalResults: members.length, Resources: members.map((m) => ({ id: m.user.id, userName: m.user.email })) });
}
