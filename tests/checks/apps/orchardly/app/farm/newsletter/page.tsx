import { requireFarm } from "@/lib/auth";
import { NewsletterDraft } from "@/components/NewsletterDraft";

export default async function NewsletterPage() {
  await requireFarm();
  const monday = new Date();
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  return (
    <main className="p-6">
      <h1 className="mb-4 text-2xl font-semibold">This week's newsletter</h1>
      <NewsletterDraft week={monday.toISOString().slice(0, 10)} />
    </main>
  );
}
