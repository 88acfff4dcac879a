import { requireUser } from "@/lib/session";
import { listMyClubs } from "@/app/(dashboard)/clubs/actions";
import { ResultForm } from "@/components/ResultForm";
import { confirmResult } from "@/app/(dashboard)/results/actions";

export default async function Dashboard() {
  const user = await requireUser();
  const clubs = await listMyClubs();
  return (
    <main>
      <h1>Hi {user.name}</h1>
      <ul>{clubs?.data?.map((c) => <li key={c.id}>{c.name} ({c.role})</li>)}</ul>
      <ResultForm action={confirmResult} />
    </main>
  );
}
