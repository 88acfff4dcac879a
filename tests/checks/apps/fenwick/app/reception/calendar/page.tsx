import { getDaySchedule } from "@/app/actions/calendar";
import { CalendarGrid } from "@/components/CalendarGrid";

export default async function CalendarPage({ searchParams }: { searchParams: Promise<{ day?: string }> }) {
  const { day } = await searchParams;
  const date = day ?? new Date().toISOString().slice(0, 10);
  const rows = await getDaySchedule(date);
  return (
    <section>
      <h1>Calendar — {date}</h1>
      <CalendarGrid
        day={date}
        rows={rows.map((r) => ({ id: r.id, startsAt: new Date(r.startsAt).toISOString(), status: r.status }))}
      />
    </section>
  );
}
