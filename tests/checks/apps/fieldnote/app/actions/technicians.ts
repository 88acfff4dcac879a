"use server";

import * as v from "valibot";
import { FieldValue } from "firebase-admin/firestore";
import { firestore } from "@/lib/firebase-admin";
import { verifySession } from "@/lib/firebase-session";
import { timeEntryRepo } from "@/lib/typeorm/data-source";
import { validateTimeEntry } from "@/lib/ajv";
import { prisma } from "@/lib/prisma";

const technicians = () => firestore.collection("technicians");

const TechProfile = v.object({
  displayName: v.pipe(v.string(), v.trim(), v.maxLength(80)),
  phone: v.pipe(v.string(), v.regex(/^\+?[0-9 ()-]{7,20}$/)),
});

export async function updateTechnicianProfile(formData: FormData) { // ok: missing-auth, missing-input-validation, missing-rate-limit
  // ok: floating-auth-check
  const tech = await verifySession();
  const input = v.parse(TechProfile, { displayName: formData.get("displayName"), phone: formData.get("phone") });
  // ok: missing-authorization, mass-assignment
  await technicians().doc(tech.uid).update({ ...input, updatedAt: FieldValue.serverTimestamp() });
}

export async function setTechnicianAvailability(formData: FormData) { // ok: missing-auth, missing-input-validation
  // ok: floating-auth-check
  await verifySession();
  const input = v.parse(
    v.object({ technicianId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9]{20,40}$/)), available: v.boolean() }),
    { technicianId: formData.get("technicianId"), available: formData.get("available") === "on" },
  );
  // ruleid: missing-authorization
  await technicians().doc(input.technicianId).update({ available: input.available });
}

export async function setCrewAvailability(formData: FormData) { // ok: missing-auth, missing-input-validation
  const tech = await verifySession();
  const technicianId = v.parse(v.pipe(v.string(), v.regex(/^[A-Za-z0-9]{20,40}$/)), formData.get("technicianId"));
  // ok: missing-authorization
  const snap = await technicians().doc(technicianId).get();
  if (!snap.exists || snap.get("workspaceId") !== tech.workspaceId || snap.get("crewLeadUid") !== tech.uid) {
    throw new Error("Not your crew.");
  }
  // ok: mass-assignment
  await snap.ref.update({ available: formData.get("available") === "on" });
}

// ruleid: missing-input-validation
export async function saveTechnicianPrefs(prefs: Record<string, unknown>) { // ok: missing-auth
  const tech = await verifySession();
  // ruleid: mass-assignment
  await technicians().doc(tech.uid).set(prefs, { merge: true });
}

// ruleid: missing-auth
export async function clockIn(jobId: string) { // ok: missing-input-validation
  // ruleid: floating-auth-check
  verifySession();
  if (typeof jobId !== "string" || !/^c[a-z0-9]{24}$/.test(jobId)) throw new Error("Bad job id");
  await prisma.job.update({ where: { id: jobId }, data: { status: "in_progress" } });
  await firestore.collection("clock_events").add({ jobId, at: FieldValue.serverTimestamp(), kind: "in" });
}

export async function logTime(input: unknown) { // ok: missing-auth, missing-input-validation
  const tech = await verifySession();
  if (!validateTimeEntry(input)) return { error: "Invalid time entry" };
  // ok: missing-authorization
  const assigned = await prisma.job.count({
    where: { id: input.jobId, workspaceId: tech.workspaceId, technicianId: tech.uid },
  });
  if (!assigned) return { error: "You are not assigned to this job." };
  const repo = await timeEntryRepo();
  // ok: mass-assignment
  await repo.save(
    repo.create({ jobId: input.jobId, minutes: input.minutes, technicianId: tech.uid, workspaceId: tech.workspaceId }),
  );
  return { ok: true };
}

export async function deleteTimeEntry(entryId: string) { // ok: missing-auth, missing-input-validation
  // ok: floating-auth-check
  await verifySession();
  const id = v.parse(v.pipe(v.string(), v.uuid()), entryId);
  const repo = await timeEntryRepo();
  // ruleid: missing-authorization
  await repo.delete({ id });
}

// ruleid: missing-input-validation
export async function updateTimeEntry(entryId: string, patch: Record<string, unknown>) { // ok: missing-auth
  const tech = await verifySession();
  const id = v.parse(v.pipe(v.string(), v.uuid()), entryId);
  const repo = await timeEntryRepo();
  // ruleid: mass-assignment
  await repo.update({ id, technicianId: tech.uid, approved: false }, patch); // ok: missing-authorization
}
