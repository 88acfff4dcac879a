import { z } from "zod";
import { prisma } from "@/lib/db";
import { requireStaff } from "@/lib/dal";
import { auditLog } from "@/lib/audit";
import { newToken, sha256 } from "@/lib/crypto";

const createSchema = z.object({ studioId: z.string().cuid(), name: z.string().min(1).max(60), scopes: z.array(z.enum(["classes:read", "bookings:read", "bookings:write", "members:read"])).min(1) });

// Studio owners mint keys for their own integrations.
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  const body = createSchema.parse(await req.json());
  const staff = await requireStaff(body.studioId, ["OWNER"]);
  const key = `sp_live_${newToken(32)}`;
  const row = await prisma.apiKey.create({
    data: { studioId: staff.studioId, name: body.name, prefix: key.slice(0, 12), keyHash: sha256(key), scopes: body.scopes },
    select: { id: true, prefix: true },
  });
  await auditLog({ actorId: staff.userId, studioId: staff.studioId, action: "api_key.created", target: row.id });
  // ok: excessive-data-exposure
  return Response.json({ id: row.id, key }, { status: 201 });
}

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const studioId = z.string().cuid().parse(new URL(req.url).searchParams.get("studioId"));
  const staff = await requireStaff(studioId, ["OWNER"]);
  const keys = await prisma.apiKey.findMany({ where: { studioId: staff.studioId, revokedAt: null } });
  // ruleid: excessive-data-exposure
  return Response.json({ data: keys });
}
