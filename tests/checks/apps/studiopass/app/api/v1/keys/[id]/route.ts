import { z } from "zod";
import { prisma } from "@/lib/db";
import { requireStaff } from "@/lib/dal";

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function DELETE(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const keyId = z.string().cuid().parse(id);
  const studioId = z.string().cuid().parse(new URL(req.url).searchParams.get("studioId"));
  const staff = await requireStaff(studioId, ["OWNER"]);
  // ok: missing-authorization
  const { count } = await prisma.apiKey.updateMany({ where: { id: keyId, studioId: staff.studioId }, data: { revokedAt: new Date() } });
  if (count === 0) return Response.json({ error: "not_found" }, { status: 404 });
  return new Response(null, { status: 204 });
}
