export default function NotFound() {
  return <p>We couldn&apos;t find that page.</p>;
}
