"use server";

import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pg";
import { canEditFlag } from "@/lib/permissions";
import { searchFlags, type FlagSort } from "@/lib/queries/flags";

const Id = z.string().cuid();

function memberOf(userId: string) {
  return { project: { org: { members: { some: { userId } } } } };
}

// ok: missing-auth, missing-input-validation
export async function getFlag(flagId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const id = Id.parse(flagId);
  // ok: missing-authorization
  const flag = await prisma.flag.findFirst({ where: { id, ...memberOf(session.user.id) } });
  // ruleid: excessive-data-exposure
  return flag;
}

// ok: missing-auth, missing-input-validation
export async function getFlagSummary(flagId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const id = Id.parse(flagId);
  // ok: missing-authorization
  const flag = await prisma.flag.findFirst({
    where: { id, ...memberOf(session.user.id) },
    select: { id: true, key: true, name: true, enabled: true, rolloutPct: true, updatedAt: true },
  });
  // ok: excessive-data-exposure
  return flag;
}

// ok: missing-auth, missing-input-validation
export async function listFlags(projectId: string) {
  const session = await auth();
  if (!session) throw new Error("Unauthorized");
  const id = Id.parse(projectId);
  // ruleid: missing-authorization
  const flags = await prisma.flag.findMany({
    where: { projectId: id, archived: false },
    select: { id: true, key: true, name: true, enabled: true },
    orderBy: { updatedAt: "desc" },
  });
  // ok: excessive-data-exposure
  return flags;
}

// ok: missing-auth, missing-input-validation
export async function getFlagHistory(flagId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const id = Id.parse(flagId);
  // ruleid: floating-auth-check
  if (!canEditFlag(session.user.id, id)) throw new Error("Forbidden");
  // ruleid: missing-authorization
  const history = await prisma.changeRequest.findMany({
    where: { flagId: id },
    select: { id: true, status: true, authorId: true, createdAt: true },
    orderBy: { createdAt: "desc" },
  });
  return history;
}

// ok: missing-auth, missing-input-validation
export async function getEditableFlagRules(flagId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const id = Id.parse(flagId);
  // ok: floating-auth-check
  if (!(await canEditFlag(session.user.id, id))) throw new Error("Forbidden");
  // ok: missing-authorization
  const flag = await prisma.flag.findUnique({ where: { id }, select: { rules: true, rolloutPct: true } });
  return flag;
}

const SearchInput = z.object({
  projectId: Id,
  term: z.string().max(100),
  sort: z.enum(["name", "updated", "key"]),
});

// ok: missing-auth, missing-input-validation
export async function searchProjectFlags(raw: unknown) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const input = SearchInput.parse(raw);
  const project = await prisma.project.findFirst({
    where: { id: input.projectId, org: { members: { some: { userId: session.user.id } } } },
    select: { id: true },
  });
  if (!project) return [];
  return searchFlags(project.id, input.term, input.sort as FlagSort);
}

/** Called from the flag page's client component to bump the "recently viewed" list. */
// ruleid: missing-auth, missing-input-validation
export async function recordFlagView(flagId: string, userId: string) {
  // ok: sql-injection
  await pool.query(
    "INSERT INTO flag_views (flag_id, user_id, viewed_at) VALUES ($1, $2, now()) ON CONFLICT (flag_id, user_id) DO UPDATE SET viewed_at = now()",
    [flagId, userId],
  );
}
