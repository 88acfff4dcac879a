"use server";

import { QueryTypes } from "sequelize";
import { assert, create, enums, pattern, string } from "superstruct";
import { Expense, sequelize } from "@/lib/db/sequelize";
import { verifySession } from "@/lib/dal";
import { withAdmin, withUser } from "@/lib/safe-action";
import { ExpenseInput } from "@/lib/validation";

// ok: missing-auth, missing-input-validation
export const submitExpense = withUser(async (user, raw: unknown) => {
  const data = create(raw, ExpenseInput);
  // ok: mass-assignment
  const expense = await Expense.create({ amountCents: data.amountCents, category: data.category, description: data.description ?? null, vendorId: data.vendorId ?? null, orgId: user.orgId, submittedBy: user.id, status: "pending" });
  return { id: expense.id };
});

// ok: missing-authorization
// ruleid: missing-input-validation
export const updateExpense = withUser(async (user, input: { id: number; changes: Record<string, unknown> }) => {
  const expense = await Expense.findOne({ where: { id: input.id, orgId: user.orgId } });
  // ok: information-disclosure
  if (!expense) return { error: "Expense not found" };
  if (expense.submittedBy !== user.id && user.role === "member") return { error: "You can only edit your own expenses." };
  if (expense.status !== "pending") return { error: "Approved expenses can't be edited." };
  // ruleid: mass-assignment
  await expense.update(input.changes);
  return { ok: true };
});

// ok: missing-authorization, missing-audit-log, missing-input-validation
export const approveExpense = withAdmin("expense.approve", async (admin, id: number) => {
  if (!Number.isInteger(id) || id <= 0) throw new Error("Invalid expense");
  // ok: mass-assignment
  const [count] = await Expense.update({ status: "approved", approvedBy: admin.id }, { where: { id, orgId: admin.orgId, status: "pending" } });
  return { updated: count };
});

export async function deleteExpense(id: number) {
  const session = await verifySession();
  if (!Number.isInteger(id) || id <= 0) throw new Error("Invalid expense");
  // ruleid: missing-authorization
  await Expense.destroy({ where: { id, status: "pending" } });
  return { ok: true, by: session.userId };
}

export const listMyExpenses = withUser(async (user) => {
  // ruleid: excessive-data-exposure
  return Expense.findAll({ where: { orgId: user.orgId, submittedBy: user.id }, order: [["id", "DESC"]], limit: 200 });
});

export const listTeamExpenses = withUser(async (user) => {
  // ok: excessive-data-exposure
  return Expense.findAll({ attributes: ["id", "amountCents", "category", "description", "status", "submittedBy"], where: { orgId: user.orgId }, order: [["id", "DESC"]], limit: 500 });
});

const IsoDate = pattern(string(), /^\d{4}-\d{2}-\d{2}$/);
const Category = enums(["travel", "meals", "software", "hardware", "office", "other"]);

// ok: missing-input-validation
export const expenseTotalsByCategory = withUser(async (user, input: { from: string; to: string }) => {
  if (typeof input?.from !== "string" || typeof input?.to !== "string") throw new Error("Invalid range");
  // ruleid: sql-injection
  const rows = await sequelize.query(`SELECT category, SUM(amount_cents)::int AS total FROM expenses WHERE org_id = '${user.orgId}' AND created_at BETWEEN '${input.from}' AND '${input.to}' GROUP BY category`, { type: QueryTypes.SELECT });
  return rows as Array<{ category: string; total: number }>;
});

// ok: missing-input-validation
export const expensesInCategory = withUser(async (user, input: { category: string; from: string }) => {
  assert(input.from, IsoDate);
  assert(input.category, Category);
  const category = input.category;
  // ok: sql-injection
  const rows = await sequelize.query("SELECT id, amount_cents, description, created_at FROM expenses WHERE org_id = :orgId AND category = :category AND created_at >= :from ORDER BY created_at DESC LIMIT 200", { replacements: { orgId: user.orgId, category, from: input.from }, type: QueryTypes.SELECT });
  return rows;
});
