import { IntakeForm } from "@/components/intake-form";

export default async function IntakePage({ params }: { params: Promise<{ firm: string }> }) {
  const { firm } = await params;
  return (
    <main className="mx-auto max-w-xl py-12">
      <h1>Tell us about your legal matter</h1>
      <IntakeForm firmSlug={firm} />
    </main>
  );
}
