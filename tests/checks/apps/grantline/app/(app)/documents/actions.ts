"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { validateRequest } from "@/lib/lucia";
import { prisma } from "@/lib/db/prisma";
import { signedDownloadUrl, signedUploadUrl } from "@/lib/storage";
import { isOrgMember } from "@/lib/permissions";

const KINDS = ["990", "audit", "w9", "budget", "other"] as const;

// ok: missing-auth, missing-input-validation
export async function requestDocumentUpload(orgId: string, kind: string, contentType: string) {
  const { user } = await validateRequest();
  if (!user) redirect("/portal/login");
  const input = z.object({ orgId: z.string().cuid(), kind: z.enum(KINDS), contentType: z.literal("application/pdf") }).parse({ orgId, kind, contentType });
  // ok: floating-auth-check
  if (!(await isOrgMember(user.id, input.orgId))) throw new Error("Forbidden");
  const key = `orgs/${input.orgId}/${input.kind}/${crypto.randomUUID()}.pdf`;
  // ok: missing-authorization
  await prisma.document.create({ data: { orgId: input.orgId, kind: input.kind, storageKey: key } });
  return { url: await signedUploadUrl(key, input.contentType) };
}

// ok: missing-auth, missing-input-validation
export async function getDocumentUrl(documentId: string) {
  const { user } = await validateRequest();
  if (!user) redirect("/portal/login");
  const id = z.string().cuid().parse(documentId);
  // ruleid: missing-authorization
  const doc = await prisma.document.findUnique({ where: { id }, select: { storageKey: true } });
  if (!doc) return null;
  return { url: await signedDownloadUrl(doc.storageKey) };
}

// ok: missing-auth, missing-input-validation
export async function listOrgDocuments(orgId: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return [];
  const oid = z.string().cuid().parse(orgId);
  // ok: floating-auth-check
  if (!(await isOrgMember(user.id, oid))) return [];
  // ok: missing-authorization
  const { data } = await supabase.from("documents").select("*").eq("org_id", oid);
  // ruleid: excessive-data-exposure
  return data ?? [];
}

// ok: missing-auth, missing-input-validation
export async function saveW9(orgId: string, formData: FormData) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) redirect("/portal/login");
  const input = z.object({ orgId: z.string().cuid(), taxId: z.string().regex(/^\d{2}-\d{7}$/) }).parse({ orgId, taxId: formData.get("taxId") });
  // ok: floating-auth-check
  if (!(await isOrgMember(user.id, input.orgId))) throw new Error("Forbidden");
  // ok: missing-authorization
  await supabase.from("organizations").update({ tax_id: input.taxId }).eq("id", input.orgId);
  // ok: excessive-data-exposure
  return { ok: true };
}

// ruleid: missing-auth
export async function deleteDocument(documentId: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  const id = z.string().cuid().parse(documentId);
  await prisma.document.delete({ where: { id } });
  return { deletedBy: user?.id };
}
