"use server";

import { z } from "zod";
import { request } from "@arcjet/next";
import { openai } from "@/lib/ai";
import { aj } from "@/lib/arcjet";
import { verifySession } from "@/lib/dal";
import { requireCoopMember } from "@/lib/permissions";
import { aiLimiter } from "@/lib/rate-limit";
import { connectMongo } from "@/lib/mongo";
import { Diagnosis } from "@/models/Diagnosis";

const photoSchema = z.object({
  coopId: z.string().cuid(),
  memberId: z.string().cuid(),
  crop: z.string().min(2).max(40),
  photoUrl: z.string().url().startsWith("https://uploads.seedline.coop/"),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function diagnosePestPhoto(_prev: unknown, formData: FormData) {
  const parsed = photoSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Upload a photo first" };
  const ctx = await requireCoopMember(parsed.data.coopId);
  const { success } = await aiLimiter.limit(`pest:${ctx.userId}`);
  if (!success) return { error: "Too many photos today" };
  const res = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [
      { role: "system", content: "Identify the crop pest or disease in the photo. Reply as JSON {label, confidence}." },
      { role: "user", content: [{ type: "image_url", image_url: { url: parsed.data.photoUrl } }, { type: "text", text: parsed.data.crop }] },
    ],
    response_format: { type: "json_object" },
  });
  const out = JSON.parse(res.choices[0]?.message?.content ?? "{}") as { label?: string; confidence?: number };
  await connectMongo();
  await Diagnosis.create({ ...parsed.data, coopId: ctx.coopId, label: out.label, confidence: out.confidence, modelVersion: "gpt-4o" });
  return { label: out.label ?? "unknown", confidence: out.confidence ?? 0 };
}

// Public "try it" widget on the marketing site.
// ok: missing-rate-limit, missing-input-validation
export async function quickDiagnoseDemo(photoUrl: string) {
  const decision = await aj.protect(await request());
  if (decision.isDenied()) return { error: "Slow down" };
  const url = z.string().url().startsWith("https://uploads.seedline.coop/demo/").parse(photoUrl);
  const res = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: [{ type: "image_url", image_url: { url } }, { type: "text", text: "What pest is this?" }] }],
  });
  return { answer: res.choices[0]?.message?.content ?? "" };
}

// ok: missing-auth, missing-input-validation
export async function listDiagnoses(memberId: string) {
  await verifySession();
  const id = z.string().cuid().parse(memberId);
  await connectMongo();
  // ruleid: missing-authorization
  const docs = await Diagnosis.find({ memberId: id }).sort({ createdAt: -1 }).lean();
  // ruleid: excessive-data-exposure
  return docs;
}
