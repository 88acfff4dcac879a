import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { sha256 } from "@/lib/crypto";
import { logger } from "@/lib/logger";

async function scimConnection(req: NextRequest) {
  const bearer = req.headers.get("authorization")?.replace(/^Bearer\s+/i, "");
  if (!bearer) return null;
  return prisma.ssoConnection.findFirst({ where: { scimTokenHash: sha256(bearer) }, select: { charityId: true } });
}

const ScimUser = z.object({
  userName: z.string().email(),
  name: z.object({ givenName: z.string().optional(), familyName: z.string().optional() }).optional(),
  active: z.boolean().default(true),
});

// ok: missing-auth
export async function GET(req: NextRequest) {
  const conn = await scimConnection(req);
  if (!conn) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  const filter = req.nextUrl.searchParams.get("filter") ?? "";
  const email = /^userName eq "([^"]+)"$/.exec(filter)?.[1];
  const members = await prisma.membership.findMany({
    where: { charityId: conn.charityId, ...(email ? { user: { email } } : {}) },
    select: { id: true, status: true, user: { select: { id: true, email: true, name: true } } },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({
    schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
    totalResults: members.length,
    Resources: members.map((m) => ({ id: m.id, userName: m.user.email, displayName: m.user.name, active: m.status === "active" })),
  });
}

// Provisioning a user grants them a (viewer) membership.
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: NextRequest) {
  const conn = await scimConnection(req);
  if (!conn) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  const body = ScimUser.parse(await req.json());
  const user = await prisma.user.upsert({
    where: { email: body.userName.toLowerCase() },
    create: { email: body.userName.toLowerCase(), name: [body.name?.givenName, body.name?.familyName].filter(Boolean).join(" ") || null },
    update: {},
    select: { id: true },
  });
  const membership = await prisma.membership.upsert({
    where: { userId_charityId: { userId: user.id, charityId: conn.charityId } },
    // ok: mass-assignment
    create: { userId: user.id, charityId: conn.charityId, role: "viewer", status: body.active ? "active" : "suspended" },
    update: { status: body.active ? "active" : "suspended" },
    select: { id: true },
  });
  logger.info("scim.user_provisioned", { charityId: conn.charityId, userId: user.id, role: "viewer" });
  // ok: excessive-data-exposure
  return NextResponse.json({ id: membership.id, userName: body.userName, active: body.active }, { status: 201 });
}
