"use server";

import { z } from "zod";
import { db } from "@/lib/db";
import { withOrg, withRole, withTiming } from "@/lib/with-org";
import {
  getCandidateForCompany,
  updateCandidateNotes,
  searchCandidates,
  findDuplicateCandidates,
} from "@/services/candidates";

const NoteSchema = z.object({ candidateId: z.string().cuid(), note: z.string().max(5000) });
const SearchSchema = z.object({
  q: z.string().max(100).default(""),
  sort: z.string().default("newest"),
  dir: z.enum(["asc", "desc"]).default("desc"),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const addCandidateNote = withOrg(async (viewer, input: z.infer<typeof NoteSchema>) => {
  const { candidateId, note } = NoteSchema.parse(input);
  // ruleid: missing-authorization -- any member of any company rewrites a candidate's notes by its id (the viewer's id is only written into the note)
  await updateCandidateNotes(candidateId, `${new Date().toISOString()} ${viewer.userId}: ${note}`);
  return { ok: true };
});

// ruleid: missing-input-validation
export const getCandidate = withOrg(async (viewer, id: string) => {
  const candidate = await getCandidateForCompany(viewer.companyId, id);
  // ok: excessive-data-exposure
  return candidate;
});

// ok: missing-auth, missing-input-validation
export const searchCandidatesAction = withOrg(async (viewer, input: unknown) => {
  const { q, sort, dir } = SearchSchema.parse(input);
  const rows = await searchCandidates(viewer.companyId, q, sort, dir);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, name: r.name, rating: r.max_rating }));
});

// ok: missing-auth, missing-input-validation
export const checkDuplicates = withOrg(async (viewer, email: string) => {
  if (typeof email !== "string" || !email.includes("@") || email.length > 254) {
    throw new Error("Invalid email");
  }
  const dupes = await findDuplicateCandidates(viewer.companyId, email);
  return dupes.length;
});

const MergeSchema = z.object({ sourceId: z.string().cuid(), targetId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
export const mergeCandidates = withRole(["owner", "admin", "recruiter"], async (viewer, input: unknown) => {
  const { sourceId, targetId } = MergeSchema.parse(input);
  await db.$transaction([
    // ok: missing-authorization
    db.application.updateMany({ where: { candidateId: sourceId, job: { companyId: viewer.companyId } }, data: { candidateId: targetId } }),
    // ok: missing-authorization
    db.candidate.deleteMany({ where: { id: sourceId, companyId: viewer.companyId } }),
  ]);
});

// withTiming only measures; it does not resolve the viewer
// ruleid: missing-auth, missing-input-validation
export const exportCandidate = withTiming(async (id: string) => {
  const candidate = await db.candidate.findUnique({ where: { id } });
  // ruleid: excessive-data-exposure
  return candidate;
});

// bulk-archive from the kanban board
// ruleid: missing-auth
export const archiveCandidates = async (ids: string[]) => {
  const list = z.array(z.string().cuid()).max(200).parse(ids);
  await db.application.updateMany({ where: { candidateId: { in: list } }, data: { status: "archived" } });
  return { archived: list.length };
};
