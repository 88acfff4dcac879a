import type { NextApiRequest, NextApiResponse } from "next";
import { getSession } from "@/lib/api-auth";
import { Vendor } from "@/lib/db/sequelize";

// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getSession(req);
  if (!session) return res.status(401).json({ error: "Unauthorized" });

  if (req.method === "POST") {
    try {
      // ruleid: mass-assignment
      const vendor = await Vendor.create({ ...req.body, orgId: session.orgId });
      return res.status(201).json({ id: vendor.id });
    } catch (e) {
      // ruleid: information-disclosure
      return res.status(400).json({ message: (e as Error).message });
    }
  }

  // ruleid: excessive-data-exposure
  return res.status(200).json(await Vendor.findAll({ where: { orgId: session.orgId } }));
}
