import { notFound, redirect } from "next/navigation";
import { cookies } from "next/headers";
import { z } from "zod";
import { publishedCourseBySlug } from "@/services/catalogue";
import { connectMongo, Lead } from "@/lib/db/mongo";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/email";

export default async function CourseLanding({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ ref?: string }> }) {
  const { slug } = await params;
  const { ref } = await searchParams;
  const course = await publishedCourseBySlug(slug);
  if (!course) notFound();

  // ok: missing-auth, missing-rate-limit, missing-input-validation
  async function notifyMe(formData: FormData) {
    "use server";
    await rateLimitByIp("notify-me", 5);
    const email = z.string().email().parse(formData.get("email"));
    await connectMongo();
    await Lead.create({ email, courseSlug: slug, source: "notify" });
    await sendEmail({ to: email, subject: `We'll let you know about ${course!.title}`, html: "Thanks!" });
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function rememberReferral(formData: FormData) {
    "use server";
    (await cookies()).set("lectern_ref", String(formData.get("ref") ?? ""), { maxAge: 60 * 60 * 24 * 30 });
    redirect(String(formData.get("next") ?? "/"));
  }

  return (
    <main>
      <h1>{course.title}</h1>
      <p>{course.description}</p>
      <ul>
        {course.lessons.map((l) => (
          <li key={l.id}>
            <a href={`/preview/${l.id}`}>{l.title} (free preview)</a>
          </li>
        ))}
      </ul>
      <form action={notifyMe}>
        <input type="email" name="email" required />
        <button>Notify me</button>
      </form>
      <form action={rememberReferral}>
        <input type="hidden" name="ref" value={ref ?? ""} />
        <input type="hidden" name="next" value={`/checkout/${slug}`} />
        <button>Enrol</button>
      </form>
    </main>
  );
}
