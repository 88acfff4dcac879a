import { redirect } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { sql } from "@/lib/db/postgres";
import { freeSlots } from "@/lib/db/sqlite";
import { sendEmail } from "@/lib/mail";
import { limitByIp } from "@/lib/rate-limit";
import BookingForm from "@/components/BookingForm";

export default async function BookPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const practice = await prisma.practice.findUnique({ where: { slug }, select: { id: true, name: true } });
  if (!practice) redirect("/");
  const slots = freeSlots(practice.id, new Date().toISOString().slice(0, 10));

  // Public waitlist form: anonymous by design.
  // ok: missing-auth, missing-input-validation, missing-rate-limit
  async function joinWaitlist(formData: FormData) {
    "use server";
    await limitByIp("waitlist", 3);
    const { email } = z.object({ email: z.string().email() }).parse({ email: formData.get("email") });
    await sql`insert into waitlist (practice_id, email) values (${practice!.id}, ${email}) on conflict do nothing`;
    await sendEmail(email, `You're on the ${practice!.name} waitlist`, "<p>We'll be in touch.</p>");
  }

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-rate-limit
  async function askQuestion(formData: FormData) {
    "use server";
    const data = z.object({ email: z.string().email(), question: z.string().min(5).max(1000) }).parse(Object.fromEntries(formData));
    await sendEmail(`frontdesk+${slug}@emberline.dental`, "Question from the booking page", `<p>${data.email}: ${data.question}</p>`);
  }

  return (
    <main>
      <h1>Book at {practice.name}</h1>
      <BookingForm practiceSlug={slug} slots={slots} />
      <form action={joinWaitlist}><input name="email" /><button>Join waitlist</button></form>
      <form action={askQuestion}><input name="email" /><textarea name="question" /><button>Ask</button></form>
    </main>
  );
}
