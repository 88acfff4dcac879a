import Link from "next/link";

export default function NotFound() {
  return (
    <div>
      <h2>Lot not found</h2>
      <Link href="/auctions">Back to auctions</Link>
    </div>
  );
}
