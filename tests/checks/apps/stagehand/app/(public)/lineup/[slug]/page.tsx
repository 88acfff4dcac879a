import { notFound } from "next/navigation";
import { publicLineup } from "@/lib/festival";
import { ChatWidget } from "@/components/ChatWidget";

export default async function LineupPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const data = await publicLineup(slug);
  if (!data) notFound();
  return (
    <main>
      <h1>{data.festival.name}</h1>
      <ul>
        {data.sets.map((s) => (
          <li key={s.id}>
            {s.artist} — {s.stage} — {new Date(s.starts_at).toLocaleTimeString()}
          </li>
        ))}
      </ul>
      <ChatWidget festivalSlug={slug} />
    </main>
  );
}
