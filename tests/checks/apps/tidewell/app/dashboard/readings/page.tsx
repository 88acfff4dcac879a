import { requireMember } from "@/lib/auth/guards";
import { ReadingForm } from "@/components/ReadingForm";

export default async function ReadingsPage() {
  const ctx = await requireMember();
  return (
    <main>
      <h1>Meter readings</h1>
      <ReadingForm arrayId={ctx.coopId} expectedPin="" />
    </main>
  );
}
