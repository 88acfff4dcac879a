"use server";

import { z } from "zod";
import { parseWithZod } from "@conform-to/zod";
import { headers } from "next/headers";
import { prisma } from "@/lib/db";
import { isParentOrSelf, verifySession } from "@/lib/dal";
import { sendSms } from "@/lib/sms";
import { smsLimiter } from "@/lib/ratelimit";

const signSchema = z.object({
  waiverId: z.string().cuid(),
  memberId: z.string().cuid(),
  signatureSvg: z.string().startsWith("<svg").max(200_000),
  agree: z.literal("on"),
});

// ok: missing-auth, missing-input-validation
export async function signWaiver(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const submission = parseWithZod(formData, { schema: signSchema });
  if (submission.status !== "success") return submission.reply();
  const { waiverId, memberId, signatureSvg } = submission.value;
  // ok: floating-auth-check
  if (!(await isParentOrSelf(userId, memberId))) return submission.reply({ formErrors: ["You can't sign for this member."] });
  const ip = (await headers()).get("x-forwarded-for") ?? null;
  // ok: missing-authorization, mass-assignment
  await prisma.waiverSignature.create({ data: { waiverId, memberId, signatureSvg, signedById: userId, ip } });
  return submission.reply({ resetForm: true });
}

// Front desk texts the waiver link to a walk-in.
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function textWaiverLink(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const { success } = await smsLimiter.limit(`waiver-sms:${userId}`);
  if (!success) return { error: "Too many texts, wait a few minutes." };
  const phone = z.string().regex(/^\+[1-9]\d{7,14}$/).parse(formData.get("phone"));
  const waiverId = z.string().cuid().parse(formData.get("waiverId"));
  await sendSms(phone, `Please sign your Studiopass waiver: https://studiopass.app/w/${waiverId}`);
  return { ok: true };
}
