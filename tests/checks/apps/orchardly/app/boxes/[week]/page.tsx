import { boxContents } from "@/app/actions/public";

type Props = { params: Promise<{ week: string }>; searchParams: Promise<{ farm?: string }> };

export default async function BoxWeekPage({ params, searchParams }: Props) {
  const { week } = await params;
  const { farm } = await searchParams;
  const rows = farm ? await boxContents(farm, week) : [];
  return (
    <main className="mx-auto max-w-2xl p-8">
      <h1 className="text-2xl font-semibold">In the box, week of {week}</h1>
      {rows.map((b) => (
        <section key={b.size} className="mt-4">
          <h2 className="font-semibold capitalize">{b.size}</h2>
          <ul>{b.contents.map((c) => <li key={c.item}>{c.qty} {c.unit} {c.item}</li>)}</ul>
        </section>
      ))}
    </main>
  );
}
