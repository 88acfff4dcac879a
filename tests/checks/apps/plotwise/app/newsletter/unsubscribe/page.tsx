import { unsubscribe } from "@/app/actions/newsletter";

export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  if (!token) return <p>Missing link token.</p>;
  return (
    <form action={unsubscribe.bind(null, token)}>
      <p>Stop receiving the Plotwise newsletter?</p>
      <button>Unsubscribe</button>
    </form>
  );
}
