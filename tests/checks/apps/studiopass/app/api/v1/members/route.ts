import { prisma } from "@/lib/db";
import { authenticateApiKey, authenticateLegacyKey } from "@/lib/api-keys";

// Roster sync for partners that manage corporate members.
// ok: missing-auth
export async function GET(req: Request) {
  const partner = (await authenticateApiKey(req, "members:read")) ?? (await authenticateLegacyKey(req));
  if (!partner) return Response.json({ error: "invalid_api_key" }, { status: 401 });
  const members = await prisma.member.findMany({ where: { studioId: { in: partner.studioIds } }, take: 1000 });
  // ruleid: excessive-data-exposure
  return Response.json({ data: members });
}
