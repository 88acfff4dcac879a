import { notFound } from "next/navigation";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { tutorProfiles } from "@/lib/db/schema";
import { sendEmail } from "@/lib/mailer";
import { rateLimitByIp } from "@/lib/rate-limit";
import { BookingButton } from "@/components/BookingButton";

export default async function TutorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [tutor] = await db.select({ headline: tutorProfiles.headline, bio: tutorProfiles.bio, rate: tutorProfiles.hourlyRateCents }).from(tutorProfiles).where(eq(tutorProfiles.userId, id));
  if (!tutor) notFound();

  // ok: missing-auth, missing-rate-limit, missing-input-validation
  async function askQuestion(formData: FormData) {
    "use server";
    await rateLimitByIp("tutor-question", 3);
    const email = formData.get("email");
    const question = formData.get("question");
    if (typeof email !== "string" || !email.includes("@") || typeof question !== "string" || question.length > 1000) return;
    await sendEmail("questions@tutorwise.app", `Question for tutor ${id}`, `<p>From ${email}</p><p>${question}</p>`);
  }

  return (
    <main>
      <h1>{tutor.headline}</h1>
      <p>{tutor.bio}</p>
      <p>€{(tutor.rate / 100).toFixed(2)}/h</p>
      <BookingButton tutorId={id} />
      <form action={askQuestion}>
        <input name="email" type="email" />
        <textarea name="question" />
        <button>Ask</button>
      </form>
    </main>
  );
}
