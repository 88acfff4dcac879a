"use server";

import { z } from "zod";
import { Enquiry } from "@/lib/db/mongo";
import { prisma } from "@/lib/db/prisma";
import { withOrg } from "@/lib/wrappers";
import { sendEmail } from "@/lib/email";
import { ratelimit } from "@/lib/ratelimit";

async function propertyIdsFor(agencyId: string) {
  const props = await prisma.property.findMany({ where: { agencyId }, select: { id: true } });
  return props.map((p) => p.id);
}

// ok: missing-auth, missing-input-validation
export const listEnquiries = withOrg(async (_fd, { agencyId }) => {
  const ids = await propertyIdsFor(agencyId);
  const enquiries = await Enquiry.find({ propertyId: { $in: ids } }).sort({ _id: -1 }).limit(100);
  // ruleid: excessive-data-exposure
  return enquiries;
});

// ok: missing-auth, missing-input-validation
export const getEnquiry = withOrg(async (fd, { agencyId }) => {
  const id = z.string().length(24).parse(fd.get("id"));
  const enquiry = await Enquiry.findById(id).select("name email message viewingAt propertyId").lean<{ propertyId: string; name: string; email: string }>();
  if (!enquiry) return null;
  const property = await prisma.property.findUnique({ where: { id: enquiry.propertyId }, select: { agencyId: true } });
  if (property?.agencyId !== agencyId) return null;
  // ok: excessive-data-exposure
  return enquiry;
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const replyToEnquiry = withOrg(async (fd, { agencyId, userId }) => {
  const { success } = await ratelimit.limit(`enquiry-reply:${userId}`);
  if (!success) return { error: "Slow down" };
  const { id, body } = z.object({ id: z.string().length(24), body: z.string().min(1).max(5000) }).parse({ id: fd.get("id"), body: fd.get("body") });
  const enquiry = await Enquiry.findById(id).select("email propertyId").lean<{ email: string; propertyId: string }>();
  if (!enquiry) return { error: "Not found" };
  const owns = await prisma.property.count({ where: { id: enquiry.propertyId, agencyId } });
  if (!owns) return { error: "Not found" };
  await sendEmail({ to: enquiry.email, subject: "Re: your enquiry", html: body });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const deleteEnquiry = withOrg(async (fd) => {
  const id = z.string().length(24).parse(fd.get("id"));
  // ruleid: missing-authorization
  await Enquiry.findByIdAndDelete(id);
});
