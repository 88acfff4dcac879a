import { prisma } from "@/lib/db";
import { verifySession } from "@/lib/dal";

// GDPR "download my data".
// ok: missing-auth
export async function GET() {
  const { userId } = await verifySession();
  // ok: missing-authorization
  const user = await prisma.user.findUnique({ where: { id: userId }, include: { members: true } });
  // ruleid: excessive-data-exposure
  return new Response(JSON.stringify(user, null, 2), {
    headers: { "content-type": "application/json", "content-disposition": "attachment; filename=studiopass-export.json" },
  });
}
