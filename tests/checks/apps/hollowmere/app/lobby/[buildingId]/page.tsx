import { lobbyNotices } from "@/app/actions/notices";

export const revalidate = 300;

export default async function LobbyScreen({ params }: { params: Promise<{ buildingId: string }> }) {
  const { buildingId } = await params;
  const notices = await lobbyNotices(buildingId);
  return (
    <div className="lobby">
      {notices.map((n) => (
        <section key={n.id}>
          <h2>{n.title}</h2>
          <p>{n.body}</p>
        </section>
      ))}
    </div>
  );
}
