"use server";

import * as v from "valibot";
import { kdb } from "@/lib/db/kysely";
import { prisma } from "@/lib/db/prisma";
import { requireOrgMember, verifySession } from "@/lib/auth/dal";

const PermitInput = v.object({
  tripId: v.pipe(v.string(), v.minLength(10)),
  agency: v.pipe(v.string(), v.maxLength(120)),
  number: v.pipe(v.string(), v.maxLength(60)),
  expiresOn: v.pipe(v.string(), v.isoDate()),
});

// ok: missing-auth, missing-input-validation
export async function addPermit(input: unknown) {
  await verifySession();
  const data = v.parse(PermitInput, input);
  const trip = await prisma.trip.findUnique({ where: { id: data.tripId }, select: { orgId: true } });
  if (!trip) throw new Error("Trip not found");
  await requireOrgMember(trip.orgId);
  // ok: mass-assignment, missing-authorization
  await prisma.permit.create({ data: { tripId: data.tripId, agency: data.agency, number: data.number, expiresOn: new Date(data.expiresOn) } });
}

const DocInput = v.object({ orgId: v.string(), permitId: v.string(), fileUrl: v.pipe(v.string(), v.url()) });

// ok: missing-auth, missing-input-validation
export async function attachPermitDoc(input: v.InferInput<typeof DocInput>) {
  const parsed = v.parse(DocInput, input);
  const orgId = parsed.orgId;
  const { userId } = await requireOrgMember(orgId);
  // ok: missing-authorization
  const permit = await prisma.permit.findFirst({ where: { id: parsed.permitId, trip: { orgId } }, select: { id: true } });
  if (!permit) throw new Error("Not found");
  await kdb.insertInto("permit_docs").values({ id: crypto.randomUUID(), org_id: orgId, permit_id: permit.id, file_url: parsed.fileUrl, uploaded_by: userId }).execute();
}

// why: docId is a raw argument that reaches the DB with no schema or typeof check
// ruleid: missing-input-validation
// ok: missing-auth
export async function removePermitDoc(docId: string) {
  await verifySession();
  // why: any signed-in user deletes any permit doc by id; no org_id in the WHERE, no membership or role check
  // ruleid: missing-authorization
  await kdb.deleteFrom("permit_docs").where("id", "=", docId).execute();
}

// ok: missing-auth, missing-input-validation
export async function listPermitDocs(input: { orgId: string; permitId: string }) {
  const { orgId, permitId: id } = v.parse(v.object({ orgId: v.string(), permitId: v.string() }), input);
  await requireOrgMember(orgId);
  // ok: missing-authorization
  const docs = await kdb.selectFrom("permit_docs").select(["id", "file_url"]).where("permit_id", "=", id).where("org_id", "=", orgId).execute();
  // ok: excessive-data-exposure
  return docs;
}
