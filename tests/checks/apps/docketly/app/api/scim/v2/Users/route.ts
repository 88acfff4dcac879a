import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { scimFirm } from "@/lib/scim";
import { auditLog } from "@/lib/audit";

const scimUser = z.object({
  userName: z.string().email(),
  name: z.object({ givenName: z.string().max(60), familyName: z.string().max(60) }).partial().optional(),
  active: z.boolean().default(true),
  "urn:docketly:role": z.enum(["PARTNER", "ASSOCIATE", "PARALEGAL", "BILLING_CLERK", "VIEWER"]).default("VIEWER"),
});

// ok: missing-auth, missing-audit-log, missing-input-validation
export async function POST(req: NextRequest) {
  const firmId = await scimFirm(req);
  if (!firmId) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  const parsed = scimUser.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ detail: "Invalid user" }, { status: 400 });
  const role = parsed.data["urn:docketly:role"];
  const user = await prisma.user.upsert({
    where: { email: parsed.data.userName },
    create: { email: parsed.data.userName, name: [parsed.data.name?.givenName, parsed.data.name?.familyName].filter(Boolean).join(" ") },
    update: {},
    select: { id: true },
  });
  await prisma.membership.upsert({ where: { userId_firmId: { userId: user.id, firmId } }, create: { userId: user.id, firmId, role }, update: { role } });
  await auditLog({ firmId, action: "scim.user_provisioned", target: user.id, meta: { role } });
  // ok: excessive-data-exposure
  return NextResponse.json({ schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], id: user.id, userName: parsed.data.userName, active: true }, { status: 201 });
}

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const firmId = await scimFirm(req);
  if (!firmId) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  const members = await prisma.membership.findMany({ where: { firmId }, select: { user: { select: { id: true, email: true, name: true } } }, take: 500 });
  // ok: excessive-data-exposure
  return NextResponse.json({ totalResults: members.length, Resources: members.map((m) => ({ id: m.user.id, userName: m.user.email, displayName: m.user.name })) });
}
