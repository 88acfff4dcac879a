import Link from "next/link";
import { createClient } from "@/lib/supabase/server";

export default async function TicketsPage({
  params,
  searchParams,
}: {
  params: Promise<{ buildingId: string }>;
  searchParams: Promise<{ status?: string }>;
}) {
  const { buildingId } = await params;
  const { status } = await searchParams;
  const supabase = await createClient();
  const { data: tickets } = await supabase
    .from("tickets")
    .select("id, title, status, category, urgent, created_at")
    .eq("building_id", buildingId)
    .eq("status", status === "closed" ? "closed" : "open")
    .order("created_at", { ascending: false });
  return (
    <section>
      <h1>Repairs</h1>
      <Link href={`/b/${buildingId}/tickets/new`}>Report a problem</Link>
      <ul>
        {(tickets ?? []).map((t) => (
          <li key={t.id}>
            <Link href={`/b/${buildingId}/tickets/${t.id}`}>{t.title}</Link> — {t.status} {t.urgent && "⚠️"}
          </li>
        ))}
      </ul>
    </section>
  );
}
