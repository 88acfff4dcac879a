import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth-options";
import { prisma } from "@/lib/prisma";

// ruleid: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) { // ok: missing-input-validation
  const session = await getServerSession(req, res, authOptions);
  const workspaceId = (session?.user as { workspaceId?: string } | undefined)?.workspaceId;
  const customers = await prisma.customer.findMany({
    where: { workspaceId },
    select: { id: true, name: true, email: true, phone: true },
    orderBy: { name: "asc" },
  });
  // ok: excessive-data-exposure
  res.status(200).json(customers);
}
