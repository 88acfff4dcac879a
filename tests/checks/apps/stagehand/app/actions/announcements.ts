"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/kysely";
import { withFestival } from "@/lib/with-festival";
import { announcementYup } from "@/lib/yup-schemas";
import { idSchema } from "@/lib/validators";
import { sendMail } from "@/lib/mail";

// ok: missing-auth, missing-input-validation
export const postAnnouncement = withFestival(async (formData, ctx) => {
  const input = await announcementYup.validate({ title: formData.get("title"), body: formData.get("body"), audience: formData.get("audience") }, { stripUnknown: true });
  // ok: mass-assignment, missing-authorization
  await db.insertInto("announcements").values({ title: input.title, body: input.body, audience: input.audience, festival_id: ctx.festivalId, author_id: ctx.userId }).execute();
  revalidatePath("/staff/announcements");
});

// ok: missing-auth
// ruleid: missing-input-validation
export const postAnnouncementAs = withFestival(async (formData, ctx) => {
  const title = formData.get("title") as string;
  const body = formData.get("body") as string;
  const authorId = formData.get("authorId") as string;
  // ruleid: missing-authorization, mass-assignment
  await db.insertInto("announcements").values({ title, body, audience: "staff", festival_id: ctx.festivalId, author_id: authorId }).execute();
});

// ok: missing-auth, missing-input-validation
export const deleteAnnouncement = withFestival(async (formData, ctx) => {
  const id = idSchema.parse(formData.get("id"));
  // ok: missing-authorization
  await db.deleteFrom("announcements").where("id", "=", id).where("festival_id", "=", ctx.festivalId).where("author_id", "=", ctx.userId).execute();
});

// ok: missing-auth
// ruleid: missing-input-validation, missing-rate-limit
export const emailAnnouncementToArtists = withFestival(async (formData, ctx) => {
  const subject = String(formData.get("subject"));
  const html = String(formData.get("html"));
  const artists = await db.selectFrom("artists").select(["agent_email"]).where("festival_id", "=", ctx.festivalId).execute();
  for (const a of artists) await sendMail(a.agent_email, subject, html);
  return { sent: artists.length };
});

// ok: missing-auth, missing-input-validation
export const announcementFeed = withFestival(async (_formData, ctx) => {
  // ok: missing-authorization
  const rows = await db.selectFrom("announcements").select(["id", "title", "body", "audience"]).where("festival_id", "=", ctx.festivalId).orderBy("id", "desc").limit(20).execute();
  // ok: excessive-data-exposure
  return rows;
});
