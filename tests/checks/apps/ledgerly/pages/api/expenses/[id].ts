import type { NextApiRequest, NextApiResponse } from "next";
import { getSession } from "@/lib/api-auth";
import { Expense } from "@/lib/db/sequelize";
import { canManageExpense } from "@/lib/authz";

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getSession(req);
  if (!session) return res.status(401).json({ error: "Unauthorized" });
  const id = Number(req.query.id);
  if (!Number.isInteger(id) || id <= 0) return res.status(400).json({ error: "Invalid id" });

  if (req.method === "GET") {
    const expense = await Expense.findOne({ attributes: ["id", "amountCents", "category", "description", "status"], where: { id, orgId: session.orgId } });
    if (!expense) return res.status(404).json({ error: "Not found" });
    // ok: excessive-data-exposure
    return res.status(200).json(expense);
  }

  if (req.method === "DELETE") {
    // ruleid: floating-auth-check
    if (!canManageExpense(session, id)) return res.status(403).json({ error: "Forbidden" });
    // ruleid: missing-authorization
    await Expense.destroy({ where: { id } });
    return res.status(204).end();
  }

  return res.status(405).end();
}
