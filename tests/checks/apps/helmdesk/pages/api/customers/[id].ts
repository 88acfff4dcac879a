import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth/legacy-options";
import { prisma } from "@/lib/db/prisma";

async function workspaceIdFor(userId: string, slug: unknown) {
  if (typeof slug !== "string" || !/^[a-z0-9-]{2,48}$/.test(slug)) return null;
  const m = await prisma.membership.findFirst({ where: { userId, workspace: { slug } }, select: { workspaceId: true } });
  return m?.workspaceId ?? null;
}

// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  const userId = (session?.user as { id?: string } | undefined)?.id;
  if (!userId) return res.status(401).json({ error: "unauthorized" });
  const workspaceId = await workspaceIdFor(userId, req.query.workspace);
  if (!workspaceId) return res.status(404).json({ error: "not found" });
  const id = String(req.query.id);

  if (req.method === "GET") {
    // ok: missing-authorization
    const customer = await prisma.customer.findFirst({ where: { id, workspaceId }, select: { id: true, email: true, name: true, phone: true } });
    // ok: excessive-data-exposure
    return res.status(200).json(customer);
  }
  if (req.method === "PUT") {
    // ok: missing-authorization
    const updated = await prisma.customer.updateMany({
      where: { id, workspaceId },
      // ruleid: mass-assignment
      data: req.body,
    });
    return res.status(200).json({ updated: updated.count });
  }
  if (req.method === "DELETE") {
    // ruleid: missing-authorization
    await prisma.customer.delete({ where: { id } });
    return res.status(204).end();
  }
  return res.status(405).end();
}
