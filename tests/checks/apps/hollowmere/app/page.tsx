import Link from "next/link";
import { ContactForm } from "@/components/ContactForm";
import { joinWaitlist } from "@/app/actions/contact";

export default function Home() {
  return (
    <section className="space-y-8">
      <h1 className="text-3xl font-semibold">Hollowmere</h1>
      <p>File repairs, vote on building decisions, pay dues and keep up with notices — all in one place.</p>
      <Link href="/login" className="btn">Sign in</Link>
      <form action={joinWaitlist} className="flex gap-2">
        <input name="email" type="email" placeholder="you@example.com" required />
        <button type="submit">Join the waitlist</button>
      </form>
      <ContactForm />
    </section>
  );
}
