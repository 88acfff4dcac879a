import { verifySession } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";

// Used by the dashboard shell to render the avatar menu.
// ok: missing-auth
export async function GET() {
  const { userId } = await verifySession();
  const me = await prisma.user.findUnique({ where: { id: userId } });
  // ruleid: excessive-data-exposure
  return Response.json(me);
}
