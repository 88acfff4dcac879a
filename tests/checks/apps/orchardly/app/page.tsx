import Link from "next/link";
import { WaitlistForm } from "@/components/WaitlistForm";

export default function Home() {
  return (
    <main className="mx-auto max-w-3xl space-y-10 p-8">
      <section>
        <h1 className="text-4xl font-bold">Veg boxes from farms near you</h1>
        <p className="mt-2 text-lg text-stone-600">Subscribe to a weekly share, swap what you don't fancy, skip when you're away.</p>
        <Link href="/map" className="btn mt-4 inline-block">Find a farm</Link>
      </section>
      <section>
        <h2 className="text-xl font-semibold">No farm near you yet?</h2>
        <WaitlistForm />
      </section>
    </main>
  );
}
