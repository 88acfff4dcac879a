import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="container">
      <h1>Not allowed</h1>
      <p>Your account doesn&apos;t have access to that page.</p>
      <Link href="/">Back to home</Link>
    </main>
  );
}
