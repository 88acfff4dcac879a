import Link from "next/link";
import { NewsletterForm } from "@/components/NewsletterForm";

export default function Home() {
  return (
    <main>
      <h1>Brightwell</h1>
      <p>Volunteer shifts, events and fundraising for your school.</p>
      <Link href="/login">Parents: sign in</Link> · <Link href="/staff/login">Staff sign in</Link>
      <NewsletterForm />
    </main>
  );
}
