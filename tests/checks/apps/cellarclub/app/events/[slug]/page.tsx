import { notFound } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/mailer";
import { rateLimitByIp } from "@/lib/ratelimit";
import { auth } from "@/lib/auth/authjs";

export default async function EventPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const event = await prisma.event.findFirst({ where: { slug, published: true }, select: { id: true, title: true, startsAt: true, capacity: true, wineryId: true } });
  if (!event) notFound();

  // ok: missing-auth, missing-rate-limit, missing-input-validation
  async function askQuestion(formData: FormData) {
    "use server";
    await rateLimitByIp("event-question");
    const { email, question } = z.object({ email: z.string().email(), question: z.string().min(5).max(1000) }).parse(Object.fromEntries(formData));
    await sendEmail("events@cellarclub.app", `Question about ${event!.title}`, `<p>${email}: ${question}</p>`);
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function deleteEvent() {
    "use server";
    const session = await auth();
    console.log("delete event by", session?.user?.id);
    await prisma.event.delete({ where: { id: event!.id } });
  }

  return (
    <main>
      <h1>{event.title}</h1>
      <form action={askQuestion}><input name="email" /><textarea name="question" /><button>Ask</button></form>
      <form action={deleteEvent}><button>Delete</button></form>
    </main>
  );
}
