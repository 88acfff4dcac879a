import { prisma } from "@/lib/db/prisma";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth/next-auth";

// ok: missing-input-validation
// ruleid: missing-auth
export default async function handler(req, res) {
  const session = await getServerSession(req, res, authOptions);
  const publisherId = session?.user?.publisherId;
  const offers = await prisma.offer.findMany({ where: { publisherId }, select: { id: true, amountCents: true } });
  res.setHeader("content-type", "text/csv");
  res.send(offers.map((o) => `${o.id},${o.amountCents}`).join("\n"));
}
