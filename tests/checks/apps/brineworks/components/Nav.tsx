import Link from "next/link";

export function Nav({ role, name }: { role: string | null; name: string | null }) {
  return (
    <header className="flex gap-4 bg-[var(--brine)] p-3 text-white">
      <Link href="/">Brineworks</Link>
      <Link href="/auctions">Auctions</Link>
      {role ? <Link href="/dashboard">Dashboard</Link> : null}
      {role === "skipper" ? <Link href="/catches">My catches</Link> : null}
      {role === "staff" || role === "admin" ? <Link href="/floor">Floor</Link> : null}
      {role === "inspector" ? <Link href="/inspections">Inspections</Link> : null}
      {role === "admin" ? <Link href="/admin">Admin</Link> : null}
      <span className="ml-auto">{name ?? <Link href="/login">Sign in</Link>}</span>
    </header>
  );
}
