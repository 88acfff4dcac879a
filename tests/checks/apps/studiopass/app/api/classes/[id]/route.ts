import { z } from "zod";
import { prisma } from "@/lib/db";
import { getOptionalSession, isStudioStaff } from "@/lib/dal";

// Public class detail page data.
// ok: missing-input-validation
// ok: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = z.string().cuid().parse((await params).id);
  const cls = await prisma.classSession.findUnique({
    where: { id },
    select: { id: true, title: true, startsAt: true, endsAt: true, capacity: true, status: true },
  });
  if (!cls) return Response.json({ error: "not_found" }, { status: 404 });
  // ok: excessive-data-exposure
  return Response.json(cls);
}

const patchSchema = z.object({ title: z.string().min(1).max(80).optional(), capacity: z.number().int().min(1).max(200).optional() });

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await getOptionalSession();
  if (!session) return Response.json({ error: "unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  const changes = patchSchema.parse(await req.json());
  const cls = await prisma.classSession.findUnique({ where: { id }, select: { studioId: true } });
  if (!cls) return Response.json({ error: "not_found" }, { status: 404 });
  // ruleid: floating-auth-check
  if (isStudioStaff(session.userId, cls.studioId) === false) return Response.json({ error: "forbidden" }, { status: 403 });
  // ruleid: missing-authorization
  await prisma.classSession.update({ where: { id }, data: changes });
  return new Response(null, { status: 204 });
}
