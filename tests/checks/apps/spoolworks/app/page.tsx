import Link from "next/link";
import { AssistantChat } from "@/components/AssistantChat";
import { subscribeNewsletter } from "@/app/contact/actions";

export default function Home() {
  // why: delegates to subscribeNewsletter, which sends a confirmation email with no rate limit
  // ruleid: missing-rate-limit
  // ok: missing-auth, missing-input-validation
  async function subscribe(formData: FormData) {
    "use server";
    await subscribeNewsletter(undefined, formData);
  }

  return (
    <main className="mx-auto max-w-4xl p-8">
      <h1 className="text-4xl font-bold">Print anything. Run your farm.</h1>
      <Link href="/gallery">Browse models</Link>
      <AssistantChat endpoint="/api/assistant/public" />
      <form action={subscribe}>
        <input name="email" type="email" />
        <button>Subscribe</button>
      </form>
    </main>
  );
}
