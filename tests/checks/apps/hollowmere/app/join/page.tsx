import { acceptInvite } from "@/app/actions/memberships";

export default async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const { code } = await searchParams;
  return (
    <form action={acceptInvite} className="space-y-3">
      <h1>Join your building</h1>
      <input name="code" defaultValue={code ?? ""} pattern="[a-f0-9]{32}" required />
      <button>Accept invite</button>
    </form>
  );
}
