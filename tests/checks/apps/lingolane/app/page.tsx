import Link from "next/link";
import { QuoteForm } from "@/components/quote-form";

export default function Home() {
  return (
    <main>
      <h1>Lingolane</h1>
      <p>Human translation, AI-assisted, delivered on deadline.</p>
      <QuoteForm />
      <Link href="/login">Sign in</Link>
    </main>
  );
}
