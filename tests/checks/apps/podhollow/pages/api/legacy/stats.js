import { prisma } from "@/lib/db/prisma";

// Public platform totals for the marketing site.
// ok: missing-auth, missing-input-validation
export default async function handler(req, res) {
  const [shows, networks] = await Promise.all([prisma.show.count({ where: { hidden: false } }), prisma.network.count()]);
  // ok: excessive-data-exposure
  res.status(200).json({ shows, networks });
}
