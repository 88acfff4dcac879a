import { getStudioContext } from "@/lib/dal";
import { studioQueue } from "@/lib/data/firings";
import { KilnSchedule } from "@/components/kiln-schedule";
import { redirect } from "next/navigation";

export default async function FiringsPage() {
  const ctx = await getStudioContext();
  if ("error" in ctx) redirect("/login");
  const queue = await studioQueue(ctx.studioId);
  return (
    <main>
      <h1>Kiln queue</h1>
      <KilnSchedule items={queue.map((f) => ({ ...f, scheduledFor: f.scheduledFor?.toISOString() ?? null }))} />
    </main>
  );
}
