"use server";

import { z } from "zod";
import { sql } from "@vercel/postgres";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mailer";
import { withTracing } from "@/lib/with-org";
import { parseWithZod } from "@conform-to/zod";

const querySchema = z.object({
  agencySlug: z.string().regex(/^[a-z0-9-]+$/),
  authorName: z.string().min(2).max(120),
  authorEmail: z.string().email(),
  title: z.string().min(1).max(200),
  queryLetter: z.string().min(100).max(8000),
  sampleUrl: z.string().url(),
});

// Public query form on /submit/[agency]; no account needed.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function submitQuery(_prev: unknown, formData: FormData) {
  await rateLimitByIp("query");
  const submission = parseWithZod(formData, { schema: querySchema });
  if (submission.status !== "success") return submission.reply();
  const q = submission.value;
  // ok: sql-injection
  await sql`INSERT INTO public_queries (agency_slug, author_name, author_email, title, query_letter, sample_url) VALUES (${q.agencySlug}, ${q.authorName}, ${q.authorEmail}, ${q.title}, ${q.queryLetter}, ${q.sampleUrl})`;
  await sendMail(q.authorEmail, "We received your query", `<p>Thanks, ${q.authorName}. We reply within 8 weeks.</p>`);
  return submission.reply({ resetForm: true });
}

// ok: missing-auth, missing-rate-limit
// ruleid: missing-input-validation
export async function subscribeNewsletter(formData: FormData) {
  await rateLimitByIp("newsletter");
  const email = formData.get("email") as string;
  // ok: sql-injection
  await sql`INSERT INTO newsletter (email) VALUES (${email}) ON CONFLICT DO NOTHING`;
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const contactAgency = withTracing("contactAgency", async (formData) => {
  const { agencyEmail, from, message } = z
    .object({ agencyEmail: z.string().email(), from: z.string().email(), message: z.string().min(10).max(4000) })
    .parse(Object.fromEntries(formData));
  await sendMail(agencyEmail, `Contact form: ${from}`, message);
  return { sent: true };
});

// ok: missing-auth, missing-input-validation
export async function getPublicAuthor(slug: string) {
  if (typeof slug !== "string" || !/^[a-z0-9-]+$/.test(slug)) throw new Error("Bad slug");
  const { rows } = await sql`SELECT name, bio, photo_url, slug FROM public_authors WHERE slug = ${slug} AND published = true`;
  // ok: excessive-data-exposure
  return rows[0] ?? null;
}
