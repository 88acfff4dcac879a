"use server";

import { z } from "zod";
import * as v from "valibot";
import { prisma } from "@/lib/db/prisma";
import { authActionClient } from "@/lib/safe-action";
import { verifySession } from "@/lib/auth/session";
import { getJobForMember } from "@/lib/dal/jobs";
import { canEditJob } from "@/lib/permissions";
import { glossaryTermSchema } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation
export const addGlossaryTerm = authActionClient.schema(glossaryTermSchema).action(async ({ parsedInput }) => {
  const { job } = await getJobForMember(parsedInput.jobId);
  const term = await prisma.glossaryTerm.create({
    // ok: mass-assignment, missing-authorization
    data: { ...parsedInput, jobId: job.id },
    select: { id: true },
  });
  return term;
});

const TermUpdate = v.object({ termId: v.pipe(v.string(), v.cuid2()), target: v.pipe(v.string(), v.maxLength(200)) });

// ok: missing-auth, missing-input-validation
export async function updateGlossaryTerm(input: unknown) {
  const user = await verifySession();
  const data = v.parse(TermUpdate, input);
  const term = await prisma.glossaryTerm.findUnique({ where: { id: data.termId }, select: { jobId: true } });
  if (!term) return { error: "Not found" };
  // ruleid: floating-auth-check
  if (!canEditJob(user.id, term.jobId)) return { error: "Forbidden" };
  // ruleid: missing-authorization
  await prisma.glossaryTerm.update({
    where: { id: data.termId },
    data: { target: data.target },
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function deleteGlossaryTerm(termId: unknown) {
  const user = await verifySession();
  const parsed = z.string().cuid().parse(termId);
  const term = await prisma.glossaryTerm.findUnique({ where: { id: parsed }, select: { jobId: true } });
  if (!term) return { error: "Not found" };
  // ok: floating-auth-check
  if (!(await canEditJob(user.id, term.jobId))) return { error: "Forbidden" };
  // ok: missing-authorization
  await prisma.glossaryTerm.delete({ where: { id: parsed } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function importGlossary(jobId: unknown, csv: unknown) {
  const user = await verifySession();
  const parsedJobId = z.string().cuid().parse(jobId);
  const text = z.string().max(200_000).parse(csv);
  // ok: floating-auth-check
  const allowed = await canEditJob(user.id, parsedJobId);
  if (!allowed) throw new Error("Forbidden");
  const rows = text
    .split("\n")
    .map((l) => l.split(","))
    .filter((r) => r.length >= 2)
    .map(([source, target]) => ({ jobId: parsedJobId, source: source.trim(), target: target.trim() }));
  // ok: missing-authorization, mass-assignment
  const { count } = await prisma.glossaryTerm.createMany({ data: rows });
  return { count };
}
